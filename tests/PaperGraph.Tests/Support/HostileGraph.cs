using System.Collections.Immutable;
using PaperGraph.Graph;

namespace PaperGraph.Tests.Support;

/// <summary>Small hand-made graphs for writer tests: one full of hostile strings in every text field, one tiny and
/// plain for golden files.</summary>
public static class HostileGraph
{
    public const string ScriptName = "<script>window.__pwned=1</script>";
    public const string ImgName = "\"><img src=x onerror=window.__pwned=1>";
    public const string SvgAlias = "'><svg onload=window.__pwned=1>";
    public const string CloseScriptBench = "</script><script>window.__pwned=1</script>Bench";
    public const string IframeName = "<iframe src=javascript:window.__pwned=1></iframe>pwned-data";
    public const string StyleName = "<style>*{display:none}</style>pwned family";
    /// <summary>Control characters, a lone high and a lone low surrogate, a paired emoji, quotes, backslash, tab, CR, LF.</summary>
    public const string ControlName = "pwned \u0001\u0008\u000B\u001F\u007F\u0085 \uD800 \uDC00 \uD83D\uDE00 \"q\" 'a' \\ \t\r\n ]]> <!-- &amp;";
    public const string Sentence = "Sentence with <script>window.__pwned=1</script>, \"quotes\", \\ backslash,\ttab,\nnewline,\r CR, \u0001 control and \uD800 lone.";

