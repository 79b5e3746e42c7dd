using System.Collections.Immutable;
using PaperGraph.Graph;

namespace PaperGraph.Ingest;

/// <summary>A unique paper: the union of every record with the same (whitespace-folded) abstract.</summary>
public sealed record Paper(string Id, PaperInfo Info)
{
    /// <summary>The text extractors read: the title, a line break, then the abstract (or the abstract alone).
    /// Evidence offsets count in this text.</summary>
    public string Text => Info.Title is null ? Info.Abstract : Info.Title + "\n" + Info.Abstract;
}

/// <summary>
/// Merges records of the same paper (same abstract after folding white space) into one <see cref="Paper"/>, keeping
/// the union of their properties: the first non-empty value of each, in reading order, and every source.
/// Not thread-safe; feed it records in reading order, then call <see cref="Build"/>.
/// </summary>
public sealed class PaperMerger
{
    private readonly Dictionary<string, List<Record>> _byKey = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public int RecordsAdded { get; private set; }
    public int DuplicatesMerged => RecordsAdded - _byKey.Count;

    public void Add(Record record)
    {
        ArgumentNullException.ThrowIfNull(record);
        RecordsAdded++;
        var key = Graph.Text.FoldWhitespace(record.Abstract);
        if (!_byKey.TryGetValue(key, out var list))
        {
            _byKey[key] = list = [];
            _order.Add(key);
        }
        list.Add(record);
    }

    /// <summary>The unique papers, sorted by id. Papers are merged in parallel (each from its own records only),
    /// so the result is the same for any degree of parallelism.</summary>
    public IReadOnlyList<Paper> Build()
    {
        var papers = _order.AsParallel().Select(k => Merge(k, _byKey[k])).ToArray();
        Array.Sort(papers, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        return papers;
    }

    private static Paper Merge(string key, List<Record> records)
    {
        T? First<T>(Func<Record, T?> f) where T : class => records.Select(f).FirstOrDefault(v => v is not null);
        TS? FirstS<TS>(Func<Record, TS?> f) where TS : struct => records.Select(f).FirstOrDefault(v => v.HasValue);
        var info = new PaperInfo
        {
            Abstract = records[0].Abstract.Trim(),
            Title = First(r => r.Title),
            ArxivId = First(r => r.ArxivId),
            Created = FirstS(r => r.Created),
            Updated = FirstS(r => r.Updated),
            Published = FirstS(r => r.Published),
            Comment = First(r => r.Comment),
            AuthorCount = FirstS(r => r.AuthorCount),
            Authors = records.Select(r => r.Authors).FirstOrDefault(a => !a.IsDefaultOrEmpty, []),
            Categories = records.Select(r => r.Categories).FirstOrDefault(a => !a.IsDefaultOrEmpty, []),
            Organisation = First(r => r.Organisation),
            Upvotes = FirstS(r => r.Upvotes),
            Sources = [.. records.Select(r => r.Source)],
        };
        return new Paper(Ids.ForPaper(key), info);
    }
}
