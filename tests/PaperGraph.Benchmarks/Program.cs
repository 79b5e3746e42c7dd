using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PaperGraph.Export;
using PaperGraph.Pipeline;

namespace PaperGraph.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/PaperGraph.Benchmarks -- [--smoke] [--measure [SIZES]] [BenchmarkDotNet args]</c>.
/// <list type="bullet">
/// <item><c>--smoke</c>: sizes 1k and 10k, one warm-up and three iterations in process: all stages in about a minute.</item>
/// <item><c>--measure 1000,10000,100000</c>: no BenchmarkDotNet; times each stage of one build per size with a stopwatch and
/// prints papers/second per stage and the peak working set (the memory check on 100k papers).</item>
/// <item>otherwise BenchmarkDotNet's own switcher (e.g. <c>--filter '*Read*'</c>) at sizes 1k, 10k, 100k.</item>
/// </list>
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var list = args.ToList();
        var measure = list.IndexOf("--measure");
        if (measure >= 0)
        {
            var sizes = measure + 1 < list.Count && !list[measure + 1].StartsWith('-')
                ? list[measure + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray()
                : [1_000, 10_000, 100_000];
            foreach (var size in sizes)
            {
                Measure(size, print: false); // warm-up: JIT and tiering, file cache
                Measure(size, print: true);
            }
            return 0;
        }
        IConfig config = DefaultConfig.Instance.AddColumn(new PapersPerSecondColumn());
        if (list.Remove("--smoke"))
        {
            Sizes.Current = [1_000, 10_000];
            config = config.AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(1).WithIterationCount(3).WithId("smoke"))
                .WithOptions(ConfigOptions.DisableOptimizationsValidator);
            if (!list.Contains("--filter")) list.AddRange(["--filter", "*"]);
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. list], config);
        return 0;
    }

    /// <summary>One build of <paramref name="size"/> papers, stage by stage: wall time, CPU time (all threads) and memory.</summary>
    private static void Measure(int size, bool print)
    {
        var console = print ? Console.Out : TextWriter.Null;
        var folder = CorpusGenerator.Folder(size);
        var output = Path.Combine(Path.GetTempPath(), "papergraph-bench", "measure-" + size);
        GC.Collect();
        var builder = new PipelineBuilder().UseDefaults();
        foreach (var o in Outputs.Defaults()) builder.AddOutput(o);
        var pipeline = builder.Build();
        var process = Process.GetCurrentProcess();

        T Stage<T>(string name, Func<T> work, int? papersIn = null)
        {
            int count = papersIn ?? size;
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var result = work();
            var wall = watch.Elapsed;
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpu0;
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-30} wall {wall.TotalMilliseconds,7:F0} ms {count / wall.TotalSeconds,10:N0} papers/s | cpu {cpu.TotalMilliseconds,7:F0} ms {count / Math.Max(cpu.TotalSeconds, 1e-6),10:N0} papers/cpu-s"));
            return result;
        }

        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size:N0} papers, {Environment.ProcessorCount} cores"));
        var reader = new Ingest.CorpusReader(Ingest.ReaderRegistry.CreateDefault());
        foreach (var file in Ingest.CorpusReader.ExpandInputs([folder]))
        {
            var n = reader.ReadFile(file).Count(r => r.Record is not null);
            Stage("read " + Path.GetFileName(file), () => reader.ReadFile(file).Count(r => r.Record is not null), n);
        }
        var records = Stage("read all files (no merge)", () => Ingest.CorpusReader.ExpandInputs([folder]).SelectMany(f => reader.ReadFile(f)).Where(r => r.Record is not null).Select(r => r.Record!).ToList());
        Stage("merge", () => { var m = new Ingest.PaperMerger(); foreach (var r in records) m.Add(r); return m.Build(); });
        var papers = Stage("read+merge (all files)", () => ReadBenchmarks.ReadAndMerge(folder));
        var extractor = DefaultComponents.CreateExtractor();
        Stage("extract (1 thread)", () => papers.Select(extractor.Extract).Count());
        var extractions = Stage("extract (parallel)", () => papers.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount).Select(extractor.Extract).ToList());
        var graph = Stage("resolve", () => DefaultComponents.CreateResolver().Resolve(extractions));
        var whole = Stage("build without writing", () => pipeline.Run([folder], null));
        Stage($"write ({Outputs.Defaults().Count} outputs)", () => { pipeline.Write(new GraphContext(whole.Graph, whole.Report, pipeline.BaseIri), output); return 0; });
        var context = new GraphContext(whole.Graph, whole.Report, pipeline.BaseIri);
        foreach (var o in Outputs.Defaults())
            Stage("  write " + o.Name, () => { using (var sink = o.Open(output)) GraphReplay.Replay(context, sink); return 0; });
        Stage("build end to end", () => pipeline.Run([folder], output));
        var managed = GC.GetTotalMemory(forceFullCollection: false);
        process.Refresh();
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  graph: {whole.Report.RecordsRead:N0} records, {graph.Nodes.Length:N0} nodes, {graph.Edges.Length:N0} edges; managed heap {managed / 1048576.0:F0} MB, peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB"));
    }
}
