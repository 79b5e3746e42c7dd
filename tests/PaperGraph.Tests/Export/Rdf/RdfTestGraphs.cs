using System.Collections.Immutable;
using PaperGraph.Export;
using PaperGraph.Graph;
using PaperGraph.Pipeline;

namespace PaperGraph.Tests.Export.Rdf;

/// <summary>Hand-made graphs for the RDF writers: a tiny one for golden files, and one full of hostile strings
/// that also exercises every edge type and every named question.</summary>
public static class RdfTestGraphs
{
    /// <summary>A base IRI ending in '#' (the default ends in '/'), so both shapes of instance IRI are tested.</summary>
    public const string HostileBase = "https://example.org/kg#";

    private static Node Entity(NodeLabel label, string name, params string[] aliases) =>
        new() { Id = Ids.ForEntity(label, name), Label = label, Name = name, Aliases = [.. aliases.Order(StringComparer.Ordinal)] };

    private static Node Paper(string abstractText, string? title = null, Func<PaperInfo, PaperInfo>? more = null)
    {
        var info = new PaperInfo { Abstract = abstractText, Title = title };
        if (more is not null) info = more(info);
        return new Node { Id = Ids.ForPaper(abstractText), Label = NodeLabel.Paper, Name = title ?? abstractText[..Math.Min(40, abstractText.Length)], Paper = info };
    }

