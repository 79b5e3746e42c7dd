namespace PaperGraph.Export;

/// <summary>The outputs a build writes by default, by name. Each stage's writers register here.</summary>
public static class Outputs
{
    /// <summary>Every default output, in writing order.</summary>
    public static IReadOnlyList<IOutput> Defaults() =>
    [
        new Json.JsonLinesOutput(),
        new Pipeline.BuildReportOutput(),
        new Neo4j.Neo4jOutput(),
        new Rdf.TurtleOutput(),
        new Rdf.NTriplesOutput(),
        new Rdf.JsonLdOutput(),
        new Html.GraphHtmlOutput(),
        new Html.ReportHtmlOutput(),
        new GraphMl.GraphMlOutput(),
        new GraphMl.GexfOutput(),
        new Facts.FactsOutput(),
    ];
}
