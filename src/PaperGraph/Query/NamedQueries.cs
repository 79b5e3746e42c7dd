using System.Globalization;
using PaperGraph.Graph;
using PaperGraph.Resolution;

namespace PaperGraph.Query;

/// <summary>A table of answers: column names and rows of text cells (null for a missing value). Numbers are written
/// with the invariant culture, shortest form (51.06, 3, 0.5), so answers from other engines compare as text.</summary>
public sealed record QueryResult(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows);

/// <summary>
/// The named questions PaperGraph answers from a graph in memory, with no server. The same questions exist as Cypher
/// files (queries/*.cypher) and SPARQL files (queries/*.rq); conformance tests check that all three agree.
/// Each answer is sorted completely (every column takes part in the order), so answers compare row by row.
/// </summary>
public sealed class NamedQueries
{
    private readonly KnowledgeGraph _graph;
    private readonly Lazy<Dictionary<string, List<Node>>> _byKey;

    public NamedQueries(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _graph = graph;
        // The index is built on first use.
        _byKey = new(() => IndexByKey(graph));
    }

    /// <summary>Every node under the exact-alias key of its name and of each alias, in node (id) order, once per key.</summary>
    private static Dictionary<string, List<Node>> IndexByKey(KnowledgeGraph graph)
    {
        var index = new Dictionary<string, List<Node>>(StringComparer.Ordinal);
        foreach (var n in graph.Nodes)
        {
            if (n.Label == NodeLabel.Paper) continue;
            void Add(string key)
            {
                if (!index.TryGetValue(key, out var list)) index[key] = list = [];
                if (list.Count == 0 || !ReferenceEquals(list[^1], n)) list.Add(n);
            }
            Add(NameKey.Of(n.Name));
            foreach (var a in n.Aliases) Add(NameKey.Of(a));
        }
        return index;
    }

    /// <summary>The names of the questions, as used by <c>papergraph query NAME</c> and the query files.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["benchmarks-for", "leaderboard", "built-on", "paper-proposes", "top-benchmarks", "top-backbones", "papers-linking"];

