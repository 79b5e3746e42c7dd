using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using PaperGraph.Export;
using PaperGraph.Export.Html;
using PaperGraph.Graph;
using PaperGraph.Ingest;
using PaperGraph.Pipeline;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Export.Html;

/// <summary>
/// Writes every page the browser tests look at (hostile hand-made graph, hostile input built by the pipeline, a
/// truncated graph, the seed build when the seeds are there) and checks them all in ONE headless Chromium launch
/// (tests/tools/browser-check.js through playwright-core). Screenshots go to artifacts/screenshots/.
/// </summary>
public sealed class BrowserRun
{
    public const string TruncatedMaxNodes = "2";
    private readonly Dictionary<string, JsonElement> _pages = new(StringComparer.Ordinal);

    public BrowserRun()
    {
        var dir = TempDir.Create("browser");
        var shots = Path.Combine(Paths.Repo, "artifacts", "screenshots");
        Directory.CreateDirectory(shots);
        var pages = new List<object>();

        Hostile = HostileGraph.Build();
        var hostileDir = Directory.CreateDirectory(Path.Combine(dir, "hostile")).FullName;
        File.WriteAllText(Path.Combine(hostileDir, "graph.html"), new GraphHtmlOutput().Render(Hostile), new UTF8Encoding(false));
        HostileReport = new BuildReport
        {
            Files = [new FileReadSummary("<script>window.__pwned=1</script>.jsonl", "jsonl", 1, 1)],
            RecordsRead = 1, UniquePapers = 1,
            Rejections = [new Rejection(new SourceRef("\"><img src=x onerror=window.__pwned=1>.txt", 3), "bad <script>window.__pwned=1</script> \u0001 \uD800 record")],
        };
        File.WriteAllText(Path.Combine(hostileDir, "report.html"),
            new ReportHtmlOutput().Render(new GraphContext(Hostile, HostileReport, PaperGraphPipeline.DefaultBaseIri)), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(hostileDir, "truncated.html"), new GraphHtmlOutput(maxNodes: int.Parse(TruncatedMaxNodes, System.Globalization.CultureInfo.InvariantCulture)).Render(Hostile), new UTF8Encoding(false));
        var everyNode = new[] { new { query = "pwned", select = (string?)null, clickAll = true }, new { query = "<!--", select = (string?)null, clickAll = true } };
        pages.Add(new { name = "hostile-graph", path = Path.Combine(hostileDir, "graph.html"), graph = true, filters = true, search = everyNode, screenshot = Path.Combine(shots, "hostile-graph.png") });
        pages.Add(new { name = "hostile-report", path = Path.Combine(hostileDir, "report.html"), graph = false, screenshot = Path.Combine(shots, "hostile-report.png") });
        pages.Add(new { name = "truncated-graph", path = Path.Combine(hostileDir, "truncated.html"), graph = true, screenshot = Path.Combine(shots, "truncated-graph.png") });

        File.WriteAllText(Path.Combine(hostileDir, "empty.html"), new GraphHtmlOutput().Render(KnowledgeGraph.Empty), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(hostileDir, "empty-report.html"),
            new ReportHtmlOutput().Render(new GraphContext(KnowledgeGraph.Empty, BuildReport.Empty, PaperGraphPipeline.DefaultBaseIri)), new UTF8Encoding(false));
        pages.Add(new { name = "empty-graph", path = Path.Combine(hostileDir, "empty.html"), graph = true, search = new[] { new { query = "anything", select = (string?)null, clickAll = true } } });
        pages.Add(new { name = "empty-report", path = Path.Combine(hostileDir, "empty-report.html"), graph = false });

        Large = LargeGraph.Build();
        File.WriteAllText(Path.Combine(hostileDir, "large.html"), new GraphHtmlOutput().Render(Large), new UTF8Encoding(false));
        pages.Add(new { name = "large-graph", path = Path.Combine(hostileDir, "large.html"), graph = true, search = new[] { new { query = "model-00000", select = Ids.ForEntity(NodeLabel.Model, "Model-00000"), clickAll = false } }, screenshot = Path.Combine(shots, "large-graph.png") });

        var inputDir = Directory.CreateDirectory(Path.Combine(dir, "input")).FullName;
        File.WriteAllText(Path.Combine(inputDir, "hostile.jsonl"), HostileJsonLines(), new UTF8Encoding(false));
        var (inputBuild, inputOut) = Build.Run(inputDir);
        HostileInputBuild = inputBuild;
        pages.Add(new { name = "hostile-input-graph", path = Path.Combine(inputOut, GraphHtmlOutput.FileName), graph = true, search = new[] { new { query = "pwned", select = (string?)null, clickAll = true } }, screenshot = Path.Combine(shots, "hostile-input-graph.png") });
        pages.Add(new { name = "hostile-input-report", path = Path.Combine(inputOut, ReportHtmlOutput.FileName), graph = false });

        if (Directory.Exists(Paths.Seeds) && Directory.EnumerateFiles(Paths.Seeds).Any())
        {
            var (seed, seedOut) = Build.Seeds();
            Seed = seed;
            var gpt = new PaperGraph.Query.NamedQueries(seed.Graph).Find("GPT-4o", NodeLabel.Model, NodeLabel.Method).Select(n => n.Id).ToList();
            pages.Add(new
            {
                name = "seed-graph", path = Path.Combine(seedOut, GraphHtmlOutput.FileName), graph = true, filters = true,
                search = new[] { new { query = "GPT-4o", select = gpt.FirstOrDefault(), clickAll = false } },
                overview = Path.Combine(shots, "seed-graph.png"), screenshot = Path.Combine(shots, "seed-graph-gpt-4o.png"),
            });
            pages.Add(new { name = "seed-report", path = Path.Combine(seedOut, ReportHtmlOutput.FileName), graph = false, screenshot = Path.Combine(shots, "seed-report.png") });
        }

        var spec = Path.Combine(dir, "spec.json");
        File.WriteAllText(spec, JsonSerializer.Serialize(new { pages }));
        ExternalTool.Require("/usr/bin/chromium", "Debian Chromium");
        ExternalTool.Require(Path.Combine(Paths.Tools, "node_modules", "playwright-core"), "playwright-core (npm)");
        var run = ExternalTool.Node("browser-check.js", spec);
        if (run.ExitCode != 0) throw new InvalidOperationException("browser-check.js failed: " + run);
        foreach (var p in JsonDocument.Parse(run.StdOut).RootElement.GetProperty("pages").EnumerateArray())
            _pages[p.GetProperty("name").GetString()!] = p.Clone();
    }

