using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using PaperGraph.Graph;
using PaperGraph.Ingest;
using PaperGraph.Resolution;

namespace PaperGraph.Extraction.Entities;

/// <summary>
/// Finds the entity mentions of a paper and which of them the paper proposes, by combining:
/// the knowledge base (longest exact-alias match over tokens, first-token prefilter), sized variants of known
/// models ("Qwen2.5-VL-7B"), the shape of unknown names (inner capitals, letters with digits), definitions
/// ("Full Name (FN)", "FN (Full Name)"), the title ("Name: subtitle"), proposal patterns ("we introduce X",
/// "called X", "our X", "X, a new …") and the words around a mention for its type ("the X benchmark",
/// "X, a … framework"). Every mention carries the rule that found it and a confidence. Pure and thread-safe.
/// </summary>
public sealed partial class EntityRecognizer : IEntityRecognizer
{
    private readonly KnowledgeBase _kb;
    private readonly FrozenDictionary<string, int> _firstTokenKeys;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _firstTokenLookup;

    private readonly EntityTyper? _typer;

    public EntityRecognizer() : this(KnowledgeBase.Default, EntityTyper.Default) { }

    public EntityRecognizer(KnowledgeBase kb) : this(kb, null) { }

    /// <summary>A recogniser that types unknown names with <paramref name="typer"/> (null: by the rule votes alone).</summary>
    public EntityRecognizer(KnowledgeBase kb, EntityTyper? typer)
    {
        _kb = kb ?? throw new ArgumentNullException(nameof(kb));
        _typer = typer;
        // First token of every form → the most tokens a form starting with it has (bounds the span search).
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var form in kb.AllForms)
        {
            var toks = NameTokenizer.Tokenize(form);
            if (toks.Count == 0) continue;
            var key = NameKey.Of(form[toks[0].Start..toks[0].End]);
            first[key] = Math.Max(first.GetValueOrDefault(key), Math.Min(toks.Count, 8));
        }
        _firstTokenKeys = first.ToFrozenDictionary(StringComparer.Ordinal);
        _firstTokenLookup = _firstTokenKeys.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z0-9][\w\-.+^']{0,40}(?:\s[\w\-.+^']{1,20}){0,2}?)\s?:(?:\s+|(?=[A-Z]))(?<sub>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleName();

    [GeneratedRegex(@"\b(?:[Ww]e|[Tt]his\s+(?:paper|work|study|article|project|report|letter|thesis|technical\s+report)|[Tt]he\s+(?:paper|work))\s+(?:ha(?:ve|s)\s+)?(?:\w+ly\s+|first\s+|also\s+|further\s+|then\s+|thus\s+|therefore\s+|hence\s+|here\s+)?(?:introduce|propose|present|develop|release|build|construct|curate|design|create|contribute|establish|offer|devise|formulate|collect|open-source|introduces|proposes|presents|develops|releases|builds|constructs|curates|designs|creates|contributes|establishes|offers|devises|formulates|collects|open-sources|introduced|proposed|presented|developed|released|built|constructed|curated|designed|created|devised|formulated|collected|open-sourced|unveil|unveils|unveiled|put\s+forward|puts\s+forward)\b|\b(?:by|through|via)\s+(?:introducing|proposing|presenting|curating|constructing|building|developing|releasing|designing)\b(?<=\b(?:[Ww]e|[Oo]ur|[Tt]his\s+(?:paper|work|study|project))\b[^.;]{0,250})|\b(?:[Ww]e|[Tt]his\s+(?:paper|work))\s+(?:\w+\s+){0,2}?(?:introducing|proposing|presenting)\b|^(?:Introducing|Presenting)\b|\bnewly\s+(?:introduced|proposed|designed|developed|constructed|curated|built|collected|created)\b|\sand\s+(?:then\s+|further\s+|also\s+)?(?:introduce|propose|present|develop|design|construct|build|release|curate|create|produce)\b(?<=\b[Ww]e\s[^.;]{0,200})|\b[Ww]e\s+(?:\w+ly\s+)?(?:tackle|address|solve|overcome|mitigate|alleviate|remedy)\s+(?:this|these|that|them|it|the\s+(?:above\s+|aforementioned\s+)?(?:issues?|problems?|challenges?|limitations?|gaps?))\s+(?:issues?\s+|problems?\s+|challenges?\s+|limitations?\s+|gaps?\s+)?(?:with|via|through)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ProposalTrigger();

    [GeneratedRegex(@"\b(?:benchmark|dataset|set|corpus|framework|method|model|architecture|approach|metric|pipeline|module|strategy|tokenizer|baseline|system|suite|agent|algorithm)s?(?<for>\s+(?:for|of|on)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4})?,\s+(?<n>[\w][\w\-+.]*[\w+]),", RegexOptions.CultureInvariant)]
    private static partial Regex NounCommaName();

    [GeneratedRegex(@"(?:\(\s?(?:\d|i{1,3}|iv|v)\s?\)|(?<![\w(])\d\))\s+(?<p>[A-Z][\w\-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w\-]*)+)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedPhrase();

    [GeneratedRegex(@"\b(?:metrics|components|modules|strategies|techniques|methods|losses|objectives|mechanisms|designs|innovations|stages|scheme|models|variants|datasets|benchmarks)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ListOfOwnParts();

    [GeneratedRegex(@"\b(?:an?|the|its|their)\s+(?<m>(?:[A-Za-z][\w\-]*\s+)?[A-Za-z][\w\-]*\s+(?:rate|score))\s+of\s+\d", RegexOptions.CultureInvariant)]
    private static partial Regex MetricOfNumber();

    [GeneratedRegex(@"(?:(?<![\w\-.])\d[\d.]*\s?%?\s+|\b(?:gain|gains|improvement|improvements|drop|increase|decrease)\s+in\s+)(?<m>(?:[a-z][a-z\-]+\s+){1,3}(?:accuracy|rate|score))\b", RegexOptions.CultureInvariant)]
    private static partial Regex QualifiedAccuracy();

    [GeneratedRegex(@"\b(?:improv|reduc|increas|rais|lower|boost|decreas|enhanc)\w*\s+(?:the\s+|its\s+|their\s+)?(?:(?:[\w\-]+\s+){0,2}[\w\-]+'s\s+)?(?<m>(?:[a-z][a-z\-]+\s+){1,2}(?:accuracy|rate|score))\b", RegexOptions.CultureInvariant)]
    private static partial Regex ChangedMeasure();

    [GeneratedRegex(@"\b(?:the|its|their)\s+(?<m>(?:[a-z][a-z\-]+\s+){1,2}(?:accuracy|rate|score))\s+(?:of|on)\s+(?:the\s+)?[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex MeasureOfName();

    [GeneratedRegex(@"\b(?:on|across|of|the|both|including)\s+(?<l>[A-Z][\w\-]+(?:,\s+[A-Z][\w\-]+)*,?\s+(?:and|or)\s+[A-Z][\w\-]+)\s+(?<h>benchmarks|datasets)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ListBeforePluralHead();

    [GeneratedRegex(@"(?<![\w\-.])(?<n>[A-Z][\w\-.]*\w)\s+(?:[Tt]est-?mini|[Tt]est-(?:dev|std)|(?:test|validation|val|dev|evaluation)\s+(?:set|split|subset)s?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NameBeforeTestSplit();

    [GeneratedRegex(@"[A-Z][\w\-]+", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedWord();

    /// <summary>"outperforms Valley by", "surpasses Kestrel on": one plain capitalised word after a comparison verb.</summary>
    [GeneratedRegex(@"\b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?)\s+(?<n>[A-Z][a-z]{2,})(?=\s+(?:by|on|in|across)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex BeatenName();

    /// <summary>"50% full-chain success", "14.0% success)": a percentage then (one qualifier and) "success", not "success rate".</summary>
    [GeneratedRegex(@"(?<![\w.])\d[\d.]*\s?%\s+(?<m>(?:[a-z][a-z\-]+\s+)?success)\b(?!\s+(?:rate|ratio|of))", RegexOptions.CultureInvariant)]
    private static partial Regex PercentSuccess();

    /// <summary>"/+/g", "/600/700": one to three short slash-separated variants right after a name.</summary>
    [GeneratedRegex(@"\G(?:/[+\w]{1,3}){1,3}(?![\w/])", RegexOptions.CultureInvariant)]
    private static partial Regex SlashVariants();

    [GeneratedRegex(@"\b(?<n>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){1,4})\s+(?<h>benchmark|dataset|corpus)s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex TitleCaseBeforeHead();

    [GeneratedRegex(@"\b(?:methods|strategies|techniques|approaches|paradigms)\s+(?:such\s+as|like|including)\s+(?<m>[a-z][a-z\-]+(?:\s+[a-z][a-z\-]+){0,2}\s+(?:prompting|tuning|distillation|decoding|optimization|alignment))\b", RegexOptions.CultureInvariant)]
    private static partial Regex ExampleMethod();

    /// <summary>"we employ", "we then adopt": the paper's own verb of use.</summary>
    [GeneratedRegex(@"\b[Ww]e\s+(?:also\s+|further\s+|then\s+|additionally\s+|first\s+)?(?:employ|adopt|utili[sz]e|leverage|apply|incorporate)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnUseVerb();

    [GeneratedRegex(@"\b(?:is|are)\s+(?:also\s+|further\s+|then\s+)?(?:proposed|introduced|presented|developed|constructed|released|curated|built|designed|devised|created)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PassiveProposal();

    /// <summary>"tasks" of an evaluation; training tasks ("pre-training tasks", "pretext tasks") are objectives, i.e. methods.</summary>
    [GeneratedRegex(@"(?<!(?:pre-?training|training|pretext|auxiliary|proxy|surrogate)\s)\b(?:sub)?tasks?\b", RegexOptions.CultureInvariant)]
    private static partial Regex TasksWord();

    /// <summary>"…, a base MLLM model, Kakapo, " right before a passive proposal verb.</summary>
    [GeneratedRegex(@"\b(?<h>[A-Za-z]+),\s+(?<n>[A-Z][\w\-+.]*[\w+]),\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex PassiveSetOffName();

    [GeneratedRegex(@"\b(?:[Tt]rain(?:ed|ing)?|(?:pre|post)-?train\w*|[Ff]ine-?tun\w*|finetun\w*|[Pp]retrain\w*|learned|collected|sourced|curated|distill\w*|corpus|synthesi[sz]ed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TrainingCue();

    [GeneratedRegex(@"\b(?:evaluat\w*|achiev\w*|outperform\w*|surpass\w*|results?|benchmarks?|state-of-the-art|SOTA|accuracy|AP|mIoU|improv\w*|zero-shot|experiments?|performance|test(?:ed|ing)?|scores?|retrieval|classification|detection|segmentation)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EvaluationCue();

    /// <summary>Words before "accuracy"/"rate" that judge it or name no measure ("higher accuracy", "learning rate").</summary>
    private static readonly FrozenSet<string> NotAccuracyQualifiers = new[]
    {
        "higher", "better", "lower", "improved", "strong", "stronger", "superior", "competitive", "comparable", "high", "low",
        "good", "best", "remarkable", "significant", "substantial", "impressive", "the", "a", "an", "its", "their", "our",
        "zero-shot", "few-shot", "one-shot", "top", "state-of-the-art", "similar", "leading", "greater", "overall", "absolute",
        "relative", "more", "less", "in", "on", "of", "and", "with", "by", "at", "test", "validation", "learning", "sampling",
        "frame", "bit", "refresh", "evaluation", "dropout", "growth", "compression", "annual", "per", "to", "for", "times",
    }.ToFrozenSet(StringComparer.Ordinal);
    /// <summary>The paper's own thing opening the sentence (after an optional short clause) followed by a proposal verb:
    /// "It further introduces …", "Our benchmark also proposes …", "X introduces …" (X checked to be proposed earlier).</summary>
    [GeneratedRegex(@"^(?:[^,]{0,40},\s*)?(?<s>(?:Our|This|The)\s+(?:benchmark|dataset|framework|method|approach|model|work|study|system|paper)|[A-Z][\w+.\-]*)\s+(?:also\s+|further\s+|additionally\s+)?(?:introduces|proposes|presents|features|devises|designs|develops|contributes)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnSubjectTrigger();

    /// <summary>The end of the text between two proposed names: "…, and (a strong baseline model,)".</summary>
    [GeneratedRegex(@"\band(?:\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){0,3}?[\w-]+,?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AndThenName();

    private static readonly FrozenSet<string> DerivationSuffixes = new[]
    {
        "-based", "-like", "-style", "-only", "-specific", "-level", "-driven", "-powered", "-centric", "-generated",
        "-aware", "-guided", "-derived", "-series", "-family", "-scale", "-sized", "-size", "-class", "-type",
        "-backed", "-trained", "-enhanced", "-augmented", "-empowered", "-free", "-tuned", "-finetuned", "-fine-tuned",
        "-annotated", "-labeled", "-judged", "-as-a-judge", "-assisted", "-distilled", "-initialized", "-inspired",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> VariantWords = new[]
    {
        "Instruct", "Chat", "Base", "Preview", "Thinking", "Pro", "Flash", "Mini", "mini", "Turbo", "Ultra", "Plus", "Max",
        "Large", "Small", "Tiny", "Medium", "Lite", "Nano", "Omni", "Vision", "Sonnet", "Opus", "Haiku",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SkipBeforeName = new[]
    {
        "a", "an", "the", "new", "novel", "simple", "effective", "efficient", "general", "unified", "first", "large-scale",
        "comprehensive", "challenging", "versatile", "powerful", "lightweight", "scalable", "systematic", "holistic",
        "generalist", "open-source", "fully", "open", "multimodal", "multi-modal", "training-free", "plug-and-play",
        "two-stage", "high-quality", "diagnostic", "robust", "innovative", "dedicated", "carefully", "curated", "designed",
        "our", "and", "elaborate", "straightforward", "principled", "end-to-end", "holistic", "rigorous", "interactive",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> TitleStopWords = new[]
    {
        "a", "an", "the", "for", "in", "of", "on", "to", "with", "is", "are", "can", "do", "does", "how", "what", "why",
        "when", "towards", "toward", "beyond", "from", "and", "or", "not", "be", "you", "your", "we", "our", "all",
        "at", "by", "as", "vs", "via", "through", "into", "need", "it", "its", "more", "less", "than", "seeing", "learning",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that look like names by shape but are not entities (units, ids, common acronyms).</summary>
    private static readonly FrozenSet<string> ShapeStopWords = new[]
    {
        "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "US", "USA", "UK", "EU", "ID", "IDs", "OOD", "IID", "CoRR",
        "PhD", "MSc", "BSc", "LaTeX", "TeX", "COVID-19", "COVID", "SARS-CoV-2", "GitHub", "YouTube", "TikTok", "iPhone",
        "macOS", "iOS", "PyTorch", "TensorFlow", "JAX", "CUDA", "FLOPs", "GFLOPs", "TFLOPs", "FPS", "KV", "FFN", "MHA",
        "UI", "UIs", "UX", "VR", "AR", "XR", "UAV", "UAVs", "CT", "MRI", "X-ray", "X-rays", "DNA", "RNA", "Q&A", "QAs",
        "I/O", "GPT-based", "PDFs", "ROI", "RoI", "ROIs", "SoC", "OpenReview", "WeChat", "LLaMA-based", "AUTOMATIC",
        "KB", "MB", "GB", "TB", "Hz", "kHz", "dB", "mAh", "CO2", "H100", "A100", "V100", "RTX", "NPU", "NPUs", "TPUv4",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A candidate mention while a paper is being read.</summary>
    private sealed class Cand
    {
        public required string Surface;
        public required int Start;          // offset in the paper text
        public required int SentenceIndex;
        public KbEntry? Known;
        public NodeLabel? Type;             // fixed type (knowledge base, or a definition's head)
        public string? AliasOf;             // the long form this short form stands for
        public bool Proposed;
        public required string Rule;
        public required double Confidence;
        public string Key = "";             // group key, set when grouping
    }

    public IReadOnlyList<EntityMention> Recognize(Paper paper, ImmutableArray<Sentence> sentences) => Recognize(paper, sentences, null);

    /// <summary>The typer's training examples of a paper: each unknown name typed by the rule votes, with its
    /// surface forms and features (<see cref="TyperTraining"/> labels them from the gold annotations).</summary>
    internal List<(string Name, List<string> Surfaces, List<TyperFeature> Features)> TyperExamples(Paper paper, ImmutableArray<Sentence> sentences)
    {
        var sink = new List<(string, List<string>, List<TyperFeature>)>();
        Recognize(paper, sentences, sink);
        return sink;
    }

    private IReadOnlyList<EntityMention> Recognize(Paper paper, ImmutableArray<Sentence> sentences, List<(string Name, List<string> Surfaces, List<TyperFeature> Features)>? sink)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var cands = new List<Cand>(64);
        var votes = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var shortForms = new Dictionary<string, Cand>(StringComparer.Ordinal);   // short form → its long-form mention
        var notEntities = new HashSet<string>(StringComparer.Ordinal);          // short forms of tasks ("HOI")
        var tokenized = new List<NameToken>[sentences.Length];
        var covered = new List<(int Start, int End)>[sentences.Length];

        // 1. Definitions "Long Form (LF)" / "LF (Long Form)" across the paper, so that later short forms resolve.
        for (int si = 0; si < sentences.Length; si++)
        {
            var s = sentences[si];
            tokenized[si] = NameTokenizer.Tokenize(s.Text);
            covered[si] = [];
            CoverUrls(s.Text, covered[si]);
            FindDefinitions(s, tokenized[si], cands, shortForms, notEntities, covered[si]);
            if (s.Text.Contains(", ", StringComparison.Ordinal)) FindCommaDefinitions(s, tokenized[si], cands, shortForms, notEntities, covered[si]);
        }

        // 2. Title "Name: subtitle".
        string? titleName = null;
        NodeLabel? titleType = null;
        bool clauseSubtitle = false;
        if (paper.Info.Title is { } title && sentences.Length > 0 && TitleName().Match(title) is { Success: true } tm)
        {
            var g = tm.Groups["name"];
            var name = g.Value.Trim();
            // "Forgotten Polygons: …": a phrase of ordinary capitalised words is a name only if the abstract uses it.
            if (IsTitleName(name) && (!IsPlainWords(name) || UsedAfterTitle(sentences, name)))
            {
                titleName = name;
                titleType = TypeFromSubtitle(tm.Groups["sub"].Value);
                clauseSubtitle = SubtitleIsClause(tm.Groups["sub"].Value);
            }
        }

        // 3. Token scan: knowledge base, variants of known models, name shapes.
        for (int si = 0; si < sentences.Length; si++)
            ScanTokens(sentences[si], tokenized[si], covered[si], cands, shortForms, notEntities, titleName, si == 0 && paper.Info.Title is not null);
        OddlyCasedWords(cands, sentences);
        ClassPlusOrdinaryWord(cands, sentences);
        if (paper.Info.Title is not null) { TitleCasedKnownPhrases(cands); FieldAcronymsOfTitle(cands, paper.Info.Title); }

        // Title name as a mention of its own when the scan did not produce it (multi-word names).
        if (titleName is not null)
        {
            var key = NameKey.Of(titleName);
            Cand? hit = null;
            foreach (var c in cands) if (c.SentenceIndex == 0 && NameKey.Of(c.Surface) == key) { hit = c; break; }
            if (hit is null)
            {
                hit = new Cand { Surface = titleName, Start = sentences[0].Start + paper.Info.Title!.IndexOf(titleName, StringComparison.Ordinal), SentenceIndex = 0, Rule = "entity.title-name", Confidence = 0.7 };
                cands.Add(hit);
            }
            // "Zorb v0.1: …" when the abstract only writes "Zorb": the versioned title name is another form of it.
            int lastSpace = titleName.LastIndexOf(' ');
            if (hit.Known is null && lastSpace > 0 && NameShape.IsVersion(titleName.AsSpan(lastSpace + 1)) && UsedAfterTitle(sentences, titleName[..lastSpace])
                && !UsedAfterTitle(sentences, titleName))
            {
                hit.AliasOf = titleName[..lastSpace];
                key = NameKey.Of(hit.AliasOf);
            }
            // A known model named in the title ("GPT-4o: Visual perception …") is studied, not proposed.
            hit.Proposed = hit.Known is null || hit.Known.Type is NodeLabel.Benchmark or NodeLabel.Dataset;
            // "Zorb: Empowering Multimodal LLMs with …", "Zorb: Let MLLMs See": a subtitle that is a clause names what the
            // title name acts on, so its head noun says little about the name (the abstract's own words decide).
            if (hit.Known is null && hit.Type is null) Vote(votes, key, titleType ?? NodeLabel.Method, titleType is null ? 1f : clauseSubtitle ? 1.5f : 4f);
            // "Merlin: …" then "an MLLM named Merlin": where the abstract names a title name that has no name shape,
            // the noun before the naming word types it.
            if (hit.Known is null && !titleName.Contains(' ') && !cands.Exists(c => c.SentenceIndex > 0 && NameKey.Of(c.AliasOf ?? c.Surface) == key))
                for (int si = 1; si < sentences.Length; si++)
                {
                    var stext = sentences[si].Text;
                    for (int at = stext.IndexOf(titleName, StringComparison.Ordinal); at >= 0; at = stext.IndexOf(titleName, at + titleName.Length, StringComparison.Ordinal))
                        if ((at == 0 || !char.IsLetterOrDigit(stext[at - 1])) && (at + titleName.Length == stext.Length || !char.IsLetterOrDigit(stext[at + titleName.Length]))
                            && !Covered(covered[si], at, at + titleName.Length) && PrevWords(stext, at, 1) is ["named" or "called" or "dubbed" or "termed" or "coined"])
                            cands.Add(new Cand { Surface = titleName, Start = sentences[si].Start + at, SentenceIndex = si, Rule = "entity.title-name", Confidence = 0.6 });
                }
        }

        // "a QA score of 47.6", "an attack success rate of 3%": a named measure tied to a number is a metric.
        for (int si = 0; si < sentences.Length; si++)
        {
            var stext = sentences[si].Text;
            if (!stext.Contains("rate", StringComparison.Ordinal) && !stext.Contains("score", StringComparison.Ordinal)) continue;
            foreach (Match mm in MetricOfNumber().Matches(stext))
            {
                var g = mm.Groups["m"];
                if (Covered(covered[si], g.Index, g.Index + g.Length)) continue;
                // "a strong FID score of 0.63": a judging word is no part of the measure's name.
                int space = g.Value.IndexOf(' ');
                var (mStart, mText) = NotAccuracyQualifiers.Contains(g.Value[..space]) ? (g.Index + space + 1, g.Value[(space + 1)..]) : (g.Index, g.Value);
                var known = _kb.Find(mText);
                // "an FID score of 2.6", "an average CIDEr score of 120": the known measure before "score".
                if (known is null && mText.EndsWith(" score", StringComparison.Ordinal) && mText.LastIndexOf(' ') is int last and > 0)
                {
                    // "a GenEval score of 0.55": the score on a known benchmark names the benchmark, not a measure.
                    if (_kb.Find(mText[..last]) is { IsGeneric: false, Type: not NodeLabel.Metric }) continue;
                    int from = mText.LastIndexOf(' ', last - 1) + 1;
                    for (int w = 0; w <= from; w = mText.IndexOf(' ', w) + 1)
                        if (_kb.Find(mText[w..last]) is { Type: NodeLabel.Metric } measure) { (known, mStart, mText) = (measure, mStart + w, mText[w..last]); break; }
                }
                if (known is { IsGeneric: true }) continue;
                cands.Add(new Cand { Surface = mText, Start = sentences[si].Start + mStart, SentenceIndex = si, Known = known, Type = NodeLabel.Metric, Rule = "entity.metric-of-number", Confidence = 0.7 });
            }
        }

        // "43.8% average consistent accuracy", "a 43.9 recall rate", "a gain in final answer accuracy", "improves the
        // safety rate … by 45%": a qualified accuracy, rate or score tied to a number or a gain names the measure.
        for (int si = 0; si < sentences.Length; si++)
        {
            var stext = sentences[si].Text;
            if (!stext.Contains(" accuracy", StringComparison.Ordinal) && !stext.Contains(" rate", StringComparison.Ordinal) && !stext.Contains(" score", StringComparison.Ordinal)) continue;
            var changed = stext.AsSpan().IndexOfAnyInRange('0', '9') >= 0 ? ChangedMeasure().Matches(stext).Concat(MeasureOfName().Matches(stext)) : null;
            foreach (Match mm in changed is null ? QualifiedAccuracy().Matches(stext) : QualifiedAccuracy().Matches(stext).Concat(changed))
            {
                var g = mm.Groups["m"];
                // "a 3.6% improvement in reasoning score": the measure follows the change word.
                int inAt = g.Value.LastIndexOf(" in ", StringComparison.Ordinal);
                var (mStart, mText) = inAt < 0 ? (g.Index, g.Value) : (g.Index + inAt + 4, g.Value[(inAt + 4)..]);
                if (mText.IndexOf(' ') < 0) continue;
                var firstWord = mText.AsSpan(0, mText.IndexOf(' '));
                if (NotAccuracyQualifiers.Contains(firstWord.ToString())) continue;
                if (Covered(covered[si], mStart, mStart + mText.Length)) continue;
                // "38.5% question answering accuracy": a task before the measure says what is measured; the measure is the
                // last word ("accuracy").
                int lastSpace = mText.LastIndexOf(' ');
                var qualifierEnd = mText[..lastSpace];
                var qualifierHead = qualifierEnd[(qualifierEnd.LastIndexOf(' ') + 1)..];
                if (qualifierHead.Length > 1 && TitleCaseTaskHeads.Contains(char.ToUpperInvariant(qualifierHead[0]) + qualifierHead[1..]) && _kb.Find(mText) is null && _kb.Find(mText[(lastSpace + 1)..]) is { Type: NodeLabel.Metric } bare)
                {
                    cands.Add(new Cand { Surface = mText[(lastSpace + 1)..], Start = sentences[si].Start + mStart + lastSpace + 1, SentenceIndex = si, Known = bare, Type = NodeLabel.Metric, Rule = "entity.metric-of-number", Confidence = 0.65 });
                    continue;
                }
                cands.Add(new Cand { Surface = mText, Start = sentences[si].Start + mStart, SentenceIndex = si, Known = _kb.Find(mText), Type = NodeLabel.Metric, Rule = "entity.metric-of-number", Confidence = 0.65 });
            }
        }

        // "achieving less than 50% full-chain success", "(14.0% success)": a percentage of success names the measure.
        for (int si = 0; si < sentences.Length; si++)
        {
            var stext = sentences[si].Text;
            if (!stext.Contains("% ", StringComparison.Ordinal) || !stext.Contains(" success", StringComparison.Ordinal)) continue;
            foreach (Match mm in PercentSuccess().Matches(stext))
            {
                var g = mm.Groups["m"];
                if (Covered(covered[si], g.Index, g.Index + g.Length)) continue;
                cands.Add(new Cand { Surface = g.Value, Start = sentences[si].Start + g.Index, SentenceIndex = si, Known = _kb.Find(g.Value), Type = NodeLabel.Metric, Rule = "entity.metric-of-number", Confidence = 0.6 });
            }
        }

        // "the Semantic Textual Similarity benchmark", "a Gait Captions dataset": a run of capitalised words right
        // before "benchmark"/"dataset"/"corpus" is the name of one (not a task: "Visual Question Answering dataset").
        for (int si = 0; si < sentences.Length; si++)
        {
            var stext = sentences[si].Text;
            if (!stext.Contains(" benchmark", StringComparison.Ordinal) && !stext.Contains(" dataset", StringComparison.Ordinal) && !stext.Contains(" corpus", StringComparison.Ordinal)) continue;
            foreach (Match mm in TitleCaseBeforeHead().Matches(stext))
            {
                var g = mm.Groups["n"];
                // Not at the start of the sentence or of a clause: the word before is lower-case or a comma.
                if (g.Index < 2 || stext[g.Index - 1] != ' ' || !(char.IsLower(stext[g.Index - 2]) || stext[g.Index - 2] == ',')) continue;
                var name = g.Value;
                var last = name[(name.LastIndexOfAny(SpaceOrHyphenChars) + 1)..];
                if (NameShape.TaskHeads.Contains(last) || NameShape.HeadNouns.ContainsKey(last) || _kb.Find(name) is not null || Covered(covered[si], g.Index, g.Index + g.Length)) continue;
                var cand = new Cand { Surface = name, Start = sentences[si].Start + g.Index, SentenceIndex = si, Rule = "entity.shape", Confidence = 0.6 };
                cands.Add(cand);
                Vote(votes, KeyOf(cand), mm.Groups["h"].Value == "benchmark" ? NodeLabel.Benchmark : ScoredOn(NodeLabel.Dataset, stext), 3f);
            }
        }

        // "strategies like set-of-mark prompting": a lower-case technique given as an example of methods names one.
        for (int si = 0; si < sentences.Length; si++)
        {
            var stext = sentences[si].Text;
            if (!stext.Contains(" such as ", StringComparison.Ordinal) && !stext.Contains(" like ", StringComparison.Ordinal) && !stext.Contains(" including ", StringComparison.Ordinal)) continue;
            foreach (Match mm in ExampleMethod().Matches(stext))
            {
                var g = mm.Groups["m"];
                if (Covered(covered[si], g.Index, g.Index + g.Length)) continue;
                var known = _kb.Find(g.Value);
                if (known is { IsGeneric: true }) continue;
                cands.Add(new Cand { Surface = g.Value, Start = sentences[si].Start + g.Index, SentenceIndex = si, Known = known, Type = known?.Type ?? NodeLabel.Method, Rule = "entity.example-method", Confidence = 0.6 });
            }
        }

        // "on Frobnik, Quaxly and Dweeb benchmarks": every capitalised member of a coordinated list before a plural
        // "benchmarks"/"datasets" is a name, unless the paper also writes the word in lower case (an ordinary word:
        // "on Math, Science and Coding benchmarks").
        // "the Zorblat test set", "Quoll test-mini": a capitalised word before a test split names a benchmark (unless
        // the paper also writes it as an ordinary lower-case word).
        HashSet<string>? lowerWords = null;
        for (int si = 0; si < sentences.Length; si++)
        {
            var stext = sentences[si].Text;
            if (!stext.Contains(" test", StringComparison.OrdinalIgnoreCase) && !stext.Contains(" val", StringComparison.Ordinal) && !stext.Contains(" dev", StringComparison.Ordinal)) continue;
            foreach (Match mm in NameBeforeTestSplit().Matches(stext))
            {
                var g = mm.Groups["n"];
                var word = g.Value;
                if (g.Index == 0 || word.Length < 3 || ShapeStopWords.Contains(word) || TitleStopWords.Contains(word) || _kb.Find(word) is not null || Covered(covered[si], g.Index, g.Index + g.Length)) continue;
                lowerWords ??= LowerWordsOf(sentences);
                if (lowerWords.Contains(word.ToLowerInvariant())) continue;
                var cand = new Cand { Surface = word, Start = sentences[si].Start + g.Index, SentenceIndex = si, Rule = "entity.shape", Confidence = 0.55 };
                cands.Add(cand);
                Vote(votes, KeyOf(cand), NodeLabel.Benchmark, 3f);
            }
        }

        string? lowerText = null;
        for (int si = 0; si < sentences.Length; si++)
        {
            var stext = sentences[si].Text;
            if (!stext.Contains(" benchmarks", StringComparison.Ordinal) && !stext.Contains(" datasets", StringComparison.Ordinal)) continue;
            foreach (Match mm in ListBeforePluralHead().Matches(stext))
            {
                var type = mm.Groups["h"].Value == "benchmarks" ? NodeLabel.Benchmark : ScoredOn(NodeLabel.Dataset, stext);
                foreach (Match w in CapitalisedWord().Matches(mm.Groups["l"].Value))
                {
                    int at = mm.Groups["l"].Index + w.Index;
                    var word = w.Value;
                    if (word.Length < 3 || ShapeStopWords.Contains(word) || Covered(covered[si], at, at + word.Length)) continue;
                    if (_kb.Find(word) is { } known) { if (!known.IsGeneric) cands.Add(new Cand { Surface = word, Start = sentences[si].Start + at, SentenceIndex = si, Known = known, Type = known.Type, Rule = "entity.kb", Confidence = 0.85 }); continue; }
                    lowerText ??= string.Concat(sentences.Select(x => x.Text));
                    if (lowerText.Contains(word.ToLowerInvariant(), StringComparison.Ordinal)) continue;
                    var cand = new Cand { Surface = word, Start = sentences[si].Start + at, SentenceIndex = si, Rule = "entity.list", Confidence = 0.55 };
                    cands.Add(cand);
                    Vote(votes, KeyOf(cand), type, 3f);
                }
            }
        }

        // "GPT4Video outperforms Valley by 11.8%": one plain capitalised word that a comparison verb beats is a model,
        // unless the paper also writes it as an ordinary lower-case word.
        for (int si = 0; si < sentences.Length; si++)
        {
            var stext = sentences[si].Text;
            if (!stext.Contains("outperform", StringComparison.Ordinal) && !stext.Contains("surpass", StringComparison.Ordinal)) continue;
            foreach (Match mm in BeatenName().Matches(stext))
            {
                var g = mm.Groups["n"];
                if (ShapeStopWords.Contains(g.Value) || TitleStopWords.Contains(g.Value) || _kb.Find(g.Value) is not null || Covered(covered[si], g.Index, g.Index + g.Length)
                    || cands.Exists(c => c.SentenceIndex == si && c.Start - sentences[si].Start == g.Index)) continue;
                lowerWords ??= LowerWordsOf(sentences);
                if (lowerWords.Contains(g.Value.ToLowerInvariant())) continue;
                var cand = new Cand { Surface = g.Value, Start = sentences[si].Start + g.Index, SentenceIndex = si, Rule = "entity.shape", Confidence = 0.5 };
                cands.Add(cand);
                Vote(votes, KeyOf(cand), NodeLabel.Model, 2f);
            }
        }

        // 4. Lists: "ChartQA, Chart-to-Text, Chart-to-Table and ChartX" — the other members of a list of names.
        for (int si = 0; si < sentences.Length; si++)
            ListMembers(sentences[si], tokenized[si], covered[si], cands, votes);

        // 5. Proposals and context votes, sentence by sentence.
        for (int si = 0; si < sentences.Length; si++)
            ReadContext(sentences[si], tokenized[si], cands, votes);
        if (titleName is not null && titleType is not (NodeLabel.Benchmark or NodeLabel.Dataset))
            NameDataAfterTitleName(cands, votes, sentences, titleName);
        NameDataAfterOwnName(cands, votes, sentences);
        if (titleName is not null) KnownTitleNameAnnounced(cands, sentences, titleName);

        ScoredDataSets(cands, sentences);
        UnscoredMeasures(cands, sentences);
        return Finish(cands, votes, sentences, paper.Info.Title is not null, sink);
    }

    /// <summary>"Grad-CAM: Visual Explanations …" then "Our approach - Gradient-weighted Class Activation Mapping (Grad-CAM),
    /// uses …": a known method or model the title names is the paper's own when the abstract announces it as "our
    /// approach/method" or right after a proposal verb (the paper that introduced it).</summary>
    private static void KnownTitleNameAnnounced(List<Cand> cands, ImmutableArray<Sentence> sentences, string titleName)
    {
        var title = cands.Find(c => c.SentenceIndex == 0 && c.Known is not null && NameKey.Of(c.Surface) == NameKey.Of(titleName));
        if (title?.Known is not { Type: NodeLabel.Method or NodeLabel.Model } known || title.Proposed) return;
        bool announced = false;
        foreach (var c in cands)
        {
            if (c.SentenceIndex <= 0 || c.SentenceIndex >= sentences.Length || c.Known != known) continue;
            var text = sentences[c.SentenceIndex].Text;
            int rel = c.Start - sentences[c.SentenceIndex].Start;
            if (rel <= 0 || rel > text.Length) continue;
            var before = PrevWords(text, rel, 4);
            for (int k = 0; k < before.Count && !announced; k++)
            {
                if (before[k].Equals("our", StringComparison.OrdinalIgnoreCase)) { announced = k > 0; break; }
                if (!(before[k] is "-" or "–" or "—" || NameShape.HeadNouns.ContainsKey(before[k]) || SkipBeforeName.Contains(before[k]))) break;
            }
            if (!announced && ProposalTrigger().Matches(text[..rel]) is { Count: > 0 } tm && WordsBetween(text, tm[^1].Index + tm[^1].Length, rel) <= 1)
                announced = true;
            if (announced) break;
        }
        if (announced)
            foreach (var c in cands) if (c.Known == known) c.Proposed = true;
    }

    /// <summary>"Zeta-VL: … reasoning" then "we construct the Zeta-VL dataset": the title names the paper's model
    /// or method (another mention says "the X model/framework", "X achieves"), so the data that shares its name is a
    /// second proposal, "Zeta-VL dataset". A title that names the data itself ("TaxBank, the first … dataset") is not.</summary>
    private static void NameDataAfterTitleName(List<Cand> cands, Dictionary<string, float[]> votes, ImmutableArray<Sentence> sentences, string titleName)
    {
        var key = NameKey.Of(titleName);
        if (!cands.Exists(c => c.SentenceIndex > 0 && NameKey.Of(c.Surface) == key &&
                NextWords(sentences[c.SentenceIndex].Text, c.Start - sentences[c.SentenceIndex].Start + c.Surface.Length, 1) is
                    ["model" or "models" or "framework" or "method" or "approach" or "achieves" or "outperforms" or "surpasses"]))
            return;
        foreach (var c in cands)
        {
            if (c.SentenceIndex == 0 || c.Known is not null || c.AliasOf is not null || NameKey.Of(c.Surface) != key) continue;
            var s = sentences[c.SentenceIndex];
            int end = c.Start - s.Start + c.Surface.Length;
            if (NextWords(s.Text, end, 1) is not [var head and ("dataset" or "datasets" or "corpus")] || PrevWords(s.Text, c.Start - s.Start, 1) is not [var prev] || !SkipBeforeName.Contains(prev)) continue;
            c.Surface = s.Text.Substring(c.Start - s.Start, end + 1 + head.Length - (c.Start - s.Start));
            c.Proposed = true;
            Vote(votes, KeyOf(c), NodeLabel.Dataset, 4f);
        }
    }

    /// <summary>"we construct large-scale GoT datasets", "generate the Zeta SFT dataset" where GoT / Zeta name the paper's
    /// method, model or benchmark elsewhere: the data made after it is another entity, named with its data noun
    /// ("GoT datasets"), a proposed Dataset.</summary>
    private static void NameDataAfterOwnName(List<Cand> cands, Dictionary<string, float[]> votes, ImmutableArray<Sentence> sentences)
    {
        foreach (var c in cands.ToArray())
        {
            if (c.Known is not null || c.SentenceIndex <= 0 || c.SentenceIndex >= sentences.Length) continue;
            var s = sentences[c.SentenceIndex];
            int rel = c.Start - s.Start, end = rel + c.Surface.Length;
            if (rel < 0 || end >= s.Text.Length || s.Text[end] != ' ') continue;
            if (NextWords(s.Text, end, 1) is not [var head and ("dataset" or "datasets" or "corpus")] || string.CompareOrdinal(s.Text, end + 1, head, 0, head.Length) != 0) continue;
            // Made here: a data verb, then only an article or modifiers, right before the name.
            var before = PrevWords(s.Text, rel, 4);
            int k = 0;
            while (k < before.Count && k < 3 && (SkipBeforeName.Contains(before[k]) || before[k].EndsWith("-scale", StringComparison.Ordinal))) k++;
            if (k >= before.Count || !DataVerbs.Contains(before[k])) continue;
            // The name (or its first word) names another kind of thing of the paper elsewhere.
            var first = c.Surface.Split(' ')[0];
            var otherKey = NameKey.Of(c.AliasOf ?? first);
            string? other = null;
            foreach (var o in cands)
                if (o != c && o.Known is null && (KeyOf(o) == otherKey || NameKey.Of(o.Surface) == otherKey) && !(o.SentenceIndex == c.SentenceIndex && o.Start == c.Start))
                { other = KeyOf(o); break; }
            if (other is null) continue;
            otherKey = other;
            if (!votes.TryGetValue(otherKey, out var v) || !(v[(int)NodeLabel.Model] + v[(int)NodeLabel.Method] > v[(int)NodeLabel.Dataset] || c.Surface.Contains(' ') && v[(int)NodeLabel.Benchmark] > v[(int)NodeLabel.Dataset])) continue;
            var oldKey = KeyOf(c);
            c.Surface = s.Text[rel..(end + 1 + head.Length)];
            c.AliasOf = null;
            c.Type = null;
            c.Proposed = true;
            c.Rule = "entity.we-introduce";
            Vote(votes, KeyOf(c), NodeLabel.Dataset, 6f);
            // Its other mentions with the data noun ("our Zeta SFT dataset") are the same data.
            if (c.Surface.Split(' ').Length > 2)
                foreach (var o in cands)
                {
                    if (o == c || o.Known is not null || KeyOf(o) != oldKey || o.SentenceIndex < 0 || o.SentenceIndex >= sentences.Length) continue;
                    var os = sentences[o.SentenceIndex];
                    int oend = o.Start - os.Start + o.Surface.Length;
                    if (oend + 1 + head.Length <= os.Text.Length && os.Text[oend] == ' ' && string.CompareOrdinal(os.Text, oend + 1, head, 0, head.Length) == 0)
                    { o.Surface = c.Surface; o.AliasOf = null; o.Type = null; o.Proposed = true; }
                }
        }
    }

    [GeneratedRegex(@"\d|\b(?:achiev\w*|outperform\w*|surpass\w*|metrics?|scores?|evaluat\w*|benchmarks?|measured|report\w*|improv\w*|gains?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ScoringCue();

    /// <summary>"the X dataset" in a sentence that scores models (an evaluation cue, no training cue) names a data set
    /// used as a benchmark: Benchmark; any other type unchanged.</summary>
    private static NodeLabel ScoredOn(NodeLabel type, string sentence) =>
        type == NodeLabel.Dataset && EvaluationCue().IsMatch(sentence) && !TrainingCue().IsMatch(sentence) ? NodeLabel.Benchmark : type;

    /// <summary>A known measure written as an ordinary word ("accuracy") that no sentence of the paper ties to a number
    /// or a scoring word is the everyday word ("the accuracy and efficiency of …"), not a metric: dropped.</summary>
    private static void UnscoredMeasures(List<Cand> cands, ImmutableArray<Sentence> sentences)
    {
        HashSet<KbEntry>? plain = null, scored = null;
        foreach (var c in cands)
        {
            if (c.Known is not { Type: NodeLabel.Metric } || !IsLowerWords(c.Surface) || c.SentenceIndex < 0 || c.SentenceIndex >= sentences.Length) continue;
            (plain ??= []).Add(c.Known);
            if (ScoringCue().IsMatch(sentences[c.SentenceIndex].Text)) (scored ??= []).Add(c.Known);
        }
        if (plain is null) return;
        cands.RemoveAll(c => c.Known is not null && plain.Contains(c.Known) && scored?.Contains(c.Known) != true && IsLowerWords(c.Surface));
    }

    /// <summary>A widely known data set ("COCO", "ImageNet") that the paper only scores models on (a sentence with an
    /// evaluation cue and no training cue; none of its sentences a training cue) is used as a benchmark there: all its
    /// mentions in the paper are typed so.</summary>
    private static void ScoredDataSets(List<Cand> cands, ImmutableArray<Sentence> sentences)
    {
        HashSet<KbEntry>? scored = null, trained = null;
        foreach (var c in cands)
        {
            if (c.Known is not { Type: NodeLabel.Dataset } || c.Type != NodeLabel.Dataset || c.SentenceIndex < 0 || c.SentenceIndex >= sentences.Length) continue;
            var text = sentences[c.SentenceIndex].Text;
            if (TrainingCue().IsMatch(text)) (trained ??= []).Add(c.Known);
            else if (EvaluationCue().IsMatch(text)) (scored ??= []).Add(c.Known);
        }
        if (scored is null) return;
        foreach (var c in cands)
            if (c.Known is not null && scored.Contains(c.Known) && trained?.Contains(c.Known) != true) c.Type = NodeLabel.Benchmark;
    }

    /// <summary>URLs and e-mail addresses are not names ("github.com/User/Repo").</summary>
    private static void CoverUrls(string text, List<(int Start, int End)> covered)
    {
        int from = 0;
        while (from < text.Length)
        {
            int http = text.IndexOf("http", from, StringComparison.OrdinalIgnoreCase);
            int www = text.IndexOf("www.", from, StringComparison.OrdinalIgnoreCase);
            int gh = text.IndexOf("github.", from, StringComparison.OrdinalIgnoreCase);
            int hf = text.IndexOf("huggingface.co", from, StringComparison.OrdinalIgnoreCase);
            int yt = text.IndexOf("youtu.be", from, StringComparison.OrdinalIgnoreCase);
            int at = -1;
            foreach (var x in (ReadOnlySpan<int>)[http, www, gh, hf, yt]) if (x >= 0 && (at < 0 || x < at)) at = x;
            if (at < 0) return;
            int end = at;
            while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
            covered.Add((at, end));
            from = end;
        }
    }

    // Not "pre-training tasks": those are training objectives, i.e. methods ("Masked Region Modeling (MRM)").
    [GeneratedRegex(@"(?<!\b(?:pre-?|post-?)?training\s+)\b(?:tasks?|sub-?tasks?|categories|dimensions|aspects|skills|abilities|capabilities|levels|types|axes|settings|domains|scenarios)\b[^.;]{0,40}?(?::|\bincluding\b|\bsuch as\b|\bnamely\b|\bwhich\s+include\b|\()", RegexOptions.CultureInvariant)]
    private static partial Regex EnumerationOfTasks();

    /// <summary>Whether a sentence after the title writes the name, spaced or not ("Grade Anything", "GradeAnything").</summary>
    private static bool UsedAfterTitle(ImmutableArray<Sentence> sentences, string name)
    {
        var joined = name.Replace(" ", "", StringComparison.Ordinal);
        for (int i = 1; i < sentences.Length; i++)
            if (sentences[i].Text.Contains(name, StringComparison.OrdinalIgnoreCase) || sentences[i].Text.Contains(joined, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Two or more ordinary capitalised words ("Forgotten Polygons"): no digit, inner capital or hyphen.</summary>
    private static bool IsPlainWords(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return false;
        foreach (var w in words)
            if (w.Length < 2 || !char.IsUpper(w[0]) || w.AsSpan(1).ContainsAnyExcept(LowerLetters)) return false;
        return true;
    }

    private static bool IsTitleName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 3) return false;
        if (name.Contains("'s", StringComparison.Ordinal) || name.Contains("\u2019s", StringComparison.Ordinal)) return false; // "Euclid's Gift": a phrase
        bool anyCapital = false;
        foreach (var w in words)
        {
            if (TitleStopWords.Contains(w)) return false;
            if (NameShape.IsVersion(w) && words.Length > 1) continue; // "Widget v2"
            if (!char.IsUpper(w[0]) && !char.IsDigit(w[0]) && !NameShape.IsNameLike(w)) return false;
            foreach (var c in w) if (char.IsUpper(c)) { anyCapital = true; break; }
        }
        if (words.Length > 1 && !anyCapital) return false;
        // A single ordinary capitalised word ("Introduction", "Survey") is a name only with an inner capital, a
        // digit, or all capitals.
        if (words.Length == 1 && !NameShape.IsNameLike(name) && !NameShape.IsAllCaps(name) && name.Length > 0 && IsCommonTitleWord(name)) return false;
        return true;
    }

    private static bool IsCommonTitleWord(string w) => w is "Survey" or "Review" or "Introduction" or "Position" or "Overview" or "Tutorial" or "Perspective" or "Report" or "Abstract";

    private static readonly FrozenSet<string> EvaluativeOpeners = new[]
    {
        "assessing", "evaluating", "benchmarking", "probing", "measuring", "revisiting", "diagnosing", "testing",
        "examining", "investigating", "quantifying", "how", "can", "do", "does", "are", "is", "what", "when", "why",
        "where", "which", "who", "auditing", "stress-testing",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Prepositions = new[]
    {
        "for", "of", "with", "in", "on", "via", "to", "from", "by", "through", "towards", "toward", "beyond", "without", "using", "that", "which",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly char[] SubtitleSeparators = [' ', ',', ':', ';'];
    private static readonly char[] SubtitleTrim = ['.', ')', '?'];
    private static readonly SearchValues<char> QuantityCuts = SearchValues.Create("-/+.");
    private static readonly SearchValues<char> LowerLetters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz");
    private static readonly char[] SpaceOrHyphenChars = [' ', '-'];
    private static readonly SearchValues<char> SpaceOrHyphen = SearchValues.Create(" -");

    /// <summary>Prefilter of <see cref="ProposalTrigger"/>: every alternative holds one of these verb stems.</summary>
    private static readonly SearchValues<string> ProposalStems = SearchValues.Create(
        ["introduc", "propos", "present", "develop", "releas", "build", "construct", "curat", "design", "creat", "contribut",
         "establish", "offer", "devis", "formulat", "collect", "open-source", "built", "produce", "unveil", "forward", "tackle", "address", "solve", "overcom", "mitigat", "alleviat", "remed"], StringComparison.Ordinal);

    /// <summary>A subtitle that opens with a verb ("Empowering …", "Let … See", "Making …") or states something ("… Models
    /// Can Enhance …"): a clause, not a noun phrase naming what the title name is. Evaluative openers ("Assessing …")
    /// are typed apart.</summary>
    private static bool SubtitleIsClause(string sub)
    {
        var words = sub.Split(SubtitleSeparators, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || EvaluativeOpeners.Contains(words[0]) || words[0].StartsWith("Benchmark", StringComparison.OrdinalIgnoreCase)) return false;
        if (words[0].Length > 4 && words[0].EndsWith("ing", StringComparison.Ordinal) || words[0] is "Let" or "Make" or "Teach" or "Bring" or "Turn" or "Unlock" or "Empower") return true;
        for (int i = 1; i < words.Length && i < 8; i++)
            if (words[i] is "Can" or "Are" or "Is" or "Do" or "Does" or "Make" or "Makes" or "Meets" or "Meet") return true;
        return false;
    }

    private static NodeLabel? TypeFromSubtitle(string sub)
    {
        // The head noun of the subtitle's first noun phrase decides ("A Benchmark for …", "An Efficient Framework
        // for …"); an evaluative opening ("Assessing …", "How Far Are …?") names a benchmark.
        var words = sub.Split(SubtitleSeparators, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && EvaluativeOpeners.Contains(words[0])) return NodeLabel.Benchmark;
        NodeLabel? found = null;
        for (int i = 0; i < words.Length && i < 10; i++)
        {
            var w = words[i].TrimEnd(SubtitleTrim);
            if (Prepositions.Contains(w)) break;
            // "A … Understanding and Reasoning Benchmark": in a noun-phrase subtitle, capitalised words coordinated
            // before any head noun go on to the head.
            if (w == "and")
            {
                if (found is not null || i + 1 >= words.Length || !char.IsUpper(words[i + 1][0]) || words[0] is not ("A" or "An" or "The")) break;
                continue;
            }
            if (w.EndsWith("-Bench", StringComparison.OrdinalIgnoreCase) || w.Equals("Benchmarking", StringComparison.OrdinalIgnoreCase)) return NodeLabel.Benchmark;
            if (NameShape.HeadNouns.TryGetValue(w, out var t) && t != NodeLabel.Metric) found = t;
            else if (w.Equals("Evaluation", StringComparison.OrdinalIgnoreCase) || w.Equals("Testbed", StringComparison.OrdinalIgnoreCase)) found = NodeLabel.Benchmark;
        }
        return found;
    }

    private void FindDefinitions(Sentence s, List<NameToken> toks, List<Cand> cands, Dictionary<string, Cand> shortForms, HashSet<string> notEntities, List<(int, int)> covered)
    {
        var text = s.Text;
        // Definitions inside an enumeration of tasks or categories ("five tasks: Spatial Measurement (SM), …") name
        // tasks, not entities.
        // (found lazily: most sentences have no parenthesis)
        int tasksFrom = -1;
        for (int k = 0; k < toks.Count; k++)
        {
            if (toks[k].IsWord || text[toks[k].Start] != '(') continue;
            if (tasksFrom < 0) tasksFrom = EnumerationOfTasks().Match(text) is { Success: true } em ? em.Index : int.MaxValue;
            if (toks[k].Start > tasksFrom)
            {
                int close0 = text.IndexOf(')', toks[k].Start);
                if (close0 > 0 && Abbreviations.IsShortForm(text.AsSpan(toks[k].Start + 1, close0 - toks[k].Start - 1).Trim()))
                {
                    // "audio question answering (AVQA)": a short form that does not spell the words before it names the
                    // data set of that task, not the task.
                    var sf0 = text[(toks[k].Start + 1)..close0].Trim();
                    int from0 = text.AsSpan(0, toks[k].Start).LastIndexOfAny(",;:()") + 1;
                    if (Abbreviations.LongFormStart(sf0, text.AsSpan(from0, toks[k].Start - from0).TrimEnd()) >= 0 || !NameShape.IsAllCaps(sf0)) notEntities.Add(sf0);
                    continue;
                }
            }
            // Find the closing parenthesis and the content.
            int close = -1;
            for (int j = k + 1; j < toks.Count && j < k + 40; j++)
            {
                char c = text[toks[j].Start];
                if (!toks[j].IsWord && c == ')') { close = j; break; }
                if (!toks[j].IsWord && c == '(') break;
            }
            if (close < 0 || close == k + 1) continue;
            int contentStart = toks[k + 1].Start;
            int contentEnd = toks[close - 1].End;
            // Content cut at the first ',' or ';' ("(GRPO, Shao et al.)").
            for (int j = k + 1; j < close; j++)
                if (!toks[j].IsWord && text[toks[j].Start] is ',' or ';') { contentEnd = toks[j - 1 >= k + 1 ? j - 1 : k + 1].End; break; }
            if (contentEnd <= contentStart) continue;
            var content = text[contentStart..contentEnd].Trim();
            // "(general medical AI, GMAI)": a long form and the short form that spells it.
            if (contentEnd < toks[close - 1].End && content.Contains(' ') && text.AsSpan(contentEnd).TrimStart(" ,").Length > 0)
            {
                int sfStart = contentEnd + 1;
                while (sfStart < toks[close - 1].End && text[sfStart] is ' ' or ',') sfStart++;
                var sf = text[sfStart..toks[close - 1].End];
                if (Abbreviations.IsShortForm(sf) && !sf.Contains(' ') && Abbreviations.LongFormStart(sf, content) == 0)
                {
                    AddDefinition(s, content, contentStart, sf, sfStart, cands, shortForms, notEntities, covered, shortFirst: false);
                    continue;
                }
            }
            // "(SAT, MMSI)": a list, not a definition; "(MRM, with three variants)" is one with a remark.
            if (contentEnd < toks[close - 1].End && !RemarkAfterComma(text, contentEnd, toks[close - 1].End)) continue;

            if (Abbreviations.IsShortForm(content) && k > 0 && toks[k - 1].IsWord)
            {
                // "Long Form (LF)"
                int windowStart = 0;
                int words = 0;
                for (int j = k - 1; j >= 0; j--)
                {
                    var t = toks[j];
                    if (!t.IsWord && text[t.Start] is ',' or ';' or ':' or '(' or ')' or '"' or '\u201c' or '\u201d') { windowStart = t.End; break; }
                    if (t.IsWord && ++words > Abbreviations.MaxWords(content.Length)) { windowStart = t.End; break; }
                }
                var before = text.AsSpan(windowStart, toks[k].Start - windowStart).TrimEnd();
                int lf = Abbreviations.LongFormStart(content, before);
                if (lf < 0) continue;
                lf = Abbreviations.ExtendToInitials(content, before, lf);
                var longForm = before[lf..].ToString().Trim();
                if (longForm.Length <= content.Length + 1 || longForm.Equals(content, StringComparison.OrdinalIgnoreCase)) continue;
                AddDefinition(s, longForm, windowStart + lf + (before[lf..].Length - before[lf..].TrimStart().Length), content, contentStart, cands, shortForms, notEntities, covered, shortFirst: false);
            }
            else if (k > 0 && toks[k - 1].IsWord && Abbreviations.IsShortForm(text.AsSpan(toks[k - 1].Start, toks[k - 1].Length)) && content.Contains(' '))
            {
                // "LF (Long Form)": the whole content must spell the short form.
                var sf = text[toks[k - 1].Start..toks[k - 1].End];
                if (Abbreviations.LongFormStart(sf, content) != 0) continue;
                AddDefinition(s, content, contentStart, sf, toks[k - 1].Start, cands, shortForms, notEntities, covered, shortFirst: true);
            }
        }
    }

    /// <summary>"we introduce SAT, Spatial Aptitude Training, which …": a short form set off by commas from the
    /// capitalised words it spells is a definition too.</summary>
    private void FindCommaDefinitions(Sentence s, List<NameToken> toks, List<Cand> cands, Dictionary<string, Cand> shortForms, HashSet<string> notEntities, List<(int, int)> covered)
    {
        var text = s.Text;
        for (int k = 1; k + 2 < toks.Count; k++)
        {
            if (toks[k].IsWord || text[toks[k].Start] != ',' || !toks[k - 1].IsWord || !toks[k + 1].IsWord) continue;
            var sf = text[toks[k - 1].Start..toks[k - 1].End];
            if (!NameShape.IsAllCaps(sf) || !Abbreviations.IsShortForm(sf) || Covered(covered, toks[k - 1].Start, toks[k - 1].End)) continue;
            // The capitalised words up to the next comma.
            int j = k + 1, words = 0;
            while (j < toks.Count && toks[j].IsWord && (char.IsUpper(text[toks[j].Start]) || text[toks[j].Start..toks[j].End] is "of" or "for" or "and" or "in" or "with"))
            { j++; words++; }
            if (j >= toks.Count || text[toks[j].Start] != ',' || words < 2 || words > Abbreviations.MaxWords(sf.Length)) continue;
            int start = toks[k + 1].Start, end = toks[j - 1].End;
            var longForm = text[start..end];
            if (Abbreviations.LongFormStart(sf, longForm) != 0 || Abbreviations.ExtendToInitials(sf, longForm, 0) != 0) continue;
            AddDefinition(s, longForm, start, sf, toks[k - 1].Start, cands, shortForms, notEntities, covered, shortFirst: true);
        }
    }

    /// <summary>Whether the rest of a parenthesis after its first comma is a lower-case remark ("with three variants").</summary>
    private static bool RemarkAfterComma(string text, int from, int to)
    {
        var rest = text.AsSpan(from, to - from).TrimStart(" ,;");
        return rest.Length > 0 && char.IsLower(rest[0]) && !rest.StartsWith("e.g", StringComparison.Ordinal) && !rest.StartsWith("i.e", StringComparison.Ordinal) && !rest.Contains("et al", StringComparison.Ordinal);
    }

    private void AddDefinition(Sentence s, string longForm, int longStart, string shortForm, int shortStart, List<Cand> cands,
        Dictionary<string, Cand> shortForms, HashSet<string> notEntities, List<(int, int)> covered, bool shortFirst)
    {
        var knownShort = _kb.Find(shortForm);
        var knownLong = _kb.Find(longForm);
        // "SAM (Sharpness-Aware Minimization)": a known acronym spelled out as something other than the long form the
        // knowledge base gives it names another thing here.
        if (knownShort is { IsGeneric: false } && knownLong is null && HasOtherLongForm(knownShort)) knownShort = null;
        // "Masked Language Modeling (MLM)": a known long form wins over a short form that is generic elsewhere.
        if (knownShort?.IsGeneric == true && knownLong is { IsGeneric: false }) knownShort = null;
        if (knownShort?.IsGeneric == true || knownLong?.IsGeneric == true)
        {
            notEntities.Add(shortForm);
            // "video Large Language Models (vLLMs)": the singular "vLLM" names the class too.
            if (shortForm.Length > 3 && shortForm[^1] == 's' && char.IsUpper(shortForm[^2])) notEntities.Add(shortForm[..^1]);
            covered.Add((longStart, longStart + longForm.Length));
            return;
        }
        // "Visual Instruction Tuning (VIT)": a known long form names the entry even when the short form is another's.
        var known = knownLong is { IsGeneric: false } ? knownLong : knownShort ?? knownLong;
        // "Out-of-Distribution (OOD)", "Region of Interest (ROI)": a short form that is never a name.
        if (known is null && ShapeStopWords.Contains(shortForm))
        {
            notEntities.Add(shortForm);
            covered.Add((longStart, longStart + longForm.Length));
            return;
        }
        // A plural short form names a class of things ("multiple-choice questions (MCQs)").
        if (known is null && shortForm.Length > 2 && shortForm[^1] == 's' && NameShape.IsAllCaps(shortForm.AsSpan(0, shortForm.Length - 1)))
        {
            notEntities.Add(shortForm);
            return;
        }
        if (known is null)
        {
            bool lower = true;
            foreach (var c in longForm) if (char.IsUpper(c)) { lower = false; break; }
            int lastSpace = longForm.AsSpan().LastIndexOfAny(SpaceOrHyphen);
            var head = lastSpace < 0 ? longForm : longForm[(lastSpace + 1)..];
            bool pluralHead = head.Length > 3 && head[^1] == 's' && head[^2] != 's';
            // "video Large Language Models (vLLMs)", "generative reward models (VL-GenRMs)": a plural short form of a
            // plural long form names a class, in the singular too; "Geographic Information Systems (GIS)", "general
            // medical AI (GMAI)": a field of study.
            if ((pluralHead && shortForm.Length > 3 && shortForm[^1] == 's' && char.IsUpper(shortForm[^2])) || NameShape.FieldHeads.Contains(head))
            {
                notEntities.Add(shortForm);
                if (shortForm[^1] == 's') notEntities.Add(shortForm[..^1]);
                covered.Add((longStart, longStart + longForm.Length));
                return;
            }
            // "Existing methods for Multimodal Multi-hop Question Answering (MMQA)": a capitalised task name (a task head such
            // as "Answering", "Detection" last, no data or model noun after the short form, no proposal verb before) is
            // the task, not a benchmark or a method.
            if (!lower && TitleCaseTaskHeads.Contains(head) && !ProposalTrigger().IsMatch(s.Text.AsSpan(0, longStart))
                && NextWords(s.Text, AfterBracket(s.Text, shortFirst ? longStart + longForm.Length : shortStart + shortForm.Length), 1) is var nextWord
                && !(nextWord.Count == 1 && (NameShape.HeadNouns.ContainsKey(nextWord[0]) || NameShape.SplitType(nextWord[0], "set") is not null || nextWord[0] is "subset" or "split" or "task" or "tasks" or "track")))
            {
                notEntities.Add(shortForm);
                covered.Add((longStart, longStart + longForm.Length));
                return;
            }
            // "Small-scale MLLM (s-MLLM)", "a compact VLM (c-VLM)": a generic class after ordinary lower-case modifiers is
            // a kind of that class, not a name.
            if (GenericClassWithModifiers(longForm))
            {
                notEntities.Add(shortForm);
                covered.Add((longStart, longStart + longForm.Length));
                return;
            }
            // "culture-agnostic (CA) subset": one lower-case hyphenated adjective names a property, not a thing.
            if (lower && !longForm.Contains(' ') && longForm.LastIndexOf('-') is > 0 and var dash && (DerivationSuffixes.Contains(longForm[dash..]) || longForm.EndsWith("-agnostic", StringComparison.Ordinal) || longForm.EndsWith("-dependent", StringComparison.Ordinal) || longForm.EndsWith("-independent", StringComparison.Ordinal)))
            {
                notEntities.Add(shortForm);
                covered.Add((longStart, longStart + longForm.Length));
                return;
            }
            // "we propose axis-first plot parsing (APP)": a lower-case long form that a proposal verb announces names the
            // paper's own method, whatever its head.
            if (lower && (NameShape.TaskHeads.Contains(head) && !AnnouncedByProposal(s.Text, longStart) || pluralHead || !longForm.Contains(' ') && !longForm.Contains('-')))
            {
                notEntities.Add(shortForm);
                return;
            }
            // ("Latent Action Pretraining for general Action models (LAPA)": capitalised words inside the long form, not
            // only a sentence-initial capital, make it a name whose last word happens to be a class noun.)
            if (!lower && NameShape.TaskHeads.Contains(head) && head.Length > 0 && char.IsLower(head[0]) && !HasInnerCapitalisedWords(longForm))
            {
                notEntities.Add(shortForm);
                return;
            }
        }
        covered.Add((longStart, longStart + longForm.Length));
        covered.Add((shortStart, shortStart + shortForm.Length));
        NodeLabel? type = known?.Type ?? NameShape.TypeFromHead(longForm);
        var main = new Cand
        {
            Surface = shortFirst ? shortForm : longForm, Start = s.Start + (shortFirst ? shortStart : longStart), SentenceIndex = s.Index,
            Known = known, Type = known is not null || type != NodeLabel.Method ? type : null,
            Rule = known is null ? "entity.definition" : "entity.kb", Confidence = known is null ? 0.8 : 0.9,
        };
        var alias = new Cand
        {
            Surface = shortFirst ? longForm : shortForm, Start = s.Start + (shortFirst ? longStart : shortStart), SentenceIndex = s.Index,
            Known = known, Type = main.Type, AliasOf = main.Surface, Rule = main.Rule, Confidence = main.Confidence,
        };
        cands.Add(main);
        cands.Add(alias);
        shortForms.TryAdd(shortForm, main);
        if (main.Type is null) main.Type = null; // typed later by votes (the head gave only a default)
        _ = type;
    }

    /// <summary>Whether a proposal verb ("we propose", "we introduce a simple") announces the text at <paramref name="at"/>.</summary>
    private static bool AnnouncedByProposal(string text, int at)
    {
        if (at <= 0 || at > text.Length) return false;
        // "… termed scale-first answer generation (SFAG)".
        if (PrevWords(text, at, 1) is ["called" or "termed" or "named" or "dubbed" or "coined"]) return true;
        if (text.AsSpan(0, at).IndexOfAny(ProposalStems) < 0) return false;
        Match? last = null;
        foreach (Match m in ProposalTrigger().Matches(text[..at])) last = m;
        return last is not null && OnlyModifiersBetween(text, last.Index + last.Length, at);
    }

    /// <summary>The offset after a closing bracket (and spaces) at <paramref name="at"/>, else <paramref name="at"/>.</summary>
    private static int AfterBracket(string text, int at)
    {
        int i = at;
        while (i < text.Length && text[i] == ' ') i++;
        return i < text.Length && text[i] == ')' ? i + 1 : at;
    }

    /// <summary>Last words of a capitalised long form that name a task ("… Question Answering", "… Object Detection").</summary>
    private static readonly FrozenSet<string> TitleCaseTaskHeads = new[]
    {
        "Answering", "Recognition", "Detection", "Segmentation", "Captioning", "Retrieval", "Classification", "Estimation",
        "Grounding", "Tracking", "Summarization", "Translation", "Localization", "Forecasting", "Navigation", "Editing",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"Small-scale MLLM", "lightweight VLMs": a known generic class after lower-case words (a capital opening the
    /// sentence aside).</summary>
    private bool GenericClassWithModifiers(string longForm)
    {
        var words = longForm.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return false;
        var last = words[^1];
        if ((_kb.Find(last) ?? (last.Length > 2 && last[^1] == 's' ? _kb.Find(last[..^1]) : null)) is not { IsGeneric: true }) return false;
        for (int i = 0; i < words.Length - 1; i++)
            if (!IsLowerWords(i == 0 ? words[i][1..] : words[i]) || !words[i].Any(char.IsLetter)) return false;
        return true;
    }

    /// <summary>At least two capitalised words after the first word ("Latent Action Pretraining for general Action models").</summary>
    private static bool HasInnerCapitalisedWords(string longForm)
    {
        int n = 0;
        var words = longForm.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 1; i < words.Length; i++) if (char.IsUpper(words[i][0])) n++;
        return n >= 2;
    }

    private static bool HasOtherLongForm(KbEntry e)
    {
        if (e.Name.Contains(' ', StringComparison.Ordinal)) return true;
        foreach (var a in e.Aliases) if (a.Contains(' ', StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool Covered(List<(int Start, int End)> covered, int start, int end)
    {
        foreach (var (a, b) in covered) if (start < b && end > a) return true;
        return false;
    }

    private void ScanTokens(Sentence s, List<NameToken> toks, List<(int Start, int End)> covered, List<Cand> cands,
        Dictionary<string, Cand> shortForms, HashSet<string> notEntities, string? titleName, bool isTitle)
    {
        var text = s.Text;
        int n = toks.Count;
        for (int i = 0; i < n; i++)
        {
            var t = toks[i];
            if (!t.IsWord || t.IsLatex) continue;
            if (Covered(covered, t.Start, t.End)) continue;

            // Knowledge base: longest span of tokens starting here (an allocation-free first-token test first).
            int maxTokens = KnownNameLength(text.AsSpan(t.Start, t.Length));
            // A known acronym that this paper defined as something else ("SAM (Sharpness-Aware Minimization)").
            if (maxTokens > 0 && shortForms.Count > 0 && shortForms.TryGetValue(text[t.Start..t.End], out var redefined)
                && (redefined.Known is null || !ReferenceEquals(redefined.Known, _kb.Find(text.AsSpan(t.Start, t.Length))))) maxTokens = 0;
            if (maxTokens > 0)
            {
                int best = -1;
                KbEntry? bestEntry = null;
                for (int j = Math.Min(n - 1, i + maxTokens - 1); j >= i; j--)
                {
                    if (!toks[j].IsWord && text[toks[j].Start] != ')' && text[toks[j].Start] != '+') continue;
                    var e = _kb.Find(text.AsSpan(t.Start, toks[j].End - t.Start));
                    // The plural of a known acronym ("GANs", "VAEs") names the class, not one entity.
                    if (e is null && toks[j].Length > 2 && text[toks[j].End - 1] == 's' && char.IsUpper(text[toks[j].End - 2]) && _kb.Find(text.AsSpan(t.Start, toks[j].End - t.Start - 1)) is not null)
                    { best = j; bestEntry = null; break; }
                    if (e is not null) { best = j; bestEntry = e; break; }
                }
                if (best >= 0 && bestEntry is null) { i = best; continue; }
                if (bestEntry is not null)
                {
                    if (bestEntry.IsGeneric) { i = best; continue; }
                    // A known method written as ordinary lower-case words ("supervised fine-tuning") is a generic use
                    // unless the text abbreviates it (definitions are read before this scan).
                    // ("Supervised fine-tuning on X yields …": a capital opening the sentence does not make a name.)
                    if (bestEntry.Type == NodeLabel.Method && IsLowerWords(text[(t.Start == 0 ? t.Start + 1 : t.Start)..toks[best].End]) && (best > i || text.AsSpan(t.Start, t.Length).Contains('-'))) { i = best; continue; }
                    int end = toks[best].End;
                    bool variant = false;
                    // "Qwen2.5-VL 7B", "LLaVA-1.5 13B", "Claude 3 Opus", "OmniParser V2": a size, variant word or version
                    // after a known model.
                    while (bestEntry.Type == NodeLabel.Model && best + 1 < n && toks[best + 1].IsWord && toks[best + 1].Start == end + 1
                        && (NameShape.IsModelSize(text.AsSpan(toks[best + 1].Start, toks[best + 1].Length)) || VariantWords.Contains(text[toks[best + 1].Start..toks[best + 1].End])
                            || NameShape.IsVersion(text.AsSpan(toks[best + 1].Start, toks[best + 1].Length))))
                    {
                        var longer = _kb.Find(text[t.Start..toks[best + 1].End]);
                        if (longer is not null) bestEntry = longer; else variant = true;
                        best++;
                        end = toks[best].End;
                    }
                    // "RefCOCO/+/g", "Kinetics-400/600": short variants after slashes belong to the name as written.
                    if (end < text.Length && text[end] == '/' && SlashVariants().Match(text, end) is { Success: true } sv)
                    {
                        end += sv.Length;
                        variant = true;
                        while (best + 1 < n && toks[best + 1].Start < end) best++;
                    }
                    var surface = text[t.Start..end];
                    cands.Add(new Cand
                    {
                        Surface = surface, Start = s.Start + t.Start, SentenceIndex = s.Index, Known = variant ? null : bestEntry,
                        Type = bestEntry.Type, Rule = variant ? "entity.kb-variant" : "entity.kb", Confidence = variant ? 0.85 : 0.9,
                    });
                    i = best;
                    continue;
                }
            }

            // An ordinary lower-case word can only be a name through the knowledge base (checked above).
            if (!HasUpperOrDigit(text.AsSpan(t.Start, t.Length))) continue;
            var word = text[t.Start..t.End];
            // "LLMs-Video-LLaMA": a class plural joined to a name by a dash used as punctuation; the name follows it.
            int from = t.Start;
            if (ClassPrefixLength(word) is > 0 and var skip)
            {
                from += skip;
                word = word[skip..];
                if (_kb.Find(word) is { } named)
                {
                    if (!named.IsGeneric)
                        cands.Add(new Cand { Surface = word, Start = s.Start + from, SentenceIndex = s.Index, Known = named, Type = named.Type, Rule = "entity.kb", Confidence = 0.85 });
                    continue;
                }
            }
            if (notEntities.Contains(word) || ShapeStopWords.Contains(word)) continue;
            if (shortForms.TryGetValue(word, out var longMention))
            {
                cands.Add(new Cand { Surface = word, Start = s.Start + from, SentenceIndex = s.Index, Known = longMention.Known, Type = longMention.Type, AliasOf = longMention.Surface, Rule = "entity.definition", Confidence = 0.8 });
                continue;
            }

            // "GPT-4o-based", "LLaVA-style": the name before a derivational suffix.
            var core = word;
            int dash = word.LastIndexOf('-');
            if (dash > 0 && (DerivationSuffixes.Contains(word[dash..]) || IsOrdinaryWordSuffix(word.AsSpan(dash + 1)))) core = word[..dash];
            if (IsQuantityCompound(core)) continue;
            // A plural acronym ("MCQs", "FFNs", "GANs") names a class of things, not one.
            if (core.Length > 2 && core[^1] == 's' && NameShape.IsAllCaps(core.AsSpan(0, core.Length - 1)) && _kb.Find(core[..^1]) is null) continue;
            if (core.Length > 2 && core[^1] == 's' && char.IsUpper(core[^2]))
            {
                // Plural of an acronym: "MLLMs", "VLMs".
                var singular = _kb.Find(core[..^1]);
                if (singular is not null && singular.IsGeneric) continue;
            }
            if (!ReferenceEquals(core, word))
            {
                var e = _kb.Find(core);
                if (e is not null)
                {
                    if (!e.IsGeneric)
                        cands.Add(new Cand { Surface = core, Start = s.Start + from, SentenceIndex = s.Index, Known = e, Type = e.Type, Rule = "entity.kb", Confidence = 0.85 });
                    continue;
                }
                if (shortForms.TryGetValue(core, out var lm))
                {
                    cands.Add(new Cand { Surface = core, Start = s.Start + from, SentenceIndex = s.Index, Known = lm.Known, Type = lm.Type, AliasOf = lm.Surface, Rule = "entity.definition", Confidence = 0.8 });
                    continue;
                }
            }

            // A sized or variant form of a known model: "Qwen2.5-VL-7B-Instruct", "InternVL2-8B".
            var family = core.AsSpan().IndexOfAny('-', '_') > 0 ? ModelNames.FamilyOf(core) : null;
            if (family is not null && _kb.Find(family) is { Type: NodeLabel.Model })
            {
                cands.Add(new Cand { Surface = core, Start = s.Start + from, SentenceIndex = s.Index, Type = NodeLabel.Model, Rule = "entity.kb-variant", Confidence = 0.85 });
                continue;
            }

            if (!NameShape.IsNameLike(core)) continue;
            if (ShapeStopWords.Contains(core)) continue;
            // "GeoAI", "MedicalAI": a field of study or an application area, not a name.
            if (core.Length > 3 && core.EndsWith("AI", StringComparison.Ordinal) && char.IsLower(core[^3])) continue;
            if (SpellsAcronym(core, text, toks)) continue;
            // An unknown name, extended by a version ("OmniParser V2") or a size ("MGM 7B").
            int last = i;
            while (last + 1 < n && toks[last + 1].IsWord && toks[last + 1].Start == toks[last].End + 1
                && (NameShape.IsVersion(text.AsSpan(toks[last + 1].Start, toks[last + 1].Length)) || NameShape.IsModelSize(text.AsSpan(toks[last + 1].Start, toks[last + 1].Length))
                    || text.AsSpan(toks[last + 1].Start, toks[last + 1].Length).SequenceEqual("Bench")))
                last++;
            var name = last == i ? core : text[from..toks[last].End];
            cands.Add(new Cand { Surface = name, Start = s.Start + from, SentenceIndex = s.Index, Rule = isTitle && name == titleName ? "entity.title-name" : "entity.shape", Confidence = 0.55 });
            i = last;
        }
    }

    /// <summary>The most tokens a knowledge-base form starting with this token has (a plural acronym counts as its
    /// singular: "MLLMs"), or 0 when no form starts with it. Allocation-free for ASCII.</summary>
    private int KnownNameLength(ReadOnlySpan<char> token)
    {
        if (token.Length > 64) return 0;
        Span<char> buffer = stackalloc char[token.Length];
        int n = NameKey.Write(token, buffer);
        if (n < 0) return _firstTokenKeys.GetValueOrDefault(NameKey.Of(token.ToString()));
        var lookup = _firstTokenLookup;
        var key = buffer[..n];
        if (lookup.TryGetValue(key, out var count)) return count;
        return n > 2 && key[^1] == 's' && lookup.TryGetValue(key[..^1], out count) ? count : 0;
    }

    private static readonly FrozenSet<string> NameSuffixWords = new[]
    {
        "mini", "core", "lab", "base", "large", "small", "tiny", "pro", "plus", "lite", "turbo", "preview", "chat",
        "instruct", "it", "hd", "xl", "xxl", "medium", "nano", "max", "ultra", "flash", "v", "vl", "next", "omni", "zero",
        "adapter", "bench", "eval", "test", "val", "dev", "train", "hard", "easy", "lite", "cot", "sft", "rl", "r1", "o1",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"CLIP-blind", "DGE-verified", "LMMs-without": an ordinary lower-case word after the last hyphen.</summary>
    private static bool IsOrdinaryWordSuffix(ReadOnlySpan<char> last)
    {
        if (last.Length < 3) return false;
        foreach (var c in last) if (!char.IsLower(c)) return false;
        return !NameSuffixWords.Contains(last.ToString());
    }

    /// <summary>"8B-parameter", "7-DOF", "2D/3D", "300k+", "12-lead": quantities, not names.</summary>
    private static bool IsQuantityCompound(string w)
    {
        if (w.StartsWith("Fig", StringComparison.Ordinal) && w.Length > 3 && (w[3] == '.' || char.IsDigit(w[3]))) return true;
        // LaTeX remnants: "sim29.5K" (\sim 29.5K), "TextrightarrowASCII" (\textrightarrow).
        if (w.StartsWith("sim", StringComparison.Ordinal) && w.Length > 3 && char.IsDigit(w[3])) return true;
        if (w.Contains("rightarrow", StringComparison.OrdinalIgnoreCase) || w.Contains("leftarrow", StringComparison.OrdinalIgnoreCase)) return true;
        if (w.Length == 0 || !char.IsDigit(w[0])) return false;
        int cut = w.AsSpan().IndexOfAny(QuantityCuts);
        var first = cut < 0 ? w : w[..cut];
        return NameShape.IsQuantity(first) || first is "2D" or "3D" or "4D" || cut >= 0 && w[cut] == '.' && w.EndsWith(".ch", StringComparison.Ordinal);
    }

    /// <summary>In a list of at least three members of which at least two are names already, the other capitalised
    /// single-word members are names too, typed like their neighbours.</summary>
    private void ListMembers(Sentence s, List<NameToken> toks, List<(int Start, int End)> covered, List<Cand> cands, Dictionary<string, float[]> votes)
    {
        var text = s.Text;
        var byStart = new Dictionary<int, Cand>();
        foreach (var c in cands) if (c.SentenceIndex == s.Index) byStart.TryAdd(c.Start - s.Start, c);
        if (byStart.Count < 2) return;
        var members = new List<(int Start, int End, Cand? Cand)>();
        void Flush()
        {
            if (members.Count >= 3)
            {
                int named = 0;
                var typeVotes = new float[6];
                var knownVotes = new float[6];
                foreach (var m in members)
                    if (m.Cand is { } c) { named++; if (c.Type is { } t) { typeVotes[(int)t]++; if (c.Known is not null) knownVotes[(int)t]++; } }
                if (named >= 2)
                {
                    NodeLabel? type = null, knownType = null;
                    float best = 0, bestKnown = 0;
                    foreach (var t in TypeOrder)
                    {
                        if (typeVotes[(int)t] > best) { best = typeVotes[(int)t]; type = t; }
                        if (knownVotes[(int)t] > bestKnown) { bestKnown = knownVotes[(int)t]; knownType = t; }
                    }
                    foreach (var m in members)
                    {
                        // "(ImageNet, Kinetics-700, Moments-in-Time)": an unknown name found by its shape is typed like
                        // the known names beside it.
                        if (m.Cand is { Known: null, Type: null, AliasOf: null, Rule: "entity.shape" } other && knownType is { } tk) Vote(votes, KeyOf(other), tk, 1.5f);
                        if (m.Cand is not null) continue;
                        var w = text[m.Start..m.End];
                        int skip = ClassPrefixLength(w);
                        w = w[skip..];
                        if (w.Length < 3 || !char.IsUpper(w[0]) || ShapeStopWords.Contains(w) || _kb.Find(w) is { IsGeneric: true }) continue;
                        if (Covered(covered, m.Start, m.End)) continue;
                        var cand = new Cand { Surface = w, Start = s.Start + m.Start + skip, SentenceIndex = s.Index, Rule = "entity.list", Confidence = 0.5 };
                        cands.Add(cand);
                        if (type is { } ty) Vote(votes, KeyOf(cand), ty, 2f);
                    }
                }
            }
            members.Clear();
        }
        bool expectMember = true;
        // "A, B and C, X outperforms …": the member after the closing 'and'/'or' ends the list.
        bool afterConjunction = false, closed = false;
        for (int i = 0; i < toks.Count; i++)
        {
            var t = toks[i];
            if (expectMember)
            {
                if (!t.IsWord) { Flush(); afterConjunction = false; continue; }
                closed = afterConjunction;
                if (byStart.TryGetValue(t.Start, out var c))
                {
                    int end = t.Start + c.Surface.Length;
                    while (i + 1 < toks.Count && toks[i + 1].Start < end) i++;
                    // "GenEval Position", "T2I-CompBench Spatial": a name with a capitalised qualifier (a subset).
                    if (i + 1 < toks.Count && toks[i + 1].IsWord && toks[i + 1].Start == end + 1 && char.IsUpper(text[toks[i + 1].Start]) && !byStart.ContainsKey(toks[i + 1].Start))
                        end = toks[++i].End;
                    members.Add((t.Start, end, c));
                }
                else members.Add((t.Start, t.End, null));
                expectMember = false;
                continue;
            }
            // "Zorb (+98%), Quux (2.1%)": a parenthesised number after a member is skipped.
            if (!t.IsWord && text[t.Start] == '(' && i + 1 < toks.Count && (!toks[i + 1].IsWord || char.IsDigit(text[toks[i + 1].Start])))
            {
                int close = i + 1;
                while (close < toks.Count && close < i + 12 && (toks[close].IsWord || text[toks[close].Start] is not (')' or '('))) close++;
                if (close < toks.Count && close < i + 12 && text[toks[close].Start] == ')') { i = close; continue; }
            }
            // A separator: ',', 'and', 'or', ', and'.
            if (!closed && !t.IsWord && text[t.Start] == ',')
            {
                expectMember = true;
                if (i + 1 < toks.Count && toks[i + 1].IsWord && text[toks[i + 1].Start..toks[i + 1].End] is "and" or "or") { i++; afterConjunction = true; }
                continue;
            }
            if (!closed && t.IsWord && text[t.Start..t.End] is "and" or "or") { expectMember = true; afterConjunction = true; continue; }
            Flush();
            afterConjunction = closed = false;
            // This token may start a new list.
            if (t.IsWord) { i--; expectMember = true; }
        }
        Flush();
    }

    /// <summary>"MultiModal", "tO": a shape-only name of letters alone that the paper also writes as an ordinary
    /// lower-case word, or a two-letter word starting in lower case, is an oddly cased word, not a name: dropped.</summary>
    private static void OddlyCasedWords(List<Cand> cands, ImmutableArray<Sentence> sentences)
    {
        HashSet<string>? lowerWords = null;
        cands.RemoveAll(c =>
        {
            if (c.Rule != "entity.shape" || c.Known is not null || !c.Surface.All(char.IsAsciiLetter)) return false;
            if (c.Surface.Length == 2 && char.IsLower(c.Surface[0])) return true;
            lowerWords ??= LowerWordsOf(sentences);
            return lowerWords.Contains(c.Surface.ToLowerInvariant());
        });
    }

    /// <summary>"LLM-Answerable" (questions): a generic class joined to a capitalised ordinary word that the paper also writes
    /// in lower case ("answerable") is a label, not a name: dropped.</summary>
    private void ClassPlusOrdinaryWord(List<Cand> cands, ImmutableArray<Sentence> sentences)
    {
        HashSet<string>? lowerWords = null;
        cands.RemoveAll(c =>
        {
            if (c.Rule != "entity.shape" || c.Known is not null || c.Proposed) return false;
            int dash = c.Surface.IndexOf('-');
            if (dash <= 0 || dash + 2 >= c.Surface.Length || c.Surface.IndexOf('-', dash + 1) >= 0) return false;
            var rest = c.Surface[(dash + 1)..];
            if (!char.IsUpper(rest[0]) || rest.AsSpan(1).ContainsAnyExcept(LowerLetters) || rest.Length < 4) return false;
            // (a model class: "LLM", "MLLM", "VLM"; not a domain word such as "ECG").
            var prefix = c.Surface[..dash].TrimEnd('s');
            if (!prefix.EndsWith('M') || !NameShape.IsAllCaps(prefix) || _kb.Find(prefix) is not { IsGeneric: true }) return false;
            lowerWords ??= LowerWordsOf(sentences);
            return lowerWords.Contains(rest.ToLowerInvariant());
        });
    }

    /// <summary>"… Benchmarking for Visual Spatial Reasoning": title case capitalises every word, so a known name made
    /// of ordinary capitalised words in the title is likely the phrase, not the name; it counts only when the abstract
    /// names the same entry too.</summary>
    private static void TitleCasedKnownPhrases(List<Cand> cands)
    {
        List<Cand>? doubtful = null;
        foreach (var c in cands)
            if (c.SentenceIndex == 0 && c.Known is not null && c.AliasOf is null && IsPlainWords(c.Surface)) (doubtful ??= []).Add(c);
        if (doubtful is null) return;
        foreach (var c in doubtful)
            if (!cands.Exists(o => ReferenceEquals(o.Known, c.Known) && (o.SentenceIndex > 0 || o.AliasOf == c.Surface))) cands.Remove(c);
    }

    /// <summary>"… Towards General Medical AI" then "toward GMAI": an unknown acronym that spells the initials of a field
    /// named in the title ("… AI", "… Systems") is that field, not a name: dropped.</summary>
    private static void FieldAcronymsOfTitle(List<Cand> cands, string title)
    {
        string[]? words = null;
        cands.RemoveAll(c =>
        {
            if (c.Rule != "entity.shape" || c.Known is not null || c.AliasOf is not null || c.Surface.Length is < 3 or > 6 || !NameShape.IsAllCaps(c.Surface) || !c.Surface.All(char.IsAsciiLetter)) return false;
            words ??= title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (int j = 0; j < words.Length; j++)
            {
                if (!NameShape.FieldHeads.Contains(words[j].TrimEnd(SubtitleTrim))) continue;
                // The capitals of the words up to the head, right to left: "General Medical AI" → "GMAI".
                var initials = "";
                for (int w = j; w >= 0 && initials.Length < c.Surface.Length; w--)
                {
                    var word = words[w].TrimEnd(SubtitleTrim);
                    if (word.Length == 0) break;
                    initials = (NameShape.IsAllCaps(word) ? word : char.ToUpperInvariant(word[0]).ToString()) + initials;
                }
                if (initials == c.Surface) return true;
            }
            return false;
        });
    }

    /// <summary>The words a paper writes in lower case.</summary>
    private static HashSet<string> LowerWordsOf(ImmutableArray<Sentence> sentences)
    {
        var lowerWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
            foreach (var w in sentence.Text.Split(LowerWordSeparators, StringSplitOptions.RemoveEmptyEntries))
                if (IsLowerWords(w)) lowerWords.Add(w);
        return lowerWords;
    }

    private static readonly char[] LowerWordSeparators = [' ', ',', '.', ';', ':', '(', ')', '"', '\''];

    /// <summary>Length of a leading class plural and dash ("LLMs-" in "LLMs-Video-LLaMA", a dash used as punctuation),
    /// else 0.</summary>
    private int ClassPrefixLength(string word)
    {
        int dash = word.IndexOf('-');
        return dash > 2 && word[dash - 1] == 's' && dash + 1 < word.Length && char.IsUpper(word[dash + 1])
            && _kb.Find(word[..(dash - 1)]) is { IsGeneric: true } ? dash + 1 : 0;
    }

    private static bool HasUpperOrDigit(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (char.IsUpper(c) || char.IsDigit(c)) return true;
        return false;
    }

    private static bool IsLowerWords(string s)
    {
        foreach (var c in s) if (char.IsUpper(c)) return false;
        return true;
    }

    private static void Vote(Dictionary<string, float[]> votes, string key, NodeLabel type, float weight)
    {
        if (!votes.TryGetValue(key, out var v)) votes[key] = v = new float[6];
        v[(int)type] += weight;
    }

    /// <summary>Proposal patterns and the words around each mention of the sentence.</summary>
    private void ReadContext(Sentence s, List<NameToken> toks, List<Cand> cands, Dictionary<string, float[]> votes)
    {
        // The candidates of this sentence, in order.
        var here = new List<Cand>();
        foreach (var c in cands) if (c.SentenceIndex == s.Index) here.Add(c);
        here.Sort((a, b) => a.Start.CompareTo(b.Start));
        var text = s.Text;

        foreach (var c in here)
        {
            if (c.Known is not null) continue;
            var key = KeyOf(c);
            int rel = c.Start - s.Start;
            int end = rel + c.Surface.Length;
            // Next word(s): "X benchmark", "X dataset", "X model", "X framework"; skip a closing parenthesis group.
            var after = NextWords(text, end, 3);
            if (after.Count > 0 && after[0] is "task" or "tasks" or "subtask" or "subtasks" or "setting" or "settings" or "format" or "formats" or "score" or "scores" or "tokens" or "token"
                    or "robot" or "robots" or "arm" or "simulator" or "engine" or "GPU" or "GPUs")
                // ("X scores 71.0%": the verb, not the noun.)
                if (!(after[0] is "scores" && after.Count > 1 && char.IsDigit(after[1][0])))
                Vote(votes, key, NodeLabel.Paper, 3f); // Paper stands for "not an entity"
            if (after.Count > 0 && NameShape.HeadNouns.TryGetValue(after[0], out var t1) && (t1 != NodeLabel.Metric || after[0].StartsWith("metric", StringComparison.OrdinalIgnoreCase))) Vote(votes, key, ScoredOn(t1, text), 3f);
            else if (after.Count > 1 && NameShape.SplitType(after[0], after[1]) is { } tsplit) Vote(votes, key, tsplit, 3f);
            else if (after.Count > 1 && (IsModifier(after[0]) || after[0].All(char.IsLower)) && NameShape.HeadNouns.TryGetValue(after[1], out var t2) && t2 != NodeLabel.Metric) Vote(votes, key, t2, 2f);
            // "the A, B and C benchmarks": the head noun after a coordinated list types every member.
            int listEnd = CoordinatedListEnd(here, s.Start, text, end);
            if (listEnd > end && NextWords(text, listEnd, 1) is [var head] && head.EndsWith('s') && NameShape.HeadNouns.TryGetValue(head, out var tl)
                && (tl != NodeLabel.Metric || head == "metrics"))
                Vote(votes, key, ScoredOn(tl, text), 2.5f);
            // Apposition: "X, a new benchmark …", "X is a … framework".
            var appo = AppositionHead(text, end);
            if (appo is { } ta) Vote(votes, key, ta, 4f);
            // Before: "the benchmark X", "a new dataset, X", "on X".
            var before = PrevWords(text, rel, 10);
            // Walk back over a coordinated list of names ("on A, B and C").
            int k0 = 0;
            while (k0 < before.Count - 1 && k0 < 9 && (before[k0] is "and" or "or" or "including" or "like" or "as" or "such" or "e.g" or "the" || SkipBeforeName.Contains(before[k0])
                || char.IsUpper(before[k0][0]) && (NameShape.IsNameLike(before[k0]) || NameShape.IsAllCaps(before[k0]) || before[k0].Contains('-')))) k0++;
            for (int k = k0; k < before.Count && k < k0 + 4; k++)
            {
                // "we benchmark A, B and C": the verb, not the noun.
                if (before[k] is "benchmark" && k + 1 < before.Count && before[k + 1] is "we" or "We" or "to") break;
                if (NameShape.HeadNouns.TryGetValue(before[k], out var tb) && tb != NodeLabel.Metric)
                { Vote(votes, key, ScoredOn(tb, text), k == k0 ? 2f : 1.5f); break; }
                // "an evaluation set X", "the training split X" (not "On A validation set, X achieves").
                if (k == 0 && k + 1 < before.Count && NameShape.SplitType(before[k + 1], before[k]) is { } tsb && text.AsSpan(0, rel).TrimEnd().EndsWith(before[k], StringComparison.Ordinal))
                { Vote(votes, key, tsb, 2f); break; }
                // "benchmarks show that X …": a head noun in another clause says nothing about X.
                if (before[k] is "that" or "which" or "where" or "while" or "when" or "whereas") break;
                // "based on X", "relies on X": what X is built from, not where it is scored.
                if (before[k] is "on" && k + 1 < before.Count && before[k + 1] is "based" or "built" or "relies" or "rely" or "relying" or "depends" or "depend" or "conditioned" or "focus" or "focuses" or "focusing")
                    break;
                if (before[k] is "on" or "across")
                {
                    // "evaluated on X" names a benchmark; "pre-trained on X", "fine-tuning on X" a data set.
                    var on = k + 1 < before.Count && IsTrainingWord(before[k + 1]) ? NodeLabel.Dataset : NodeLabel.Benchmark;
                    if (k == k0 || (k == k0 + 1 && before[k0] == "the")) Vote(votes, key, on, 1.5f);
                    break;
                }
                if (before[k] is "in" or "of" or "for" or "with" or "by" or "to" or "from" or "than" or "and" or "or") break;
            }
            // The name's ending votes once per name, not once per mention.
            if (NameShape.TypeFromSuffix(c.Surface) is { } ts && votes.TryAdd("\u0001suffix:" + key, [])) Vote(votes, key, ts, 2f);
            if (c.Rule == "entity.definition" && c.AliasOf is null) Vote(votes, key, NameShape.TypeFromHead(c.Surface), 1f);
        }

        // "our X"
        foreach (var c in here)
        {
            if (c.AliasOf is not null) continue;
            // A known model or benchmark can be the paper's own ("within the new Med-X family" of the paper that made it).
            if (c.Known is not null)
            {
                if (c.Known.Type is NodeLabel.Model or NodeLabel.Benchmark or NodeLabel.Dataset && OwnByContext(text, c.Start - s.Start, c.Surface.Length, known: true)) c.Proposed = true;
                continue;
            }
            var before = PrevWords(text, c.Start - s.Start, 4);
            for (int k = 0; k < before.Count; k++)
            {
                if (before[k].Equals("our", StringComparison.OrdinalIgnoreCase)) { c.Proposed = true; if (c.Rule == "entity.shape") c.Rule = "entity.our"; break; }
                // "our X", "our novel X", "our model, X", "our proposed method, X", "Our approach - X".
                if (!SkipBeforeName.Contains(before[k]) && before[k] is not ("-" or "–" or "—") && before[k] is not "proposed" && !before[k].EndsWith("ing", StringComparison.Ordinal) && !before[k].EndsWith("-based", StringComparison.Ordinal) &&
                    !NameShape.HeadNouns.ContainsKey(before[k])) break;
            }
            // "X, a new/novel …" opening the sentence.
            if (c.Start == s.Start && StartsApposition(text, c.Surface.Length)) c.Proposed = true;
            // "we take a step … with GarageVQA, a suite of 5K questions": an unknown name set off by an indefinite noun
            // phrase with a head noun in a sentence about the paper's own work (not "on X, a popular benchmark").
            if (!c.Proposed && c.Rule != "entity.definition" && OwnWordRegex().IsMatch(text) &&
                ApposedIndefinite().Match(text, c.Start - s.Start + c.Surface.Length) is { Success: true } ai && ai.Index == c.Start - s.Start + c.Surface.Length &&
                NameShape.HeadNouns.TryGetValue(ai.Groups["h"].Value, out var aht) && aht != NodeLabel.Metric && !OthersWords().IsMatch(ai.Groups["m"].Value) &&
                !PrevWords(text, c.Start - s.Start, 2).Exists(w => w is "on" or "than" or "over" or "against" or "from" or "like" or "as" or "compared" or "versus" or "vs" or "outperforms" or "surpasses" or "beats" or "of" or "to" or "and" or "e.g" or "including" or "such"))
                c.Proposed = true;
            if (!c.Proposed && OwnByContext(text, c.Start - s.Start, c.Surface.Length)) c.Proposed = true;
            if (!c.Proposed && NewlyDefinedPart(c, text, c.Start - s.Start)) c.Proposed = true;
            // "Building on this, 4D Reinforcement Learning (4DRL) further tackles …": a new definition opening a step of
            // the paper's own pipeline.
            if (!c.Proposed && c.Rule == "entity.definition" && SentenceOpening().IsMatch(text.AsSpan(0, c.Start - s.Start)) &&
                NextWords(text, c.Start - s.Start + c.Surface.Length, 1) is ["further" or "then" or "subsequently" or "additionally"])
                c.Proposed = true;
            // "we scale up … within the Zeta-SI family": an unknown name of a model family in a sentence about the
            // paper's own work.
            if (!c.Proposed && NextWords(text, c.Start - s.Start + c.Surface.Length, 1) is ["family" or "series"] && OwnWordRegex().IsMatch(text) &&
                !PrevWords(text, c.Start - s.Start, 5).Exists(w => w is "and" or "or" || UsedFamilyVerb().IsMatch(w)))
                c.Proposed = true;
        }

        // "our novel Context Fusion Module", "release a high-quality Gait Captions dataset": an announced run of
        // capitalised words no other rule found.
        OwnSetOffWords(s, here, cands, votes);
        IntroducedAppositions(s, here, cands, votes);
        AnnouncedPhrases(s, here, cands, votes);
        ApposedPhrases(s, here, cands, votes);

        // "we introduce/propose/present … X"
        // One run of the trigger per sentence, and only when a proposal verb stem occurs at all.
        var triggers = text.AsSpan().IndexOfAny(ProposalStems) >= 0 ? ProposalTrigger().Matches(text) : null;
        var starts = new List<int>();
        foreach (Match m in (IEnumerable<Match>?)triggers ?? []) starts.Add(m.Index + m.Length);
        // "Zorb+ introduces a unified tokenizer, TwinTok": the paper's own (earlier proposed) thing as subject.
        if (triggers is not null && OwnSubjectTrigger().Match(text) is { Success: true } st &&
            (st.Groups["s"].Value is "It" || st.Groups["s"].Value.Contains(' ') ||
             cands.Exists(c => c.Proposed && c.SentenceIndex < s.Index && c.Surface == st.Groups["s"].Value)))
            starts.Add(st.Index + st.Length);
        foreach (var start in starts)
        {
            // "we propose the concept of X": the name comes after the abstract noun.
            int from = ConceptOf().Match(text, start) is { Success: true } co ? co.Index + co.Length : start;
            int limit = ClauseEnd(text, from);
            Cand? first = null;
            // "we present Drovix. Drovix …", "we propose Brovix, a compact reader, and release …": one capitalised word
            // right after the verb that ends there is the announced name, even when a later name follows.
            if (VerbObjectWord(text, from) is { } vw && !here.Exists(c => c.Start - s.Start < vw.Start + vw.Length && vw.Start < c.Start - s.Start + c.Surface.Length))
            {
                var cand = new Cand { Surface = text.Substring(vw.Start, vw.Length), Start = s.Start + vw.Start, SentenceIndex = s.Index, Rule = "entity.we-introduce", Confidence = 0.6 };
                cands.Add(cand);
                here.Add(cand);
                here.Sort((a, b) => a.Start.CompareTo(b.Start));
                Vote(votes, KeyOf(cand), NameShape.TypeFromHead(cand.Surface), 1f);
                if (AppositionHead(text, vw.Start + vw.Length) is { } ta) Vote(votes, KeyOf(cand), ta, 3f);
            }
            foreach (var c in here)
            {
                int rel = c.Start - s.Start;
                if (rel < from || rel >= limit) continue;
                // A known method or metric after a proposal verb is used, not proposed ("a novel Mixture-of-Experts
                // (MoE) strategy"); a known model or benchmark right after it may be the paper's own.
                if (c.Known is not null && (c.Known.Type is NodeLabel.Method or NodeLabel.Metric || WordsBetween(text, from, rel) > 3)) continue;
                // "a causal Q-Former structure": a known name that modifies a part noun names what the new part is built from.
                if (c.Known is not null && NextWords(text, rel + c.Surface.Length, 1) is [var partNoun] && PartOfNouns.Contains(partNoun)) continue;
                if (c.AliasOf is not null) continue;
                if (first is null)
                {
                    // Only "announced" names: nothing but modifiers and head nouns between the verb and the name.
                    if (!OnlyModifiersBetween(text, from, rel) && !HeadNounBefore(text, from, rel)) break;
                    first = c;
                    Propose(c, votes, text, from, rel);
                    continue;
                }
                // Further names joined by "and"/"," right after the first ("we propose A and B").
                var gap = text.AsSpan(first.Start - s.Start + first.Surface.Length, Math.Max(0, rel - (first.Start - s.Start + first.Surface.Length))).Trim();
                if (gap.Length <= 5 && (gap.SequenceEqual("and") || gap.SequenceEqual(",") || gap.SequenceEqual(", and")))
                { Propose(c, votes, text, from, rel); first = c; }
                // "we propose A, a benchmark for …, and B, a dataset …", "a new benchmark, A, and a baseline model, B".
                else if (gap.Length <= 120 && gap.StartsWith(",") && AndThenName().IsMatch(gap))
                { Propose(c, votes, text, from, rel); first = c; }
                else break;
            }
            // "the first benchmark for video hallucination, VidHallu, …": after a qualified noun only a name-shaped one.
            if (first is null && NounCommaName().Match(text, from) is { Success: true } nc && nc.Index < limit &&
                (!nc.Groups["for"].Success || HasUpperOrDigit(nc.Groups["n"].ValueSpan)))
            {
                // "we propose a new adapter architecture, q-adapter, which …": the name after "<noun>,".
                var g = nc.Groups["n"];
                var existing = here.Find(c => c.Start - s.Start == g.Index);
                if (existing is not null)
                {
                    // "a novel benchmark, VQA-vague,": the whole name, not the part the shape rule cut off.
                    if (existing.Known is null && existing.AliasOf is null && existing.Surface.Length < g.Length) existing.Surface = g.Value;
                    if (existing.Known is null) Propose(existing, votes, text, from, g.Index);
                }
                else
                {
                    var cand = new Cand { Surface = g.Value, Start = s.Start + g.Index, SentenceIndex = s.Index, Proposed = true, Rule = "entity.we-introduce", Confidence = 0.65 };
                    cands.Add(cand);
                    Propose(cand, votes, text, from, g.Index);
                }
                first = existing ?? cands[^1];
            }
            // "we present an any-to-any multimodal system, Zeta-GPT.", "a lightweight approach, Key-frame Video LLM
            // (Koala), that …": the name set off by a comma after an announced noun phrase of any head noun.
            // "we build a benchmark of 5K questions over indoor scans (PorchBench)": the bracketed name closing the announced
            // noun phrase.
            if (first is null && BracketedAfterNounPhrase(s, here, cands, from, limit) is { } bracketed)
            {
                Propose(bracketed, votes, text, from, bracketed.Start - s.Start);
                first = bracketed;
            }
            if (first is null && ApposedAfterNounPhrase(s, here, cands, from, limit) is { } named)
            {
                Propose(named, votes, text, from, named.Start - s.Start);
                first = named;
            }
            if (first is null)
            {
                // "we propose a Visual Anchor Search method": a run of capitalised words after the verb.
                var phrase = CapitalisedPhrase(text, from, limit);
                if (phrase is { } p)
                {
                    var cand = new Cand { Surface = text.Substring(p.Start, p.Length), Start = s.Start + p.Start, SentenceIndex = s.Index, Proposed = true, Rule = "entity.we-introduce", Confidence = 0.6 };
                    cands.Add(cand);
                    var after = NextWords(text, p.Start + p.Length, 1);
                    var key = KeyOf(cand);
                    if (after.Count == 1 && NameShape.HeadNouns.TryGetValue(after[0], out var th) && th != NodeLabel.Metric) Vote(votes, key, th, 3f);
                    else Vote(votes, key, NameShape.TypeFromHead(cand.Surface), 1f);
                    var appo = AppositionHead(text, p.Start + p.Length);
                    if (appo is { } ta) Vote(votes, key, ta, 3f);
                }
                // "we propose region-anchored thinking, a reasoning process …": a bare lower-case phrase (no
                // article) right after the verb, set off by an apposition or a relative clause, names a method.
                else if (LowerCaseProposal(text, from, limit) is { } lp)
                {
                    var cand = new Cand { Surface = text.Substring(lp.Start, lp.Length), Start = s.Start + lp.Start, SentenceIndex = s.Index, Proposed = true, Rule = "entity.we-introduce", Confidence = 0.55 };
                    cands.Add(cand);
                    var key = KeyOf(cand);
                    Vote(votes, key, NodeLabel.Method, 1f);
                    if (AppositionHead(text, lp.Start + lp.Length) is { } ta) Vote(votes, key, ta, 3f);
                }
            }
        }

        // "(1) Cross-View Drift, (2) Step Order Recall": numbered capitalised phrases in a proposal sentence.
        var ptrig = triggers is { Count: > 0 } ? triggers[0] : Match.Empty;
        if (ptrig.Success || text.Contains(" introduces ", StringComparison.Ordinal))
        {
            int from0 = ptrig.Success ? ptrig.Index : text.IndexOf(" introduces ", StringComparison.Ordinal);
            foreach (Match nm in NumberedPhrase().Matches(text, from0))
            {
                // Only lists of the paper's own parts ("three metrics: (1) …", "two components: (1) …"), not of
                // parts of a benchmark or of advantages.
                if (!ListOfOwnParts().IsMatch(text.AsSpan(from0, nm.Index - from0))) break;
                var g = nm.Groups["p"];
                // A known method in the list ("2) Supervised Fine-Tuning") is used, not proposed.
                if (here.Find(c => c.Start - s.Start == g.Index) is { } listed) { if (listed.Known is null) listed.Proposed = true; continue; }
                var cand = new Cand { Surface = g.Value, Start = s.Start + g.Index, SentenceIndex = s.Index, Proposed = true, Rule = "entity.we-introduce", Confidence = 0.6 };
                cands.Add(cand);
                var key = KeyOf(cand);
                var head = text.AsSpan(from0, nm.Index - from0);
                if (head.Contains("metric", StringComparison.OrdinalIgnoreCase)) Vote(votes, key, NodeLabel.Metric, 3f);
                else if (head.Contains("benchmark", StringComparison.OrdinalIgnoreCase)) Vote(votes, key, NodeLabel.Benchmark, 3f);
                else if (head.Contains("dataset", StringComparison.OrdinalIgnoreCase)) Vote(votes, key, NodeLabel.Dataset, 3f);
                else Vote(votes, key, NodeLabel.Method, 1f);
            }
        }

        // "we develop two pretraining tasks, cross-view token matching and in-view patch shuffling, which …":
        // lower-case phrases set off after a counted plural of the paper's own parts.
        if (ptrig.Success && CountedLowerCasePair().Match(text, ptrig.Index) is { Success: true } pair &&
            starts.Exists(f => f <= pair.Index && OnlyModifiersBetween(text, f, pair.Index)))
            foreach (var g in (Group[])[pair.Groups["a"], pair.Groups["b"]])
                if (!here.Exists(c => c.Start - s.Start < g.Index + g.Length && g.Index < c.Start - s.Start + c.Surface.Length))
                {
                    var cand = new Cand { Surface = g.Value, Start = s.Start + g.Index, SentenceIndex = s.Index, Proposed = true, Rule = "entity.we-introduce", Confidence = 0.55 };
                    cands.Add(cand);
                    Vote(votes, KeyOf(cand), NodeLabel.Method, 1f);
                }

        // "we design three modules: a Temporal Aggregator, a Spatial Refiner and a Memory Bank": capitalised phrases
        // listed after a colon that follows the paper's own parts.
        if (ptrig.Success && text.IndexOf(':', ptrig.Index) is int colon and > 0 && ListOfOwnParts().IsMatch(text.AsSpan(ptrig.Index, colon - ptrig.Index)))
        {
            var head = text.AsSpan(ptrig.Index, colon - ptrig.Index);
            var partType = head.Contains("metric", StringComparison.Ordinal) ? NodeLabel.Metric : head.Contains("benchmark", StringComparison.Ordinal) ? NodeLabel.Benchmark :
                head.Contains("dataset", StringComparison.Ordinal) ? NodeLabel.Dataset : head.Contains("model", StringComparison.Ordinal) ? NodeLabel.Model : NodeLabel.Method;
            OwnPartsAfterColon(s, colon + 1, partType, here, cands, votes);
        }

        // "we construct two datasets: the synthetic X dataset and …": after a proposal verb, a name that a dataset or
        // benchmark noun follows, set off by an article (not by "from/on/of": data the paper draws on).
        if (triggers is { Count: > 0 } && triggers[0] is { Success: true } dtrig)
            foreach (var c in here)
            {
                int rel = c.Start - s.Start;
                if (c.Proposed || c.Known is not null || c.AliasOf is not null || rel <= dtrig.Index) continue;
                var after = NextWords(text, rel + c.Surface.Length, 1);
                if (after.Count == 0 || after[0] is not ("dataset" or "benchmark" or "corpus")) continue;
                var before = PrevWords(text, rel, 4);
                int k = 0;
                while (k < before.Count - 1 && k < 3 && before[k].All(ch => char.IsLower(ch) || ch == '-') && before[k] is not ("the" or "a" or "an" or "from" or "on" or "of" or "in" or "with" or "using")) k++;
                if (k < before.Count && before[k] is "the" or "a" or "an" && (k + 1 >= before.Count || before[k + 1] is not ("from" or "on" or "of" or "in" or "with" or "using" or "to" or "by")))
                    c.Proposed = true;
            }
        // Definitions after a proposal verb are the paper's own ("we propose A (AA) and B (BB)"), but not the tasks a
        // proposed benchmark covers ("… to evaluate three tasks, which include Video Grounding (VG), …").
        if (starts.Count > 0)
            foreach (var c in here)
                if (c.Known is null && c.Rule == "entity.definition" && c.AliasOf is null && c.Start - s.Start > starts.Min() &&
                    !UsedAfter(PrevWords(text, c.Start - s.Start, 2)) && !TasksWord().IsMatch(text.AsSpan(starts.Min(), c.Start - s.Start - starts.Min())))
                    c.Proposed = true;
        // "we employ Noise-Shaped Tuning (NST), which …": a new long form with its abbreviation right after a verb of use is
        // the paper's own (a known one is used).
        foreach (Match um in OwnUseVerb().Matches(text))
            foreach (var c in here)
                if (c.Known is null && c.Rule == "entity.definition" && c.AliasOf is null && c.Start - s.Start >= um.Index + um.Length &&
                    c.Start - s.Start - (um.Index + um.Length) <= 40 && OnlyModifiersBetween(text, um.Index + um.Length, c.Start - s.Start))
                { c.Proposed = true; break; }
        // "An audio-visual benchmark (AVEB) is also proposed": the last name before the passive verb.
        if (PassiveProposal().Match(text) is { Success: true } pass)
        {
            Cand? last = null;
            foreach (var c in here)
                if (c.Start - s.Start < pass.Index && c.Known is null) last = c.AliasOf is null ? c : last ?? c;
            if (last is not null && WordsBetween(text, last.Start - s.Start + last.Surface.Length, pass.Index) <= 8) { last.Proposed = true; }
            // "a base MLLM, Kakapo, is built": a one-word name set off after a head noun right before the passive verb.
            else if (PassiveSetOffName().Match(text[..pass.Index]) is { Success: true } pn && NameShape.HeadNouns.ContainsKey(pn.Groups["h"].Value) && !here.Exists(c => c.Start - s.Start == pn.Groups["n"].Index))
            {
                var cand = new Cand { Surface = pn.Groups["n"].Value, Start = s.Start + pn.Groups["n"].Index, SentenceIndex = s.Index, Proposed = true, Rule = "entity.we-introduce", Confidence = 0.6 };
                cands.Add(cand);
                here.Add(cand);
                here.Sort((a, b) => a.Start.CompareTo(b.Start));
                if (NameShape.HeadNouns.TryGetValue(pn.Groups["h"].Value, out var th) && th != NodeLabel.Metric) Vote(votes, KeyOf(cand), th, 3f);
            }
        }

        // "Our methodology includes a Difference Area Generator …, followed by a Caption Writer …".
        if (OwnPartsSentence().Match(text) is { Success: true } parts)
            OwnPartsAfterArticle(s, parts.Index + parts.Length, here, cands, votes);

        // "… called/named/dubbed X"
        CalledPhrases(s, here, cands, starts.Count > 0 || PassiveProposal().IsMatch(text));
        foreach (var c in here)
        {
            if (c.Known is not null || c.AliasOf is not null) continue;
            int rel = c.Start - s.Start;
            if (rel > 0 && CalledBefore(PrevWords(text, rel, 5)))
            {
                c.Proposed = true;
                if (c.Rule == "entity.shape") c.Rule = "entity.called";
                // "a novel Spatial Sense and Reasoning method, dubbed SSR": a short form of the name right before is its alias.
                if (ShortFormOfPrevious(s, cands, c, rel) is { } longName) { c.AliasOf = longName; continue; }
                // "a benchmark called X": the noun before "called" types it.
                var before = PrevWords(text, rel, 3);
                bool typed = false;
                for (int k = 1; k < before.Count && !typed; k++)
                    if (NameShape.HeadNouns.TryGetValue(before[k], out var tb) && tb != NodeLabel.Metric) { Vote(votes, KeyOf(c), tb, 3f); typed = true; }
                // "a Large Spoken Benchmark which covers 9 tasks, named as X": the nearest singular head noun of the clause.
                if (!typed)
                    foreach (var w in PrevWords(text, rel, 25))
                        if (!w.EndsWith('s') && NameShape.HeadNouns.TryGetValue(w, out var tf) && tf != NodeLabel.Metric) { Vote(votes, KeyOf(c), tf, 2f); break; }
                PhraseBeforeNamingWord(c, s, here, cands);
            }
        }
    }

    /// <summary>"a novel Spatial Sense and Reasoning method, dubbed SSR": the capitalised phrase right before the naming
    /// word and the name after it are one entity, the name; the phrase stays as its alias only when the name spells it
    /// (a definition), else it is dropped.</summary>
    private static void PhraseBeforeNamingWord(Cand named, Sentence s, List<Cand> here, List<Cand> cands)
    {
        var text = s.Text;
        int rel = named.Start - s.Start;
        Cand? phrase = null;
        foreach (var c in cands)
            if (c != named && c.SentenceIndex == s.Index && c.Start < named.Start && c.Start + c.Surface.Length <= named.Start && (phrase is null || c.Start > phrase.Start)) phrase = c;
        if (phrase is not { Known: null, AliasOf: null, Rule: "entity.we-introduce" or "entity.our" } || !phrase.Surface.Contains(' ')) return;
        int end = phrase.Start - s.Start + phrase.Surface.Length;
        // Only a head noun (or nothing) and the naming word between them.
        var between = Words(text.AsSpan(end, rel - end));
        if (between.Count is 0 or > 3 || !(between[^1] is "dubbed" or "termed" or "called" or "named" or "coined" || between[^1] is "as" && between.Count > 1)) return;
        if (between.Count > 1 && !(NameShape.HeadNouns.ContainsKey(between[0]) || between[0] is "dubbed" or "termed" or "called" or "named" or "coined")) return;
        if (Abbreviations.LongFormStart(named.Surface, phrase.Surface) == 0 && char.IsUpper(named.Surface[0]) && NameShape.IsAllCaps(named.Surface.AsSpan(0, Math.Min(2, named.Surface.Length))))
        {
            phrase.AliasOf = named.Surface;
            phrase.Rule = "entity.definition";
        }
        else
        {
            cands.Remove(phrase);
            here.Remove(phrase);
        }
    }

    /// <summary>The items of a list "a A, a B and C" from <paramref name="from"/>: each that opens with a run of capitalised
    /// words (after an article) names one of the paper's own parts.</summary>
    private static void OwnPartsAfterColon(Sentence s, int from, NodeLabel partType, List<Cand> here, List<Cand> cands, Dictionary<string, float[]> votes)
    {
        var text = s.Text;
        int end = ClauseEnd(text, from);
        for (int at = from; at < end;)
        {
            int next = text.IndexOf(", ", at, end - at, StringComparison.Ordinal);
            int and = text.IndexOf(" and ", at, end - at, StringComparison.Ordinal);
            int stop = next < 0 ? (and < 0 ? end : and) : (and < 0 ? next : Math.Min(next, and));
            int i = at;
            while (i < stop && text[i] == ' ') i++;
            // ", and Final Correctness": the last item of a list with a serial comma.
            if (string.CompareOrdinal(text, i, "and ", 0, 4) == 0) i += 4;
            foreach (var article in (string[])["a ", "an ", "the "])
                if (string.CompareOrdinal(text, i, article, 0, article.Length) == 0) { i += article.Length; break; }
            // "two models: Aria-Base and Aria-Chat": a name another rule found as the whole item.
            if (here.Find(c => c.Start - s.Start == i) is { Known: null, AliasOf: null } whole && i + whole.Surface.Length >= stop - 1)
                whole.Proposed = true;
            else if (!here.Exists(c => c.Start - s.Start == i) && OneWordName().Match(text, i) is { Success: true } one && i + one.Length >= stop - 1 &&
                     (one.Value.Contains('-') || HasUpperOrDigit(one.ValueSpan[1..])))
            {
                // A one-word name shaped like a name ("Wren-Base").
                var cand = new Cand { Surface = one.Value, Start = s.Start + i, SentenceIndex = s.Index, Proposed = true, Rule = "entity.we-introduce", Confidence = 0.55 };
                cands.Add(cand);
                Vote(votes, KeyOf(cand), partType == NodeLabel.Method ? NameShape.TypeFromHead(cand.Surface) : partType, partType == NodeLabel.Method ? 1f : 3f);
            }
            else if (CapitalisedPhrase(text, i, stop) is { } p && p.Start == i && p.Length >= stop - i - 1 &&
                !here.Exists(c => c.Start - s.Start < p.Start + p.Length && p.Start < c.Start - s.Start + c.Surface.Length))
            {
                var cand = new Cand { Surface = text.Substring(p.Start, p.Length), Start = s.Start + p.Start, SentenceIndex = s.Index, Proposed = true, Rule = "entity.we-introduce", Confidence = 0.55 };
                cands.Add(cand);
                Vote(votes, KeyOf(cand), partType, partType == NodeLabel.Method ? 1f : 3f);
            }
            at = stop + (stop == next ? 2 : 5);
        }
    }

    /// <summary>"the concept of", "to train": words between a proposal verb and what it announces.</summary>
    [GeneratedRegex(@"\G\s+(?:(?:the\s+|a\s+new\s+)?(?:concept|notion|idea)\s+of|to\s+(?:train|build|learn|construct|design|develop|create))\b", RegexOptions.CultureInvariant)]
    private static partial Regex ConceptOf();

    /// <summary>A noun phrase right after a proposal verb, set off by a comma: "(an) end-to-end any-to-any system, ".</summary>
    [GeneratedRegex(@"\G\s*(?:(?:an?|the)\s+)?(?<np>[^,;:()]{1,100}?),\s+", RegexOptions.CultureInvariant)]
    private static partial Regex NounPhraseComma();

    /// <summary>Nouns of a method's parts that head an announced noun phrase as well as the head nouns do ("a newly
    /// introduced intermediate representation, X").</summary>
    private static readonly FrozenSet<string> PartNouns = new[]
    {
        "representation", "network", "adapter", "engine", "toolkit", "platform", "environment", "protocol", "layer",
        "head", "block", "token", "prompt", "evaluator", "simulator", "generator", "library",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>", our (proposed) router," right after a name: the name is the paper's own thing.</summary>
    [GeneratedRegex(@"^, our (?:[a-z][\w-]* ){0,2}?[a-z][\w-]*,", RegexOptions.CultureInvariant)]
    private static partial Regex OurApposition();

    /// <summary>"verifier", "router", "planner", "detector": a lower-case noun of a thing that acts.</summary>
    private static bool IsAgentNoun(string w) =>
        w.Length >= 6 && w.All(char.IsLower) && (w.EndsWith("er", StringComparison.Ordinal) || w.EndsWith("or", StringComparison.Ordinal)) && w is not ("other" or "either" or "neither" or "further" or "rather" or "better" or "larger" or "smaller" or "stronger" or "faster" or "longer" or "higher" or "lower" or "former" or "latter");

    /// <summary>Nouns after a known model's name that make the name a modifier: "a causal Q-Former structure".</summary>
    private static readonly FrozenSet<string> PartOfNouns = new[]
    {
        "structure", "module", "architecture", "layer", "layers", "block", "blocks", "design", "variant", "head", "adapter", "style",
        "backbone", "encoder", "decoder", "component",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that make the text after a proposal verb something other than a noun phrase naming what is proposed.</summary>
    private static readonly FrozenSet<string> NotInAnnouncedPhrase = new[]
    {
        "of", "on", "with", "using", "from", "by", "to", "than", "that", "which", "in", "into", "via", "over", "is", "are",
        "we", "our", "it", "its", "their", "this", "these", "both", "between", "across", "such", "as", "e.g.", "i.e.",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The name of "we propose a lightweight approach, Name, …" / "…, Long Name (LN), …": after a noun phrase of at
    /// most eight words that ends with a head noun and has no preposition, verb or known name in it, the unknown name right after the comma, or the one in
    /// brackets after its long form.</summary>
    private static Cand? ApposedAfterNounPhrase(Sentence s, List<Cand> here, List<Cand> cands, int from, int limit)
    {
        var text = s.Text;
        if (NounPhraseComma().Match(text, from) is not { Success: true } m) return null;
        int at = m.Index + m.Length;
        // "a simple yet effective method, i.e., Long Form (LF)".
        if (string.CompareOrdinal(text, at, "i.e., ", 0, 6) == 0) at += 6;
        if (at >= limit || here.Exists(c => c.Known is not null && c.Start - s.Start >= from && c.Start - s.Start < at)) return null;
        var np = Words(m.Groups["np"].ValueSpan, 9);
        if (np.Count == 0 || np.Count > 8 || np.Exists(NotInAnnouncedPhrase.Contains) || !(NameShape.HeadNouns.ContainsKey(np[^1]) || PartNouns.Contains(np[^1]) || IsAgentNoun(np[^1]))) return null;
        int nameAt = at;
        var named = here.Find(c => c.Start - s.Start == at);
        if (named is null && SetOffName().Match(text, at) is not { Success: true })
        {
            // "Key-frame Video LLM (Koala)": a long form the definition rule did not pair; the bracketed name.
            int open = text.IndexOf(" (", at, Math.Min(90, limit - at), StringComparison.Ordinal);
            if (open < 0 || text.AsSpan(at, open - at).IndexOfAny(',', ';') >= 0) return null;
            nameAt = open + 2;
            named = here.Find(c => c.Start - s.Start == nameAt);
        }
        if (named is null)
        {
            // A name no other rule found: one capitalised word-token set off by punctuation.
            if (SetOffName().Match(text, nameAt) is not { Success: true } sm) return null;
            named = new Cand { Surface = sm.Groups["n"].Value, Start = s.Start + nameAt, SentenceIndex = s.Index, Rule = "entity.we-introduce", Confidence = 0.6 };
            cands.Add(named);
            here.Add(named);
            here.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
        // A known method or metric there is used ("a sparse routing strategy, MoE,"); a known model or benchmark so set
        // off is the paper's own.
        return named is { AliasOf: null } && named.Known?.Type is null or NodeLabel.Model or NodeLabel.Benchmark or NodeLabel.Dataset ? named : null;
    }

    /// <summary>The one-token name in brackets that closes a noun phrase announced by a proposal verb: "a benchmark of 5K
    /// questions (PorchBench)" (an indefinite article opens the phrase, a head noun is in it, no comma or known name).</summary>
    private static Cand? BracketedAfterNounPhrase(Sentence s, List<Cand> here, List<Cand> cands, int from, int limit)
    {
        var text = s.Text;
        int i = from;
        while (i < limit && text[i] == ' ') i++;
        if (!(string.CompareOrdinal(text, i, "a ", 0, 2) == 0 || string.CompareOrdinal(text, i, "an ", 0, 3) == 0)) return null;
        int open = text.IndexOf(" (", i, Math.Min(160, limit - i), StringComparison.Ordinal);
        if (open < 0 || text.AsSpan(i, open - i).IndexOfAny(',', ';') >= 0) return null;
        int close = text.IndexOf(')', open);
        if (close < 0 || close > limit) return null;
        var words = Words(text.AsSpan(i, open - i), 30);
        if (!words.Exists(w => NameShape.HeadNouns.ContainsKey(w) || PartNouns.Contains(w))) return null;
        if (here.Exists(c => c.Start - s.Start >= i && c.Start - s.Start < open && (c.Known is not null || c.AliasOf is null))) return null;
        int at = open + 2;
        // "… in large language models (LMMs)": a short form of the words before the bracket defines them, it names no new thing.
        var content = text.AsSpan(at, close - at);
        if (Abbreviations.LongFormStart(content, text.AsSpan(i, open - i)) >= 0 || content.Length > 1 && content[^1] == 's' && char.IsUpper(content[^2])) return null;
        var found = here.Find(c => c.Start - s.Start == at);
        if (found is not null) return found.Known is null && found.Surface.Length == close - at ? found : null;
        if (SetOffName().Match(text, at) is not { Success: true } sm || at + sm.Length != close || NotNameWords.Contains(sm.Value)) return null;
        var cand = new Cand { Surface = sm.Groups["n"].Value, Start = s.Start + at, SentenceIndex = s.Index, Rule = "entity.we-introduce", Confidence = 0.6 };
        cands.Add(cand);
        here.Add(cand);
        here.Sort((a, b) => a.Start.CompareTo(b.Start));
        return cand;
    }

    [GeneratedRegex(@"\G[A-Z][\w\-+.]*[\w+]", RegexOptions.CultureInvariant)]
    private static partial Regex OneWordName();

    /// <summary>A one-token name with a capital, set off by punctuation or a bracket: "Omni-Weaver.", "Sparrow)".</summary>
    [GeneratedRegex(@"\G(?<n>[A-Z][\w\-+]*[\w+]|[a-z][\w\-+]*[A-Z][\w\-+]*)(?=[,.;)]|\s\()", RegexOptions.CultureInvariant)]
    private static partial Regex SetOffName();

    /// <summary>A sentence that opens by listing what the paper's own method holds: "Our methodology includes …", "The
    /// proposed framework consists of …".</summary>
    [GeneratedRegex(@"^(?:[^,]{0,40},\s*)?(?:Our|The\s+proposed)\s+(?:[\w-]+\s+){0,2}?(?:method|methodology|framework|approach|model|pipeline|system|architecture|design)\s+(?:mainly\s+|also\s+)?(?:includes|consists\s+of|comprises|contains|features|incorporates)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnPartsSentence();

    [GeneratedRegex(@"\b(?:an?|the)\s+(?=[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleBeforeCapital();

    /// <summary>Each run of at least two capitalised words after an article from <paramref name="from"/> names one of the
    /// paper's own parts (a name another rule found there is marked proposed unless it is a known one).</summary>
    private static void OwnPartsAfterArticle(Sentence s, int from, List<Cand> here, List<Cand> cands, Dictionary<string, float[]> votes)
    {
        var text = s.Text;
        int end = ClauseEnd(text, from);
        foreach (Match am in ArticleBeforeCapital().Matches(text[..end], from))
        {
            int at = am.Index + am.Length;
            if (here.Find(c => c.Start - s.Start == at) is { } found) { if (found.Known is null && found.AliasOf is null) found.Proposed = true; continue; }
            if (CapitalisedPhrase(text, at, end) is not { } p || p.Start != at ||
                here.Exists(c => c.Start - s.Start < p.Start + p.Length && p.Start < c.Start - s.Start + c.Surface.Length)) continue;
            var cand = new Cand { Surface = text.Substring(p.Start, p.Length), Start = s.Start + p.Start, SentenceIndex = s.Index, Proposed = true, Rule = "entity.our", Confidence = 0.55 };
            cands.Add(cand);
            here.Add(cand);
            Vote(votes, KeyOf(cand), NameShape.TypeFromHead(cand.Surface), 1f);
        }
        here.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>"two … tasks/objectives/modules, A and B, which …" with A and B lower-case phrases of 2–5 words.</summary>
    [GeneratedRegex(@"\b(?:two|three|four)\s+(?:[\w-]+\s+){0,3}?(?:tasks|objectives|losses|modules|strategies|components|techniques|mechanisms|methods),\s+(?<a>[a-z][a-z-]+(?:\s[a-z][a-z-]+){1,4}),?\s+and\s+(?<b>[a-z][a-z-]+(?:\s[a-z][a-z-]+){1,4})(?=,|\.|;)", RegexOptions.CultureInvariant)]
    private static partial Regex CountedLowerCasePair();

    /// <summary>"a method, namely Token Recycling, …", "we term this approach Latent Replay": a run of capitalised words
    /// after a naming word is a proposed name when no other rule found a name there ("namely" only in a proposal sentence:
    /// elsewhere it lists what the paper uses).</summary>
    private static void CalledPhrases(Sentence s, List<Cand> here, List<Cand> cands, bool proposing)
    {
        var text = s.Text;
        if (text.AsSpan().IndexOfAny(NamingStems) < 0) return;
        foreach (Match m in NamingWord().Matches(text))
        {
            int from = m.Index + m.Length;
            if ((!proposing && m.Value.StartsWith("namely", StringComparison.Ordinal)) || here.Exists(c => c.Start - s.Start == from)) continue;
            // "a unified MLLM named Merlin that …": one capitalised word that ends the name, in a proposal sentence.
            if (CapitalisedPhrase(text, from, ClauseEnd(text, from)) is not { } p)
            {
                if (!proposing || NamedWord().Match(text, from) is not { Success: true } nw) continue;
                p = (from, nw.Length);
            }
            var surface = text.Substring(p.Start, p.Length);
            // The name must end there: a lower-case word that goes on ("… Action model for Chatting") cuts a longer name.
            if (NextWords(text, p.Start + p.Length, 1) is [var next] && char.IsLower(next[0]) && text[p.Start + p.Length] == ' ' &&
                next is not ("and" or "that" or "which" or "to" or "for" or "with" or "in" or "is" or "as" or "on"))
            {
                // "… termed Visual Action model for Talking (VAT)": the bracketed short form names it.
                int open = text.IndexOf(" (", p.Start, Math.Min(100, ClauseEnd(text, p.Start) - p.Start), StringComparison.Ordinal);
                if (open > 0 && text.AsSpan(p.Start, open - p.Start).IndexOf(',') < 0 &&
                    here.Find(c => c.Start - s.Start == open + 2) is { Known: null } shortForm)
                    shortForm.Proposed = true;
                continue;
            }
            if (here.Exists(c => c.Start - s.Start < p.Start + p.Length && p.Start < c.Start - s.Start + c.Surface.Length)) continue;
            var cand = new Cand { Surface = surface, Start = s.Start + p.Start, SentenceIndex = s.Index, Proposed = true, Rule = "entity.called", Confidence = 0.6 };
            // "a novel Layered Depth Prompting method, dubbed LDP": a short form of the name right before is its alias.
            if (ShortFormOfPrevious(s, cands, cand, p.Start) is { } longName) cand.AliasOf = longName;
            cands.Add(cand);
            here.Add(cand);
        }
        here.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>The long name a short form after a naming word spells when that name ends at most a few words before it
    /// ("Layered Depth Prompting method, dubbed LDP").</summary>
    private static string? ShortFormOfPrevious(Sentence s, List<Cand> here, Cand c, int rel)
    {
        if (c.Known is not null || c.Surface.Contains(' ') || !Abbreviations.IsShortForm(c.Surface)) return null;
        Cand? prev = null;
        foreach (var o in here)
            if (o != c && o.SentenceIndex == s.Index && o.Known is null && o.Start - s.Start + o.Surface.Length <= rel && (prev is null || o.Start > prev.Start)) prev = o;
        if (prev is null || WordsBetween(s.Text, prev.Start - s.Start + prev.Surface.Length, rel) > 3) return null;
        var longName = prev.AliasOf ?? prev.Surface;
        return longName.Contains(' ') && Abbreviations.LongFormStart(c.Surface, longName) == 0 ? longName : null;
    }

    /// <summary>One capitalised word that a clause or punctuation ends: "Merlin that", "Lyra,".</summary>
    [GeneratedRegex(@"\G[A-Z][\w\-+]*[\w+](?=[,.;:)]|\s\(|\s(?:that|which|to|for|with|and|is|as|in|on)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex NamedWord();

    /// <summary>A naming word right before a name ("called", "namely", "we term this approach").</summary>
    [GeneratedRegex(@"\b(?:called|named|dubbed|termed|coined|namely|(?:refer(?:red)?\s+to|denoted)\s+as|[Ww]e\s+(?:call|term|name|dub)\s+(?:it|(?:this|our|the)\s+(?:resulting\s+|new\s+|proposed\s+)?[a-z]+)|[Ww]e\s+refer\s+to\s+(?:it|(?:this|our|the)\s+(?:resulting\s+|new\s+|proposed\s+)?[a-z]+)\s+as|(?:which|that)\s+we\s+(?:call|term|name|dub))\s+(?:the\s+)?(?=[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex NamingWord();

    private static readonly SearchValues<string> NamingStems = SearchValues.Create(["called", "named", "dubbed", "termed", "coined", "namely", "refer", "denoted", "call ", "term ", "name ", "dub "], StringComparison.Ordinal);

    /// <summary>"Our model, Crovix, …", "the resulting system, Srovix, …", "Our Brovix outperforms …": one plain capitalised
    /// word that the paper sets off as its own thing (no other rule found a name there) is a proposed name.</summary>
    private static void OwnSetOffWords(Sentence s, List<Cand> here, List<Cand> cands, Dictionary<string, float[]> votes)
    {
        var text = s.Text;
        if (!text.Contains("our ", StringComparison.OrdinalIgnoreCase) && !text.Contains("he resulting ", StringComparison.Ordinal) &&
            !text.Contains("he trained ", StringComparison.Ordinal) && !text.Contains("he final ", StringComparison.Ordinal)) return;
        bool added = false;
        foreach (var m in OwnHeadCommaWord().Matches(text).Concat(OurWordVerb().Matches(text)))
        {
            var g = m.Groups["n"];
            if (NotNameWords.Contains(g.Value) || g.Length < 3) continue;
            if (m.Groups["h"].Success && !(NameShape.HeadNouns.ContainsKey(m.Groups["h"].Value) || PartNouns.Contains(m.Groups["h"].Value) || IsAgentNoun(m.Groups["h"].Value))) continue;
            if (here.Exists(c => c.Start - s.Start < g.Index + g.Length && g.Index < c.Start - s.Start + c.Surface.Length)) continue;
            var cand = new Cand { Surface = g.Value, Start = s.Start + g.Index, SentenceIndex = s.Index, Proposed = true, Rule = "entity.our", Confidence = 0.55 };
            cands.Add(cand);
            here.Add(cand);
            added = true;
            if (m.Groups["h"].Success && NameShape.HeadNouns.TryGetValue(m.Groups["h"].Value, out var th) && th != NodeLabel.Metric) Vote(votes, KeyOf(cand), th, 3f);
            else Vote(votes, KeyOf(cand), NameShape.TypeFromHead(cand.Surface), 1f);
        }
        if (added) here.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>"a new chart benchmark, TickBench-Hard, …", "The resulting framework, PlotMind-R, …", "a reader model,
    /// TickReader-7B.": an unknown name set off right after an indefinite (or "the resulting/proposed", "our") noun phrase
    /// with a head noun introduces the paper's own thing, unless the phrase says it is someone else's ("a popular benchmark,
    /// X") or follows a comparison ("outperforms a strong baseline, X,").</summary>
    private static void IntroducedAppositions(Sentence s, List<Cand> here, List<Cand> cands, Dictionary<string, float[]> votes)
    {
        var text = s.Text;
        if (text.IndexOf(", ", StringComparison.Ordinal) < 0) return;
        foreach (Match m in IntroducedApposition().Matches(text))
        {
            var mods = m.Groups["m"].Value;
            if (OthersWords().IsMatch(mods)) continue;
            var h = m.Groups["h"].Value;
            if (!(NameShape.HeadNouns.ContainsKey(h) || PartNouns.Contains(h) || IsAgentNoun(h) || h == "set" && mods.TrimEnd().EndsWith("training", StringComparison.Ordinal))) continue;
            // "… as well as a reader model, X" adds one more of the paper's own things; "such as a …, X" lists others'.
            var prev = PrevWords(text, m.Index, 2);
            if (!(prev is ["as", "well"]) && prev.Exists(w => w is "than" or "over" or "against" or "outperforms" or "outperforming" or "surpasses" or "surpassing" or "beats" or "compared" or "versus" or "vs" or "like" or "as" or "from" or "of" or "on"))
                continue;
            var g = m.Groups["n"];
            var found = here.Find(c => c.Start - s.Start == g.Index);
            if (found is not null)
            {
                if (found.Known is null && found.AliasOf is null && !found.Proposed) { found.Proposed = true; if (NameShape.HeadNouns.TryGetValue(h, out var th) && th != NodeLabel.Metric) Vote(votes, KeyOf(found), th, 3f); }
                continue;
            }
            if (here.Exists(c => c.Start - s.Start < g.Index + g.Length && g.Index < c.Start - s.Start + c.Surface.Length) || NotNameWords.Contains(g.Value)) continue;
            var cand = new Cand { Surface = g.Value, Start = s.Start + g.Index, SentenceIndex = s.Index, Proposed = true, Rule = "entity.we-introduce", Confidence = 0.55 };
            cands.Add(cand);
            here.Add(cand);
            here.Sort((a, b) => a.Start.CompareTo(b.Start));
            if (NameShape.HeadNouns.TryGetValue(h, out var th2) && th2 != NodeLabel.Metric) Vote(votes, KeyOf(cand), th2, 3f);
            else Vote(votes, KeyOf(cand), NameShape.TypeFromHead(cand.Surface), 1f);
        }
    }

    [GeneratedRegex(@"\G, an? (?<m>(?:[\w-]+ ){0,4}?)(?<h>[a-z][\w-]*?)s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex ApposedIndefinite();

    [GeneratedRegex(@"\b(?:[Aa]n?|[Tt]he\s+(?:resulting|proposed))\s+(?<m>(?:[\w-]+\s+){0,4}?)(?<h>[a-z][\w-]*?)s?,\s+(?<n>[A-Z][\w\-+.]*[\w+])(?=,|\.|;|\s\()", RegexOptions.CultureInvariant)]
    private static partial Regex IntroducedApposition();

    [GeneratedRegex(@"\b(?:existing|popular|standard|widely|commonly|common|previous|prior|state-of-the-art|recent|well-known|representative|leading|off-the-shelf|classic|classical|conventional|strong|established|public|publicly|open-source|proprietary|commercial|closed-source|mainstream|typical|famous)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OthersWords();

    /// <summary>"our (proposed) memory module, Crovix,", "the resulting model, Srovix,".</summary>
    [GeneratedRegex(@"\b(?:[Oo]ur(?:\s+proposed)?|[Tt]he\s+(?:resulting|trained|final|proposed))\s+(?:[a-z][\w-]*\s+){0,2}?(?<h>[a-z][\w-]*),\s+(?<n>[A-Z][\w\-+]*[\w+])(?=,|\s\()", RegexOptions.CultureInvariant)]
    private static partial Regex OwnHeadCommaWord();

    /// <summary>"Our Brovix outperforms …": "our" right before a plain capitalised word and a verb of the paper's result.</summary>
    [GeneratedRegex(@"\b[Oo]ur\s+(?:proposed\s+)?(?<n>[A-Z][a-z][\w\-+]*[\w+])\s+(?:also\s+|further\s+|consistently\s+|significantly\s+|substantially\s+|clearly\s+|even\s+)?(?:outperforms|achieves|surpasses|attains|reaches|improves|beats|obtains|sets|yields|delivers|generali[sz]es|reduces|exhibits|demonstrates|shows|performs|is|can)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OurWordVerb();

    /// <summary>"our (proposed) Context Fusion Module", "construct the Gait Captions dataset": a run of capitalised
    /// words after "our" or after a data verb and an article (then followed by "dataset/benchmark/corpus") is a new,
    /// proposed name when no other rule found it.</summary>
    private static void AnnouncedPhrases(Sentence s, List<Cand> here, List<Cand> cands, Dictionary<string, float[]> votes)
    {
        var text = s.Text;
        for (int at = 0; at < text.Length; at++)
        {
            if (!char.IsLetter(text[at]) || (at > 0 && char.IsLetter(text[at - 1]))) continue;
            int from;
            bool dataOnly, isNew = false;
            if (string.CompareOrdinal(text, at, "our ", 0, 4) == 0 || string.CompareOrdinal(text, at, "Our ", 0, 4) == 0)
            {
                from = at + 4;
                if (string.CompareOrdinal(text, from, "proposed ", 0, 9) == 0) from += 9;
                // "Our approach, Sparse Expert Routing, …": the name set off after the head noun.
                int comma = text.IndexOf(", ", from, Math.Min(16, text.Length - from), StringComparison.Ordinal);
                if (comma > from && NameShape.HeadNouns.ContainsKey(text[from..comma])) from = comma + 2;
                dataOnly = false;
            }
            // "within the new Geo-Llama family": a name between "new" and a family/model/data noun.
            else if (string.CompareOrdinal(text, at, "new ", 0, 4) == 0)
            {
                from = at + 4;
                dataOnly = false;
                isNew = true;
            }
            else
            {
                int sp = text.IndexOf(' ', at);
                if (sp < 0 || sp - at < 5 || !DataVerbLookup.Contains(text.AsSpan(at, sp - at))) continue;
                from = sp + 1;
                if (!(string.CompareOrdinal(text, from, "the ", 0, 4) == 0 || string.CompareOrdinal(text, from, "a ", 0, 2) == 0 || string.CompareOrdinal(text, from, "an ", 0, 3) == 0)) continue;
                dataOnly = true;
            }
            if (CapitalisedPhrase(text, from, ClauseEnd(text, from)) is not { } p) continue;
            // Leave names that other rules found whole (or that start earlier); a shorter piece ("MPII") gives way.
            if (here.Exists(c => c.Start - s.Start < p.Start + p.Length && p.Start < c.Start - s.Start + c.Surface.Length &&
                                 (c.Start - s.Start < p.Start || c.Surface.Length >= p.Length))) continue;
            var after = NextWords(text, p.Start + p.Length, 1);
            var head = after.Count == 1 ? after[0].ToLowerInvariant() : "";
            if (dataOnly && head is not ("dataset" or "benchmark" or "corpus")) continue;
            if (isNew && head is not ("family" or "series" or "model" or "models" or "dataset" or "benchmark" or "corpus" or "suite")) continue;
            var surface = text.Substring(p.Start, p.Length);
            // "our RLX-trained Foo-VL": a participle word modifies a name, it is not part of one.
            if (ParticipleWord().IsMatch(surface)) continue;
            // Plural capitalised classes ("our Large Language Models") are not names.
            if (!dataOnly && surface.EndsWith('s') && !surface.EndsWith("ss", StringComparison.Ordinal)) continue;
            var cand = new Cand { Surface = surface, Start = s.Start + p.Start, SentenceIndex = s.Index, Proposed = true, Rule = "entity.our", Confidence = 0.6 };
            cands.Add(cand);
            here.Add(cand);
            var key = KeyOf(cand);
            if (NameShape.HeadNouns.TryGetValue(head, out var th) && th != NodeLabel.Metric) Vote(votes, key, th, 3f);
            else if (head is "family" or "series") Vote(votes, key, NodeLabel.Model, 3f);
            else Vote(votes, key, NameShape.TypeFromHead(surface), 1f);
            at = p.Start + p.Length;
        }
        here.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>"… via Stratified Random Ablation, a technique that …": a capitalised phrase set off by an apposition with
    /// a head noun, in a sentence about the paper's own work.</summary>
    private static void ApposedPhrases(Sentence s, List<Cand> here, List<Cand> cands, Dictionary<string, float[]> votes)
    {
        var text = s.Text;
        if (!text.Contains("we ", StringComparison.OrdinalIgnoreCase) && !text.Contains("our ", StringComparison.OrdinalIgnoreCase)) return;
        foreach (Match am in ApposedHead().Matches(text))
        {
            // Walk back over capitalised (possibly hyphenated) words.
            int end = am.Index, start = end, words = 0, i = end;
            while (true)
            {
                int wStart = i;
                while (wStart > 0 && (char.IsLetterOrDigit(text[wStart - 1]) || text[wStart - 1] == '-')) wStart--;
                if (wStart == i || !char.IsUpper(text[wStart])) break;
                start = wStart;
                words++;
                if (wStart < 2 || text[wStart - 1] != ' ') break;
                i = wStart - 1;
            }
            if (words < 2 || start == 0) continue;
            // Overlaps a name, or restates the name just before it ("we introduce PLUM, Procedural Logic …, a …").
            if (here.Exists(c => c.Start - s.Start < end && start < c.Start - s.Start + c.Surface.Length) ||
                (start >= 2 && text[start - 2] == ',' && here.Exists(c => c.Start - s.Start + c.Surface.Length == start - 2))) continue;
            var cand = new Cand { Surface = text[start..end], Start = s.Start + start, SentenceIndex = s.Index, Proposed = true, Rule = "entity.our", Confidence = 0.6 };
            cands.Add(cand);
            here.Add(cand);
            if (NameShape.HeadNouns.TryGetValue(am.Groups["h"].Value, out var th) && th != NodeLabel.Metric) Vote(votes, KeyOf(cand), th, 3f);
        }
        here.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>", a (new) technique/module/benchmark …" right after a name.</summary>
    [GeneratedRegex(@", an? (?:new |novel |simple |lightweight |general |unified )?(?<h>technique|method|framework|module|strategy|mechanism|approach|pipeline|algorithm|benchmark|dataset|model)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ApposedHead();

    /// <summary>A hyphenated participle ("VPD-trained", "CLIP-guided").</summary>
    [GeneratedRegex(@"-[a-z]+(?:ed|ing)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ParticipleWord();

    /// <summary>"… which endows Diffusion Transformer (DiT) models", "via the use of Optimal Transport (OT)": a name after
    /// a preposition or a verb of use is what the proposal works with, not part of it.</summary>
    private static bool UsedAfter(List<string> before)
    {
        int k = before.Count > 1 && before[0] is "the" or "a" or "an" ? 1 : 0;
        return k < before.Count && before[k] is "with" or "of" or "using" or "via" or "from" or "by" or "in"
            or "over" or "endows" or "combines" or "leverages" or "uses" or "employs" or "integrates" or "adopts" or "extends" or "than";
    }

    /// <summary>Verbs that make data ("we build a data engine and construct the X dataset").</summary>
    private static readonly FrozenSet<string> DataVerbs = new[]
    {
        "construct", "constructs", "build", "builds", "collect", "collects", "release", "releases", "create", "creates",
        "generate", "generates", "curate", "curates", "compile", "compiles", "assemble", "assembles", "constructing", "building",
        "collecting", "releasing", "creating", "generating", "curating", "compiling", "assembling",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DataVerbLookup = DataVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that mark the paper's own thing without a proposal verb of its subject: "the proposed X", "a newly
    /// constructed X benchmark", "the new X family", "construct the X dataset".</summary>
    /// <remarks>A known name is the paper's own only when announced as new ("the new X family", "a newly built X",
    /// "X, the first …"): "we train X" or "construct the X dataset" use a known one.</remarks>
    private static bool OwnByContext(string text, int rel, int length, bool known = false)
    {
        // "… release the X, the first benchmark for …", "X (ours) reaches …", "X, our proposed router, …".
        var next = text.AsSpan(rel + length);
        if (next.StartsWith(", the first ", StringComparison.Ordinal) || next.StartsWith(" (ours)", StringComparison.OrdinalIgnoreCase) ||
            OurApposition().IsMatch(next)) return true;
        var before = PrevWords(text, rel, 6);
        int k = 0;
        bool isNew = false;
        while (k < before.Count && (SkipBeforeName.Contains(before[k]) || before[k].EndsWith("-based", StringComparison.Ordinal)) &&
               !before[k].Equals("our", StringComparison.OrdinalIgnoreCase))
            isNew |= before[k++].Equals("new", StringComparison.OrdinalIgnoreCase);
        if (k >= before.Count) return false;
        var w = before[k];
        var after = NextWords(text, rel + length, 1);
        var head = after.Count == 1 ? after[0].ToLowerInvariant() : "";
        if (known)
            return (k + 1 < before.Count && before[k + 1].Equals("newly", StringComparison.OrdinalIgnoreCase)) ||
                (isNew && head is "family" or "series" or "model" or "models" or "benchmark" or "dataset" or "suite");
        // "the proposed X", "our proposed X" (with nothing but modifiers between).
        if (w.Equals("proposed", StringComparison.OrdinalIgnoreCase) && k + 1 < before.Count &&
            before[k + 1] is "the" or "The" or "our" or "Our")
            return true;
        // "The resulting model, X", "we train X", "we obtain X", "we curate … and train X".
        if (k + 1 < before.Count && before[k + 1].Equals("resulting", StringComparison.OrdinalIgnoreCase) && w is "model" or "models" or "dataset" or "benchmark" or "system" or "agent" or "policy")
            return true;
        if (k + 1 < before.Count && w is "train" or "obtain" or "pretrain" or "pre-train" && (before[k + 1] is "we" or "We" || (before[k + 1] is "and" && OwnWordRegex().IsMatch(text.AsSpan(0, rel)))))
            return true;
        // "we fine-tune Qwen2-VL on 20K charts to obtain X", "…, yielding X": what the paper's own step produces.
        if (k + 1 < before.Count && (w is "obtain" or "produce" or "derive" or "form" or "create" or "build" or "construct" or "compile" or "assemble" && before[k + 1] is "to" || w is "yielding" or "producing") &&
            OwnWordRegex().IsMatch(text.AsSpan(0, rel)))
            return true;
        // "our dataset and the accompanying X benchmark".
        if (w.Equals("accompanying", StringComparison.OrdinalIgnoreCase)) return true;
        // "a newly constructed/introduced X".
        if (k + 1 < before.Count && before[k + 1].Equals("newly", StringComparison.OrdinalIgnoreCase)) return true;
        // "the new X family/series/model/benchmark".
        if (isNew && head is "family" or "series" or "model" or "models" or "benchmark" or "dataset" or "suite")
            return true;
        // "construct the X dataset", "release a high-quality X benchmark".
        return DataVerbs.Contains(w) && head is "dataset" or "datasets" or "benchmark" or "corpus" or "suite";
    }

    [GeneratedRegex(@"\b(?:[Ww]e|[Oo]ur)\s", RegexOptions.CultureInvariant)]
    private static partial Regex OwnWordRegex();

    /// <summary>The start of a sentence, after at most a short opening clause ("Building on this, ").</summary>
    [GeneratedRegex(@"^(?:[^,]{0,40},\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceOpening();

    /// <summary>A verb that uses a model family rather than makes it ("fine-tune the X family", "evaluate the X series").</summary>
    [GeneratedRegex(@"^(?:fine-?tun|finetun|train|use|using|adopt|employ|appl|evaluat|benchmark|compar|test|prompt)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UsedFamilyVerb();

    /// <summary>"followed by an Offline-to-Online Search (O2O) module": a new long form with its abbreviation, introduced by
    /// an indefinite article and typed by a head noun, is a part of the paper's own method.</summary>
    private static bool NewlyDefinedPart(Cand c, string text, int rel)
    {
        int end = rel + c.Surface.Length;
        // "an Offline-to-Online search (O2O) method": the abbreviation of a long form the definition rule did not pair.
        bool bracketed = rel > 0 && text[rel - 1] == '(' && end < text.Length && text[end] == ')';
        if (c.Rule != "entity.definition" && !bracketed) return false;
        var after = NextWords(text, bracketed ? end + 1 : end, 1);
        if (after.Count == 0 || (NameShape.HeadNouns.TryGetValue(after[0], out var t) ? t is NodeLabel.Model : !PartNouns.Contains(after[0])) ||
            (!bracketed && !text.AsSpan(end).TrimStart().StartsWith("("))) return false;
        // An indefinite article opens the phrase: right before the long form, or up to six words before the bracket.
        var before = PrevWords(text, rel, bracketed ? 7 : 4);
        int k = 0;
        while (k < before.Count && (bracketed ? !NotInAnnouncedPhrase.Contains(before[k]) && before[k] is not ("the" or "and") : SkipBeforeName.Contains(before[k])) && before[k] is not ("a" or "an")) k++;
        return k < before.Count && before[k] is "a" or "an";
    }

    /// <summary>"called X", "named as X", "which we call X", "we term it X", "dubbed as X".</summary>
    private static bool CalledBefore(List<string> before)
    {
        if (before.Count == 0) return false;
        if (before[0] is "called" or "named" or "dubbed" or "termed" or "coined" or "entitled") return true;
        // "(which we) refer to as X", "referred to as X".
        if (before.Count > 2 && before[0] is "as" && before[1] is "to" && before[2] is "refer" or "referred") return true;
        // "we call X", "a method we term X".
        if (before[0] is "call" or "term" or "dub" or "name" && before.Count > 1 && before[1] is "we" or "We") return true;
        // "we name our model X".
        if (before.Count > 2 && NameShape.HeadNouns.ContainsKey(before[0]) && before[1] is "our" or "this" or "the" &&
            before[2] is "name" or "call" or "term" or "dub") return true;
        // "we release it as X", "and package them as X".
        if (before.Count > 2 && before[0] is "as" && before[1] is "it" or "them" && before[2] is "release" or "releases" or "released" or "present" or "package" or "denote" or "introduce" or "open-source")
            return true;
        // "we refer to this module as X", "we refer to it as X".
        if (before.Count > 3 && before[0] is "as" && (before[1] is "it" || before[2] is "this" or "our" or "the") && (before[2] is "to" && before[3] is "refer" || before.Count > 4 && before[3] is "to" && before[4] is "refer"))
            return true;
        // "named as X", "we call it X", "we term our model X".
        return before.Count > 1 && before[0] is "as" or "it" or "this" or "them" &&
            before[1] is "named" or "called" or "dubbed" or "termed" or "denoted" or "call" or "term" or "dub" or "name" or "coin";
    }

    private static void Propose(Cand c, Dictionary<string, float[]> votes, string text, int from, int rel)
    {
        c.Proposed = true;
        if (c.Rule == "entity.shape") c.Rule = "entity.we-introduce";
        // "a new benchmark, COCO-occluded,": the announced name is the whole hyphenated word, not the (known) part
        // before an ordinary-word suffix, when the word stands alone ("a CLIP-guided decoder" modifies a noun).
        int end = rel + c.Surface.Length, j = end;
        if (c.AliasOf is null && end + 1 < text.Length && text[end] == '-' && char.IsLower(text[end + 1]))
        {
            while (j < text.Length && (char.IsLetterOrDigit(text[j]) || text[j] == '-')) j++;
            if (!DerivationSuffixes.Contains(text[end..j]) && (j == text.Length || text[j] is ',' or ':' or ';' || text.AsSpan(j).StartsWith(" (")))
            {
                c.Surface = text[rel..j];
                c.Known = null;
                c.Type = null;
                c.Rule = "entity.we-introduce";
            }
        }
        c.Confidence = Math.Max(c.Confidence, 0.7);
        // "we introduce a new benchmark, X": the head noun between the verb and the name types it.
        if (c.Known is not null) return;
        string prev = "";
        foreach (var w in Words(text.AsSpan(from, rel - from)))
        {
            if (NameShape.SplitType(prev, w) is { } ts) Vote(votes, KeyOf(c), ts, 3f);
            else if (NameShape.HeadNouns.TryGetValue(w, out var t) && (t != NodeLabel.Metric || w is "metric" or "measure")) Vote(votes, KeyOf(c), t, 3f);
            prev = w;
        }
    }

    /// <summary>"build an OCR-free document understanding evaluation set X": an article, then lower-case words (no
    /// preposition or verb) that end with a head noun right before the name.</summary>
    private static bool HeadNounBefore(string text, int from, int to)
    {
        var words = Words(text.AsSpan(from, to - from), 12);
        if (words.Count < 2 || words.Count > 10 || words[0] is not ("a" or "an" or "the")) return false;
        for (int i = 1; i < words.Count; i++)
            if (NotInAnnouncedPhrase.Contains(words[i]) || !(char.IsLower(words[i][0]) || words[i].Contains('-'))) return false;
        return NameShape.HeadNouns.ContainsKey(words[^1]) || NameShape.SplitType(words[^2], words[^1]) is not null;
    }

    private static bool OnlyModifiersBetween(string text, int from, int to)
    {
        int count = 0;
        foreach (var w in Words(text.AsSpan(from, to - from), 11))
        {
            if (++count > 10) return false;
            if (SkipBeforeName.Contains(w) || NameShape.HeadNouns.ContainsKey(w) || w is "called" or "named" or "dubbed" or "termed" or "coined" or "as" or "here" or "which" or "we" or "call" or "for" or "evaluation" or "training" or "data" or "test" or "video" or "visual" or "instruction" or "tuning" or "reasoning" or "spatial" or "benchmarking" or "chart" or "image" or "text" or "language" or "vision-language" or "reinforcement" or "learning" or "fine-tuning" or "dataset,"
                || w is "two" or "three" or "four" or "five" or "several" or "multiple" or "both" or "namely" or "(")
                continue;
            if (w.EndsWith("-based", StringComparison.Ordinal) || w.EndsWith("-aware", StringComparison.Ordinal) || w.EndsWith("-free", StringComparison.Ordinal) || w.EndsWith("-scale", StringComparison.Ordinal) || w.EndsWith("-grained", StringComparison.Ordinal) || w.EndsWith("-quality", StringComparison.Ordinal) || w.EndsWith("ive", StringComparison.Ordinal) || w.EndsWith("al", StringComparison.Ordinal))
                continue;
            return false;
        }
        return true;
    }

    private static int WordsBetween(string text, int from, int to)
    {
        int count = 0;
        bool inWord = false;
        for (int i = from; i < to; i++)
        {
            bool sep = text[i] is ' ' or ',' or '\t';
            if (!sep && !inWord) count++;
            inWord = !sep;
        }
        return count;
    }

    private static List<string> Words(ReadOnlySpan<char> span, int max = int.MaxValue)
    {
        var list = new List<string>(8);
        int i = 0;
        while (i < span.Length && list.Count < max)
        {
            while (i < span.Length && span[i] is ' ' or ',' or '\t') i++;
            int j = i;
            while (j < span.Length && span[j] is not (' ' or ',' or '\t')) j++;
            if (j > i) list.Add(span[i..j].ToString());
            i = j;
        }
        return list;
    }

    private static int ClauseEnd(string text, int from)
    {
        for (int i = from; i < text.Length; i++)
            if (text[i] is ';' or ':' || (text[i] == '.' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])))) return i;
        return text.Length;
    }

    private static (int Start, int Length)? CapitalisedPhrase(string text, int from, int limit)
    {
        // Skip modifiers, then take ≥ 2 capitalised words (hyphenated words count as one).
        int i = from;
        while (true)
        {
            while (i < limit && text[i] == ' ') i++;
            int j = i;
            while (j < limit && !char.IsWhiteSpace(text[j]) && text[j] is not (',' or '(' or ')')) j++;
            if (j == i) return null;
            var w = text[i..j];
            if (SkipBeforeName.Contains(w)) { i = j; continue; }
            break;
        }
        int start = i, end = i, words = 0, beforeJoin = -1, wordsBeforeJoin = 0;
        while (i < limit)
        {
            while (i < limit && text[i] == ' ') i++;
            int j = i;
            while (j < limit && !char.IsWhiteSpace(text[j]) && text[j] is not (',' or '(' or ')' or '.')) j++;
            if (j == i) break;
            var w = text.AsSpan(i, j - i);
            // "Spatial Sense and Reasoning method": a joining word between capitalised words, kept below only when a
            // head noun follows the whole phrase.
            if (words > 0 && beforeJoin < 0 && w is "and" or "of" or "for" && j + 1 < limit && char.IsUpper(text[j + 1]))
            {
                beforeJoin = end;
                wordsBeforeJoin = words;
                i = j;
                continue;
            }
            if (!char.IsUpper(w[0])) break;
            words++;
            end = j;
            i = j;
        }
        if (beforeJoin >= 0 && (end <= beforeJoin || !(NextWords(text, end, 1) is [var h] && NameShape.HeadNouns.ContainsKey(h))))
        {
            end = beforeJoin;
            words = wordsBeforeJoin;
        }
        // A task before a data noun ("a new Visual Question Answering dataset") says what the data is for; it is no name.
        if (words >= 2)
            return NameShape.TaskHeads.Contains(text[(text.LastIndexOfAny(SpaceOrHyphenChars, end - 1) + 1)..end]) &&
                NextWords(text, end, 1) is ["dataset" or "datasets" or "benchmark" or "corpus"] ? null : (start, end - start);
        // One capitalised word announced with an apposition or a relative clause: "we present Lyrebird, a unified model",
        // "we present Sparrow, which …".
        if (words == 1 && end < limit && (text.AsSpan(end).StartsWith(", a ", StringComparison.Ordinal) || text.AsSpan(end).StartsWith(", an ", StringComparison.Ordinal) ||
                                          text.AsSpan(end).StartsWith(", which ", StringComparison.Ordinal)))
            return (start, end - start);
        // One capitalised word shaped like a name (a hyphen, digit or inner capital) before a head noun: "our Geo-Llama
        // model", "the new Med-X family" ("a new Transformer model" names a class).
        if (words == 1 && NextWords(text, end, 1) is [var head] && head is "model" or "benchmark" or "dataset" or "framework" or "agent" or "suite" or "family" or "series"
            && (HasUpperOrDigit(text.AsSpan(start + 1, end - start - 1)) || text.AsSpan(start, end - start).Contains('-')))
            return (start, end - start);
        return null;
    }

    /// <summary>One capitalised word right after a proposal verb that the sentence, a bracket, an apposition, a relative
    /// clause or "to" ends: "we present Drovix.", "we propose Brovix, a …", "we introduce Erovix: …", "we propose Frovix to …".</summary>
    private static (int Start, int Length)? VerbObjectWord(string text, int from)
    {
        int i = from;
        while (i < text.Length && text[i] == ' ') i++;
        if (i == from || OneWordName().Match(text, i) is not { Success: true } m || m.Length < 3) return null;
        var w = m.Value;
        if (w.EndsWith('.')) w = w.TrimEnd('.');
        if (NotNameWords.Contains(w)) return null;
        int end = i + w.Length;
        var rest = text.AsSpan(end);
        bool ends = rest.IsEmpty || rest[0] is '.' or ':' or ';' ||
            rest.StartsWith(", a ", StringComparison.Ordinal) || rest.StartsWith(", an ", StringComparison.Ordinal) || rest.StartsWith(", which ", StringComparison.Ordinal) ||
            rest.StartsWith(", the first ", StringComparison.Ordinal) || rest.StartsWith(" (", StringComparison.Ordinal) || rest.StartsWith(" to ", StringComparison.Ordinal) ||
            rest.StartsWith(" that ", StringComparison.Ordinal) || rest.StartsWith(" which ", StringComparison.Ordinal) || rest.StartsWith(" as a ", StringComparison.Ordinal) ||
            rest.StartsWith(" as an ", StringComparison.Ordinal);
        return ends ? (i, w.Length) : null;
    }

    /// <summary>Capitalised words that are no names where a name could stand.</summary>
    private static readonly FrozenSet<string> NotNameWords = new[]
    {
        "It", "This", "These", "That", "Those", "Our", "The", "Its", "Their", "They", "We", "Here", "There", "And", "But", "For",
        "In", "On", "With", "To", "As", "By", "From", "Both", "Each", "All", "Such", "Also", "Further", "Finally", "First", "Second",
        "Third", "Then", "Moreover", "Additionally", "Specifically", "However", "Thus", "Hence", "Therefore", "Experiments", "Results",
        "Extensive", "English", "Chinese", "Japanese", "German", "French", "Spanish", "Korean", "Arabic", "Transformer", "Transformers",
        "Gaussian", "Bayesian", "Euclidean", "Markov", "Python", "Wikipedia", "Internet", "Appendix", "Section", "Figure", "Table",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotPhraseStarts = new[]
    {
        "a", "an", "the", "our", "this", "these", "that", "those", "it", "its", "their", "them", "to", "how", "what", "which",
        "in", "on", "for", "with", "by", "about", "from", "as", "at", "into", "several", "various", "multiple", "more", "new",
        "novel", "two", "three", "four", "five", "six", "both", "each", "all", "some", "many", "such", "further", "also", "here",
        "some", "one", "first", "several", "different", "extensive", "comprehensive", "and", "or", "not", "no", "using", "leveraging",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"region-anchored thinking, a reasoning process": 2–6 lower-case words (letters and hyphens) from
    /// <paramref name="from"/> to a comma followed by "a", "an", "which" or "that".</summary>
    private static (int Start, int Length)? LowerCaseProposal(string text, int from, int limit)
    {
        int i = from;
        while (i < limit && text[i] == ' ') i++;
        int start = i, words = 0, end = i;
        bool firstWord = true;
        while (i < limit)
        {
            int j = i;
            while (j < limit && (char.IsLower(text[j]) || text[j] == '-')) j++;
            if (j == i || j < limit && text[j] is not (' ' or ',')) return null;
            var w = text.AsSpan(i, j - i);
            if (firstWord && (NotPhraseStarts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w) || w.EndsWith("ing") && !w.Contains('-') || w.EndsWith("ly") && j < limit && text[j] == ',')) return null;
            firstWord = false;
            if (++words > 6) return null;
            end = j;
            if (j < limit && text[j] == ',') break;
            i = j + 1;
        }
        if (words < 2 || end >= limit) return null;
        var rest = text.AsSpan(end);
        if (!(rest.StartsWith(", a ", StringComparison.Ordinal) || rest.StartsWith(", an ", StringComparison.Ordinal)
            || rest.StartsWith(", which ", StringComparison.Ordinal) || rest.StartsWith(", that ", StringComparison.Ordinal)
            || rest.StartsWith(", the first ", StringComparison.Ordinal))) return null;
        // A plural head ("contrastive losses, which") is a class of things.
        if (text[end - 1] == 's' && text[end - 2] != 's') return null;
        return (start, end - start);
    }

    /// <summary>The end (sentence offset) of the last name of a list "X, Y(,) and Z" that starts with the name ending at
    /// <paramref name="end"/>, or <paramref name="end"/> when no other name follows it.</summary>
    private static int CoordinatedListEnd(List<Cand> here, int sentenceStart, string text, int end)
    {
        while (true)
        {
            int j = end;
            if (text.AsSpan(j).StartsWith(", and ", StringComparison.Ordinal)) j += 6;
            else if (text.AsSpan(j).StartsWith(" and ", StringComparison.Ordinal) || text.AsSpan(j).StartsWith(", or ", StringComparison.Ordinal)) j += 5;
            else if (text.AsSpan(j).StartsWith(" or ", StringComparison.Ordinal)) j += 4;
            else if (text.AsSpan(j).StartsWith(", ", StringComparison.Ordinal)) j += 2;
            else return end;
            var next = here.Find(c => c.Start - sentenceStart == j);
            if (next is null) return end;
            end = j + next.Surface.Length;
        }
    }

    /// <summary>"UNiversal", "Image-TExt", "lightWeight": an ordinary word whose capitals spell part of an acronym of the
    /// same sentence ("UNITER", "SWIFT") belongs to the acronym's long form, not a name of its own.</summary>
    private static bool SpellsAcronym(string word, string text, List<NameToken> toks)
    {
        Span<char> caps = stackalloc char[4];
        int n = 0, letters = 0;
        foreach (var ch in word)
        {
            if (char.IsUpper(ch)) { if (n == caps.Length) return false; caps[n++] = ch; }
            else if (!char.IsLower(ch) && ch != '-') return false;
            else if (char.IsLower(ch)) letters++;
        }
        if (n == 0 || letters < 2 || n == word.Length) return false;
        foreach (var t in toks)
        {
            if (!t.IsWord || t.Length < 4 || t.Length <= n) continue;
            var tok = text.AsSpan(t.Start, t.Length);
            if (!NameShape.IsAllCaps(tok) || tok.SequenceEqual(word)) continue;
            if (tok.IndexOf(caps[..n]) >= 0) return true;
        }
        return false;
    }

    /// <summary>"trained", "pre-training", "fine-tuned", "finetuning", "tuned": a verb of training.</summary>
    private static bool IsTrainingWord(string w) =>
        w.EndsWith("trained", StringComparison.OrdinalIgnoreCase) || w.EndsWith("training", StringComparison.OrdinalIgnoreCase)
        || w.EndsWith("tuned", StringComparison.OrdinalIgnoreCase) || w.EndsWith("tuning", StringComparison.OrdinalIgnoreCase);

    private static bool IsModifier(string w) => w.EndsWith("-based", StringComparison.Ordinal) || w is "multimodal" or "vision-language" or "video" or "evaluation" or "foundation" or "language" or "reward" or "instruction" or "training" or "reasoning" or "generative" or "diffusion";

    private static List<string> NextWords(string text, int from, int count)
    {
        var list = new List<string>(count);
        int i = from;
        // Skip a parenthesised group right after the name: "CSS (ours) framework".
        while (i < text.Length && text[i] == ' ') i++;
        if (i < text.Length && text[i] == '(')
        {
            int close = text.IndexOf(')', i);
            if (close > 0 && close - i < 60) i = close + 1;
        }
        while (list.Count < count && i < text.Length)
        {
            while (i < text.Length && text[i] == ' ') i++;
            int j = i;
            while (j < text.Length && (char.IsLetterOrDigit(text[j]) || text[j] is '-' or '\'')) j++;
            if (j == i) break;
            list.Add(text[i..j]);
            i = j;
        }
        return list;
    }

    private static List<string> PrevWords(string text, int to, int count)
    {
        var list = new List<string>(count);
        int i = to - 1;
        while (list.Count < count && i >= 0)
        {
            while (i >= 0 && text[i] is ' ' or ',' or '(' or ':') i--;
            int j = i;
            while (j >= 0 && (char.IsLetterOrDigit(text[j]) || text[j] is '-' or '\'' or '+' or '.')) j--;
            if (j == i) break;
            list.Add(text[(j + 1)..(i + 1)]);
            i = j;
        }
        return list;
    }

    private static bool StartsApposition(string text, int end)
    {
        var rest = text.AsSpan(end);
        return rest.StartsWith(", a ", StringComparison.Ordinal) || rest.StartsWith(", an ", StringComparison.Ordinal)
            || rest.StartsWith(" is a novel", StringComparison.Ordinal) || rest.StartsWith(" is a new", StringComparison.Ordinal)
            || rest.StartsWith(" is the first ", StringComparison.Ordinal) || rest.StartsWith(" is an open", StringComparison.Ordinal)
            // "X is a retrieval framework that …": a sentence that opens by defining a name with a head noun.
            || ((rest.StartsWith(" is a ", StringComparison.Ordinal) || rest.StartsWith(" is an ", StringComparison.Ordinal)) && AppositionHead(text, end) is not null);
    }

    /// <summary>"X, a large-scale benchmark …", "X is an efficient framework …": the first head noun within 8 words.</summary>
    private static NodeLabel? AppositionHead(string text, int end)
    {
        // Skip a parenthesised group right after the name: "PT (Path Tracer), a benchmark …".
        if (end + 1 < text.Length && text[end] == ' ' && text[end + 1] == '(')
        {
            int close = text.IndexOf(')', end);
            if (close > 0 && close - end < 120) end = close + 1;
        }
        // "\textsc{X}, a …": the name's closing brace.
        if (end < text.Length && text[end] == '}') end++;
        var rest = text.AsSpan(end);
        int skip;
        if (rest.StartsWith(", a ", StringComparison.Ordinal)) skip = 4;
        else if (rest.StartsWith(", an ", StringComparison.Ordinal)) skip = 5;
        else if (rest.StartsWith(", the ", StringComparison.Ordinal)) skip = 6;
        else if (rest.StartsWith(" is a ", StringComparison.Ordinal)) skip = 6;
        else if (rest.StartsWith(" is an ", StringComparison.Ordinal)) skip = 7;
        else if (rest.StartsWith(" as a ", StringComparison.Ordinal)) skip = 6;
        else return null;
        var words = NextWords(text, end + skip, 8);
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (i > 0 && NameShape.SplitType(words[i - 1], w) is { } ts) return ts;
            // "X, a new dataset and benchmark for …": data released to score models on is a benchmark.
            if (NameShape.HeadNouns.TryGetValue(w, out var t) && t == NodeLabel.Dataset && i + 2 < words.Count && words[i + 1] == "and"
                && NameShape.HeadNouns.TryGetValue(words[i + 2], out var t2) && t2 == NodeLabel.Benchmark) return NodeLabel.Benchmark;
            // "X, an improved metric that …": "metric"/"measure" (not "score") names a metric.
            if (w is "metric" or "measure") return NodeLabel.Metric;
            // "X, a family of models …", "a series of lightweight MLLMs": what the family is of.
            if (w is "family" or "series" && i + 1 < words.Count && words[i + 1] == "of")
            {
                for (int j = i + 2; j < words.Count && j <= i + 5; j++)
                {
                    var wj = words[j].EndsWith('s') && words[j].Length > 3 && NameShape.HeadNouns.ContainsKey(words[j][..^1]) ? words[j][..^1] : words[j];
                    if (NameShape.HeadNouns.TryGetValue(wj, out var tf) && tf != NodeLabel.Metric) return tf;
                }
                return null;
            }
            if (NameShape.HeadNouns.TryGetValue(w, out t) && t != NodeLabel.Metric)
            {
                // "the first multimodal agent benchmark", "a benchmark dataset": in a compound of head nouns a
                // benchmark noun wins (what the name is scored as); otherwise the last noun heads it.
                // "an end-to-end vision tokenizer tuning approach": the last head noun of the phrase heads it.
                for (int j = i + 1; j < words.Count && j <= i + 3; j++)
                {
                    var wj = words[j];
                    if (wj is "that" or "which" or "for" or "to" or "with" or "of" or "in" or "on" or "by" or "from" or "and" or "or" or "as" or "is" or "are" || wj.EndsWith("ed", StringComparison.Ordinal) || !wj.All(ch => char.IsLower(ch) || ch == '-') && !NameShape.HeadNouns.ContainsKey(wj)) break;
                    if (NameShape.HeadNouns.TryGetValue(wj, out var tj) && tj != NodeLabel.Metric && t != NodeLabel.Benchmark) t = tj;
                }
                return t;
            }
            if (w is "that" or "which" or "for" or "to" or "with" or "of" or "in") return null;
        }
        return null;
    }

    /// <summary>The features of an unknown name for the learned typer: its shape, the words around (up to five of)
    /// its mentions, whether it is proposed or in the title, and the rule votes.</summary>
    private static List<TyperFeature> TyperFeatures(string key, List<Cand> kept, float[]? votes, bool proposed, ImmutableArray<Sentence> sentences, bool hasTitle)
    {
        var f = new List<TyperFeature>(24);
        Cand? first = null;
        int mentions = 0;
        foreach (var c in kept)
        {
            if (c.Key != key) continue;
            first ??= c;
            if (++mentions > 5) continue;
            if (c.SentenceIndex < 0 || c.SentenceIndex >= sentences.Length) continue;
            var s = sentences[c.SentenceIndex];
            int rel = c.Start - s.Start;
            if (rel < 0 || rel + c.Surface.Length > s.Text.Length) continue;
            var next = NextWords(s.Text, rel + c.Surface.Length, 2);
            if (next.Count > 0) f.Add(new("n:" + next[0].ToLowerInvariant(), 1));
            if (next.Count > 1) f.Add(new("n2:" + next[1].ToLowerInvariant(), 0.5f));
            var prev = PrevWords(s.Text, rel, 2);
            if (prev.Count > 0) f.Add(new("p:" + prev[0].ToLowerInvariant(), 1));
            if (prev.Count > 1) f.Add(new("p2:" + prev[1].ToLowerInvariant(), 0.5f));
            if (hasTitle && c.SentenceIndex == 0) f.Add(new("title", 1));
            f.Add(new("rule:" + c.Rule, 1));
        }
        var name = first?.AliasOf ?? first?.Surface ?? key;
        var lower = name.ToLowerInvariant();
        if (lower.Length >= 3) f.Add(new("s3:" + lower[^3..], 1));
        if (lower.Length >= 4) f.Add(new("s4:" + lower[^4..], 1));
        if (lower.Length >= 2) f.Add(new("s2:" + lower[^2..], 1));
        int dash = lower.LastIndexOfAny(['-', ' ']);
        if (dash > 0 && dash < lower.Length - 1) f.Add(new("last:" + lower[(dash + 1)..], 1));
        if (NameShape.IsAllCaps(name)) f.Add(new("allcaps", 1));
        bool digit = false, inner = false, space = false;
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsDigit(name[i])) digit = true;
            if (i > 0 && char.IsUpper(name[i]) && char.IsLower(name[i - 1])) inner = true;
            if (name[i] == ' ') space = true;
        }
        if (digit) f.Add(new("digit", 1));
        if (inner) f.Add(new("camel", 1));
        if (space) f.Add(new("words", 1));
        if (name.Length <= 4) f.Add(new("short", 1));
        if (proposed) f.Add(new("proposed", 1));
        if (NameShape.TypeFromSuffix(name) is { } ts) f.Add(new("suffix:" + ts, 1));
        if (votes is not null)
        {
            float best = 0;
            NodeLabel? top = null;
            foreach (var t in TypeOrder)
            {
                if (votes[(int)t] <= 0) continue;
                f.Add(new("vote:" + t, MathF.Log(1 + votes[(int)t])));
                if (votes[(int)t] > best) { best = votes[(int)t]; top = t; }
            }
            if (top is { } tt) f.Add(new("top:" + tt, 1));
        }
        else f.Add(new("novote", 1));
        return f;
    }

    private static string KeyOf(Cand c) => NameKey.Of(c.AliasOf ?? c.Surface);

    // Paper stands for "not an entity" ("REC tasks"): it wins only with the strongest votes.
    private static readonly NodeLabel[] TypeOrder = [NodeLabel.Model, NodeLabel.Benchmark, NodeLabel.Method, NodeLabel.Dataset, NodeLabel.Metric, NodeLabel.Paper];

    /// <summary>Groups candidates into entities (known ones by canonical name, others by name key), gives each group
    /// one type and one name (its first surface), and returns the mentions.</summary>
    private List<EntityMention> Finish(List<Cand> cands, Dictionary<string, float[]> votes, ImmutableArray<Sentence> sentences, bool hasTitle,
        List<(string Name, List<string> Surfaces, List<TyperFeature> Features)>? sink)
    {
        cands.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Surface.Length.CompareTo(a.Surface.Length));
        var groupName = new Dictionary<string, string>(cands.Count, StringComparer.Ordinal);
        var groupType = new Dictionary<string, NodeLabel>(cands.Count, StringComparer.Ordinal);
        var groupProposed = new HashSet<string>(StringComparer.Ordinal);
        // Drop candidates overlapping an earlier, longer one.
        var kept = new List<Cand>(cands.Count);
        List<string>? droppedProposed = null;
        int coveredTo = -1;
        foreach (var c in cands)
        {
            if (c.Start < coveredTo)
            {
                // "We present Dual-Path Reasoning via RL for VLMs (DP-RL)": a proposed long form cut by an overlapping
                // name still makes its short form the paper's own.
                if (c.Proposed && c.Known is null && c.AliasOf is null) (droppedProposed ??= []).Add(NameKey.Of(c.Surface));
                continue;
            }
            kept.Add(c);
            coveredTo = c.Start + c.Surface.Length;
        }
        foreach (var c in kept)
        {
            c.Key = c.Known is not null ? "kb:" + c.Known.Name : NameKey.Of(c.AliasOf ?? c.Surface);
            // A name that a definition or the knowledge base gave another key joins it.
            groupName.TryAdd(c.Key, c.AliasOf ?? c.Surface);
            if (c.Proposed) groupProposed.Add(c.Key);
            if (c.Type is { } t) groupType.TryAdd(c.Key, t);
        }
        if (droppedProposed is not null)
            foreach (var c in kept)
                if (c.AliasOf is not null && c.Known is null && droppedProposed.Contains(c.Key)) groupProposed.Add(c.Key);
        // "Geo-Llama-2D", "Zorb-8B", "ABC-Bench-core": a variant of a proposed name is proposed too.
        var proposedNames = new List<string>();
        foreach (var c in kept)
            if (groupProposed.Contains(c.Key))
            {
                proposedNames.Add(c.AliasOf ?? c.Surface);
                // "ZAP-MoE-L" is a variant of the proposed "Zonal Attention Pooling (ZAP)".
                if (c.AliasOf is not null && c.Surface.Length >= 3) proposedNames.Add(c.Surface);
            }
        foreach (var c in kept)
        {
            if (c.Known is not null || groupProposed.Contains(c.Key)) continue;
            foreach (var p in proposedNames)
                // "Zorblin2", "ZorblinNet": written on to a proposed name that ends in a lower-case letter.
                if (c.Surface.Length > p.Length && c.Surface.StartsWith(p, StringComparison.Ordinal) &&
                    (c.Surface.Length > p.Length + 1 && c.Surface[p.Length] is '-' or ' ' ||
                     p.Length >= 3 && (char.IsUpper(c.Surface[p.Length]) || char.IsDigit(c.Surface[p.Length])) && char.IsLower(p[^1])))
                { groupProposed.Add(c.Key); break; }
        }
        var result = new List<EntityMention>(kept.Count);
        foreach (var c in kept)
        {
            if (!groupType.TryGetValue(c.Key, out var type))
            {
                type = NodeLabel.Model;
                bool voted = false;
                votes.TryGetValue(NameKey.Of(c.AliasOf ?? c.Surface), out var v);
                if (v is not null)
                {
                    float best = 0;
                    foreach (var t in TypeOrder) if (v[(int)t] > best) { best = v[(int)t]; type = t; voted = true; }
                }
                // A name no rule voted for is typed by the learned typer (from its shape and the words around it)
                // instead of defaulting to Model; the rules' votes decide otherwise (cross-validation on train.jsonl
                // did not show the typer beating them where they vote).
                if (type != NodeLabel.Paper && (_typer is not null && !voted || sink is not null))
                {
                    var features = TyperFeatures(c.Key, kept, v, groupProposed.Contains(c.Key), sentences, hasTitle);
                    if (sink is not null)
                    {
                        var surfaces = new List<string>();
                        foreach (var m in kept) if (m.Key == c.Key) surfaces.Add(m.Surface);
                        sink.Add((groupName[c.Key], surfaces, features));
                    }
                    if (_typer is not null && !voted) type = _typer.Predict(features).Type;
                }
                groupType[c.Key] = type;
            }
            if (type == NodeLabel.Paper) continue;
            // A short unknown acronym ("CXR", "BEV") with nothing around it saying what it is: not kept.
            if (c.Rule == "entity.shape" && c.Known is null && c.AliasOf is null && !groupProposed.Contains(c.Key) && c.Surface.Length <= 3
                && NameShape.IsAllCaps(c.Surface) && !votes.ContainsKey(NameKey.Of(c.Surface)))
                continue;
            var name = groupName[c.Key];
            result.Add(new EntityMention
            {
                Surface = c.Surface, Type = type, Start = c.Start, Length = c.Surface.Length, SentenceIndex = c.SentenceIndex,
                AliasOf = name == c.Surface ? null : name, KnownAs = c.Known?.Name, Proposed = groupProposed.Contains(c.Key),
                Rule = c.Rule, Confidence = c.Confidence,
            });
        }
        return result;
    }
}
