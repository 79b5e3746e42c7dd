using System.Collections.Immutable;
using PaperGraph.Graph;
using PaperGraph.Ingest;

namespace PaperGraph.Extraction;

/// <summary>A sentence of <see cref="Paper.Text"/>: its index, character offset and text.</summary>
public sealed record Sentence(int Index, int Start, string Text)
{
    public int Length => Text.Length;
}

/// <summary>The kinds of fact an extractor states about a paper.</summary>
public enum FactKind
{
    /// <summary>The paper introduces <see cref="ExtractedFact.Object"/> (subject is the paper).</summary>
    Proposes,
    /// <summary>Subject (model/method) was scored or compared on Object (benchmark/dataset).</summary>
    EvaluatedOn,
    /// <summary>Subject model is built on / fine-tuned from Object (backbone). Subject null when unnamed.</summary>
    BasedOn,
    /// <summary>Object (a model) was used as a tool (generate, annotate, curate, judge) in the paper; no subject.</summary>
    UsedAsTool,
}

/// <summary>An entity as one paper names it: its name in this paper, its type, every surface form the paper uses.</summary>
public sealed record ExtractedEntity
{
    /// <summary>The name the paper's facts refer to (kept as written, with sizes and versions).</summary>
    public required string Name { get; init; }
    public required NodeLabel Type { get; init; }
    /// <summary>Other surface forms of the same thing in this paper ("Full Name (X)" pairs, KB aliases seen).</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];
    /// <summary>Canonical name from the knowledge base when the entity is a known one; null otherwise.</summary>
    public string? KnownAs { get; init; }
    /// <summary>Index of the first sentence naming it.</summary>
    public required int SentenceIndex { get; init; }
    public required string Rule { get; init; }
    public required double Confidence { get; init; }
}

/// <summary>A fact as stated by one sentence of one paper. Subject and Object are <see cref="ExtractedEntity.Name"/>s.</summary>
public sealed record ExtractedFact
{
    public required FactKind Kind { get; init; }
    public string? Subject { get; init; }
    public required string Object { get; init; }
    public string? Metric { get; init; }
    public decimal? Value { get; init; }
    public string? Unit { get; init; }
    public required int SentenceIndex { get; init; }
    public required string Rule { get; init; }
    public required double Confidence { get; init; }
}

/// <summary>Everything extracted from one paper.</summary>
public sealed record PaperExtraction(
    Paper Paper,
    ImmutableArray<Sentence> Sentences,
    ImmutableArray<ExtractedEntity> Entities,
    ImmutableArray<ExtractedFact> Facts);

/// <summary>The extraction stage: pure and thread-safe, one paper in, its entities and facts out.</summary>
public interface IPaperExtractor
{
    PaperExtraction Extract(Paper paper);
}
