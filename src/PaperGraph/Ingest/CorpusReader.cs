namespace PaperGraph.Ingest;

/// <summary>The readers known by format name. An ordinary object (no static state): build one, add readers, share it.</summary>
public sealed class ReaderRegistry
{
    private readonly List<IRecordReader> _readers = [];

    /// <summary>The four built-in layouts, in detection order.</summary>
    public static ReaderRegistry CreateDefault() => new ReaderRegistry()
        .Add(new JsonLinesReader())
        .Add(new AbstractLinesReader())
        .Add(new ArxivListingReader())
        .Add(new HfDailyPapersReader());

    public ReaderRegistry Add(IRecordReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _readers.Add(reader);
        return this;
    }

    public IReadOnlyList<IRecordReader> Readers => _readers;

    public IEnumerable<string> Formats => _readers.Select(r => r.Format);

    public bool TryGet(string format, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IRecordReader? reader)
    {
        reader = _readers.FirstOrDefault(r => string.Equals(r.Format, format, StringComparison.OrdinalIgnoreCase));
        return reader is not null;
    }

    /// <summary>The first reader whose <see cref="IRecordReader.Detect"/> accepts the head lines, else null.</summary>
    public IRecordReader? Detect(IReadOnlyList<string> headLines) => _readers.FirstOrDefault(r => r.Detect(headLines));
}

/// <summary>Per-file outcome of reading, for the build summary.</summary>
public sealed record FileReadSummary(string File, string? Format, int Records, int Rejected);

/// <summary>
/// Reads files and folders (recursively, in ordinal path order) with auto-detected or forced formats. Never throws
/// on bad content: unreadable files, binary files, empty files and bad records become <see cref="Rejection"/>s
/// naming file and line. Throws <see cref="FileNotFoundException"/> only for an input path that does not exist.
/// </summary>
public sealed class CorpusReader
{
    private const int HeadLines = 60;
    private readonly ReaderRegistry _registry;
    private readonly IRecordReader? _forced;

    public CorpusReader(ReaderRegistry registry, string? forcedFormat = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _registry = registry;
        if (forcedFormat is not null && !registry.TryGet(forcedFormat, out _forced))
            throw new ArgumentException($"Unknown format '{forcedFormat}'. Known: {string.Join(", ", registry.Formats)}.", nameof(forcedFormat));
    }

    /// <summary>Expands folders to the files below them (hidden files and folders skipped), sorted, de-duplicated.</summary>
    public static IReadOnlyList<string> ExpandInputs(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (var p in paths)
        {
            if (File.Exists(p)) files.Add(p);
            else if (Directory.Exists(p))
            {
                files.AddRange(Directory.EnumerateFiles(p, "*", new EnumerationOptions
                    {
                        RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
                        IgnoreInaccessible = true,
                    })
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .OrderBy(f => f, StringComparer.Ordinal));
            }
            else throw new FileNotFoundException($"Input '{p}' is neither a file nor a folder.", p);
        }
        return [.. files.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Reads one file: every record and rejection in file order, then its summary through <paramref name="summary"/>.</summary>
    public IEnumerable<ReadResult> ReadFile(string file, Action<FileReadSummary>? summary = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        int records = 0, rejected = 0;
        string? format = null;
        foreach (var r in ReadFileCore(file, f => format = f))
        {
            if (r.Record is not null) records++; else rejected++;
            yield return r;
        }
        summary?.Invoke(new FileReadSummary(file, format, records, rejected));
    }

    private IEnumerable<ReadResult> ReadFileCore(string file, Action<string> setFormat)
    {
        var head = new List<string>(HeadLines);
        SourceLine? problem = null;
        bool any = false;
        IOException? ioError = null;
        try
        {
            foreach (var line in LineSource.ReadFile(file))
            {
                any = true;
                if (line.Problem == LineProblem.Binary && problem is null) problem = line;
                if (!line.IsBlank) head.Add(line.Text);
                if (head.Count >= HeadLines) break;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            ioError = ex as IOException ?? new IOException(ex.Message, ex);
        }
        var at = new Graph.SourceRef(file, 1);
        if (ioError is not null) { yield return new Rejection(at, $"cannot read file: {ioError.Message}"); yield break; }
        if (!any || head.Count == 0) { yield return new Rejection(at, "empty file: no records"); yield break; }
        if (problem is { } bin) { yield return new Rejection(new Graph.SourceRef(file, bin.Number), "binary file (NUL bytes): not a text format PaperGraph reads"); yield break; }
        var reader = _forced ?? _registry.Detect(head);
        if (reader is null)
        {
            yield return new Rejection(at, $"unknown format: not one of {string.Join(", ", _registry.Formats)} (use --format to choose)");
            yield break;
        }
        setFormat(reader.Format);
        foreach (var r in reader.Read(LineSource.ReadFile(file), file)) yield return r;
    }
}
