using System.Collections.Immutable;
using System.Text.RegularExpressions;
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
/// (Nova2.0-Orion-7B on Nova2.0, ZAP-LLaVA on LLaVA).</item>
/// <item><c>based-on.applied</c>: "On X and Y, our method …"; <c>based-on.trained-on-own</c>: "X fine-tuned on NEWDATA".</item>
/// <item><c>based-on.own-sentence</c>: the fallback — a model in a sentence about the paper's own work that trains,
/// adapts, builds on or improves it, unless compared with, reported on, prompted or designed by the paper.</item>
/// </list>
/// The resulting model is the paper's proposed model or method named before the cue in the same sentence; when there
/// is none the model is unnamed (subject null), as the gold annotations do. Tools are never backbones.
/// </summary>
public sealed partial class BackboneExtractor : IRelationExtractor
{
    /// <summary>Cues after which the backbone is named.</summary>
    private static readonly string[] CuesBefore =
    [
        "built upon ", "built on ", "builds upon ", "builds on ", "build upon ", "build on ", "building upon ", "building on ",
        "based on ", "on top of ", "fine-tune ", "fine-tunes ", "fine-tuned ", "fine-tuning ", "finetune ", "finetunes ",
        "finetuned ", "finetuning ", "fine-tuned from ", "initialized from ", "initialised from ", "initialized with ",
        "initialised with ", "initializing from ", "integrates ", "integrating ", "extends ", "extending ", "augmented version of ",
        "with a frozen ", "upon ", "adapting ", "adapts ", "adapt ", "continual pre-training of ", "post-train ", "post-training ",
        "equip ", "equipping ", "equips ", "instantiation with ", "instantiation of this approach with ", "instantiations with ",
        "instantiated with ", "instantiate it with ", "instantiating it with ", "implemented on ", "implement it on ", "implementing these strategies in ",
        "applied to ", "apply it to ", "applying it to ", "to train ", "we train ", "improves ", "integrated ", "-trained ", "-tuned ",
        "-finetuned ",
        "derived from ", "starting from ", "prepended to ", "plugged into ", "integrated into ", "incorporated into ",
        "inserted into ", "variant of ", "version of ", "an extension of ", "inherits from ", "inherit from ", "inheriting from ",
        "continued pre-training of ", "continued pretraining of ", "continual pretraining of ", "continue pre-training ",
        "continue pretraining ", "equipped with ", "powered by ", "built with ", "trained from ", "initialized by ", "initialised by ",
        "atop ", "-tune ", "-tunes ", "-tuning ", "post-trained ", "post-trains ",
        "consists of ", "consisting of ", "composed of ", "comprises ", "comprising ", "couples ", "coupling ", "connects ",
        "connecting ", "initialize it with ", "initialize it from ", "uses only ", "adopts ", "adopting ",
        "extend ", "weights of ", "checkpoint of ", "initialize from ", "initialise from ",
    ];