    public KnowledgeGraph Hostile { get; }
    public KnowledgeGraph Large { get; }
    public BuildReport HostileReport { get; }
    public BuildResult HostileInputBuild { get; }
    public BuildResult? Seed { get; }

    public JsonElement Page(string name) =>
        _pages.TryGetValue(name, out var p) ? p : throw new InvalidOperationException($"Page '{name}' was not checked.");

    /// <summary>JSON Lines papers whose titles, authors and abstracts carry script and markup injections.</summary>
    private static string HostileJsonLines()
    {
        static string Line(string id, string title, string abs) =>
            JsonSerializer.Serialize(new { id, title, @abstract = abs, authors = "Mallory <script>window.__pwned=1</script>", categories = "cs.LG" });
        var sb = new StringBuilder();
        sb.AppendLine(Line("2501.00011", "<script>window.__pwned=1</script> pwned title",
            "We introduce PwnNet. PwnNet achieves 51.0% accuracy on MMLU, surpassing GPT-4o. <script>window.__pwned=1</script>"));
        sb.AppendLine(Line("2501.00012", "\"><img src=x onerror=window.__pwned=1> pwned",
            "We propose \"><img src=x onerror=window.__pwned=1>Net, built on LLaMA-2, and evaluate it on GSM8K where it scores 40.5%."));
        sb.AppendLine(Line("2501.00013", "'><svg onload=window.__pwned=1> pwned \u0001 \uD800",
            "</script><script>window.__pwned=1</script> We present EvilBench, a benchmark \u0001 with control characters."));
        sb.AppendLine("<script>window.__pwned=1</script> not json");
        return sb.ToString();
    }
}
