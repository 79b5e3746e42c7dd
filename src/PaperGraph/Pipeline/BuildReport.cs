using System.Collections.Immutable;
using PaperGraph.Graph;
using PaperGraph.Ingest;

namespace PaperGraph.Pipeline;

/// <summary>What a build read and made: the counts the CLI prints and report.html shows. Holds no timings, so
/// outputs that embed it stay byte-identical across runs.</summary>
public sealed record BuildReport
{
    public ImmutableArray<FileReadSummary> Files { get; init; } = [];
    public int RecordsRead { get; init; }
    public int UniquePapers { get; init; }
    public int DuplicatesMerged { get; init; }
    public ImmutableArray<Rejection> Rejections { get; init; } = [];
    public ImmutableDictionary<NodeLabel, int> NodesByLabel { get; init; } = ImmutableDictionary<NodeLabel, int>.Empty;
    public ImmutableDictionary<RelType, int> EdgesByType { get; init; } = ImmutableDictionary<RelType, int>.Empty;

    public static BuildReport Empty { get; } = new();
}

/// <summary>Which stage a build is in, and how far, for progress displays.</summary>
public readonly record struct BuildProgress(string Stage, long Done, long Total);

/// <summary>A finished build: the graph, the report and the per-paper extractions (for facts.jsonl and scorers).</summary>
public sealed record BuildResult(KnowledgeGraph Graph, BuildReport Report, IReadOnlyList<Extraction.PaperExtraction> Extractions, TimeSpan Elapsed);