    /// <summary>"X as the (underlying) vision encoder", "X serves as our base LLM", "(X) as the policy model": the role a
    /// backbone plays in the paper's model. Roles of tools (judge, teacher, annotator, reward model) do not match.</summary>
    [GeneratedRegex(@"^\)?,?\s+(?:serves?\s+|serving\s+|acts?\s+|acting\s+)?as\s+(?:the|a|an|our|its|their)\s+(?:(?!judge|evaluator|teacher|annotator|critic|reward|verifier|labell?er|baseline|reference)[\w-]+\s+){0,2}?(?:backbone|base|encoder|decoder|llm|mllm|lmm|vlm|language\s+model|policy|initiali[sz]ation|foundation|starting\s+point|tower|core|architecture)s?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AsRole();

    /// <summary>"apply/applying/leverage METHOD to X": X is the backbone.</summary>
    private static readonly string[] ApplyVerbs = ["apply ", "applies ", "applying ", "leverage ", "leverages ", "leveraging ", "employ ", "use ", "using ", "adding ", "add "];

    /// <summary>Said right after a backbone ("LLaVA-based", "X as the backbone").</summary>
    private static readonly string[] CuesAfter =
    [
        "-based", " based", " as the backbone", " as backbone", " as its backbone", " as our backbone", " as the base model",
        " as base model", " as the base", " as the vision encoder", " as the visual encoder", " as the language model",
        " as the llm", " as the encoder", " as the text encoder", " as the decoder", " backbone", " backbones", " as a backbone",
        " as the foundation", " as the initialization", "'s text encoder", "'s vision encoder", "'s visual encoder",
        " as the image encoder", " as the vision tower", " as our base model", " as its base", " as the foundation model",
        " as the starting point", " as a starting point", " fine-tuned on our", " finetuned on our", " fine-tuned with our",
        " fine-tuned using our", " trained on our", " trained with our",
        " as the base llm", " as the language backbone", " as the vision backbone", " as initialization",
    ];

    public IEnumerable<ExtractedFact> Extract(Paper paper, ImmutableArray<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(mentions);
        mentions = PaperContext.Consistent(mentions);
        // Later occurrences of the paper's own names ("Corvid uses X as the vision encoder" after "We present Corvid")
        // mark a sentence as about the paper's work; other names keep their recognised mentions only.
        var original = mentions.ToHashSet();
        mentions = [.. PaperContext.WithAllOccurrences(sentences, mentions).Where(m => original.Contains(m) || m.Proposed)];
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
                if (ctx.Tools.Contains(name) || ctx.ProposedModels.Contains(name) && !ctx.ProposedModels.Any(p => p.Length >= 3 && name.Length > p.Length && name.StartsWith(p, StringComparison.Ordinal))) continue;
                // The resulting model: the paper's own model or method named in the sentence, nearest before the
                // backbone, else after it ("Building upon X, we develop Y"); none means an unnamed model.
                bool Own(EntityMention m) => m.Proposed && PaperContext.IsRunnable(m.Type) && PaperContext.NameOf(m) != name;
                var model = inSentence.LastOrDefault(m => m.Start < backbone.Start && Own(m)) ?? inSentence.FirstOrDefault(m => m.Start > backbone.Start && Own(m));
                // "Zeta (ZT), a representative method, integrates X into …": another system opens a sentence that does not
                // speak of the paper's work; X is that system's backbone.
                if (model is null && OthersSubject(s, lower, inSentence, backbone)) continue;
                // Else the paper's own model (its first proposed model, else method): the sentence speaks of it
                // ("we develop several models … built upon X"); with none the model stays unnamed.
                var subject = model is null ? ctx.SubjectModel : PaperContext.NameOf(model);
                // "PIIP-LLaVA": the paper's own model named after this backbone is the one built on it; so is an unknown
                // model so named ("we fine-tune X … X-Geo-7B achieves …"), unless it is only a size of X.
                subject = ctx.ProposedModels.Where(p => Extends(p, name)).OrderBy(p => p.Length).FirstOrDefault() ??
                    mentions.Where(m => m.Type == NodeLabel.Model && m.KnownAs is null && Extends(PaperContext.NameOf(m), name) &&
                                        Resolution.ModelNames.FamilyOf(PaperContext.NameOf(m)) != name)
                        .Select(PaperContext.NameOf).OrderBy(p => p.Length).FirstOrDefault() ?? subject;
                if (subject == name) subject = null;
                if (rule == "based-on.experiments" && ctx.ProposedModels.Any(p => mentions.Any(m => m.Type == NodeLabel.Model && PaperContext.NameOf(m) == p))) continue;
                facts.Add(new ExtractedFact
                {
                    Kind = FactKind.BasedOn, Subject = subject, Object = name,
                    SentenceIndex = s.Index, Rule = model is null && subject is not null ? rule + "+subject" : rule, Confidence = model is not null ? 0.7 : subject is null ? 0.6 : 0.55,
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
                if (Extends(pname, bname) && Resolution.ModelNames.FamilyOf(pname) != bname)
                    facts.Add(new ExtractedFact { Kind = FactKind.BasedOn, Subject = pname, Object = bname, SentenceIndex = p.SentenceIndex, Rule = "based-on.name", Confidence = 0.6 });
            }
        }
        return facts.DistinctBy(f => (f.Subject, f.Object));
    }

    /// <summary>"Zeta-LLaVA" or "LLaVA-Zeta" extends "LLaVA" (a separator after or before the shorter name).</summary>
    private static bool Extends(string longer, string shorter) =>
        shorter.Length >= 3 && longer.Length > shorter.Length + 1 &&
        ((longer.StartsWith(shorter, StringComparison.Ordinal) && longer[shorter.Length] is '-' or '_' or ' ') ||
         (longer.EndsWith(shorter, StringComparison.Ordinal) && longer[^(shorter.Length + 1)] is '-' or '_' or ' '));

    /// <summary>The sentence opens with a model or method the paper does not propose, names the backbone after it, and
    /// has no "we"/"our".</summary>
    private static bool OthersSubject(Sentence s, string lower, List<EntityMention> inSentence, EntityMention backbone) =>
        inSentence[0] != backbone && !inSentence[0].Proposed && PaperContext.IsRunnable(inSentence[0].Type) &&
        inSentence[0].Start - s.Start < 3 && !OwnWork(lower, inSentence);

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
            bool listed = listRule is not null && i > 0 && (IsListGap(s, inSentence[i - 1], m) || FurtherExamples(s, inSentence[i - 1], m));
            if (!listed) listRule = null;
            if (m.Type != NodeLabel.Model) { listRule = null; continue; }
            var (before, after) = Cues.Window(s, m, 90, 30);
            // A model in a tool's role ("the X teacher model", "generate QA pairs using X", "an X-based judge") is used,
            // not built on.
            if (ToolRoleAfter().IsMatch(after) || ToolUseBefore().IsMatch(before)) { listRule = null; continue; }
            // "Following X, we adopt …", "Inspired by X", "Unlike X": a model the paper takes an idea from or sets itself
            // apart from, not one it builds on.
            if (!listed && ReferenceBefore(before)) { listRule = null; continue; }
            // "covering both UNet- and MMDiT-based architectures": families of the models a method is tried on.
            if (before.EndsWith("- and ", StringComparison.Ordinal) || before.EndsWith("- or ", StringComparison.Ordinal)) { listRule = null; continue; }
            // "improves X accuracy by 4 points": X names where a score is measured, not a model built upon.
            if (m.KnownAs is null && (after.StartsWith(" accuracy", StringComparison.Ordinal) || after.StartsWith(" score", StringComparison.Ordinal) ||
                after.StartsWith(" leaderboard", StringComparison.Ordinal))) { listRule = null; continue; }
            if ((StartsWithAny(after, CuesAfter) || (after.StartsWith(')') && StartsWithAny(after[1..], CuesAfter)) ||
                 AsRole().IsMatch(Cues.Window(s, m, 0, 70).After)) && OwnWork(lower, inSentence) &&
                !OtherWork(before))
            {
                yield return (m, "based-on.suffix");
                continue;
            }
            if (listed) { yield return (m, listRule!); continue; }
            if (CueBefore(before) is { } rule) { listRule = rule; yield return (m, rule); }
            else if (EnhancesWith(before, after)) { listRule = "based-on.cue"; yield return (m, "based-on.cue"); }
            else if (IntegratesInto(Cues.Window(s, m, 200, 0).Before, after)) { listRule = "based-on.cue"; yield return (m, "based-on.cue"); }
            else if (AppliedInExperiments(before)) { listRule = "based-on.experiments"; yield return (m, "based-on.experiments"); }
            else if (OpensOwnMethodSentence(before, after, lower)) { listRule = "based-on.applied"; yield return (m, "based-on.applied"); }
            else if (TrainedOnOwnData(after, inSentence, i)) { listRule = null; yield return (m, "based-on.trained-on-own"); }
            else if ((m.KnownAs is not null || (!SpelledOut().IsMatch(m.Surface) && !before.EndsWith('('))) && !ResultAfter().IsMatch(after) &&
                     !Designed().IsMatch(before) && !Goal().IsMatch(before) && !ListedWithData(s, m, inSentence) &&
                     OwnAdaptation(lower, before, inSentence.Any(o => o.Proposed && o.Start < m.Start))) { listRule = null; yield return (m, "based-on.own-sentence"); }
        }
    }

