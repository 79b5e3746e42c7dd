using System.Collections.Immutable;
using System.Text.RegularExpressions;
using PaperGraph.Graph;
using PaperGraph.Ingest;

namespace PaperGraph.Extraction.Entities;

/// <summary>
/// Finds entity mentions: the title's "Name: subtitle", "we introduce/propose/present X", and every later
/// occurrence of a name found so far. (First version; the knowledge base and name-shape rules come next.)
/// </summary>
public sealed partial class EntityRecognizer : IEntityRecognizer
{
    [GeneratedRegex(@"^(?<name>[A-Za-z0-9][\w\-.+]{1,40})(\s[\w\-.+]{1,20})?:\s+(?<sub>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleName();

    [GeneratedRegex(@"\b[Ww]e\s+(?:introduce|propose|present)\s+(?:a\s+|an\s+|the\s+)?(?:new\s+|novel\s+)?(?<name>[A-Z][A-Za-z0-9]*[A-Z0-9][\w\-.+]*)", RegexOptions.CultureInvariant)]
    private static partial Regex WeIntroduce();

    public IReadOnlyList<EntityMention> Recognize(Paper paper, ImmutableArray<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var found = new List<EntityMention>();
        var types = new Dictionary<string, NodeLabel>(StringComparer.Ordinal);
        if (paper.Info.Title is { } title && TitleName().Match(title) is { Success: true } tm)
        {
            var g = tm.Groups["name"];
            if (g.Value.Any(char.IsUpper))
            {
                var type = TypeFromSubtitle(tm.Groups["sub"].Value);
                types[g.Value] = type;
                found.Add(new EntityMention { Surface = g.Value, Type = type, Start = g.Index, Length = g.Length, SentenceIndex = 0, Proposed = true, Rule = "entity.title-name", Confidence = 0.7 });
            }
        }
        foreach (var s in sentences)
        {
            foreach (Match m in WeIntroduce().Matches(s.Text))
            {
                var g = m.Groups["name"];
                var name = g.Value.TrimEnd('.', ',', ';', ':');
                var type = types.GetValueOrDefault(name, NodeLabel.Method);
                types[name] = type;
                found.Add(new EntityMention { Surface = name, Type = type, Start = s.Start + g.Index, Length = name.Length, SentenceIndex = s.Index, Proposed = true, Rule = "entity.we-introduce", Confidence = 0.6 });
            }
        }
        return found;
    }

    private static NodeLabel TypeFromSubtitle(string sub)
    {
        if (sub.Contains("Benchmark", StringComparison.OrdinalIgnoreCase)) return NodeLabel.Benchmark;
        if (sub.Contains("Dataset", StringComparison.OrdinalIgnoreCase)) return NodeLabel.Dataset;
        if (sub.Contains("Model", StringComparison.OrdinalIgnoreCase) || sub.Contains("LLM", StringComparison.Ordinal)) return NodeLabel.Model;
        return NodeLabel.Method;
    }
}
