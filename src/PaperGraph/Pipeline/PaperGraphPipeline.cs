using System.Collections.Immutable;
using System.Diagnostics;
using PaperGraph.Export;
using PaperGraph.Extraction;
using PaperGraph.Graph;
using PaperGraph.Ingest;
using PaperGraph.Resolution;

namespace PaperGraph.Pipeline;

/// <summary>
/// Builds a <see cref="PaperGraphPipeline"/>: readers, extractor, resolver and outputs. Build once, reuse:
/// <c>new PipelineBuilder().UseDefaults().Build()</c>.
/// </summary>
public sealed class PipelineBuilder
{
    private ReaderRegistry _readers = ReaderRegistry.CreateDefault();
    private IPaperExtractor? _extractor;
    private IResolver? _resolver;
    private readonly List<IOutput> _outputs = [];
    private string? _format;
    private string _baseIri = PaperGraphPipeline.DefaultBaseIri;
    private int _parallelism = Environment.ProcessorCount;

    public PipelineBuilder UseReaders(ReaderRegistry registry) { _readers = registry ?? throw new ArgumentNullException(nameof(registry)); return this; }
    public PipelineBuilder UseFormat(string? format) { _format = format; return this; }
    public PipelineBuilder UseExtractor(IPaperExtractor extractor) { _extractor = extractor ?? throw new ArgumentNullException(nameof(extractor)); return this; }
    public PipelineBuilder UseResolver(IResolver resolver) { _resolver = resolver ?? throw new ArgumentNullException(nameof(resolver)); return this; }
    public PipelineBuilder AddOutput(IOutput output) { _outputs.Add(output ?? throw new ArgumentNullException(nameof(output))); return this; }
    public PipelineBuilder UseBaseIri(string baseIri) { _baseIri = PaperGraphPipeline.CheckBaseIri(baseIri); return this; }
    public PipelineBuilder UseParallelism(int degree) { _parallelism = Math.Max(1, degree); return this; }

    /// <summary>The default extractor and resolver (outputs are added by <see cref="Outputs.Defaults"/>).</summary>
    public PipelineBuilder UseDefaults()
    {
        _extractor ??= DefaultComponents.CreateExtractor();
        _resolver ??= DefaultComponents.CreateResolver();
        return this;
    }

    public PaperGraphPipeline Build() => new(
        new CorpusReader(_readers, _format),
        _extractor ?? DefaultComponents.CreateExtractor(),
        _resolver ?? DefaultComponents.CreateResolver(),
        [.. _outputs], _baseIri, _parallelism);
}

/// <summary>The default pluggable parts, in one place.</summary>
public static class DefaultComponents
{
    public static IPaperExtractor CreateExtractor() =>
        new RuleBasedExtractor(new Extraction.Entities.EntityRecognizer(), Extraction.Relations.DefaultRelations.Create());
    public static IResolver CreateResolver() => new ExactAliasResolver(Extraction.Entities.KnowledgeBase.Default);
}

/// <summary>
/// readers → records → merged papers → extractor (parallel) → resolver → graph → outputs. Immutable and reusable.
/// Only reading and writing do I/O; <see cref="BuildGraph"/> is pure given the records.
/// </summary>
public sealed class PaperGraphPipeline
{
    public const string DefaultBaseIri = "https://papergraph.dev/id/";

    private readonly CorpusReader _reader;
    private readonly IPaperExtractor _extractor;
    private readonly IResolver _resolver;
    private readonly ImmutableArray<IOutput> _outputs;
    private readonly int _parallelism;

    internal PaperGraphPipeline(CorpusReader reader, IPaperExtractor extractor, IResolver resolver, ImmutableArray<IOutput> outputs, string baseIri, int parallelism)
    {
        _reader = reader; _extractor = extractor; _resolver = resolver; _outputs = outputs; BaseIri = baseIri; _parallelism = parallelism;
    }

    public string BaseIri { get; }

    /// <summary>Checks a base IRI: absolute, ending in '/' or '#', with no character that would need escaping.</summary>
    /// <exception cref="ArgumentException">The IRI is not usable as a base.</exception>
    public static string CheckBaseIri(string baseIri)
    {
        ArgumentNullException.ThrowIfNull(baseIri);
        if (!Uri.TryCreate(baseIri, UriKind.Absolute, out _) || !(baseIri.EndsWith('/') || baseIri.EndsWith('#'))
            || baseIri.Any(c => c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '\\' or '^' or '`' || c > '~'))
            throw new ArgumentException($"Base IRI '{baseIri}' must be an absolute IRI ending in '/' or '#', with no spaces, quotes or angle brackets.", nameof(baseIri));
        return baseIri;
    }