    private static readonly string[] EnhanceVerbs =
    [
        "enhance ", "enhances ", "enhancing ", "augment ", "augments ", "augmenting ", "empower ", "empowers ", "empowering ",
        "extend ", "upgrade ", "upgrades ", "upgrading ",
    ];

    /// <summary>"we enhance/augment/empower (the) X with …": X is what the paper builds on.</summary>
    private static bool EnhancesWith(string before, string after)
    {
        if (!after.StartsWith(" with ", StringComparison.Ordinal) && !after.StartsWith(" by ", StringComparison.Ordinal)) return false;
        var b = before;
        foreach (var article in new[] { "the ", "a ", "an ", "existing ", "pretrained ", "pre-trained " })
            if (b.EndsWith(article, StringComparison.Ordinal)) b = b[..^article.Length];
        foreach (var v in EnhanceVerbs)
            if (b.EndsWith(v, StringComparison.Ordinal) && (b.Length == v.Length || !char.IsLetter(b[^(v.Length + 1)]))) return true;
        return false;
    }

    /// <summary>"integrating … into the X framework/model/architecture": X is what the paper builds on.</summary>
    private static bool IntegratesInto(string before, string after)
    {
        if (!before.EndsWith(" into the ", StringComparison.Ordinal) && !before.EndsWith(" into ", StringComparison.Ordinal)) return false;
        int at = before.LastIndexOf("integrat", StringComparison.Ordinal);
        return at >= 0 && !before[at..].Contains(". ", StringComparison.Ordinal) &&
            (after.StartsWith(" framework", StringComparison.Ordinal) || after.StartsWith(" model", StringComparison.Ordinal) ||
             after.StartsWith(" architecture", StringComparison.Ordinal) || after.StartsWith(" pipeline", StringComparison.Ordinal) ||
             before.Length - at < 80);
    }

