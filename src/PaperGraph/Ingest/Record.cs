using System.Collections.Immutable;
using PaperGraph.Graph;

namespace PaperGraph.Ingest;

/// <summary>One paper as one input file states it. Several records of the same paper merge into one paper.</summary>
public sealed record Record
{
    public required SourceRef Source { get; init; }
    /// <summary>The reader's format name (<see cref="IRecordReader.Format"/>).</summary>
    public required string Format { get; init; }
    public string? Title { get; init; }
    public required string Abstract { get; init; }
    public string? ArxivId { get; init; }
    public DateOnly? Created { get; init; }
    public DateOnly? Updated { get; init; }
    public DateOnly? Published { get; init; }
    public string? Comment { get; init; }
    public int? AuthorCount { get; init; }
    public ImmutableArray<string> Authors { get; init; } = [];
    public ImmutableArray<string> Categories { get; init; } = [];
    public string? Organisation { get; init; }
    public int? Upvotes { get; init; }
}

/// <summary>Something that was read but could not become a record, with where and why.</summary>
public sealed record Rejection(SourceRef Source, string Reason)
{
    public override string ToString() => $"{Source}: {Reason}";
}

/// <summary>What a reader yields: a record or a rejection, in file order.</summary>
public readonly struct ReadResult
{
    private ReadResult(Record? record, Rejection? rejection) { Record = record; Rejection = rejection; }
    public Record? Record { get; }
    public Rejection? Rejection { get; }
    public static implicit operator ReadResult(Record record) => new(record, null);
    public static implicit operator ReadResult(Rejection rejection) => new(null, rejection);
}

/// <summary>A reader of one input layout. Readers are stateless and thread-safe; one folder, one class each.</summary>
public interface IRecordReader
{
    /// <summary>Short name used by <c>--format</c> and in records (e.g. <c>arxiv-listing</c>).</summary>
    string Format { get; }

    /// <summary>True when the head of a file (its first lines, already decoded) looks like this layout.</summary>
    bool Detect(IReadOnlyList<string> headLines);

    /// <summary>Reads every record of a file, yielding rejections (never throwing) for what it cannot read.</summary>
    IEnumerable<ReadResult> Read(IEnumerable<SourceLine> lines, string file);
}
