using System.Globalization;
using System.Text;
using System.Text.Json;
using PaperGraph.Graph;

namespace PaperGraph.Export.Html;

/// <summary>
/// <c>graph.html</c>: one self-contained, offline page to explore the graph (force layout in SVG, colours per label,
/// size by degree, search by name or alias, filters by label and relation type, a side panel per node). Large graphs
/// show the <see cref="MaxNodes"/> most connected nodes with a visible notice.
/// </summary>
public sealed class GraphHtmlOutput : IOutput
{
    public const string FileName = "graph.html";
    public const int DefaultMaxNodes = 2000;
    public const int DefaultMaxDetailEdgesPerNode = 100;

    /// <param name="maxNodes">How many nodes (most connected first) the page draws.</param>
    /// <param name="maxDetailEdgesPerNode">How many relationships to undrawn nodes, besides evaluation results (always
    /// kept), the page keeps per drawn node for its side panel.</param>
    public GraphHtmlOutput(int maxNodes = DefaultMaxNodes, int maxDetailEdgesPerNode = DefaultMaxDetailEdgesPerNode)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNodes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDetailEdgesPerNode, 0);
        MaxNodes = maxNodes;
        MaxDetailEdgesPerNode = maxDetailEdgesPerNode;
    }

    public string Name => "html";
    public int MaxNodes { get; }
    public int MaxDetailEdgesPerNode { get; }

    public IGraphSink Open(string outputDirectory) => new GraphHtmlSink(Path.Combine(outputDirectory, FileName), this);

    /// <summary>The whole page for a graph (pure).</summary>
    public string Render(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var css = PageParts.CheckInline(PageParts.Read("graph.css"));
        var js = PageParts.CheckInline(PageParts.Read("graph.js"));
        var data = GraphPageData.Json(graph, MaxNodes, MaxDetailEdgesPerNode);
        var csp = $"default-src 'none'; script-src {PageParts.Sha256Source(js)}; style-src {PageParts.Sha256Source(css)}; img-src 'none'; base-uri 'none'; form-action 'none'";
        return PageParts.Fill(PageParts.Read("graph.html"), new Dictionary<string, string>
        {
            ["CSP"] = HtmlText.Escape(csp),
            ["CSS"] = css,
            ["DATA"] = data,
            ["JS"] = js,
        });
    }

    private sealed class GraphHtmlSink(string path, GraphHtmlOutput output) : IGraphSink
    {
        private KnowledgeGraph? _graph;
        public void Begin(GraphContext context) => _graph = (context ?? throw new ArgumentNullException(nameof(context))).Graph;
        public void Node(Node node) { }
        public void Edge(Edge edge) { }
        public void End() => File.WriteAllText(path, output.Render(_graph ?? KnowledgeGraph.Empty), new UTF8Encoding(false));
        public void Dispose() { }
    }
}

/// <summary>
/// The JSON the page reads from <c>&lt;script type="application/json" id="graph-data"&gt;</c>. Written with
/// <see cref="JsonText.ScriptSafeWriterOptions"/>: pure ASCII, no <c>&lt;</c>, <c>&gt;</c> or <c>&amp;</c>.
/// Nodes: drawn ones first (degree descending, then id), then the undrawn ends and papers the drawn ones refer to.
/// </summary>
internal static class GraphPageData
{
    public static string Json(KnowledgeGraph graph, int maxNodes, int maxDetailEdgesPerNode)
    {
        var degree = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var n in graph.Nodes) degree[n.Id] = 0;
        foreach (var e in graph.Edges) { degree[e.From]++; degree[e.To]++; }

        var shown = graph.Nodes.OrderByDescending(n => degree[n.Id]).ThenBy(n => n.Id, StringComparer.Ordinal).Take(maxNodes).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var table = new List<Node>();
        foreach (var n in shown) { index[n.Id] = table.Count; table.Add(n); }
        int shownCount = table.Count;
        bool IsShown(string id) => index.TryGetValue(id, out var i) && i < shownCount;