    /// <summary>"On/For/With X (and Y), our method reduces …": the sentence opens with the models the paper's method
    /// is applied to.</summary>
    private static bool OpensOwnMethodSentence(string before, string after, string lower) =>
        before is "on " or "for " or "with " or "when applied to " or "applied to " &&
        (after.StartsWith(',') || after.StartsWith(" and ", StringComparison.Ordinal) || after.StartsWith(" (", StringComparison.Ordinal)) &&
        OwnMethod().IsMatch(lower);

    [GeneratedRegex(@"\bour\s+(?:\w+\s+)?(?:method|approach|framework|technique|strategy|module|algorithm)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnMethod();

    /// <summary>"X achieves/reaches/outperforms …": X is reported on, not built on.</summary>
    [GeneratedRegex(@"^\)?,?\s+(?:also\s+|further\s+|even\s+)?(?:achieves?|reach(?:es)?|attains?|obtains?|scores?|outperforms?|surpass(?:es)?|sets?|yields?|shows?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ResultAfter();

    /// <summary>"X teacher model", "X-based judge/objective/agent", "X as the judge", "the X simulator": the model plays a
    /// tool's role.</summary>
    [GeneratedRegex(@"^(?:-based|-guided|-generated)?\s+(?:[\w-]+\s+)?(?:teacher|judge|evaluator|annotator|critic|verifier|labell?er|grader|objective|loss|annotations?|filter(?:ing)?|simulator|environment|engine|platform)\b|^\s+as\s+(?:the\s+|an?\s+)?(?:teacher|judge|evaluator|annotator|critic|verifier|grader)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ToolRoleAfter();

    /// <summary>"generating QA pairs using X", "annotated by X", "prompting X": data made or judged with the model.</summary>
    [GeneratedRegex(@"\b(?:generat|annotat|synthesi[sz]|label|judg|rewrit|filter|caption|translat|distill|prompt|quer|scor|rat)\w*\s+(?:[\w-]+\s+){0,4}?(?:using|with|by|via|from)\s+(?:the\s+|a\s+)?$|\b(?:prompting|querying|asking)\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ToolUseBefore();

    /// <summary>"… and design a lightweight X": X is made by the paper, not built upon.</summary>
    [GeneratedRegex(@"\b(?:design|develop|propose|introduce|present|construct|devise)(?:s|d|ed)?\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Designed();

    /// <summary>"… the next generation of LVLMs toward X": what the work aims at.</summary>
    [GeneratedRegex(@"\btowards?\s+(?:the\s+|an?\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Goal();

    /// <summary>The mention sits in a bracketed list with a benchmark or dataset ("recognition (ImageNet, X, Y)"): a list of
    /// evaluation data, whatever type X was given.</summary>
    private static bool ListedWithData(Sentence s, EntityMention m, List<EntityMention> inSentence)
    {
        int rel = m.Start - s.Start;
        int open = s.Text.LastIndexOf('(', rel), close = s.Text.IndexOf(')', rel);
        if (open < 0 || close < 0 || s.Text.IndexOf(')', open) < rel) return false;
        return inSentence.Exists(o => o != m && PaperContext.IsTarget(o.Type) && o.Start - s.Start > open && o.Start - s.Start < close);
    }

    /// <summary>"improves accuracy and surpasses X": X is compared with, not built on.</summary>
    [GeneratedRegex(@"outperform|surpass|\bthan\b|versus|\bvs\b|\bbeat|exceed|rival|compar", RegexOptions.CultureInvariant)]
    private static partial Regex Outdoes();

    /// <summary>Letters capitalised to spell an acronym ("In-conteXt", "UNiversal Image-TExt", "Learning tO"): a piece of
    /// a full name, not a model.</summary>
    [GeneratedRegex(@"(?:^|[\s-])(?:[a-z]+[A-Z](?:[a-z]|$|[\s-])|[A-Z]{2}[a-z]{2,}(?:$|[\s-]))", RegexOptions.CultureInvariant)]
    private static partial Regex SpelledOut();

    /// <summary>A sentence about the paper's own work that adapts, trains or builds on a model: "we fine-tune our
    /// policy from X", "our method, applied to X, …". Comparisons, results and prompting of a model are not.</summary>
    private static bool OwnAdaptation(string lower, string before, bool ownNamedBefore) =>
        (ownNamedBefore || lower.StartsWith("we ", StringComparison.Ordinal) || lower.Contains(" we ", StringComparison.Ordinal) || lower.Contains("our ", StringComparison.Ordinal)) &&
        AdaptVerb().IsMatch(lower) && !lower.Contains("prompt", StringComparison.Ordinal) && !Comparison().IsMatch(before);

    [GeneratedRegex(@"\b(?:train|fine-?tun|tun(?:e|ed|ing)\b|adapt|initiali[sz]|built|build|backbone|encoder|integrat|equip|appl(?:y|ied|ies|ying)|plug|insert|improv|enhanc|boost|coupl|connect|adopt|employ)", RegexOptions.CultureInvariant)]
    private static partial Regex AdaptVerb();

    /// <summary>Words before a model that make it a compared model, an example, a result or another's system (for
    /// <see cref="OwnAdaptation"/>).</summary>
    [GeneratedRegex(@"outperform|surpass|\bthan\b|compar|versus|\bvs\b|beat|exceed|rival|such as|including|e\.g\.|\blike\b|baseline|state-of-the-art|sota|proprietary|closed-source|leading|strong|advanced|powerful|\bover\b|match|gains?\b|%|\b(?:by|for) $|evaluation of|assess|series|i\.e\.", RegexOptions.CultureInvariant)]
    private static partial Regex Comparison();

    private static readonly string[] TrainedOnCues =
        [" fine-tuned on ", " finetuned on ", " trained on ", " fine-tuned with ", " trained with ", " tuned on ", " fine-tuned using "];

    /// <summary>"X fine-tuned/trained on [our] NEWDATA": the paper's proposed data trains model X.</summary>
    private static bool TrainedOnOwnData(string after, List<EntityMention> inSentence, int i)
    {
        var a = after.StartsWith(')') ? after[1..] : after;
        foreach (var cue in TrainedOnCues)
        {
            if (!a.StartsWith(cue, StringComparison.Ordinal)) continue;
            // The next mention is the paper's own data, named within a few words of the cue.
            var next = i + 1 < inSentence.Count ? inSentence[i + 1] : null;
            return next is { Proposed: true, Type: NodeLabel.Dataset or NodeLabel.Benchmark } &&
                next.Start - (inSentence[i].Start + inSentence[i].Length) <= cue.Length + 20;
        }
        return false;
    }

    /// <summary>"experiments on/with X" naming a model: the paper's method is applied to X (kept only in papers that
    /// propose no model of their own, see <see cref="Extract"/>).</summary>
    private static bool AppliedInExperiments(string before) =>
        before.EndsWith("experiments on ", StringComparison.Ordinal) || before.EndsWith("experiments with ", StringComparison.Ordinal) ||
        before.EndsWith("experiments on the ", StringComparison.Ordinal) || ExperimentsOnModels().IsMatch(before);

    /// <summary>"experiments on/across several MLLMs (e.g., X": models named as examples of the models experimented on.</summary>
    [GeneratedRegex(@"experiments\s+(?:on|with|across)\s+[\w\s-]{0,40}?(?:models|mllms|llms|lmms|vlms|backbones|architectures)\s*(?:\(|,)?\s*(?:e\.g\.,?|i\.e\.,?|including|such as|like)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex ExperimentsOnModels();

    /// <summary>"various/existing/prior X-based models": other people's systems, not the paper's backbone.</summary>
    private static readonly string[] ReferenceCues =
    [
        "following ", "inspired by ", "similar to ", "as in ", "unlike ", "in contrast to ", "motivated by ",
        // "it improves over X", "improves upon X": a comparison, not what the model is built on.
        "improves over ", "improves upon ", "improving over ", "improving upon ", "improved over ", "improved upon ",
        "improvement over ", "improvements over ", "gains over ",
    ];

    private static bool ReferenceBefore(string before)
    {
        foreach (var c in ReferenceCues)
            if (before.EndsWith(c, StringComparison.Ordinal) && (before.Length == c.Length || !char.IsLetter(before[^(c.Length + 1)]))) return true;
        return false;
    }

    private static bool OtherWork(string before) =>
        before.EndsWith("various ", StringComparison.Ordinal) || before.EndsWith("existing ", StringComparison.Ordinal) ||
        before.EndsWith("other ", StringComparison.Ordinal) || before.EndsWith("prior ", StringComparison.Ordinal) ||
        before.EndsWith("previous ", StringComparison.Ordinal) || before.EndsWith("many ", StringComparison.Ordinal) ||
        before.EndsWith("several ", StringComparison.Ordinal) || before.EndsWith("popular ", StringComparison.Ordinal) ||
        before.EndsWith("current ", StringComparison.Ordinal) || before.EndsWith("for ", StringComparison.Ordinal);

    /// <summary>The sentence is about the paper's own work ("X-based" elsewhere describes other systems).</summary>
    private static bool OwnWork(string lower, List<EntityMention> inSentence) =>
        inSentence.Any(m => m.Proposed) || lower.Contains("our ", StringComparison.Ordinal) || lower.StartsWith("we ", StringComparison.Ordinal) ||
        lower.Contains(" we ", StringComparison.Ordinal);

    /// <summary>"built upon … models (i.e., X and Y) and generation models (i.e., Z)": a further bracketed example of the
    /// same list, with no clause break between.</summary>
    private static bool FurtherExamples(Sentence s, EntityMention a, EntityMention b)
    {
        int from = a.Start + a.Length - s.Start, to = b.Start - s.Start;
        if (from < 0 || to > s.Text.Length || to < from || to - from > 90) return false;
        var gap = s.Text.AsSpan(from, to - from);
        if (gap.Length < 13 || !gap.StartsWith(") and ", StringComparison.Ordinal) ||
            !(gap.EndsWith("(i.e., ", StringComparison.Ordinal) || gap.EndsWith("(e.g., ", StringComparison.Ordinal))) return false;
        // Only the words of the next group's noun phrase between: "unified understanding and generation models".
        return gap[6..^7].IndexOfAny(";.,()") < 0;
    }

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
            if (between.Contains("), ", StringComparison.Ordinal) || (c[0] == '-' && between.Length > 0)) continue;
            bool enumerates = between.Contains("including", StringComparison.Ordinal) || between.Contains("such as", StringComparison.Ordinal) ||
                between.Contains("i.e.", StringComparison.Ordinal) || between.Contains("e.g.", StringComparison.Ordinal);
            if (between.Length <= (enumerates ? 90 : 45) && !between.Contains(". ", StringComparison.Ordinal) && !between.Contains(';') &&
                !between.Contains(" on ", StringComparison.Ordinal) && !between.Contains(" with ", StringComparison.Ordinal) &&
                !between.Contains(" and evaluat", StringComparison.Ordinal) && !between.Contains(" by ", StringComparison.Ordinal) &&
                !between.Contains(" to ", StringComparison.Ordinal) && !between.Contains(" that ", StringComparison.Ordinal) &&
                !between.Contains(" which ", StringComparison.Ordinal) && !Outdoes().IsMatch(between))
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
