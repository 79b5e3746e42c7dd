using PaperGraph.Graph;

namespace PaperGraph.Tests.Support;

/// <summary>A small hand-made graph with every label and relationship type, optional properties present and absent,
/// integral and fractional scores, and hostile strings (quotes, backslashes, line breaks, tabs, control characters,
/// the CSV array delimiter, markup) in names, aliases and evidence.</summary>
public static class TinyGraph
{
    public const string Hostile = "He said \"hi\", 'yo'\\ \n\ttab\u0001<script>alert(1)</script>\"><img onerror=alert(1)>;|\u001F$rows";

    public static KnowledgeGraph Create(bool withExtra = false)
    {
        var p1 = new Node
        {
            Id = "paper/0000000000000001", Label = NodeLabel.Paper, Name = "GPT-4o on MMMU: a \"study\"",
            Paper = new PaperInfo
            {
                Title = "GPT-4o on MMMU: a \"study\"", Abstract = "We evaluate GPT-4o.\nIt scores 51.06% on MMMU; " + Hostile,
                ArxivId = "2501.00001", Created = new DateOnly(2025, 1, 2), Updated = new DateOnly(2025, 2, 3), Comment = "29 pages, 16 figures",
                AuthorCount = 3, Authors = ["Ada Lovelace", "O'Neil, J.; Smith"], Categories = ["cs.CL", "cs.CV"], Upvotes = 7,
                Sources = [new SourceRef("samples/listing.txt", 4)],
            },
        };
        var p2 = new Node
        {
            Id = "paper/0000000000000002", Label = NodeLabel.Paper, Name = "We build on Qwen2.5-VL-7B…",
            Paper = new PaperInfo { Abstract = "We build on Qwen2.5-VL-7B and propose VisRM. VisRM reaches 40 on MMMU.", Published = new DateOnly(2025, 3, 4), Organisation = "Lab", Sources = [new SourceRef("d.txt", 9)] },
        };
        var nodes = new List<Node>
        {
            p1, p2,
            new() { Id = "model/gpt-4o", Label = NodeLabel.Model, Name = "GPT-4o", Aliases = ["GPT 4o", "gpt4o"] },
            new() { Id = "model/qwen2.5-vl", Label = NodeLabel.Model, Name = "Qwen2.5-VL" },
            new() { Id = "model/qwen2.5-vl-7b", Label = NodeLabel.Model, Name = "Qwen2.5-VL-7B" },
            new() { Id = "model/visrm", Label = NodeLabel.Model, Name = "VisRM", Aliases = [Hostile] },
            new() { Id = "method/dpo", Label = NodeLabel.Method, Name = "DPO", Aliases = ["Direct Preference Optimization"] },
            new() { Id = "benchmark/mmmu", Label = NodeLabel.Benchmark, Name = "MMMU" },
            new() { Id = "dataset/spotqa", Label = NodeLabel.Dataset, Name = "SpotQA" },
            new() { Id = "metric/accuracy", Label = NodeLabel.Metric, Name = "accuracy" },
        };
        var edges = new List<Edge>
        {
            Ev(RelType.Proposes, p1.Id, "dataset/spotqa", "propose.we-introduce", 0.6, p1),
            Ev(RelType.Proposes, p2.Id, "model/visrm", "propose.we-introduce", 0.6, p2),
            Ev(RelType.Mentions, p1.Id, "model/gpt-4o", "mention", 0.7, p1) with { Surfaces = ["GPT-4o", "gpt4o"] },
            Ev(RelType.Mentions, p1.Id, "benchmark/mmmu", "mention", 0.7, p1) with { Surfaces = ["MMMU"] },
            Ev(RelType.Mentions, p1.Id, "metric/accuracy", "mention", 0.7, p1) with { Surfaces = ["accuracy"] },
            Ev(RelType.Mentions, p2.Id, "model/qwen2.5-vl-7b", "mention", 0.7, p2) with { Surfaces = ["Qwen2.5-VL-7B"] },
            Ev(RelType.Mentions, p2.Id, "model/visrm", "mention", 0.7, p2) with { Surfaces = ["VisRM", Hostile] },
            Ev(RelType.Mentions, p2.Id, "model/gpt-4o", "mention", 1, p2) with { Surfaces = ["GPT-4o"] },
            Ev(RelType.Mentions, p2.Id, "method/dpo", "mention", 0.5, p2) with { Surfaces = ["DPO"] },
            Ev(RelType.EvaluatedOn, "model/gpt-4o", "benchmark/mmmu", "eval.achieves-on", 0.6, p1, "51.06", "accuracy", "%"),
            Ev(RelType.EvaluatedOn, "model/visrm", "benchmark/mmmu", "eval.achieves-on", 0.6, p2, "40", null, null),
            Ev(RelType.EvaluatedOn, "method/dpo", "dataset/spotqa", "eval.compared-on", 0.5, p2),
            Ev(RelType.BasedOn, "model/visrm", "model/qwen2.5-vl-7b", "based.build-on", 0.8, p2),
            Ev(RelType.UsedAsTool, "model/gpt-4o", p2.Id, "tool.generated-with", 0.55, p2),
            new() { Id = Ids.ForEdge(RelType.VariantOf, "model/qwen2.5-vl-7b", "model/qwen2.5-vl"), Type = RelType.VariantOf, From = "model/qwen2.5-vl-7b", To = "model/qwen2.5-vl" },
        };
        if (withExtra)
        {
            nodes.Add(new Node { Id = "benchmark/mmstar", Label = NodeLabel.Benchmark, Name = "MMStar" });
            edges.Add(Ev(RelType.EvaluatedOn, "model/gpt-4o", "benchmark/mmstar", "eval.achieves-on", 0.6, p1, "64.5", "score", null));
        }
        return new KnowledgeGraph(nodes, edges);
    }

    private static Edge Ev(RelType type, string from, string to, string rule, double confidence, Node paper, string? value = null, string? metric = null, string? unit = null)
    {
        var text = paper.Paper!.Abstract;
        var sentence = text.Split('.')[0] + ".";
        return new Edge
        {
            Id = Ids.ForEdge(type, from, to, value, metric), Type = type, From = from, To = to, Metric = metric, Unit = unit,
            Value = value is null ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
            Evidence = new Evidence { PaperId = paper.Id, Sentence = sentence, Start = 0, Length = sentence.Length, Rule = rule, Confidence = confidence },
        };
    }
}
