using System.Collections.Immutable;
using PaperGraph.Graph;
using PaperGraph.Ingest;

namespace PaperGraph.Extraction.Relations;

/// <summary>
/// What the relation rules share about one paper: the mentions of each sentence (by position), the paper's own
/// subject (the first thing it proposes that runs or is applied: a Model or Method), what it proposes to evaluate on
/// (a proposed Benchmark or Dataset), and which models it uses as tools. Built once per paper per extractor; pure.
/// </summary>
internal sealed class PaperContext
{
    public PaperContext(Paper paper, ImmutableArray<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        Paper = paper;
        mentions = Consistent(mentions);
        Sentences = sentences;
        var bySentence = new List<EntityMention>[sentences.Length];
        for (int i = 0; i < bySentence.Length; i++) bySentence[i] = [];
        foreach (var m in mentions.OrderBy(m => m.Start))
            if (m.SentenceIndex >= 0 && m.SentenceIndex < bySentence.Length) bySentence[m.SentenceIndex].Add(m);
        MentionsIn = bySentence;
        Subject = mentions.Where(m => m.Proposed && IsRunnable(m.Type)).OrderBy(m => m.Start).Select(NameOf).FirstOrDefault();
        OwnModel = mentions.Where(m => m.Proposed && m.Type == NodeLabel.Model).OrderBy(m => m.Start).Select(NameOf).FirstOrDefault();
        SubjectModel = OwnModel ?? Subject;
        ProposedModels = mentions.Where(m => m.Proposed && IsRunnable(m.Type)).Select(NameOf).ToImmutableHashSet(StringComparer.Ordinal);
        ProposedTargets = [.. mentions.Where(m => m.Proposed && m.Type == NodeLabel.Benchmark).OrderBy(m => m.Start).Select(NameOf).Distinct(StringComparer.Ordinal)];
        var tools = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in sentences)
            foreach (var m in MentionsIn[s.Index])
                if (m.Type == NodeLabel.Model && !m.Proposed && Cues.IsToolUse(s, m)) tools.Add(NameOf(m));
        Tools = tools;
    }

    public Paper Paper { get; }
    public ImmutableArray<Sentence> Sentences { get; }
    public IReadOnlyList<List<EntityMention>> MentionsIn { get; }
    /// <summary>The name of the first proposed Model or Method, or null.</summary>
    public string? Subject { get; }
    /// <summary>The first proposed Model, or null.</summary>
    public string? OwnModel { get; }
    /// <summary>The first proposed Model ("our model"), else <see cref="Subject"/>.</summary>
    public string? SubjectModel { get; }
    public ImmutableHashSet<string> ProposedModels { get; }
    /// <summary>The benchmarks the paper introduces (proposed datasets are training data, not evaluation targets).</summary>
    public ImmutableArray<string> ProposedTargets { get; }
    /// <summary>Models the paper uses as tools (generate, annotate, curate, judge); never evaluated.</summary>
    public IReadOnlySet<string> Tools { get; }

    /// <summary>Gives every mention of a name the type of the entity it joins (its first mention's type), as
    /// <see cref="RuleBasedExtractor.Group"/> does, so that one name is not a model here and a benchmark there.</summary>
    public static IReadOnlyList<EntityMention> Consistent(IReadOnlyList<EntityMention> mentions)
    {
        var typeOf = new Dictionary<string, NodeLabel>(StringComparer.Ordinal);
        foreach (var m in mentions.OrderBy(m => m.Start)) typeOf.TryAdd(NameOf(m), m.Type);
        return [.. mentions.Select(m => typeOf[NameOf(m)] == m.Type ? m : m with { Type = typeOf[NameOf(m)] })];
    }

    /// <summary>Adds every further occurrence of a recognised name that the recogniser did not report (a paper's own
    /// model found by its definition is named again in later sentences: "On B, X achieves …"). Whole words only, never
    /// overlapping a reported mention; names shorter than three characters are left alone.</summary>
    public static IReadOnlyList<EntityMention> WithAllOccurrences(ImmutableArray<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        var bySurface = new Dictionary<string, EntityMention>(StringComparer.Ordinal);
        var proposed = mentions.Where(m => m.Proposed).Select(NameOf).ToHashSet(StringComparer.Ordinal);
        foreach (var m in mentions.OrderBy(m => m.Start))
            if (m.Surface.Length >= 3) bySurface.TryAdd(m.Surface, m);
        if (bySurface.Count == 0) return mentions;
        var taken = mentions.Select(m => (m.Start, End: m.Start + m.Length)).ToList();
        var added = new List<EntityMention>();
        // Longer names first, so that "LLaVA-1.5" is found before "LLaVA" could claim its start.
        foreach (var (surface, m) in bySurface.OrderByDescending(kv => kv.Key.Length).ThenBy(kv => kv.Key, StringComparer.Ordinal))
        {
            foreach (var s in sentences)
            {
                for (int at = s.Text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = s.Text.IndexOf(surface, at + 1, StringComparison.Ordinal))
                {
                    int end = at + surface.Length;
                    if ((at > 0 && IsNamePart(s.Text[at - 1])) || (end < s.Text.Length && IsNamePart(s.Text[end]))) continue;
                    int start = s.Start + at;
                    if (taken.Any(t => start < t.End && t.Start < start + surface.Length)) continue;
                    taken.Add((start, start + surface.Length));
                    added.Add(m with { Start = start, Length = surface.Length, SentenceIndex = s.Index, Proposed = proposed.Contains(NameOf(m)), Rule = "entity.occurrence" });
                }
            }
        }
        return added.Count == 0 ? mentions : [.. mentions.Concat(added).OrderBy(m => m.Start)];
    }

    private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c is '-' or '_';

    public static string NameOf(EntityMention m) => m.AliasOf ?? m.Surface;
    public static bool IsRunnable(NodeLabel t) => t is NodeLabel.Model or NodeLabel.Method;
    public static bool IsTarget(NodeLabel t) => t is NodeLabel.Benchmark or NodeLabel.Dataset;
}
