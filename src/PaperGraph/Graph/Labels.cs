namespace PaperGraph.Graph;

/// <summary>The closed set of node labels. Every node has exactly one label (Kùzu reads <c>(n:A:B)</c> as A OR B).</summary>
public enum NodeLabel
{
    Paper,
    Model,
    Method,
    Benchmark,
    Dataset,
    Metric,
}

/// <summary>The closed set of relationship types. Cypher type names come from <c>CypherName()</c>, never from text.</summary>
public enum RelType
{
    /// <summary>Paper → entity the paper itself introduces.</summary>
    Proposes,
    /// <summary>Model (or method) → benchmark/dataset it was scored or compared on, with metric, value, unit and paper.</summary>
    EvaluatedOn,
    /// <summary>Model → backbone model it is built on, fine-tuned from, initialised from or integrates.</summary>
    BasedOn,
    /// <summary>Sized or variant model → its family (Qwen2.5-VL-7B → Qwen2.5-VL). Never a merge.</summary>
    VariantOf,
    /// <summary>Paper → every entity it names.</summary>
    Mentions,
    /// <summary>Model → paper in which it was used as a tool (to generate, annotate, curate or judge data).</summary>
    UsedAsTool,
}

/// <summary>Names of labels and relationship types as they appear in Cypher, CSV headers and RDF local names.</summary>
public static class RelTypeNames
{
    /// <summary>The Cypher relationship type, e.g. <c>EVALUATED_ON</c>.</summary>
    public static string CypherName(this RelType type) => type switch
    {
        RelType.Proposes => "PROPOSES",
        RelType.EvaluatedOn => "EVALUATED_ON",
        RelType.BasedOn => "BASED_ON",
        RelType.VariantOf => "VARIANT_OF",
        RelType.Mentions => "MENTIONS",
        RelType.UsedAsTool => "USED_AS_TOOL",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The label as written in Cypher and in node ids (<c>Model</c>).</summary>
    public static string CypherName(this NodeLabel label) => label switch
    {
        NodeLabel.Paper => "Paper",
        NodeLabel.Model => "Model",
        NodeLabel.Method => "Method",
        NodeLabel.Benchmark => "Benchmark",
        NodeLabel.Dataset => "Dataset",
        NodeLabel.Metric => "Metric",
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, null),
    };

    /// <summary>The lower-case prefix of node ids of this label (<c>model</c> in <c>model/gpt-4o</c>).</summary>
    public static string IdPrefix(this NodeLabel label) => label switch
    {
        NodeLabel.Paper => "paper",
        NodeLabel.Model => "model",
        NodeLabel.Method => "method",
        NodeLabel.Benchmark => "benchmark",
        NodeLabel.Dataset => "dataset",
        NodeLabel.Metric => "metric",
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, null),
    };

    public static IReadOnlyList<NodeLabel> AllLabels { get; } = Enum.GetValues<NodeLabel>();
    public static IReadOnlyList<RelType> AllTypes { get; } = Enum.GetValues<RelType>();
    public static IReadOnlyList<NodeLabel> EntityLabels { get; } =
        [NodeLabel.Model, NodeLabel.Method, NodeLabel.Benchmark, NodeLabel.Dataset, NodeLabel.Metric];
}
