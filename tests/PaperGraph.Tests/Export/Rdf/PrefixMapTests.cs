using PaperGraph.Export.Rdf;
using PaperGraph.Pipeline;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Export.Rdf;

public class PrefixMapTests
{
    private static readonly PrefixMap Map = new([("pg", Vocabulary.Pg), ("model", "https://x.org/id/model/"), ("evaluated-on", "https://x.org/id/evaluated-on/")]);

    [Theory]
    [InlineData("https://papergraph.dev/ontology#evaluatedOn", "pg:evaluatedOn")]
    [InlineData("https://x.org/id/model/gpt-4o", "model:gpt-4o")]
    [InlineData("https://x.org/id/model/qwen2.5-vl-7b", "model:qwen2.5-vl-7b")]
    [InlineData("https://x.org/id/evaluated-on/7ac9-quote", "evaluated-on:7ac9-quote")]
    [InlineData("https://x.org/id/model/ends.", null)]
    [InlineData("https://x.org/id/model/a/b", null)]
    [InlineData("https://x.org/id/other/a", null)]
    [InlineData("https://x.org/id/model/ünï", null)]
    public void TryCompactUsesAPrefixOnlyWhenTheLocalNameNeedsNoEscape(string iri, string? expected) =>
        Map.TryCompact(iri).Should().Be(expected);

    [Fact]
    public void TheBaseIriOfTheBuildNamesEveryNodeInTheTurtle()
    {
        var dir = TempDir.Create("rdf-base-iri");
        new PipelineBuilder().UseDefaults().UseBaseIri("https://example.org/kg/").AddOutput(new TurtleOutput()).Build().Run([Paths.Samples], dir);
        var ttl = File.ReadAllText(Path.Combine(dir, TurtleOutput.FileName));
        ttl.Should().Contain("@prefix model: <https://example.org/kg/model/> .").And.NotContain("papergraph.dev/id/");
    }
}
