using PaperGraph.Graph;

namespace PaperGraph.Export.Neo4j;

/// <summary>The type of a property in Neo4j (and in the neo4j-admin CSV header).</summary>
public enum PropertyType
{
    String,
    StringArray,
    Integer,
    Float,
    Date,
}

/// <summary>A property PaperGraph stores on a node or relationship: its Cypher name and type.</summary>
public sealed record PropertyDef(string Name, PropertyType Type)
{
    /// <summary>The neo4j-admin CSV header of the column (<c>value:double</c>, <c>aliases:string[]</c>).</summary>
    public string CsvHeader => Type switch
    {
        PropertyType.String => Name,
        PropertyType.StringArray => Name + ":string[]",
        PropertyType.Integer => Name + ":long",
        PropertyType.Float => Name + ":double",
        PropertyType.Date => Name + ":date",
        _ => throw new InvalidOperationException(Type.ToString()),
    };
}

/// <summary>
/// How nodes and edges become Neo4j properties: one definition shared by the CSV export, the load plan (HTTP loader
/// and load.cypher) and the tests' Kùzu schema. Values are aligned with the definitions: <c>string</c>,
/// <c>string[]</c> (never empty), <c>long</c>, <c>double</c>, <see cref="DateOnly"/>, or null when absent.
/// Every node has the key property <c>id</c>; every relationship has <c>id</c> too (its MERGE key).
/// </summary>
public static class Neo4jProperties
{
    public static IReadOnlyList<PropertyDef> Entity { get; } =
    [
        new("id", PropertyType.String), new("name", PropertyType.String), new("aliases", PropertyType.StringArray),
    ];

    public static IReadOnlyList<PropertyDef> Paper { get; } =
    [
        new("id", PropertyType.String), new("name", PropertyType.String), new("aliases", PropertyType.StringArray),
        new("title", PropertyType.String), new("abstract", PropertyType.String), new("arxiv", PropertyType.String),
        new("created", PropertyType.Date), new("updated", PropertyType.Date), new("published", PropertyType.Date),
        new("comment", PropertyType.String), new("authorCount", PropertyType.Integer), new("authors", PropertyType.StringArray),
        new("categories", PropertyType.StringArray), new("organisation", PropertyType.String), new("upvotes", PropertyType.Integer),
        new("sources", PropertyType.StringArray),
    ];

    public static IReadOnlyList<PropertyDef> Relationship { get; } =
    [
        new("id", PropertyType.String), new("metric", PropertyType.String), new("value", PropertyType.Float),
        new("unit", PropertyType.String), new("surfaces", PropertyType.StringArray), new("paper", PropertyType.String),
        new("sentence", PropertyType.String), new("start", PropertyType.Integer), new("length", PropertyType.Integer),
        new("rule", PropertyType.String), new("confidence", PropertyType.Float),
    ];

    /// <summary>The property definitions of nodes of a label.</summary>
    public static IReadOnlyList<PropertyDef> For(NodeLabel label) => label == NodeLabel.Paper ? Paper : Entity;

    /// <summary>The values of a node, aligned with <see cref="For"/>(node.Label).</summary>
    public static object?[] Values(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node.Label != NodeLabel.Paper || node.Paper is not { } p) return [node.Id, node.Name, Arr(node.Aliases)];
        return
        [
            node.Id, node.Name, Arr(node.Aliases), p.Title, p.Abstract, p.ArxivId, p.Created, p.Updated, p.Published,
            p.Comment, (long?)p.AuthorCount, Arr(p.Authors), Arr(p.Categories), p.Organisation, (long?)p.Upvotes,
            p.Sources.IsDefaultOrEmpty ? null : p.Sources.Select(s => s.ToString()).ToArray(),
        ];
    }

    /// <summary>The values of an edge, aligned with <see cref="Relationship"/>. The confidence is rounded to 4
    /// places as in graph.jsonl, so a graph loaded from a build or read back from graph.jsonl has the same values.</summary>
    public static object?[] Values(Edge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        var ev = edge.Evidence;
        return
        [
            edge.Id, edge.Metric, edge.Value is { } v ? (double)v : null, edge.Unit, Arr(edge.Surfaces),
            ev?.PaperId, ev?.Sentence, (long?)ev?.Start, (long?)ev?.Length, ev?.Rule, ev is null ? null : Math.Round(ev.Confidence, 4),
        ];
    }

    private static string[]? Arr(System.Collections.Immutable.ImmutableArray<string> a) => a.IsDefaultOrEmpty ? null : [.. a];
}
