using System.Collections.Immutable;

namespace PaperGraph.Graph;

/// <summary>Where a record came from: file path (as given) and 1-based line.</summary>
public readonly record struct SourceRef(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}

/// <summary>Bibliographic properties of a paper node (the union over every record of the paper).</summary>
public sealed record PaperInfo
{
    public string? Title { get; init; }
    public required string Abstract { get; init; }
    public string? ArxivId { get; init; }
    /// <summary>arXiv "Created" date, or the first version date of a JSON record.</summary>
    public DateOnly? Created { get; init; }
    public DateOnly? Updated { get; init; }
    /// <summary>The date shown on a Hugging Face daily-papers entry.</summary>
    public DateOnly? Published { get; init; }
    /// <summary>arXiv comment line ("Accepted at CVPR 2024", "29 pages, 16 figures").</summary>
    public string? Comment { get; init; }
    public int? AuthorCount { get; init; }
    public ImmutableArray<string> Authors { get; init; } = [];
    public ImmutableArray<string> Categories { get; init; } = [];
    public string? Organisation { get; init; }
    public int? Upvotes { get; init; }
    /// <summary>Every record merged into this paper, in reading order.</summary>
    public ImmutableArray<SourceRef> Sources { get; init; } = [];
}

/// <summary>A node. Ids are minted valid for IRIs and Neo4j (<c>model/gpt-4o</c>) and are stable across runs.</summary>
public sealed record Node
{
    public required string Id { get; init; }
    public required NodeLabel Label { get; init; }
    /// <summary>Canonical name (the paper title, or a short abstract head when the paper has none).</summary>
    public required string Name { get; init; }
    /// <summary>Every other surface form this node was seen as, sorted ordinally, without <see cref="Name"/>.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];
    /// <summary>Set only for <see cref="NodeLabel.Paper"/>.</summary>
    public PaperInfo? Paper { get; init; }
}

/// <summary>Why an edge exists: the paper, the sentence, its character span in the paper text, the rule and a confidence.</summary>
public sealed record Evidence
{
    public required string PaperId { get; init; }
    /// <summary>The sentence the fact came from, exactly as in the source.</summary>
    public required string Sentence { get; init; }
    /// <summary>Offset of the sentence in the paper text (title + "\n" + abstract when there is a title, else the abstract).</summary>
    public required int Start { get; init; }
    public required int Length { get; init; }
    /// <summary>Name of the rule that produced the fact (e.g. <c>eval.score-on</c>).</summary>
    public required string Rule { get; init; }
    public required double Confidence { get; init; }
}

/// <summary>A relationship. Ids are stable and unique; they are the MERGE key in Neo4j.</summary>
public sealed record Edge
{
    public required string Id { get; init; }
    public required RelType Type { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    /// <summary>Evaluation results only: metric name as canonicalised (e.g. "accuracy"), else null.</summary>
    public string? Metric { get; init; }
    /// <summary>Evaluation results only: the absolute score as written (51.06), null for comparisons and gains.</summary>
    public decimal? Value { get; init; }
    /// <summary>"%" or null.</summary>
    public string? Unit { get; init; }
    /// <summary>Mentions only: the surface forms under which the paper named the entity.</summary>
    public ImmutableArray<string> Surfaces { get; init; } = [];
    /// <summary>Mentions only: the type the paper's own text gives the entity when it differs from the node's label
    /// (a label the votes of other papers settled), else null.</summary>
    public NodeLabel? PaperLabel { get; init; }
    /// <summary>Null only for edges derived from names alone (<see cref="RelType.VariantOf"/>).</summary>
    public Evidence? Evidence { get; init; }
}
