using PaperGraph.Export.Rdf;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Export.Rdf;

/// <summary>The writers' exact output on a tiny hand-made graph, against golden files in TestData/Rdf/
/// (set PAPERGRAPH_UPDATE_GOLDEN=1 to rewrite them after a deliberate change, then review the diff).</summary>
public class RdfWriterGoldenTests
{
    [Theory]
    [InlineData(TurtleOutput.FileName, "tiny.ttl")]
    [InlineData(NTriplesOutput.FileName, "tiny.nt")]
    [InlineData(JsonLdOutput.FileName, "tiny.jsonld")]
    [InlineData(JsonLdOutput.ContextFileName, "tiny.context.jsonld")]
    public void TheWriterOutputOfTheTinyGraphMatchesItsGoldenFile(string output, string golden)
    {
        var dir = RdfTestGraphs.Write(RdfTestGraphs.Tiny(), "rdf-golden");
        var actual = File.ReadAllText(Path.Combine(dir, output));
        var path = Path.Combine(Paths.TestData, "Rdf", golden);
        if (Environment.GetEnvironmentVariable("PAPERGRAPH_UPDATE_GOLDEN") == "1") File.WriteAllText(path, actual);
        actual.Should().Be(File.ReadAllText(path));
    }

    [Fact]
    public void WritingTheHostileGraphTwiceGivesByteIdenticalFiles()
    {
        var a = RdfTestGraphs.Write(RdfTestGraphs.Hostile(), "rdf-determinism");
        var b = RdfTestGraphs.Write(RdfTestGraphs.Hostile(), "rdf-determinism");
        foreach (var f in new[] { TurtleOutput.FileName, NTriplesOutput.FileName, JsonLdOutput.FileName, JsonLdOutput.ContextFileName })
            File.ReadAllBytes(Path.Combine(a, f)).Should().Equal(File.ReadAllBytes(Path.Combine(b, f)), f);
    }

    [Fact]
    public void EveryFactOfTheTinyGraphCarriesItsPaperRuleSentenceAndConfidence()
    {
        var context = RdfTestGraphs.Tiny();
        var mapping = new RdfMapping(context);
        foreach (var e in context.Graph.Edges)
        {
            var blocks = mapping.Edge(e);
            var fact = blocks[0];
            fact.Subject.Value.Should().Be(context.BaseIri + e.Id);
            var predicates = fact.Statements.Select(s => s.Predicate.Value).ToList();
            predicates.Should().Contain(Vocabulary.ProvGeneratedBy.Value);
            if (e.Evidence is null) continue;
            predicates.Should().Contain([Vocabulary.ProvDerivedFrom.Value, Vocabulary.PgConfidence.Value, Vocabulary.PgEvidence.Value]);
            blocks[1].Statements.Should().Contain(new PredicateObject(Vocabulary.OaExact, Literal.String(e.Evidence.Sentence)));
        }
    }

    [Fact]
    public void AnEvaluationResultIsAModelEvaluationWithADecimalValueAndItsMetric()
    {
        var context = RdfTestGraphs.Tiny();
        var eval = context.Graph.Edges.Single(e => e.Type == PaperGraph.Graph.RelType.EvaluatedOn);
        var fact = new RdfMapping(context).Edge(eval)[0].Statements;
        fact.Should().Contain(new PredicateObject(Vocabulary.RdfType, Vocabulary.MlsModelEvaluation));
        fact.Should().Contain(new PredicateObject(Vocabulary.MlsHasValue, Literal.Typed("81.5", Vocabulary.XsdDecimal)));
        fact.Should().Contain(new PredicateObject(Vocabulary.MlsSpecifiedBy, new Iri(context.BaseIri + "metric/accuracy")));
    }
}