    private static Edge Fact(RelType type, Node from, Node to, Node? paper, string sentence, string rule, double confidence = 0.7,
        decimal? value = null, string? metric = null, string? unit = null, params string[] surfaces) => new()
    {
        Id = Ids.ForEdge(type, from.Id, to.Id, paper?.Id, metric, value?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Type = type, From = from.Id, To = to.Id, Metric = metric, Value = value, Unit = unit, Surfaces = [.. surfaces],
        Evidence = paper is null ? null : new Evidence { PaperId = paper.Id, Sentence = sentence, Start = 3, Length = sentence.Length, Rule = rule, Confidence = confidence },
    };

    /// <summary>Two papers, two models, one benchmark, four facts: small enough to read in a golden file.</summary>
    public static GraphContext Tiny()
    {
        var paper = Paper("We present TinyNet. TinyNet reaches 81.5% accuracy on ToyBench.", "TinyNet: a tiny \"network\"",
            p => p with { ArxivId = "2401.00001", Created = new DateOnly(2024, 1, 2), AuthorCount = 2, Sources = [new SourceRef("samples/listing.txt", 4)] });
        var tiny = Entity(NodeLabel.Model, "TinyNet", "Tiny-Net");
        var base_ = Entity(NodeLabel.Model, "Base-1B");
        var family = Entity(NodeLabel.Model, "Base");
        var bench = Entity(NodeLabel.Benchmark, "ToyBench");
        var edges = new List<Edge>
        {
            Fact(RelType.Proposes, paper, tiny, paper, "We present TinyNet.", "propose.we-present"),
            Fact(RelType.EvaluatedOn, tiny, bench, paper, "TinyNet reaches 81.5% accuracy on ToyBench.", "eval.achieves-on", 0.6, 81.5m, "accuracy", "%"),
            Fact(RelType.BasedOn, tiny, base_, paper, "TinyNet is fine-tuned from Base-1B.", "based.fine-tuned-from", 0.8),
            Fact(RelType.VariantOf, base_, family, null, "", ""),
        };
        return new GraphContext(new KnowledgeGraph([paper, tiny, base_, family, bench], edges), BuildReport.Empty, PaperGraphPipeline.DefaultBaseIri);
    }

    /// <summary>Quotes, backslashes, line breaks, tabs, control characters, lone surrogates, markup and non-ASCII in
    /// every string the export writes; every edge type; answers for every named question.</summary>
    public static GraphContext Hostile()
    {
        const string nasty = "He said \"hi\" \\ back\\slash <script>alert(1)</script> \"><img src=x onerror=alert(1)> tab\there";
        var p1 = Paper("Line one\nline two\r\nCR\rTAB\tNUL\0 BEL\u0007 DEL\u007F C1\u0085 lone high \uD800 lone low \uDC00 pair 😀 Über café \uFFFE end \"quoted\" \\",
            "A \"Quoted\" Title \\ with <b>markup</b> & ünïcödé — and a tab\t",
            p => p with
            {
                ArxivId = "2401.99999v2", Created = new DateOnly(2024, 2, 29), Updated = new DateOnly(2024, 3, 1), Published = new DateOnly(2024, 3, 2),
                Comment = "Accepted at \"CVPR\" 2024\n29 pages", AuthorCount = 3, Authors = ["O'Brien", "Zoë \"Z\" Zed", "O'Brien"],
                Categories = ["cs.CL", "cs.LG"], Organisation = "<b>Org</b> & Co", Upvotes = 42,
                Sources = [new SourceRef("dir with space/f\"ile\\.txt", 3), new SourceRef("other.txt", 9)],
            });
        var p2 = Paper("A paper with no title, about GPT-4o and My Model. Lone \uDBFF high at the end \uDBFF");
        var gpt = Entity(NodeLabel.Model, "GPT-4o", "GPT 4 omni", "gpt4o \"quoted\"", "tab\tname", "lone \uDC01 alias");
        var mine = Entity(NodeLabel.Model, "My \"Model\" \\ <x>", "line\nbreak");
        var fam = Entity(NodeLabel.Model, "Qwen2.5-VL");
        var fam7 = Entity(NodeLabel.Model, "Qwen2.5-VL-7B");
        var method = Entity(NodeLabel.Method, "Méthode\u0007 «α»");
        var bench = Entity(NodeLabel.Benchmark, "Bench \"One\" <&>");
        var data = Entity(NodeLabel.Dataset, "Data\\set\r\n");
        var metric = Entity(NodeLabel.Metric, "accuracy");
        var edges = new List<Edge>
        {
            Fact(RelType.Proposes, p1, mine, p1, nasty, "propose.we-introduce"),
            Fact(RelType.Proposes, p1, method, p1, "We propose Méthode\u0007.", "propose.we-propose", 0.123456789),
            Fact(RelType.EvaluatedOn, gpt, bench, p1, nasty + " 51.06%", "eval.achieves-on", 0.6, 51.06m, "accuracy", "%"),
            Fact(RelType.EvaluatedOn, gpt, bench, p2, "GPT-4o gets 40 on Bench.", "eval.achieves-on", 0.6, 40m, "accuracy", null),
            Fact(RelType.EvaluatedOn, mine, bench, p2, "Mine gets 73.0 \"F1\".", "eval.achieves-on", 0.6, 73.0m, "F1 \"macro\" \\", "%"),
            Fact(RelType.EvaluatedOn, method, data, p1, "Méthode\u0007 is compared on Data\\set.", "eval.compared-on", 0.5),
            Fact(RelType.EvaluatedOn, mine, data, p1, "Mine scores -0.5 on Data\\set.", "eval.achieves-on", 1.0, -0.5m, "delta", null),
            Fact(RelType.BasedOn, mine, fam7, p1, "My Model is fine-tuned from Qwen2.5-VL-7B.", "based.fine-tuned-from", 0.8),
            Fact(RelType.BasedOn, gpt, fam, p2, "Built on Qwen2.5-VL (\"really\").", "based.built-on", 0.9),
            Fact(RelType.BasedOn, method, fam7, p2, "Méthode\u0007 integrates Qwen2.5-VL-7B.", "based.integrates", 0.7),
            Fact(RelType.VariantOf, fam7, fam, null, "", ""),
            Fact(RelType.Mentions, p1, gpt, p1, "Mentions GPT-4o.", "mention.any", 1, surfaces: ["GPT-4o", "gpt4o \"quoted\"", "tab\tname"]),
            Fact(RelType.Mentions, p1, mine, p1, "Mentions mine.", "mention.any", 1, surfaces: ["My \"Model\" \\ <x>"]),
            Fact(RelType.Mentions, p1, method, p1, "Mentions the method.", "mention.any", 1, surfaces: ["Méthode\u0007"]),
            Fact(RelType.Mentions, p2, gpt, p2, "Mentions GPT-4o.", "mention.any", 1, surfaces: ["GPT-4o"]),
            Fact(RelType.Mentions, p2, mine, p2, "Mentions mine.", "mention.any", 1, surfaces: ["My Model"]),
            Fact(RelType.UsedAsTool, gpt, p2, p2, "GPT-4o annotated the \"data\".", "tool.annotate", 0.65),
        };
        var graph = new KnowledgeGraph([p1, p2, gpt, mine, fam, fam7, method, bench, data, metric], edges);
        return new GraphContext(graph, BuildReport.Empty, HostileBase);
    }

    /// <summary>Writes a JSON Lines corpus of abstracts full of hostile strings (that the baseline rules still
    /// extract facts from) into a new folder, and returns the file. It goes through the whole pipeline.</summary>
    public static string WriteHostileCorpus()
    {
        string[] nasty =
        [
            "He said \"hi\" \\ back\\slash <script>alert(1)</script> \"><img src=x onerror=alert(1)>",
            "tab\there\nnewline\r\nCRLF \u0001\u0007\u007f\u0085 \ufffe \ufdd0 \u0000",
            "Über café «α» — 中文 😀 \uFFFD",
        ];
        var dir = Support.TempDir.Create("rdf-hostile-corpus");
        var file = Path.Combine(dir, "hostile.jsonl");
        using var w = new StreamWriter(file, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        for (int i = 0; i < nasty.Length; i++)
        {
            var n = nasty[i];
            w.WriteLine(System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["id"] = $"2401.0000{i}",
                ["title"] = $"Hostile{i}Net: {n}",
                ["abstract"] = $"We introduce Hostile{i}Net, a model for {n}. Hostile{i}Net achieves {50 + i}.5% accuracy on MMMU and outperforms GPT-4o and LLaVA. {n}",
                ["authors"] = $"A. \"Quote\" Author, B. {n[..10]}",
                ["categories"] = "cs.CL cs.LG",
                ["update_date"] = $"2024-01-0{i + 1}",
            }));
        }
        return file;
    }

    /// <summary>Writes a graph with the default outputs into a new temporary folder and returns it.</summary>
    public static string Write(GraphContext context, string area)
    {
        var dir = Support.TempDir.Create(area);
        foreach (var o in Outputs.Defaults())
        {
            using var sink = o.Open(dir);
            GraphReplay.Replay(context, sink);
        }
        return dir;
    }
}
