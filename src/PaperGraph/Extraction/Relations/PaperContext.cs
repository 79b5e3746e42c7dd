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
        SubjectModel = mentions.Where(m => m.Proposed && m.Type == NodeLabel.Model).OrderBy(m => m.Start).Select(NameOf).FirstOrDefault() ?? Subject;
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

    public static string NameOf(EntityMention m) => m.AliasOf ?? m.Surface;
    public static bool IsRunnable(NodeLabel t) => t is NodeLabel.Model or NodeLabel.Method;
    public static bool IsTarget(NodeLabel t) => t is NodeLabel.Benchmark or NodeLabel.Dataset;
}
