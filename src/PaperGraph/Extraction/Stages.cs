using System.Collections.Immutable;
using PaperGraph.Graph;
using PaperGraph.Ingest;

namespace PaperGraph.Extraction;

/// <summary>One occurrence of a named entity in <see cref="Paper.Text"/>.</summary>
public sealed record EntityMention
{
    /// <summary>The text as written (after trimming punctuation), e.g. "Qwen2.5-VL-7B".</summary>
    public required string Surface { get; init; }
    public required NodeLabel Type { get; init; }
    /// <summary>Offset and length in <see cref="Paper.Text"/>.</summary>
    public required int Start { get; init; }
    public required int Length { get; init; }
    public required int SentenceIndex { get; init; }
    /// <summary>The name this mention stands for in the paper when it is an alias ("Direct Preference Optimization" → "DPO"), else null.</summary>
    public string? AliasOf { get; init; }
    /// <summary>Canonical knowledge-base name when the entity is a known one.</summary>
    public string? KnownAs { get; init; }
    /// <summary>True when the paper itself introduces this entity.</summary>
    public bool Proposed { get; init; }
    public required string Rule { get; init; }
    public required double Confidence { get; init; }
}

/// <summary>Finds the entity mentions of a paper (and which of them the paper proposes). Pure and thread-safe.</summary>
public interface IEntityRecognizer
{
    IReadOnlyList<EntityMention> Recognize(Paper paper, ImmutableArray<Sentence> sentences);
}

/// <summary>States facts between recognised entities (EVALUATED_ON, BASED_ON, USED_AS_TOOL …). Pure and thread-safe.
/// Subjects and objects of the facts are entity names as grouped by <see cref="RuleBasedExtractor"/>.</summary>
public interface IRelationExtractor
{
    IEnumerable<ExtractedFact> Extract(Paper paper, ImmutableArray<Sentence> sentences, IReadOnlyList<EntityMention> mentions);
}

/// <summary>
/// The extractor assembled from parts: split sentences, recognise entity mentions, group mentions into the paper's
/// entities (aliases folded in), PROPOSES facts from proposed mentions, then every relation extractor in order.
/// </summary>
public sealed class RuleBasedExtractor(IEntityRecognizer recognizer, IReadOnlyList<IRelationExtractor> relations) : IPaperExtractor
{
    public PaperExtraction Extract(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var sentences = SentenceSplitter.Split(paper.Text);
        var mentions = recognizer.Recognize(paper, sentences);
        var entities = Group(mentions);
        var names = new HashSet<string>(entities.Select(e => e.Name), StringComparer.Ordinal);
        var facts = new List<ExtractedFact>();
        var proposed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (!m.Proposed) continue;
            var name = m.AliasOf ?? m.Surface;
            if (names.Contains(name) && proposed.Add(name))
                facts.Add(new ExtractedFact { Kind = FactKind.Proposes, Object = name, SentenceIndex = m.SentenceIndex, Rule = m.Rule, Confidence = m.Confidence });
        }
        foreach (var r in relations)
            foreach (var f in r.Extract(paper, sentences, mentions))
                if (names.Contains(f.Object) && (f.Subject is null || names.Contains(f.Subject))) facts.Add(f);
        return new PaperExtraction(paper, sentences, entities, [.. facts]);
    }

    /// <summary>Groups mentions by name (an alias joins the entity it stands for), first mention first.</summary>
    public static ImmutableArray<ExtractedEntity> Group(IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var order = new List<string>();
        var byName = new Dictionary<string, (EntityMention First, SortedSet<string> Aliases, string? Known)>(StringComparer.Ordinal);
        foreach (var m in mentions.OrderBy(m => m.Start))
        {
            var name = m.AliasOf ?? m.Surface;
            if (!byName.TryGetValue(name, out var g))
            {
                g = (m, new SortedSet<string>(StringComparer.Ordinal), m.KnownAs);
                order.Add(name);
            }
            if (m.Surface != name) g.Aliases.Add(m.Surface);
            g.Known ??= m.KnownAs;
            byName[name] = g;
        }
        return [.. order.Select(n =>
        {
            var (first, aliases, known) = byName[n];
            return new ExtractedEntity
            {
                Name = n, Type = first.Type, Aliases = [.. aliases], KnownAs = known,
                SentenceIndex = first.SentenceIndex, Rule = first.Rule, Confidence = first.Confidence,
            };
        })];
    }
}
