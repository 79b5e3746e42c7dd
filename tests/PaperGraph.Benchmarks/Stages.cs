using BenchmarkDotNet.Attributes;
using PaperGraph.Export;
using PaperGraph.Extraction;
using PaperGraph.Ingest;
using PaperGraph.Pipeline;
using PaperGraph.Resolution;

namespace PaperGraph.Benchmarks;

/// <summary>Corpus sizes the benchmarks run on (set from the command line: the smoke run uses the small ones).</summary>
public static class Sizes
{
    public static int[] Current { get; set; } = [1_000, 10_000, 100_000];
}

/// <summary>Shared set-up: the synthetic corpus of one size, read and merged.</summary>
public abstract class StageBenchmark
{
    [ParamsSource(nameof(SizeValues))]
    public int Size { get; set; }

    public static IEnumerable<int> SizeValues => Sizes.Current;

    protected string Folder = "";
    protected IReadOnlyList<Paper> Papers = [];

    protected static PaperGraphPipeline NewPipeline(bool outputs = false)
    {
        var b = new PipelineBuilder().UseDefaults();
        if (outputs) foreach (var o in Outputs.Defaults()) b.AddOutput(o);
        return b.Build();
    }

    protected void ReadCorpus()
    {
        Folder = CorpusGenerator.Folder(Size);
        Papers = ReadBenchmarks.ReadAndMerge(Folder);
    }
}

/// <summary>Reading: every file of the mixed corpus (four layouts, ~10% cross-file duplicates), then merging.</summary>
[MemoryDiagnoser]
public class ReadBenchmarks : StageBenchmark
{
    [GlobalSetup]
    public void Setup() => Folder = CorpusGenerator.Folder(Size);

    public static IReadOnlyList<Paper> ReadAndMerge(string folder)
    {
        var reader = new CorpusReader(ReaderRegistry.CreateDefault());
        var merger = new PaperMerger();
        foreach (var file in CorpusReader.ExpandInputs([folder]))
            foreach (var r in reader.ReadFile(file))
                if (r.Record is { } rec) merger.Add(rec);
        return merger.Build();
    }

    [Benchmark(Description = "read+merge")]
    public int ReadAndMerge() => ReadAndMerge(Folder).Count;
}

/// <summary>Extraction with the default extractor: one thread, and in parallel as the pipeline runs it.</summary>
[MemoryDiagnoser]
public class ExtractBenchmarks : StageBenchmark
{
    private IPaperExtractor _extractor = null!;

    [GlobalSetup]
    public void Setup()
    {
        ReadCorpus();
        _extractor = DefaultComponents.CreateExtractor();
    }

    [Benchmark(Description = "extract (1 thread)")]
    public int ExtractSequential()
    {
        int n = 0;
        foreach (var p in Papers) n += _extractor.Extract(p).Entities.Length;
        return n;
    }

    [Benchmark(Description = "extract (parallel)")]
    public int ExtractParallel() =>
        Papers.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount).Select(_extractor.Extract).Sum(x => x.Entities.Length);
}

/// <summary>Resolution of every paper's extraction into one graph.</summary>
[MemoryDiagnoser]
public class ResolveBenchmarks : StageBenchmark
{
    private IReadOnlyList<PaperExtraction> _extractions = [];
    private IResolver _resolver = null!;

    [GlobalSetup]
    public void Setup()
    {
        ReadCorpus();
        var extractor = DefaultComponents.CreateExtractor();
        _extractions = Papers.AsParallel().AsOrdered().Select(extractor.Extract).ToList();
        _resolver = DefaultComponents.CreateResolver();
    }

    [Benchmark(Description = "resolve")]
    public int Resolve() => _resolver.Resolve(_extractions).Nodes.Length;
}

/// <summary>Writing: graph.jsonl alone, and every default output.</summary>
[MemoryDiagnoser]
public class WriteBenchmarks : StageBenchmark
{
    private GraphContext _context = null!;
    private string _out = "";

    [GlobalSetup]
    public void Setup()
    {
        Folder = CorpusGenerator.Folder(Size);
        var result = NewPipeline().Run([Folder], null);
        _context = new GraphContext(result.Graph, result.Report, PaperGraphPipeline.DefaultBaseIri);
        _out = Path.Combine(Path.GetTempPath(), "papergraph-bench", "out-" + Size);
        Directory.CreateDirectory(_out);
    }

    [Benchmark(Description = "write graph.jsonl")]
    public void WriteJsonLines()
    {
        using var sink = new Export.Json.JsonLinesOutput().Open(_out);
        GraphReplay.Replay(_context, sink);
    }

    [Benchmark(Description = "write all outputs")]
    public void WriteAll() => NewPipeline(outputs: true).Write(_context, _out);
}

/// <summary>The whole build as the CLI runs it: read, merge, extract, resolve, write every output.</summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks : StageBenchmark
{
    private string _out = "";

    [GlobalSetup]
    public void Setup()
    {
        Folder = CorpusGenerator.Folder(Size);
        _out = Path.Combine(Path.GetTempPath(), "papergraph-bench", "e2e-" + Size);
    }

    [Benchmark(Description = "build (all stages)")]
    public int Build() => NewPipeline(outputs: true).Run([Folder], _out).Report.UniquePapers;
}
