using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Export.Rdf;

/// <summary>The RDF exports of the seed build and of the hostile-strings graph, checked by Jena, rapper and SHACL.</summary>
public class RdfConformanceTests
{
    [SkippableTheory]
    [InlineData("seed")]
    [InlineData("hostile")]
    [InlineData("hostile-corpus")]
    public void JenaValidatesTheTurtleAndNTriplesWithoutAnyWarning(string which)
    {
        var r = RdfExports.Report(which);
        RdfExports.Clean(r.Riot).Should().BeTrue(r.Riot.ToString());
    }

    [SkippableTheory]
    [InlineData("seed")]
    [InlineData("hostile")]
    [InlineData("hostile-corpus")]
    public void JenaValidatesTheJsonLdWithoutAnyWarning(string which)
    {
        var r = RdfExports.Report(which);
        RdfExports.Clean(r.RiotJsonLd).Should().BeTrue(r.RiotJsonLd.ToString());
    }

    [SkippableTheory]
    [InlineData("seed")]
    [InlineData("hostile")]
    [InlineData("hostile-corpus")]
    public void RapperParsesTheTurtleAndTheNTriples(string which)
    {
        var r = RdfExports.Report(which);
        r.RapperTurtle.ExitCode.Should().Be(0, r.RapperTurtle.ToString());
        r.RapperNTriples.ExitCode.Should().Be(0, r.RapperNTriples.ToString());
        r.RapperTurtle.StdErr.Should().NotContainAny("rapper: Error", "rapper: Warning");
        r.RapperNTriples.StdErr.Should().NotContainAny("rapper: Error", "rapper: Warning");
    }

    [SkippableTheory]
    [InlineData("seed")]
    [InlineData("hostile")]
    [InlineData("hostile-corpus")]
    public void EveryToolCountsTheSameTriplesInEverySyntax(string which)
    {
        var r = RdfExports.Report(which);
        r.JenaTurtle.Should().BeGreaterThan(0);
        new[] { r.JenaNTriples, r.JenaJsonLd, r.RapperTurtleCount, r.RapperNTriplesCount }.Should().AllBeEquivalentTo(r.JenaTurtle,
            $"Jena ttl/nt/jsonld = {r.JenaTurtle}/{r.JenaNTriples}/{r.JenaJsonLd}, rapper ttl/nt = {r.RapperTurtleCount}/{r.RapperNTriplesCount}");
    }

    [SkippableTheory]
    [InlineData("seed")]
    [InlineData("hostile")]
    [InlineData("hostile-corpus")]
    public void TheExportConformsToTheShacleShapes(string which)
    {
        var r = RdfExports.Report(which);
        r.Shacl.ExitCode.Should().Be(0, r.Shacl.ToString());
        r.Shacl.StdOut.Should().MatchRegex(@"sh:conforms\s+true", r.Shacl.ToString());
        r.Shacl.StdOut.Should().NotMatchRegex(@"sh:conforms\s+false");
    }

    [Fact]
    public void TheShapesRejectAFactWithoutProvenanceAndAnEntityWithoutLabel()
    {
        var dir = TempDir.Create("rdf-shacl-negative");
        var data = Path.Combine(dir, "bad.ttl");
        File.WriteAllText(data, """
            @prefix pg: <https://papergraph.dev/ontology#> .
            @prefix mls: <http://www.w3.org/ns/mls#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            <https://x.org/model/a> a pg:Model, mls:Model ; dcterms:identifier "model/a" .
            <https://x.org/proposes/1> a pg:Fact ; dcterms:identifier "proposes/1" ;
                rdf:subject <https://x.org/paper/p> ; rdf:predicate pg:proposes ; rdf:object <https://x.org/model/a> .
            """);
        var run = ExternalTool.Jena("shacl.shacl", "validate", "--shapes", RdfExports.Shapes, "--data", data);
        run.StdOut.Should().MatchRegex(@"sh:conforms\s+false", run.ToString());
        run.StdOut.Should().Contain("rdfs:label").And.Contain("prov:wasGeneratedBy");
    }

    [Fact]
    public void TheOntologyAndTheShapesAreValidTurtle()
    {
        var run = ExternalTool.Jena("riotcmd.riot", "--validate", RdfExports.Ontology, RdfExports.Shapes);
        RdfExports.Clean(run).Should().BeTrue(run.ToString());
        var rapper = ExternalTool.Run("rapper", ["-i", "turtle", "-c", RdfExports.Ontology]);
        rapper.ExitCode.Should().Be(0, rapper.ToString());
    }
}
