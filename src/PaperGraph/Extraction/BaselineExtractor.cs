using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using PaperGraph.Graph;
using PaperGraph.Ingest;

namespace PaperGraph.Extraction;

/// <summary>
/// A first, honest and simple extractor: named things from titles ("Name: subtitle"), "we introduce/propose/present X",
/// and scores of the form "X achieves N% … on B". The extraction-quality work replaces it.
/// </summary>
public sealed partial class BaselineExtractor : IPaperExtractor
{
    [GeneratedRegex(@"^(?<name>[A-Za-z0-9][\w\-.+]{1,40})(\s[\w\-.+]{1,20})?:\s+(?<sub>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleName();

    [GeneratedRegex(@"\b[Ww]e\s+(?:introduce|propose|present)\s+(?:a\s+|an\s+|the\s+)?(?:new\s+|novel\s+)?(?<name>[A-Z][A-Za-z0-9]*[A-Z0-9][\w\-.+]*)", RegexOptions.CultureInvariant)]
    private static partial Regex WeIntroduce();

    [GeneratedRegex(@"(?<model>[A-Z][\w\-.+]*\d[\w\-.+]*|[A-Z][a-z]*[A-Z][\w\-.+]*)\s+(?:achieves|reaches|attains|scores)\s+(?:an?\s+)?(?:(?<metric>accuracy|F1|score|success rate)\s+(?:of\s+)?)?(?<value>\d{1,3}(?:\.\d+)?)\s*(?<unit>\\?%)?[^.;]{0,60}?\s+on\s+(?:the\s+)?(?<bench>[A-Z][\w\-.+]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Achieves();

    public PaperExtraction Extract(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var sentences = SentenceSplitter.Split(paper.Text);
        var entities = new Dictionary<string, ExtractedEntity>(StringComparer.Ordinal);
        var facts = new List<ExtractedFact>();

        void AddEntity(string name, NodeLabel type, int sentence, string rule, double confidence)
        {
            name = name.TrimEnd('.', ',', ';', ':');
            if (name.Length < 2 || entities.ContainsKey(name)) return;
            entities[name] = new ExtractedEntity { Name = name, Type = type, SentenceIndex = sentence, Rule = rule, Confidence = confidence };
        }

        if (paper.Info.Title is { } title && TitleName().Match(title) is { Success: true } tm)
        {
            var name = tm.Groups["name"].Value;
            if (name.Any(char.IsUpper) && name.Length <= 30)
            {
                AddEntity(name, TypeFromSubtitle(tm.Groups["sub"].Value), 0, "title.name-colon", 0.7);
                facts.Add(new ExtractedFact { Kind = FactKind.Proposes, Object = entities.GetValueOrDefault(name)?.Name ?? name, SentenceIndex = 0, Rule = "title.name-colon", Confidence = 0.7 });
            }
        }
        foreach (var s in sentences)
        {
            foreach (Match m in WeIntroduce().Matches(s.Text))
            {
                var name = m.Groups["name"].Value.TrimEnd('.', ',', ';', ':');
                AddEntity(name, NodeLabel.Method, s.Index, "propose.we-introduce", 0.6);
                if (!facts.Any(f => f.Kind == FactKind.Proposes && f.Object == name))
                    facts.Add(new ExtractedFact { Kind = FactKind.Proposes, Object = name, SentenceIndex = s.Index, Rule = "propose.we-introduce", Confidence = 0.6 });
            }
            foreach (Match m in Achieves().Matches(s.Text))
            {
                var model = m.Groups["model"].Value.TrimEnd('.', ',');
                var bench = m.Groups["bench"].Value.TrimEnd('.', ',');
                AddEntity(model, NodeLabel.Model, s.Index, "eval.achieves-on", 0.6);
                AddEntity(bench, NodeLabel.Benchmark, s.Index, "eval.achieves-on", 0.6);
                facts.Add(new ExtractedFact
                {
                    Kind = FactKind.EvaluatedOn, Subject = model, Object = bench,
                    Metric = m.Groups["metric"].Success ? m.Groups["metric"].Value.ToLowerInvariant() : null,
                    Value = decimal.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture),
                    Unit = m.Groups["unit"].Success ? "%" : null,
                    SentenceIndex = s.Index, Rule = "eval.achieves-on", Confidence = 0.6,
                });
            }
        }
        return new PaperExtraction(paper, sentences, [.. entities.Values], [.. facts]);
    }

    private static NodeLabel TypeFromSubtitle(string sub)
    {
        if (sub.Contains("Benchmark", StringComparison.OrdinalIgnoreCase) || sub.Contains("Evaluat", StringComparison.OrdinalIgnoreCase)) return NodeLabel.Benchmark;
        if (sub.Contains("Dataset", StringComparison.OrdinalIgnoreCase)) return NodeLabel.Dataset;
        if (sub.Contains("Model", StringComparison.OrdinalIgnoreCase) || sub.Contains("LLM", StringComparison.Ordinal)) return NodeLabel.Model;
        return NodeLabel.Method;
    }
}