    public static KnowledgeGraph Build()
    {
        var model = Entity(NodeLabel.Model, ScriptName, [ImgName, SvgAlias, "<b>bold</b> pwned"]);
        var family = Entity(NodeLabel.Model, StyleName, []);
        var bench = Entity(NodeLabel.Benchmark, CloseScriptBench, ["<!-- pwned -->"]);
        var data = Entity(NodeLabel.Dataset, IframeName, []);
        var metric = Entity(NodeLabel.Metric, ControlName, []);
        var paper = new Node
        {
            Id = Ids.ForPaper("hostile abstract"), Label = NodeLabel.Paper, Name = ImgName,
            Paper = new PaperInfo
            {
                Title = ImgName, Abstract = "Abstract " + ScriptName + " " + ControlName, ArxivId = "2501.00001",
                Authors = ["Mallory <m@x>", "Eve \"E\""], Categories = ["cs.LG"], Created = new DateOnly(2025, 1, 2),
                Sources = [new SourceRef("hostile<file>.jsonl", 1)],
            },
        };
        var ev = new Evidence { PaperId = paper.Id, Sentence = Sentence, Start = 0, Length = Sentence.Length, Rule = "test.<rule>", Confidence = 0.6 };
        Edge E(RelType t, Node from, Node to, string? metricName = null, decimal? value = null, string? unit = null, ImmutableArray<string> surfaces = default) => new()
        {
            Id = Ids.ForEdge(t, from.Id, to.Id, metricName, value?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Type = t, From = from.Id, To = to.Id, Metric = metricName, Value = value, Unit = unit,
            Surfaces = surfaces.IsDefault ? [] : surfaces, Evidence = t == RelType.VariantOf ? null : ev,
        };
        return new KnowledgeGraph(
            [model, family, bench, data, metric, paper],
            [
                E(RelType.EvaluatedOn, model, bench, "<img src=x onerror=window.__pwned=1>", 51.06m, "%"),
                E(RelType.EvaluatedOn, model, data, null, 7m, null),
                E(RelType.Mentions, paper, model, surfaces: [ScriptName, ImgName]),
                E(RelType.Mentions, paper, metric),
                E(RelType.Proposes, paper, bench),
                E(RelType.VariantOf, model, family),
                E(RelType.UsedAsTool, family, paper),
            ]);
    }

    /// <summary>Three nodes, two edges, plain text (with one ampersand and one quote): the golden-file graph.</summary>
    public static KnowledgeGraph Tiny()
    {
        var paper = new Node
        {
            Id = "paper/0123456789abcdef", Label = NodeLabel.Paper, Name = "Tiny & \"Small\" Models",
            Paper = new PaperInfo { Title = "Tiny & \"Small\" Models", Abstract = "TinyNet scores 81.5% on MMLU.", ArxivId = "2501.00002", Created = new DateOnly(2025, 1, 3) },
        };
        var model = new Node { Id = "model/tinynet", Label = NodeLabel.Model, Name = "TinyNet", Aliases = ["Tiny-Net", "tinynet-v1"] };
        var bench = new Node { Id = "benchmark/mmlu", Label = NodeLabel.Benchmark, Name = "MMLU" };
        var ev = new Evidence { PaperId = paper.Id, Sentence = "TinyNet scores 81.5% on MMLU.", Start = 0, Length = 29, Rule = "eval.score-on", Confidence = 0.9 };
        return new KnowledgeGraph([paper, model, bench],
        [
            new Edge { Id = "evaluated-on/00000000000000a1", Type = RelType.EvaluatedOn, From = model.Id, To = bench.Id, Metric = "accuracy", Value = 81.5m, Unit = "%", Evidence = ev },
            new Edge { Id = "mentions/00000000000000b2", Type = RelType.Mentions, From = paper.Id, To = model.Id, Surfaces = ["TinyNet"], Evidence = ev },
        ]);
    }

    private static Node Entity(NodeLabel label, string name, ImmutableArray<string> aliases) =>
        new() { Id = Ids.ForEntity(label, name), Label = label, Name = name, Aliases = aliases.Sort(StringComparer.Ordinal) };
}

/// <summary>A synthetic graph far larger than the seed graph, for checking how pages degrade (seeded, deterministic).</summary>
public static class LargeGraph
{
    public static KnowledgeGraph Build(int papers = 6000, int entities = 3000, int seed = 7)
    {
        var rng = new Random(seed);
        var labels = RelTypeNames.EntityLabels;
        var ents = Enumerable.Range(0, entities).Select(i =>
        {
            var label = labels[i % 4];
            var name = label.CypherName() + "-" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
            return new Node { Id = Ids.ForEntity(label, name), Label = label, Name = name, Aliases = [name.ToLowerInvariant() + " alias"] };
        }).ToList();
        var nodes = new List<Node>(ents);
        var edges = new Dictionary<string, Edge>(StringComparer.Ordinal);
        for (int p = 0; p < papers; p++)
        {
            var abs = "Synthetic paper " + p.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var paper = new Node { Id = Ids.ForPaper(abs), Label = NodeLabel.Paper, Name = "Paper " + p, Paper = new PaperInfo { Abstract = abs } };
            nodes.Add(paper);
            var ev = new Evidence { PaperId = paper.Id, Sentence = abs + " evaluates things.", Start = 0, Length = 10, Rule = "synthetic", Confidence = 0.5 };
            // Zipf-like popularity: low indexes are hubs.
            int Pick() => (int)Math.Min(entities - 1, Math.Floor(Math.Pow(rng.NextDouble(), 3) * entities));
            for (int k = 0; k < 3; k++)
            {
                var e = ents[Pick()];
                var id = Ids.ForEdge(RelType.Mentions, paper.Id, e.Id);
                edges.TryAdd(id, new Edge { Id = id, Type = RelType.Mentions, From = paper.Id, To = e.Id, Evidence = ev });
            }
            var m = ents[Pick() / 4 * 4 % entities];
            var b = ents[Math.Min(entities - 1, Pick() / 4 * 4 + 2)];
            if (m.Label == NodeLabel.Model && b.Label == NodeLabel.Benchmark)
            {
                var value = Math.Round((decimal)(rng.NextDouble() * 100), 1);
                var id = Ids.ForEdge(RelType.EvaluatedOn, m.Id, b.Id, paper.Id);
                edges.TryAdd(id, new Edge { Id = id, Type = RelType.EvaluatedOn, From = m.Id, To = b.Id, Metric = "accuracy", Value = value, Unit = "%", Evidence = ev });
            }
        }
        return new KnowledgeGraph(nodes, edges.Values);
    }
}
