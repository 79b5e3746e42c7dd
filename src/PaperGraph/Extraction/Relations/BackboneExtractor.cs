using System.Collections.Immutable;
using PaperGraph.Graph;
using PaperGraph.Ingest;

namespace PaperGraph.Extraction.Relations;

/// <summary>
/// BASED_ON (model → backbone):
/// <list type="bullet">
/// <item><c>based-on.cue</c>: a cue ("built upon", "based on", "fine-tune", "initialized from", "integrates", "apply GRPO
/// to", "on top of", "extends", "augmented version of", "with a frozen" …) followed closely by a named model (and the
/// models listed with it): that model is a backbone.</item>
/// <item><c>based-on.suffix</c>: a model named right before "-based", "as (the) backbone/base model/encoder/LLM" or
/// "backbone(s)" is a backbone.</item>
/// <item><c>based-on.name</c>: a proposed model whose name extends a backbone's name named in the paper
/// (RoboBrain2.0-Euclid-7B on RoboBrain2.0, PIIP-LLaVA on LLaVA).</item>
/// </list>
/// The resulting model is the paper's proposed model or method named before the cue in the same sentence; when there
/// is none the model is unnamed (subject null), as the gold annotations do. Tools are never backbones.
/// </summary>
public sealed class BackboneExtractor : IRelationExtractor
{
    /// <summary>Cues after which the backbone is named.</summary>
    private static readonly string[] CuesBefore =
    [
        "built upon ", "built on ", "builds upon ", "builds on ", "build upon ", "build on ", "building upon ", "building on ",
        "based on ", "on top of ", "fine-tune ", "fine-tunes ", "fine-tuned ", "fine-tuning ", "finetune ", "finetunes ",
        "finetuned ", "finetuning ", "fine-tuned from ", "initialized from ", "initialised from ", "initialized with ",
        "initialised with ", "initializing from ", "integrates ", "integrating ", "extends ", "extending ", "augmented version of ",
        "with a frozen ", "upon ", "adapting ", "adapts ", "adapt ", "continual pre-training of ", "post-train ", "post-training ",
        "equip ", "equipping ", "equips ", "instantiation with ", "implementing these strategies in ",
        "applied to ", "apply it to ", "applying it to ", "to train ", "we train ", "improves ", "integrated ", "-trained ", "-tuned ",
        "-finetuned ",
        "derived from ", "starting from ",
    ];

    /// <summary>"apply/applying/leverage METHOD to X": X is the backbone.</summary>
    private static readonly string[] ApplyVerbs = ["apply ", "applies ", "applying ", "leverage ", "leverages ", "leveraging ", "employ ", "use ", "using ", "adding ", "add "];

    /// <summary>Said right after a backbone ("LLaVA-based", "X as the backbone").</summary>
    private static readonly string[] CuesAfter =
    [
        "-based", " based", " as the backbone", " as backbone", " as its backbone", " as our backbone", " as the base model",
        " as base model", " as the base", " as the vision encoder", " as the visual encoder", " as the language model",
        " as the llm", " as the encoder", " as the text encoder", " as the decoder", " backbone", " backbones", " as a backbone",
        " as the foundation", " as the initialization", "'s text encoder", "'s vision encoder", "'s visual encoder",
        " as the base llm", " as the language backbone", " as the vision backbone", " as initialization",
    ];

    public IEnumerable<ExtractedFact> Extract(Paper paper, ImmutableArray<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(mentions);
        mentions = PaperContext.Consistent(mentions);
        var ctx = new PaperContext(paper, sentences, mentions);
        var facts = new List<ExtractedFact>();
        bool hasTitle = paper.Info.Title is not null;
        foreach (var s in sentences)
        {
            if (hasTitle && s.Index == 0) continue;
            var inSentence = ctx.MentionsIn[s.Index];
            if (inSentence.Count == 0) continue;
            var lower = s.Text.ToLowerInvariant();
            foreach (var (backbone, rule) in Find(s, lower, inSentence))
            {
                var name = PaperContext.NameOf(backbone);
                if (ctx.Tools.Contains(name) || ctx.ProposedModels.Contains(name)) continue;
                // The resulting model: the paper's own model or method named in the sentence, nearest before the
                // backbone, else after it ("Building upon X, we develop Y"); none means an unnamed model.
                bool Own(EntityMention m) => m.Proposed && PaperContext.IsRunnable(m.Type) && PaperContext.NameOf(m) != name;
                var model = inSentence.LastOrDefault(m => m.Start < backbone.Start && Own(m)) ?? inSentence.FirstOrDefault(m => m.Start > backbone.Start && Own(m));
                facts.Add(new ExtractedFact
                {
                    Kind = FactKind.BasedOn, Subject = model is null ? null : PaperContext.NameOf(model), Object = name,
                    SentenceIndex = s.Index, Rule = rule, Confidence = model is null ? 0.6 : 0.7,
                });
            }
        }
        // A proposed model named after the model it extends.
        var models = mentions.Where(m => m.Type == NodeLabel.Model && !m.Proposed).GroupBy(PaperContext.NameOf).Select(g => g.First()).ToList();
        foreach (var p in mentions.Where(m => m.Proposed && m.Type == NodeLabel.Model).GroupBy(PaperContext.NameOf).Select(g => g.First()))
        {
            var pname = PaperContext.NameOf(p);
            foreach (var b in models)
            {
                var bname = PaperContext.NameOf(b);
                if (bname.Length < 3 || bname.Length >= pname.Length || ctx.Tools.Contains(bname)) continue;
                bool extends = (pname.StartsWith(bname, StringComparison.Ordinal) && pname[bname.Length] is '-' or '_' or ' ') ||
                               (pname.EndsWith(bname, StringComparison.Ordinal) && pname[^(bname.Length + 1)] is '-' or '_' or ' ');
                if (extends && Resolution.ModelNames.FamilyOf(pname) != bname)
                    facts.Add(new ExtractedFact { Kind = FactKind.BasedOn, Subject = pname, Object = bname, SentenceIndex = p.SentenceIndex, Rule = "based-on.name", Confidence = 0.6 });
            }
        }
        return facts.DistinctBy(f => (f.Subject, f.Object));
    }