    /// <summary>Nodes of the given labels whose name or alias equals <paramref name="name"/> as an exact alias
    /// (<see cref="NameKey"/>), or whose id is <paramref name="name"/>.</summary>
    public IEnumerable<Node> Find(string name, params NodeLabel[] labels)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = NameKey.Of(name);
        var byKey = labels.Contains(NodeLabel.Paper)
            ? _graph.Nodes.Where(n => NameKey.Of(n.Name) == key || n.Aliases.Any(a => NameKey.Of(a) == key))
            : _byKey.Value.GetValueOrDefault(key) ?? [];
        var found = byKey.Where(n => labels.Contains(n.Label)).ToList();
        if (_graph.TryGetNode(name, out var byId) && labels.Contains(byId.Label) && !found.Contains(byId))
        {
            found.Add(byId);
            found.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        }
        return found;
    }

    /// <summary>benchmarks-for: benchmarks (and datasets) on which the model was evaluated, with score and evidence.
    /// Columns: benchmark, metric, value, unit, paper, evidence. Order: benchmark, paper, value (ascending, numeric,
    /// rows without a value last), metric, unit, evidence.</summary>
    public QueryResult BenchmarksFor(string model)
    {
        var models = Find(model, NodeLabel.Model, NodeLabel.Method).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var rows = _graph.Edges
            .Where(e => e.Type == RelType.EvaluatedOn && models.Contains(e.From))
            .OrderBy(e => _graph[e.To].Name, StringComparer.Ordinal)
            .ThenBy(e => PaperName(e) ?? "", StringComparer.Ordinal)
            .ThenBy(e => e.Value is null ? 1 : 0)
            .ThenBy(e => e.Value ?? 0m)
            .ThenBy(e => e.Metric ?? "", StringComparer.Ordinal)
            .ThenBy(e => e.Unit ?? "", StringComparer.Ordinal)
            .ThenBy(e => e.Evidence?.Sentence ?? "", StringComparer.Ordinal)
            .Select(e => Row(_graph[e.To].Name, e.Metric, Num(e.Value), e.Unit, PaperName(e), e.Evidence?.Sentence))
            .Distinct(RowComparer.Instance)
            .ToList();
        return new(["benchmark", "metric", "value", "unit", "paper", "evidence"], rows);
    }

    /// <summary>leaderboard: models evaluated on a benchmark, best score first (rows without a score last).
    /// Columns: model, metric, value, unit, paper.</summary>
    public QueryResult Leaderboard(string benchmark)
    {
        var benches = Find(benchmark, NodeLabel.Benchmark, NodeLabel.Dataset).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var rows = _graph.Edges
            .Where(e => e.Type == RelType.EvaluatedOn && benches.Contains(e.To))
            .OrderBy(e => e.Value is null ? 1 : 0)
            .ThenByDescending(e => e.Value ?? 0m)
            .ThenBy(e => _graph[e.From].Name, StringComparer.Ordinal)
            .ThenBy(e => PaperName(e) ?? "", StringComparer.Ordinal)
            .ThenBy(e => e.Metric ?? "", StringComparer.Ordinal)
            .ThenBy(e => e.Unit ?? "", StringComparer.Ordinal)
            .Select(e => Row(_graph[e.From].Name, e.Metric, Num(e.Value), e.Unit, PaperName(e)))
            .Distinct(RowComparer.Instance)
            .ToList();
        return new(["model", "metric", "value", "unit", "paper"], rows);
    }

    /// <summary>built-on: models built on a backbone family or any of its sizes and variants (VARIANT_OF, one hop).
    /// Columns: model, backbone, paper.</summary>
    public QueryResult BuiltOn(string family)
    {
        var fam = Find(family, NodeLabel.Model).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var e in _graph.Edges.Where(e => e.Type == RelType.VariantOf && fam.Contains(e.To)).ToList()) fam.Add(e.From);
        var rows = _graph.Edges
            .Where(e => e.Type == RelType.BasedOn && fam.Contains(e.To))
            .Select(e => Row(_graph[e.From].Name, _graph[e.To].Name, PaperName(e)));
        return new(["model", "backbone", "paper"], Sort(rows, 0, 1, 2));
    }

    /// <summary>paper-proposes: what a paper introduces. The paper is given by id, arXiv id or exact title.
    /// Columns: entity, label.</summary>
    public QueryResult PaperProposes(string paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var ids = _graph.Nodes.Where(n => n.Label == NodeLabel.Paper &&
                (n.Id == paper || n.Paper?.ArxivId == paper || string.Equals(n.Paper?.Title, paper, StringComparison.Ordinal)))
            .Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var rows = _graph.Edges.Where(e => e.Type == RelType.Proposes && ids.Contains(e.From))
            .Select(e => Row(_graph[e.To].Name, _graph[e.To].Label.CypherName()));
        return new(["entity", "label"], Sort(rows, 0, 1));
    }

    /// <summary>top-benchmarks: benchmarks and datasets by the number of distinct papers that evaluate on them.
    /// Columns: benchmark, papers. Order: papers descending, then name. At most <paramref name="limit"/> rows.</summary>
    public QueryResult TopBenchmarks(int limit = 20) => TopTargets(RelType.EvaluatedOn, "benchmark", limit);

    /// <summary>top-backbones: models by the number of distinct papers that build on them. Columns: backbone, papers.</summary>
    public QueryResult TopBackbones(int limit = 20) => TopTargets(RelType.BasedOn, "backbone", limit);

    /// <summary>papers-linking: papers that mention both models. Columns: paper, title.</summary>
    public QueryResult PapersLinking(string modelA, string modelB)
    {
        HashSet<string> PapersOf(string m)
        {
            var ids = Find(m, NodeLabel.Model, NodeLabel.Method).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
            return _graph.Edges.Where(e => e.Type == RelType.Mentions && ids.Contains(e.To)).Select(e => e.From).ToHashSet(StringComparer.Ordinal);
        }
        var both = PapersOf(modelA);
        both.IntersectWith(PapersOf(modelB));
        var rows = both.Select(id => Row(id, _graph[id].Name));
        return new(["paper", "title"], Sort(rows, 0, 1));
    }

    private QueryResult TopTargets(RelType type, string column, int limit)
    {
        var rows = _graph.Edges.Where(e => e.Type == type && e.Evidence is not null)
            .GroupBy(e => e.To, StringComparer.Ordinal)
            .Select(g => (Name: _graph[g.Key].Name, Count: g.Select(e => e.Evidence!.PaperId).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Name, StringComparer.Ordinal)
            .Take(limit)
            .Select(t => Row(t.Name, t.Count.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        return new([column, "papers"], rows);
    }

    /// <summary>The paper of a fact, by node id.</summary>
    private static string? PaperName(Edge e) => e.Evidence?.PaperId;

    /// <summary>Shortest invariant text of a number: 51.06, 40, 0.5.</summary>
    public static string? Num(decimal? value) => value?.ToString("0.############################", CultureInfo.InvariantCulture);

    private static IReadOnlyList<string?> Row(params string?[] cells) => cells;

    private static List<IReadOnlyList<string?>> Sort(IEnumerable<IReadOnlyList<string?>> rows, params int[] order)
    {
        IOrderedEnumerable<IReadOnlyList<string?>>? sorted = null;
        foreach (var i in order)
        {
            sorted = sorted is null
                ? rows.OrderBy(r => r[i] ?? "", StringComparer.Ordinal)
                : sorted.ThenBy(r => r[i] ?? "", StringComparer.Ordinal);
        }
        return [.. (sorted ?? rows).Distinct(RowComparer.Instance)];
    }

    private sealed class RowComparer : IEqualityComparer<IReadOnlyList<string?>>
    {
        public static readonly RowComparer Instance = new();
        public bool Equals(IReadOnlyList<string?>? x, IReadOnlyList<string?>? y) =>
            x is not null && y is not null && x.Count == y.Count && x.Zip(y).All(p => string.Equals(p.First, p.Second, StringComparison.Ordinal));
        public int GetHashCode(IReadOnlyList<string?> obj)
        {
            var h = new HashCode();
            foreach (var s in obj) h.Add(s, StringComparer.Ordinal);
            return h.ToHashCode();
        }
    }
}
