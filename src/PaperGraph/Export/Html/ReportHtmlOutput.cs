using System.Globalization;
using System.Text;
using PaperGraph.Graph;
using PaperGraph.Pipeline;
using PaperGraph.Query;

namespace PaperGraph.Export.Html;

/// <summary>
/// <c>report.html</c>: the build summary as one static, offline page with no script: files read, counts per label and
/// relation type, most evaluated benchmarks, most used backbones (inline SVG bar charts), a leaderboard per benchmark
/// and the rejected records. Every input text goes through <see cref="HtmlText"/>.
/// </summary>
public sealed class ReportHtmlOutput : IOutput
{
    public const string FileName = "report.html";
    public const int DefaultMaxLeaderboards = 100;
    public const int DefaultMaxRejections = 1000;

    public ReportHtmlOutput(int maxLeaderboards = DefaultMaxLeaderboards, int maxRejections = DefaultMaxRejections)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxLeaderboards);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRejections);
        MaxLeaderboards = maxLeaderboards;
        MaxRejections = maxRejections;
    }

    public string Name => "report";
    public int MaxLeaderboards { get; }
    public int MaxRejections { get; }

    public IGraphSink Open(string outputDirectory) => new ReportSink(Path.Combine(outputDirectory, FileName), this);

    /// <summary>The whole page (pure).</summary>
    public string Render(GraphContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var css = PageParts.CheckInline(PageParts.Read("report.css"));
        var csp = $"default-src 'none'; style-src {PageParts.Sha256Source(css)}; img-src 'none'; base-uri 'none'; form-action 'none'";
        return PageParts.Fill(PageParts.Read("report.html"), new Dictionary<string, string>
        {
            ["CSP"] = HtmlText.Escape(csp),
            ["CSS"] = css,
            ["BODY"] = Body(context.Graph, context.Report),
        });
    }

    private string Body(KnowledgeGraph graph, BuildReport report)
    {
        var h = new StringBuilder(1 << 16);
        var q = new NamedQueries(graph);
        string Name(string? id) => id is not null && graph.TryGetNode(id, out var n) ? n.Name : id ?? "\u2014";

        h.Append("<section id=\"summary\"><h2>Build</h2>\n<dl class=\"figures\">");
        Figure(h, "records read", report.RecordsRead);
        Figure(h, "unique papers", report.UniquePapers);
        Figure(h, "duplicates merged", report.DuplicatesMerged);
        Figure(h, "rejected records", report.Rejections.Length);
        Figure(h, "nodes", graph.Nodes.Length);
        Figure(h, "relations", graph.Edges.Length);
        h.Append("</dl>\n");
        if (report.Files.Length > 0)
        {
            h.Append("<table id=\"files\"><thead><tr><th>File</th><th>Format</th><th class=\"num\">Records</th><th class=\"num\">Rejected</th></tr></thead><tbody>\n");
            foreach (var f in report.Files)
                h.Append("<tr><td>").Append(E(f.File)).Append("</td><td>").Append(E(f.Format ?? "\u2014")).Append("</td><td class=\"num\">")
                 .Append(N(f.Records)).Append("</td><td class=\"num\">").Append(N(f.Rejected)).Append("</td></tr>\n");
            h.Append("</tbody></table>\n");
        }
        h.Append("</section>\n");

        h.Append("<section id=\"counts\"><h2>Counts per type</h2>\n<div class=\"charts\">");
        Chart(h, "Nodes by label", "nodes-by-label",
            RelTypeNames.AllLabels.Select(l => (l.CypherName(), graph.Nodes.Count(n => n.Label == l), LabelColors.Hex(l))).ToList());
        Chart(h, "Relations by type", "edges-by-type",
            RelTypeNames.AllTypes.Select(t => (t.CypherName(), graph.Edges.Count(e => e.Type == t), "#6e7781")).ToList());
        h.Append("</div></section>\n");

        h.Append("<section id=\"top\"><h2>Most evaluated benchmarks and most used backbones</h2>\n<div class=\"charts\">");
        Chart(h, "Benchmarks by papers that evaluate on them", "top-benchmarks",
            q.TopBenchmarks(20).Rows.Select(r => (r[0]!, int.Parse(r[1]!, CultureInfo.InvariantCulture), LabelColors.Hex(NodeLabel.Benchmark))).ToList());
        Chart(h, "Backbones by papers that build on them", "top-backbones",
            q.TopBackbones(20).Rows.Select(r => (r[0]!, int.Parse(r[1]!, CultureInfo.InvariantCulture), LabelColors.Hex(NodeLabel.Model))).ToList());
        h.Append("</div></section>\n");

        var benches = graph.Edges.Where(e => e.Type == RelType.EvaluatedOn)
            .GroupBy(e => e.To, StringComparer.Ordinal)
            .Select(g => (Node: graph[g.Key], Edges: g.ToList()))
            .OrderByDescending(b => b.Edges.Count).ThenBy(b => b.Node.Name, StringComparer.Ordinal).ThenBy(b => b.Node.Id, StringComparer.Ordinal)
            .ToList();
        h.Append("<section id=\"leaderboards\"><h2>Leaderboards</h2>\n");
        if (benches.Count == 0) h.Append("<p class=\"empty\">No evaluation results were extracted.</p>\n");
        if (benches.Count > MaxLeaderboards)
            h.Append("<p class=\"notice\">Showing the ").Append(N(MaxLeaderboards)).Append(" benchmarks with the most results of ").Append(N(benches.Count)).Append(".</p>\n");
        foreach (var (node, edges) in benches.Take(MaxLeaderboards))
        {
            var board = LeaderboardOf(graph, node, edges);
            h.Append("<article class=\"leaderboard\"><h3>").Append(E(node.Name)).Append(" <span class=\"label\">").Append(node.Label.CypherName()).Append("</span></h3>\n");
            h.Append("<table><thead><tr><th class=\"num\">#</th><th>Model</th><th>Metric</th><th class=\"num\">Score</th><th>Paper</th></tr></thead><tbody>\n");
            int rank = 0;
            foreach (var r in board.Rows)
            {
                rank++;
                h.Append("<tr><td class=\"num\">").Append(N(rank)).Append("</td><td class=\"model\">").Append(E(r[0] ?? "\u2014"))
                 .Append("</td><td>").Append(E(r[1] ?? "\u2014")).Append("</td><td class=\"num score\">")
                 .Append(r[2] is null ? "\u2014" : E(r[2] + (r[3] ?? ""))).Append("</td><td class=\"paper\">").Append(E(Name(r[4]))).Append("</td></tr>\n");
            }
            h.Append("</tbody></table></article>\n");
        }
        h.Append("</section>\n");

        h.Append("<section id=\"rejections\"><h2>Rejected records (").Append(N(report.Rejections.Length)).Append(")</h2>\n");
        if (report.Rejections.Length == 0) h.Append("<p class=\"empty\">None: every record was read.</p>\n");
        else
        {
            if (report.Rejections.Length > MaxRejections)
                h.Append("<p class=\"notice\">Showing the first ").Append(N(MaxRejections)).Append(" of ").Append(N(report.Rejections.Length)).Append(".</p>\n");
            h.Append("<table><thead><tr><th>Where</th><th>Why</th></tr></thead><tbody>\n");
            foreach (var r in report.Rejections.Take(MaxRejections))
                h.Append("<tr><td class=\"where\">").Append(E(r.Source.ToString())).Append("</td><td>").Append(E(r.Reason)).Append("</td></tr>\n");
            h.Append("</tbody></table>\n");
        }
        h.Append("</section>\n");
        return h.ToString();
    }

    /// <summary>The named query <c>leaderboard</c> for one benchmark, asked of the small graph of its results (the
    /// benchmark, its models and papers) so that it costs no scan of the whole graph per benchmark.</summary>
    private static QueryResult LeaderboardOf(KnowledgeGraph graph, Node benchmark, List<Edge> results)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal) { benchmark.Id };
        foreach (var e in results)
        {
            ids.Add(e.From);
            if (e.Evidence is { } ev && graph.TryGetNode(ev.PaperId, out _)) ids.Add(ev.PaperId);
        }
        var sub = new KnowledgeGraph(ids.Select(id => graph[id]), results);
        return new NamedQueries(sub).Leaderboard(benchmark.Id);
    }

    private static string E(string s) => HtmlText.Escape(s);
    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static void Figure(StringBuilder h, string what, int value) =>
        h.Append("<div><dt>").Append(what).Append("</dt><dd>").Append(N(value)).Append("</dd></div>");

    /// <summary>A horizontal bar chart as inline SVG (names escaped, bars scaled to the largest value).</summary>
    private static void Chart(StringBuilder h, string title, string id, IReadOnlyList<(string Name, int Value, string Color)> rows)
    {
        const int labelWidth = 190, barWidth = 260, row = 20, width = labelWidth + barWidth + 60;
        h.Append("<figure class=\"chart\" id=\"").Append(id).Append("\"><figcaption>").Append(E(title)).Append("</figcaption>");
        if (rows.Count == 0) { h.Append("<p class=\"empty\">none</p></figure>\n"); return; }
        int max = Math.Max(1, rows.Max(r => r.Value));
        int height = rows.Count * row + 4;
        h.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{E(title)}\">\n");
        for (int i = 0; i < rows.Count; i++)
        {
            var (name, value, color) = rows[i];
            int y = i * row + 2;
            double w = value == 0 ? 0 : Math.Max(1.0, barWidth * (double)value / max);
            var shown = name.Length > 30 ? name[..29] + "\u2026" : name;
            h.Append(CultureInfo.InvariantCulture, $"<g class=\"bar\"><title>{E(name)}: {N(value)}</title><text x=\"{labelWidth - 6}\" y=\"{y + 13}\" text-anchor=\"end\">{E(shown)}</text>");
            h.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 2}\" width=\"{w:0.#}\" height=\"{row - 6}\" fill=\"{color}\"/>");
            h.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + w + 5:0.#}\" y=\"{y + 13}\" class=\"value\">{N(value)}</text></g>\n");
        }
        h.Append("</svg></figure>\n");
    }

    private sealed class ReportSink(string path, ReportHtmlOutput output) : IGraphSink
    {
        private GraphContext? _context;
        public void Begin(GraphContext context) => _context = context ?? throw new ArgumentNullException(nameof(context));
        public void Node(Node node) { }
        public void Edge(Edge edge) { }
        public void End() => File.WriteAllText(path, output.Render(_context ?? new GraphContext(KnowledgeGraph.Empty, BuildReport.Empty, PaperGraphPipeline.DefaultBaseIri)), new UTF8Encoding(false));
        public void Dispose() { }
    }
}
