namespace PaperGraph.Export;

/// <summary>The outputs a build writes by default, by name. Each stage's writers register here.</summary>
public static class Outputs
{
    /// <summary>Every default output, in writing order.</summary>
    public static IReadOnlyList<IOutput> Defaults() =>
    [
        new Json.JsonLinesOutput(),
        new Facts.FactsOutput(),
    ];
}
