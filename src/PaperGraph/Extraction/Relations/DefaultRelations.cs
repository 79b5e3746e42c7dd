namespace PaperGraph.Extraction.Relations;

/// <summary>The relation extractors the default pipeline runs, in order.</summary>
public static class DefaultRelations
{
    public static IReadOnlyList<IRelationExtractor> Create() => [];
}
