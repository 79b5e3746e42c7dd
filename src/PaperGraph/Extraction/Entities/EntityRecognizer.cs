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
            // Cheap test first: the word after the name must start "dataset" or "corpus" (most names fail here).
            var next = s.Text.AsSpan(end + 1);
            if (!next.StartsWith("dataset", StringComparison.Ordinal) && !next.StartsWith("corpus", StringComparison.Ordinal)) continue;
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
}