    /// <summary>The model mentions of a sentence that it names as backbones (for other rules to leave alone).</summary>
    internal static HashSet<EntityMention> BackboneObjects(Sentence s, string lower, List<EntityMention> inSentence) =>
        [.. Find(s, lower, inSentence).Select(x => x.Backbone)];

    private static IEnumerable<(EntityMention Backbone, string Rule)> Find(Sentence s, string lower, List<EntityMention> inSentence)
    {
        string? listRule = null;
        for (int i = 0; i < inSentence.Count; i++)
        {
            var m = inSentence[i];
            // A model listed right after a backbone ("built upon X and Y", "(e.g., X, Y, Z)") is one too.
            bool listed = listRule is not null && i > 0 && IsListGap(s, inSentence[i - 1], m);
            if (!listed) listRule = null;
            if (m.Type != NodeLabel.Model) { listRule = null; continue; }
            var (before, after) = Cues.Window(s, m, 90, 30);
            if ((StartsWithAny(after, CuesAfter) || (after.StartsWith(')') && StartsWithAny(after[1..], CuesAfter))) && OwnWork(lower, inSentence))
            {
                yield return (m, "based-on.suffix");
                continue;
            }
            if (listed) { yield return (m, listRule!); continue; }
            if (CueBefore(before) is { } rule) { listRule = rule; yield return (m, rule); }
        }
    }

    /// <summary>The sentence is about the paper's own work ("X-based" elsewhere describes other systems).</summary>
    private static bool OwnWork(string lower, List<EntityMention> inSentence) =>
        inSentence.Any(m => m.Proposed) || lower.Contains("our ", StringComparison.Ordinal) || lower.StartsWith("we ", StringComparison.Ordinal) ||
        lower.Contains(" we ", StringComparison.Ordinal);

    /// <summary>Only list punctuation and conjunctions between two mentions.</summary>
    internal static bool IsListGap(Sentence s, EntityMention a, EntityMention b)
    {
        int from = a.Start + a.Length - s.Start, to = b.Start - s.Start;
        if (from < 0 || to > s.Text.Length || to < from || to - from > 12) return false;
        var gap = s.Text[from..to].Replace("and", "", StringComparison.Ordinal).Replace("or", "", StringComparison.Ordinal);
        foreach (var c in gap) if (c is not (',' or ' ' or '(' or ')' or '/')) return false;
        return true;
    }

    /// <summary>The rule when a cue ends the text before a mention, with only articles, adjectives, other names or a
    /// bracket between (no clause break).</summary>
    private static string? CueBefore(string before)
    {
        foreach (var c in CuesBefore)
        {
            int at = before.LastIndexOf(c, StringComparison.Ordinal);
            if (at < 0 || (at > 0 && c[0] != '-' && (char.IsLetter(before[at - 1]) || before[at - 1] == '-'))) continue;
            var between = before[(at + c.Length)..];
            if (between.Contains("), ", StringComparison.Ordinal)) continue;
            bool enumerates = between.Contains("including", StringComparison.Ordinal) || between.Contains("such as", StringComparison.Ordinal) ||
                between.Contains("i.e.", StringComparison.Ordinal) || between.Contains("e.g.", StringComparison.Ordinal);
            if (between.Length <= (enumerates ? 90 : 45) && !between.Contains(". ", StringComparison.Ordinal) && !between.Contains(';') &&
                !between.Contains(" on ", StringComparison.Ordinal) && !between.Contains(" with ", StringComparison.Ordinal) &&
                !between.Contains(" and evaluat", StringComparison.Ordinal) && !between.Contains(" by ", StringComparison.Ordinal) &&
                !between.Contains(" to ", StringComparison.Ordinal) && !between.Contains(" that ", StringComparison.Ordinal) &&
                !between.Contains(" which ", StringComparison.Ordinal))
                return "based-on.cue";
        }
        foreach (var v in ApplyVerbs)
        {
            int at = before.LastIndexOf(v, StringComparison.Ordinal);
            if (at < 0 || (at > 0 && char.IsLetter(before[at - 1]))) continue;
            var rest = before[(at + v.Length)..];
            int to = rest.LastIndexOf(" to ", StringComparison.Ordinal);
            if (to < 0 || to > 80) continue;
            // Only an article or possessive between "to" and the model: "apply GRPO to (the) X".
            var between = rest[(to + 4)..];
            foreach (var article in new[] { "the ", "a ", "an ", "its ", "their ", "our " })
                if (between.StartsWith(article, StringComparison.Ordinal)) between = between[article.Length..];
            if (between.Length == 0) return "based-on.apply-to";
        }
        return null;
    }

    private static bool StartsWithAny(string s, string[] cues)
    {
        foreach (var c in cues) if (s.StartsWith(c, StringComparison.Ordinal)) return true;
        return false;
    }
}