    /// <summary>Reads inputs, builds the graph, writes every output into <paramref name="outputDirectory"/> (when given).</summary>
    public BuildResult Run(IEnumerable<string> inputs, string? outputDirectory, IProgress<BuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var files = CorpusReader.ExpandInputs(inputs);
        PaperMerger? merger = new PaperMerger();
        var rejections = ImmutableArray.CreateBuilder<Rejection>();
        var summaries = ImmutableArray.CreateBuilder<FileReadSummary>();
        // Files are read in parallel (each reader streams one file) and merged in path order, so the result does
        // not depend on which file finished first.
        long filesDone = 0;
        progress?.Report(new BuildProgress("read", 0, files.Count));
        var perFile = files.AsParallel().AsOrdered().WithDegreeOfParallelism(_parallelism).WithCancellation(cancellationToken)
            .Select(file =>
            {
                var results = new List<ReadResult>();
                FileReadSummary? summary = null;
                foreach (var r in _reader.ReadFile(file, s => summary = s)) results.Add(r);
                var n = Interlocked.Increment(ref filesDone);
                if (n < files.Count) progress?.Report(new BuildProgress("read", n, files.Count));
                return (Results: results, Summary: summary!);
            });
        foreach (var (results, summary) in perFile)
        {
            summaries.Add(summary);
            foreach (var r in results)
            {
                if (r.Record is { } rec) merger.Add(rec);
                else rejections.Add(r.Rejection!);
            }
            results.Clear();
        }
        progress?.Report(new BuildProgress("read", files.Count, files.Count));
        var papers = merger.Build();
        int recordsRead = merger.RecordsAdded, duplicates = merger.DuplicatesMerged;
        merger = null; // its records are no longer needed: let them go before extraction
        var (graph, extractions) = BuildGraph(papers, progress, cancellationToken);
        var report = new BuildReport
        {
            Files = summaries.ToImmutable(),
            RecordsRead = recordsRead,
            UniquePapers = papers.Count,
            DuplicatesMerged = duplicates,
            Rejections = rejections.ToImmutable(),
            NodesByLabel = graph.Nodes.GroupBy(n => n.Label).ToImmutableDictionary(g => g.Key, g => g.Count()),
            EdgesByType = graph.Edges.GroupBy(e => e.Type).ToImmutableDictionary(g => g.Key, g => g.Count()),
        };
        if (outputDirectory is not null) Write(new GraphContext(graph, report, BaseIri), outputDirectory, progress);
        return new BuildResult(graph, report, extractions, watch.Elapsed);
    }

    /// <summary>Extracts every paper (in parallel, order kept) and resolves the graph. Pure.</summary>
    public (KnowledgeGraph Graph, IReadOnlyList<PaperExtraction> Extractions) BuildGraph(IReadOnlyList<Paper> papers, IProgress<BuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(papers);
        long done = 0;
        var extractions = papers.AsParallel().AsOrdered().WithDegreeOfParallelism(_parallelism).WithCancellation(cancellationToken)
            .Select(p =>
            {
                var x = _extractor.Extract(p);
                var n = Interlocked.Increment(ref done);
                if (progress is not null && (n % 256 == 0 || n == papers.Count)) progress.Report(new BuildProgress("extract", n, papers.Count));
                return x;
            })
            .ToList();
        progress?.Report(new BuildProgress("resolve", 0, 1));
        var graph = _resolver.Resolve(extractions);
        progress?.Report(new BuildProgress("resolve", 1, 1));
        return (graph, extractions);
    }

    /// <summary>Replays the graph into every output, straight into the folder. A failing output does not stop the
    /// others; its error is rethrown at the end.</summary>
    public void Write(GraphContext context, string outputDirectory, IProgress<BuildProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        Directory.CreateDirectory(outputDirectory);
        var errors = new List<Exception>();
        for (int i = 0; i < _outputs.Length; i++)
        {
            progress?.Report(new BuildProgress("write " + _outputs[i].Name, i, _outputs.Length));
            try
            {
                using var sink = _outputs[i].Open(outputDirectory);
                GraphReplay.Replay(context, sink);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                errors.Add(new IOException($"Writing output '{_outputs[i].Name}' failed: {ex.Message}", ex));
            }
        }
        progress?.Report(new BuildProgress("write", _outputs.Length, _outputs.Length));
        if (errors.Count == 1) throw errors[0];
        if (errors.Count > 1) throw new AggregateException("Several outputs failed.", errors);
    }
}
