using System.CommandLine;
using System.Globalization;
using Humanizer;
using PaperGraph.Export;
using PaperGraph.Graph;
using PaperGraph.Pipeline;
using Spectre.Console;

namespace PaperGraph.Cli;

/// <summary><c>papergraph build &lt;files or folders…&gt; -o out/</c>.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Input files or folders (read recursively).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "Output folder.", DefaultValueFactory = _ => "out" };
        var format = new Option<string?>("--format", "-f") { Description = "Force one input format instead of detecting it per file: jsonl, abstract-lines, arxiv-listing, hf-daily." };
        var baseIri = new Option<string>("--base-iri") { Description = "Base IRI of minted node IRIs in RDF outputs.", DefaultValueFactory = _ => PaperGraphPipeline.DefaultBaseIri };
        var strict = new Option<bool>("--strict") { Description = "Exit with code 3 when any record was rejected." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress display." };
        var neo4j = new Option<bool>("--neo4j") { Description = "Also load the graph into Neo4j over the HTTP Query API (connection options as for 'load')." };
        var neo4jOptions = Neo4jOptions.Create();
        var cmd = new Command("build", "Read abstracts, extract entities and facts, resolve them and write the graph (graph.jsonl, graph.ttl, neo4j/, facts.jsonl …).")
        {
            inputs, output, format, baseIri, strict, quiet, neo4j,
        };
        neo4jOptions.AddTo(cmd);
        cmd.SetAction(parse => Run(
            parse.GetValue(inputs)!, parse.GetValue(output)!, parse.GetValue(format), parse.GetValue(baseIri)!,
            parse.GetValue(strict), parse.GetValue(quiet), Consoles.Output(parse), Consoles.Error(parse),
            parse.GetValue(neo4j) ? neo4jOptions.Read(parse) : null));
        return cmd;
    }

    internal static int Run(string[] inputs, string output, string? format, string baseIri, bool strict, bool quiet, TextWriter stdout, TextWriter stderr, Neo4jSettings? neo4j = null)
    {
        var console = Consoles.For(stdout);
        PaperGraphPipeline pipeline;
        try
        {
            var builder = new PipelineBuilder().UseDefaults().UseFormat(format).UseBaseIri(baseIri);
            foreach (var o in Outputs.Defaults()) builder.AddOutput(o);
            pipeline = builder.Build();
            foreach (var i in inputs)
                if (!File.Exists(i) && !Directory.Exists(i)) throw new ArgumentException($"Input '{i}' is neither a file nor a folder.");
        }
        catch (ArgumentException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCodes.Usage;
        }

        BuildResult result;
        try
        {
            if (quiet || !Consoles.IsTerminal(stdout))
            {
                result = pipeline.Run(inputs, output, new TextProgress(stderr, quiet));
            }
            else
            {
                result = null!;
                console.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
                    .Start(ctx =>
                    {
                        var tasks = new Dictionary<string, ProgressTask>();
                        result = pipeline.Run(inputs, output, new Progress<BuildProgress>(p =>
                        {
                            var stage = p.Stage.Split(' ')[0];
                            if (!tasks.TryGetValue(stage, out var t)) tasks[stage] = t = ctx.AddTask(stage.Humanize(LetterCasing.Sentence));
                            t.MaxValue = Math.Max(1, p.Total);
                            t.Value = p.Done;
                        }));
                    });
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or AggregateException)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCodes.Failure;
        }
        PrintSummary(console, result, output);
        if (neo4j is not null && LoadCommand.Load(result.Graph, neo4j, quiet, CancellationToken.None).GetAwaiter().GetResult() is var loaded and not ExitCodes.Ok)
            return loaded;
        return strict && result.Report.Rejections.Length > 0 ? ExitCodes.InputErrors : ExitCodes.Ok;
    }

    internal static void PrintSummary(IAnsiConsole console, BuildResult result, string output)
    {
        var r = result.Report;
        var table = new Table().Border(TableBorder.Rounded).Title("PaperGraph build").AddColumn("What").AddColumn(new TableColumn("Count").RightAligned());
        void Row(string what, long n) => table.AddRow(Markup.Escape(what), n.ToString("N0", CultureInfo.InvariantCulture));
        Row("files read", r.Files.Length);
        Row("records read", r.RecordsRead);
        Row("unique papers", r.UniquePapers);
        Row("duplicates merged", r.DuplicatesMerged);
        Row("records rejected", r.Rejections.Length);
        foreach (var label in RelTypeNames.EntityLabels)
            Row(label.CypherName().Pluralize() , r.NodesByLabel.GetValueOrDefault(label));
        foreach (var type in RelTypeNames.AllTypes)
            Row(type.CypherName() + " facts", r.EdgesByType.GetValueOrDefault(type));
        table.AddRow("time", Markup.Escape(result.Elapsed.Humanize(2)));
        console.Write(table);
        foreach (var f in r.Files)
            console.MarkupLineInterpolated($"  {f.File}: {f.Format ?? "?"}, {f.Records} records, {f.Rejected} rejected");
        foreach (var rej in r.Rejections.Take(50))
            console.MarkupLineInterpolated($"[yellow]rejected[/] {rej.ToString()}");
        if (r.Rejections.Length > 50) console.MarkupLineInterpolated($"[yellow]… and {r.Rejections.Length - 50} more rejections[/]");
        if (r.Rejections.Length > 0) console.MarkupLineInterpolated($"Rejections are listed in {Path.Combine(output, BuildReportOutput.RejectedFileName)}");
        console.MarkupLineInterpolated($"Wrote {Path.GetFullPath(output)}");
    }

    /// <summary>Plain progress lines for logs and pipes: one line when a stage ends, and every tenth of a long stage.</summary>
    private sealed class TextProgress(TextWriter writer, bool quiet) : IProgress<BuildProgress>
    {
        private readonly object _gate = new();
        private string _last = "";
        private long _nextTenth;

        public void Report(BuildProgress value)
        {
            if (quiet) return;
            var stage = value.Stage.Split(' ')[0];
            lock (_gate)
            {
                if (stage != _last && value.Done < value.Total) { _last = stage; _nextTenth = value.Total / 10; }
                if (value.Done == value.Total)
                {
                    if (_last != stage + "!") writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage}: done ({value.Total:N0})"));
                    _last = stage + "!";
                }
                else if (value.Total >= 10_000 && value.Done >= _nextTenth && _nextTenth > 0)
                {
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage}: {value.Done:N0} of {value.Total:N0}"));
                    _nextTenth += value.Total / 10;
                }
            }
        }
    }
}