        // Edges: every edge between drawn nodes, every evaluation result of a drawn node, plus up to
        // maxDetailEdgesPerNode other edges per drawn node to undrawn ones.
        var detailCount = new Dictionary<string, int>(StringComparer.Ordinal);
        var edges = new List<Edge>();
        int drawnEdges = 0, droppedDetail = 0;
        foreach (var e in graph.Edges.OrderBy(e => Priority(e.Type)).ThenBy(e => e.Id, StringComparer.Ordinal))
        {
            bool f = IsShown(e.From), t = IsShown(e.To);
            if (f && t) { edges.Add(e); drawnEdges++; continue; }
            if (!f && !t) continue;
            if (e.Type == RelType.EvaluatedOn) { edges.Add(e); continue; }
            var end = f ? e.From : e.To;
            var c = detailCount.GetValueOrDefault(end);
            if (c >= maxDetailEdgesPerNode) { droppedDetail++; continue; }
            detailCount[end] = c + 1;
            edges.Add(e);
        }
        edges.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));

        var ghosts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var e in edges)
        {
            if (!index.ContainsKey(e.From)) ghosts.Add(e.From);
            if (!index.ContainsKey(e.To)) ghosts.Add(e.To);
            if (e.Evidence is { } ev && !index.ContainsKey(ev.PaperId) && graph.TryGetNode(ev.PaperId, out _)) ghosts.Add(ev.PaperId);
        }
        foreach (var id in ghosts) { index[id] = table.Count; table.Add(graph[id]); }

        var sentences = new Dictionary<string, int>(StringComparer.Ordinal);
        var sentenceList = new List<string>();
        foreach (var e in edges)
        {
            if (e.Evidence is { } ev && !sentences.ContainsKey(ev.Sentence)) { sentences[ev.Sentence] = sentenceList.Count; sentenceList.Add(ev.Sentence); }
        }

        var labels = RelTypeNames.AllLabels;
        var types = RelTypeNames.AllTypes;
        return JsonText.ForScript(w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("total");
            w.WriteNumber("nodes", graph.Nodes.Length);
            w.WriteNumber("edges", graph.Edges.Length);
            w.WriteEndObject();
            w.WriteStartObject("shown");
            w.WriteNumber("nodes", shownCount);
            w.WriteNumber("edges", drawnEdges);
            w.WriteNumber("maxNodes", maxNodes);
            w.WriteNumber("droppedDetailEdges", droppedDetail);
            w.WriteEndObject();
            w.WriteStartArray("labels");
            foreach (var l in labels)
            {
                w.WriteStartObject();
                w.WriteString("name", l.CypherName());
                w.WriteString("color", LabelColors.Hex(l));
                w.WriteNumber("count", graph.Nodes.Count(n => n.Label == l));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("types");
            foreach (var t in types)
            {
                w.WriteStartObject();
                w.WriteString("name", t.CypherName());
                w.WriteNumber("count", graph.Edges.Count(e => e.Type == t));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("nodes");
            for (int i = 0; i < table.Count; i++)
            {
                var n = table[i];
                w.WriteStartObject();
                w.WriteString("id", n.Id);
                w.WriteNumber("l", IndexOf(labels, n.Label));
                w.WriteString("n", JsonText.Safe(n.Name));
                if (!n.Aliases.IsDefaultOrEmpty)
                {
                    w.WriteStartArray("a");
                    foreach (var a in n.Aliases) w.WriteStringValue(JsonText.Safe(a));
                    w.WriteEndArray();
                }
                w.WriteNumber("d", degree[n.Id]);
                if (i < shownCount) w.WriteNumber("s", 1);
                if (n.Paper is { } p)
                {
                    if (p.ArxivId is { } ax) w.WriteString("x", JsonText.Safe(ax));
                    if ((p.Created ?? p.Published) is { } date) w.WriteString("t", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("edges");
            foreach (var e in edges)
            {
                w.WriteStartObject();
                w.WriteNumber("t", IndexOf(types, e.Type));
                w.WriteNumber("f", index[e.From]);
                w.WriteNumber("o", index[e.To]);
                if (e.Metric is { } m) w.WriteString("m", JsonText.Safe(m));
                if (e.Value is { } v) w.WriteNumber("v", v);
                if (e.Unit is { } u) w.WriteString("u", JsonText.Safe(u));
                if (e.Evidence is { } ev)
                {
                    if (index.TryGetValue(ev.PaperId, out var pi)) w.WriteNumber("p", pi);
                    w.WriteNumber("s", sentences[ev.Sentence]);
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("sentences");
            foreach (var s in sentenceList) w.WriteStringValue(JsonText.Safe(s));
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>Which one-sided edges a side panel keeps first when a node has too many.</summary>
    private static int Priority(RelType t) => t switch
    {
        RelType.EvaluatedOn => 0,
        RelType.BasedOn => 1,
        RelType.Proposes => 2,
        RelType.VariantOf => 3,
        RelType.UsedAsTool => 4,
        _ => 5,
    };

    private static int IndexOf<T>(IReadOnlyList<T> list, T item) where T : struct, Enum
    {
        for (int i = 0; i < list.Count; i++) if (EqualityComparer<T>.Default.Equals(list[i], item)) return i;
        throw new ArgumentOutOfRangeException(nameof(item), item, null);
    }
}
