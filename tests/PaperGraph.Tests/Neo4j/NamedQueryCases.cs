using PaperGraph.Graph;
using PaperGraph.Query;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Neo4j;

/// <summary>The named questions as queries/*.cypher files, their parameters, and parameters chosen from a graph so
/// that answers are non-empty where the graph allows (never hard-coded: extraction changes the graph).</summary>
public static class NamedQueryCases
{
    public static string File(string name) => Path.Combine(Paths.Repo, "queries", name + ".cypher");

    /// <summary>The parameter names each query file uses.</summary>
    public static IReadOnlyDictionary<string, string[]> ParameterNames { get; } = new Dictionary<string, string[]>
    {
        ["benchmarks-for"] = ["model"],
        ["leaderboard"] = ["benchmark"],
        ["built-on"] = ["family"],
        ["paper-proposes"] = ["paper"],
        ["top-benchmarks"] = ["limit"],
        ["top-backbones"] = ["limit"],
        ["papers-linking"] = ["modelA", "modelB"],
    };

    /// <summary>The in-memory answer (what <c>papergraph query</c> prints).</summary>
    public static QueryResult InMemory(NamedQueries q, string name, IReadOnlyDictionary<string, object> p) => name switch
    {
        "benchmarks-for" => q.BenchmarksFor((string)p["model"]),
        "leaderboard" => q.Leaderboard((string)p["benchmark"]),
        "built-on" => q.BuiltOn((string)p["family"]),
        "paper-proposes" => q.PaperProposes((string)p["paper"]),
        "top-benchmarks" => q.TopBenchmarks((int)p["limit"]),
        "top-backbones" => q.TopBackbones((int)p["limit"]),
        "papers-linking" => q.PapersLinking((string)p["modelA"], (string)p["modelB"]),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    /// <summary>Cases (query name, parameters) chosen from the graph: ends of existing edges by name, id, alias and a
    /// case variant, so that matching rules are exercised, plus one name that matches nothing.</summary>
    public static List<(string Name, Dictionary<string, object> Parameters)> Choose(KnowledgeGraph graph)
    {
        var cases = new List<(string, Dictionary<string, object>)>();
        void Add(string name, params (string Key, object Value)[] ps) => cases.Add((name, ps.ToDictionary(p => p.Key, p => p.Value)));
        IEnumerable<string> Spellings(Node n)
        {
            yield return n.Name;
            yield return n.Name.ToUpperInvariant();
            yield return n.Id;
            if (!n.Aliases.IsDefaultOrEmpty) yield return n.Aliases[0];
        }
        IEnumerable<Node> Top(IEnumerable<string> ids, int count) =>
            ids.GroupBy(i => i, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(count).Select(g => graph[g.Key]);

        var evals = graph.Edges.Where(e => e.Type == RelType.EvaluatedOn).ToList();
        foreach (var m in Top(evals.Select(e => e.From).Where(id => graph[id].Label is NodeLabel.Model or NodeLabel.Method), 3))
            foreach (var s in Spellings(m)) Add("benchmarks-for", ("model", s));
        foreach (var b in Top(evals.Select(e => e.To).Where(id => graph[id].Label is NodeLabel.Benchmark or NodeLabel.Dataset), 3))
            foreach (var s in Spellings(b)) Add("leaderboard", ("benchmark", s));

        var basedOn = graph.Edges.Where(e => e.Type == RelType.BasedOn).Select(e => e.To).ToList();
        var families = graph.Edges.Where(e => e.Type == RelType.VariantOf && basedOn.Contains(e.From)).Select(e => e.To);
        foreach (var f in Top(basedOn.Concat(families).Where(id => graph[id].Label == NodeLabel.Model), 4))
            foreach (var s in Spellings(f)) Add("built-on", ("family", s));
        foreach (var f in Top(graph.Edges.Where(e => e.Type == RelType.VariantOf).Select(e => e.To), 2))
            Add("built-on", ("family", f.Name));

        foreach (var p in Top(graph.Edges.Where(e => e.Type == RelType.Proposes).Select(e => e.From), 4))
        {
            Add("paper-proposes", ("paper", p.Id));
            if (p.Paper?.ArxivId is { } a) Add("paper-proposes", ("paper", a));
            if (p.Paper?.Title is { } t) Add("paper-proposes", ("paper", t));
        }

        Add("top-benchmarks", ("limit", 20));
        Add("top-benchmarks", ("limit", 2));
        Add("top-backbones", ("limit", 20));

        var mentioned = graph.Edges.Where(e => e.Type == RelType.Mentions && graph[e.To].Label is NodeLabel.Model or NodeLabel.Method)
            .GroupBy(e => e.From, StringComparer.Ordinal).Where(g => g.Count() >= 2).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(3);
        foreach (var g in mentioned)
        {
            var ends = g.Select(e => graph[e.To]).OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
            Add("papers-linking", ("modelA", ends[0].Name), ("modelB", ends[1].Name));
            Add("papers-linking", ("modelA", ends[1].Id), ("modelB", ends[0].Name.ToLowerInvariant()));
            Add("papers-linking", ("modelA", ends[0].Name), ("modelB", ends[0].Name));
        }

        Add("benchmarks-for", ("model", "no such model, surely"));
        Add("paper-proposes", ("paper", "no such paper"));
        return cases;
    }
}
