using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using PaperGraph.Graph;
using PaperGraph.Extraction.Relations.Learning;
using PaperGraph.Ingest;

namespace PaperGraph.Extraction.Relations;

/// <summary>
/// EVALUATED_ON (model → benchmark), sentence by sentence, for sentences that state an evaluation, a score or a
/// comparison (<see cref="Cues.IsEvaluation"/>):
/// <list type="bullet">
/// <item><c>eval.same-sentence</c>: every model named in the sentence × every benchmark named in it ("X outperforms Y
/// on B" evaluates X and Y on B; "on MMMU, MathVista and MMBench" lists three benchmarks).</item>
/// <item><c>eval.paper-subject</c>: benchmarks named with no model ("experiments on B show …", "it achieves … on B")
/// are the paper's own subject's (its first proposed model or method).</item>
/// <item><c>eval.proposed-benchmark</c>: models named with no benchmark in a paper that introduces a benchmark
/// ("GPT-4o achieves only 38.5%") are evaluated on that benchmark.</item>
/// <item><c>eval.pronoun-subject</c>: "it", "that it", "our 7B model", "we achieve" stand for the paper's model beside
/// the models the sentence names.</item>
/// <item><c>eval.previous-benchmark</c>: a comparison naming no benchmark is on those of the previous sentence (up to
/// six); <c>eval.declared-benchmark</c>: after "We evaluate on B.", a later comparison naming no benchmark is on B;
/// <c>eval.all-benchmarks</c>: "across all/these benchmarks" covers every benchmark named so far.</item>
/// </list>
/// Mentions are every occurrence of a recognised name (<see cref="PaperContext.WithAllOccurrences"/>). A model used as
/// a tool anywhere in the paper is never evaluated, except where it is itself the subject of a result ("X scores 35%");
/// a title, the scene-setting before the paper says what it does (unless it states a score), a sentence that introduces
/// benchmarks and one that only looks ahead ("… the next generation of X") are never evaluations; a benchmark right
/// after "fine-tune … on" is training data, and so is one named as a source ("questions drawn from A"), as prior work
/// ("Unlike A and B, …"), or for its training split or style ("the A training set", "A-pretrained", "A-style"). Not
/// evaluated either: a name used as "X-based/-style" (or "X- and Y-based") in the sentence, models the paper's work is
/// applied to ("our approach … for X and Y") unless scored, a later model with its own scope ("… while matching Y on
/// C" is not on the benchmarks before Y), a proposed method other than the paper's main work (a component or recipe)
/// unless listed with it or, in a paper with no model of its own, the subject of a result, and models scored before the
/// paper names its own benchmark. A model the paper fine-tunes is evaluated when the paper has no model or method of its
/// own. Scores come from
/// <see cref="ScoreFinder"/>: only absolute scores tied to the pair carry metric, value and unit; gains do not.
/// </summary>
public sealed partial class EvaluationExtractor : IRelationExtractor
{
    /// <summary>The learned decision (<c>Resources/relations/evaluated-on.tsv</c>, trained on the train gold file by
    /// <c>papergraph train-relations</c>); null means the hand rules alone decide.</summary>
    private readonly LogisticModel? _model;

    public EvaluationExtractor() : this(DefaultModel.Value) { }

    public EvaluationExtractor(LogisticModel? model) => _model = model;

    public const string ResourceName = "PaperGraph.Resources.relations.evaluated-on.tsv";

    private static readonly Lazy<LogisticModel?> DefaultModel = new(() => LogisticModel.FromResource(ResourceName));

    public IEnumerable<ExtractedFact> Extract(Paper paper, ImmutableArray<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        var facts = new List<ExtractedFact>();
        foreach (var pair in Pairs(Candidates(paper, sentences, mentions, withCueFeatures: _model is not null)))
        {
            bool legacy = pair.Candidates.Any(c => c.Legacy);
            if (_model is null && !legacy) continue;
            double? p = _model?.Probability(pair.Features);
            if (p < _model?.Threshold) continue;
            // The facts of the sentences the hand rules read as evaluations, else of every sentence naming the pair.
            foreach (var c in legacy ? pair.Candidates.Where(c => c.Legacy) : pair.Candidates)
                foreach (var f in c.Facts)
                    facts.Add(f with { Rule = legacy ? f.Rule : f.Rule.Replace("eval.", "eval.learned.", StringComparison.Ordinal), Confidence = p is { } q ? Math.Round(q, 3) : f.Confidence });
        }
        // Unscored duplicates of scored pairs add nothing.
        var scored = facts.Where(f => f.Value is not null).Select(f => (f.Subject, f.Object)).ToHashSet();
        return facts.Where(f => f.Value is not null || !scored.Contains((f.Subject, f.Object)))
            .DistinctBy(f => (f.Subject, f.Object, f.Metric, f.Value, f.Unit));
    }

    /// <summary>A candidate (model, benchmark) pair of a paper: its sentence candidates and the union of their features.</summary>
    internal sealed record Pair(string Model, string Target, IReadOnlyList<Candidate> Candidates, IReadOnlyList<string> Features);

    internal static List<Pair> Pairs(List<Candidate> candidates) =>
        [.. candidates.GroupBy(c => (c.Model, c.Target)).Select(g =>
        {
            var features = g.SelectMany(c => c.Features).Distinct(StringComparer.Ordinal).ToList();
            features.Add("sentences:" + Bucket(g.Select(c => c.SentenceIndex).Distinct().Count()));
            return new Pair(g.Key.Model, g.Key.Target, [.. g], features);
        })];

    /// <summary>Cue stems whose presence (in the sentence, or between model and benchmark) are features.</summary>
    private static readonly string[] CueWords =
    [
        "achiev", "outperform", "surpass", "score", "evaluat", "benchmark", "result", "experiment", "struggl", "perform",
        "accuracy", "state-of-the-art", "sota", "compar", "exceed", "beat", "attain", "reach", "obtain", "rival", "lag",
        "fall short", "test", "assess", "improv", "gain", "superior", "competitive", "than", "over ", " on ", "across",
        "generat", "annotat", "curat", "synthes", "train", "fine-tun", "data", "built", "based", "backbone", "initiali",
        "distill", "using", "use ", "prompt", "judge", "e.g.", "such as", "including", "like ", "inspired", "recent",
        "however", "although", "while", "respectively", "zero-shot", "%", "even", "only", "we ", "our ", "propos",
        "introduc", "model", "baseline", "open-source", "proprietary", "leading", "existing", "previous", "new ", "both",
        "such", "demonstrat", "show", "consistent", "significant", "top", "rank", "leaderboard", "human", "(", ";",
    ];

    /// <summary>One candidate EVALUATED_ON pair of a sentence: its facts (one per score found, else one), the features
    /// the learned decision reads, and whether the hand rules alone state it.</summary>
    internal sealed record Candidate(string Model, string Target, int SentenceIndex, IReadOnlyList<ExtractedFact> Facts, IReadOnlyList<string> Features, bool Legacy);

    /// <summary>Every candidate pair: models × benchmarks named in a sentence, the paper's own model × benchmarks
    /// named with no model, models × the paper's proposed benchmark, models × the previous sentence's benchmarks.</summary>
    internal static List<Candidate> Candidates(Paper paper, ImmutableArray<Sentence> sentences, IReadOnlyList<EntityMention> mentions, bool withCueFeatures = true)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(mentions);
        mentions = PaperContext.WithAllOccurrences(sentences, PaperContext.Consistent(mentions));
        mentions = BenchmarksTypedAsModels(sentences, mentions);
        mentions = ProposedDatasetBenchmarks(sentences, mentions);
        var ctx = new PaperContext(paper, sentences, mentions);
        var result = new List<Candidate>();
        bool hasTitle = paper.Info.Title is not null;
        List<string> previousTargets = [];
        // Every evaluation target named so far, in order ("… across all benchmarks" refers to them).
        var earlierTargets = new List<string>();
        var allBenchmarksOf = new List<string>();
        string? previousModel = null;
        // The benchmarks the authors say they evaluate on ("We evaluate on the recent B benchmark."): later comparisons
        // that name no benchmark are on them.
        List<string> declaredTargets = [];
        // The one benchmark the previous sentence scored on, even when it closed its comparison ("X achieves 71.2% on B.
        // In contrast, Y only reaches 40.1%.").
        string? closedTarget = null;
        List<string> lastResultTargets = [];
        int lastResultIndex = -2;
        int last = sentences.Length - 1;
        var coSubjects = CoSubjects(ctx, sentences);
        // Models scored before the paper names its benchmark are scored elsewhere (background, motivation).
        // A benchmark named only in the title is introduced by the first sentence that says it introduces a benchmark.
        int benchmarkIntro = sentences.FirstOrDefault(x => ctx.MentionsIn[x.Index].Any(m => m.Proposed && m.Type == NodeLabel.Benchmark && !(hasTitle && x.Index == 0)))?.Index ??
            (ctx.ProposedTargets.Length > 0 ? sentences.FirstOrDefault(x => x.Index > 0 && IntroducesUnnamedBenchmark(x.Text.ToLowerInvariant()))?.Index : null) ?? int.MaxValue;
        int proposalIndex = sentences.FirstOrDefault(x => !(hasTitle && x.Index == 0) && (ctx.MentionsIn[x.Index].Any(m => m.Proposed) || Cues.ContainsAny(x.Text.ToLowerInvariant(), ProposalCues)))?.Index ?? 0;
        foreach (var s in sentences)
        {
            if (hasTitle && s.Index == 0) continue;
            var lower = s.Text.ToLowerInvariant();
            var inSentence = ctx.MentionsIn[s.Index];
            bool evalCue = Cues.IsEvaluation(lower);
            var backboneObjects = BackboneExtractor.BackboneObjects(s, lower, inSentence);
            // A tool model is still scored where it is itself the subject of a result ("GPT-4 scores 35.0%").
            var runnable = inSentence.Where(m => PaperContext.IsRunnable(m.Type) && (!ctx.Tools.Contains(PaperContext.NameOf(m)) || StatesResult(s, m) || EvaluatedExplicitly(s, m))).ToList();
            // A name the sentence uses to describe others anywhere in it ("CLIP-based models … CLIP models").
            var derived = runnable.Where(m => IsDerivedName(s, m)).Select(PaperContext.NameOf).ToHashSet(StringComparer.Ordinal);
            // The hand rules' models: models and the paper's own main method (a borrowed training method such as GRPO, or a
            // component or recipe the paper adds beside its main method, is not evaluated).
            // A model the paper fine-tunes is what it evaluates when the paper names no model or method of its own ("fine-tuning
            // X on D improves accuracy on B"), unless the authors claim the result ("we achieve N on B with a frozen X").
            bool backboneEvaluated = ctx.Subject is null && !Cues.ContainsAny(lower, WeScore);
            // A further proposed method counts when it is listed beside the main work ("the effectiveness of X and Y on B")
            // or, in a paper with no model of its own, opens a sentence as the subject of a result ("Y achieves … on B").
            var models = runnable.Where(m => (m.Type == NodeLabel.Model || (m.Proposed && (PaperContext.NameOf(m) == ctx.Subject || ListedWithSubject(s, inSentence, m, ctx.Subject) || (ctx.OwnModel is null && inSentence[0] == m && StatesResult(s, m))))) && (!backboneObjects.Contains(m) || backboneEvaluated || m.Proposed || ImprovedOn(s, m) || ImprovesItself(s, m)) && !ReadsAsTarget(s, inSentence, m) && !derived.Contains(PaperContext.NameOf(m)) && !NamesAScore(s, m)).ToList();
            var allTargets = inSentence.Where(m => PaperContext.IsTarget(m.Type)).ToList();
            var targets = allTargets.Where(m => (m.Type == NodeLabel.Benchmark || !Cues.IsTrainingData(s, m)) && !Cues.IsTrainedOn(s, m) && !Cues.IsSourceOrContrast(s, m) && !IsTrainingUse(s, m)).ToList();
            bool firstPerson = HasFirstPerson(lower);
            bool opening = IsOpening(s, hasTitle);
            var scores = ScoreFinder.Find(s, lower, models, targets, inSentence.Where(m => m.Type == NodeLabel.Metric).ToList(), inSentence);
            // The scene-setting before the paper says what it does ("However, even GPT-4V struggles on B. We propose …"), unless it
            // states a score ("Qwen2-VL only achieves a 43.9 recall on B").
            bool motivation = !firstPerson && (opening || (s.Index < proposalIndex && scores.Count == 0));

            var sentenceFeatures = new List<string> { evalCue ? "cue" : "nocue" };
            // The cue-word features cost one search per cue: only computed when a learned model reads them.
            if (withCueFeatures)
                foreach (var w in CueWords) if (lower.Contains(w, StringComparison.Ordinal)) sentenceFeatures.Add("w:" + w);
            if (firstPerson) sentenceFeatures.Add("first-person");
            if (RefersToSubject(lower)) sentenceFeatures.Add("refers-subject");
            if (RefersToPrevious(lower)) sentenceFeatures.Add("refers-previous");
            if (opening) sentenceFeatures.Add("opening");
            if (s.Index == last) sentenceFeatures.Add("last-sentence");
            if (ScoreFinder.HasOutcome(lower)) sentenceFeatures.Add("outcome");
            if (ScoreFinder.HasComparison(lower)) sentenceFeatures.Add("comparison");
            if (scores.Count > 0) sentenceFeatures.Add("any-score");
            sentenceFeatures.Add("nm:" + Bucket(runnable.Select(PaperContext.NameOf).Distinct().Count()));
            sentenceFeatures.Add("nt:" + Bucket(allTargets.Select(PaperContext.NameOf).Distinct().Count()));

            // The paper's model named by a pronoun before any model is named ("On B, it attains …", "our model …").
            string? pronounSubject = null;
            if (models.Count > 0 && !models.Any(m => m.Proposed))
            {
                int firstModel = models.Min(m => m.Start) - s.Start;
                var head = lower[..Math.Clamp(firstModel, 0, lower.Length)];
                if (StartsWithIt(head))
                    pronounSubject = previousModel ?? ctx.SubjectModel;
                else if (Cues.ContainsAny(head, WeScore))
                    pronounSubject = ctx.Subject;
                else if (head.StartsWith("ours ", StringComparison.Ordinal) || head.Contains(", ours ", StringComparison.Ordinal))
                    pronounSubject = ctx.SubjectModel;
                else if (OurOwn(head) is { } own)
                    pronounSubject = own == "model" ? ctx.OwnModel : ctx.Subject;
                // "The resulting model reaches 71.5% on B, surpassing Y", "This model achieves …": the paper's own model
                // by a definite description.
                // "Compared with X, Y and Z, our method improves accuracy on B": the paper's work named after the models
                // it is compared with.
                else if (ComparedOpeners.Any(o => head.EndsWith(o, StringComparison.Ordinal)) &&
                         OurOwn(lower[Math.Clamp(models.Max(m => m.Start + m.Length) - s.Start, 0, lower.Length)..]) is { } ownAfter)
                    pronounSubject = ownAfter == "model" ? ctx.SubjectModel : ctx.Subject;
                else if (!opening && OwnDescription(head) is { } described)
                    pronounSubject = described == "this model" ? previousModel ?? ctx.SubjectModel : described.EndsWith("model", StringComparison.Ordinal) ? ctx.SubjectModel : ctx.Subject;
                // "Experiments on A show consistent gains over Y", "the proposed model outperforms Y": the unnamed
                // side of a comparison is the paper's own work.
                else if (!opening && Cues.ContainsAny(head, ComparedOver) && Cues.ContainsAny(head, SelfReference))
                    pronounSubject = head.Contains("model", StringComparison.Ordinal) ? ctx.SubjectModel : ctx.Subject;
                if (pronounSubject is not null && models.Any(m => PaperContext.NameOf(m) == pronounSubject)) pronounSubject = null;
                // "ours achieves 78.4%, surpassing Y": a score before any named model is the pronoun's.
                if (pronounSubject is not null)
                    scores = [.. scores.Select(x => x.Model is null && x.At < firstModel + s.Start ? x with { Model = pronounSubject } : x)];
            }

            // What the hand rules state in this sentence.
            var legacy = new HashSet<(string, string)>();
            string? carriedSubject = null;
            string? contrastTarget = null;
            List<string> sizedSubjects = [];
            List<string> continuedTargets = [];
            if (evalCue && !IntroducesBenchmark(s, lower, inSentence) && !(Cues.ContainsAny(lower, Prospective) && scores.Count == 0 && (!ScoreFinder.HasComparison(lower) || Cues.ContainsAny(lower, Hope))))
            {
                if (models.Count > 0 && targets.Count > 0 && !(motivation && !models.Any(m => m.Proposed)))
                {
                    foreach (var m in models)
                        foreach (var t in targets)
                        {
                            // "our approach improves … for X and Y": the models the paper's work is applied to, unless scored.
                            if (!m.Proposed && (firstPerson || models.Any(x => x.Proposed)) && AppliedTo(s, m) && !scores.Any(x => x.Model == PaperContext.NameOf(m))) continue;
                            // "X leads on A and B while matching Y on C": a later model with its own "on …" is compared there only.
                            if (t.Start < m.Start && m != models[0] && HasOwnScope(s, m)) continue;
                            legacy.Add((PaperContext.NameOf(m), PaperContext.NameOf(t)));
                        }
                    // "On B, it attains 47.6, surpassing prior models such as Y": the pronoun's model too.
                    if (pronounSubject is not null)
                        foreach (var t in targets) legacy.Add((pronounSubject, PaperContext.NameOf(t)));
                }
                else if (targets.Count > 0 && !motivation && (firstPerson || RefersToSubject(lower)) && Cues.ContainsAny(lower, SubjectResults) &&
                         (RefersToPrevious(lower) && previousModel is not null ? previousModel : OwnWorkOf(lower, ctx)) is { } subject)
                {
                    // "We propose A and B strategies … experiments on C show that the proposed strategy …": B is proposed
                    // side by side with A and shares its results.
                    var subjects = subject == ctx.Subject ? [subject, .. coSubjects] : new List<string> { subject };
                    // "… for the 4B and 8B models": the models named earlier by those sizes (the paper's work applied to them).
                    var sized = SizedEarlierModels(lower, mentions, s.Start);
                    if (sized.Count > 0) subjects = sized;
                    sizedSubjects = sized;
                    foreach (var t in targets)
                        if (!ctx.ProposedTargets.Contains(PaperContext.NameOf(t)) || ScoreFinder.HasOutcome(lower))
                            foreach (var x in subjects) legacy.Add((x, PaperContext.NameOf(t)));
                }
                else if (targets.Count == 0 && earlierTargets.Count > 0 && !motivation && Cues.ContainsAny(lower, AllBenchmarks) && Cues.ContainsAny(lower, SubjectResults))
                {
                    // "Extensive experiments across all benchmarks underscore the gains of X": every benchmark named so far.
                    allBenchmarksOf = models.Count > 0 ? [.. models.Select(PaperContext.NameOf)] : (firstPerson || RefersToSubject(lower)) && ctx.Subject is { } own ? [own] : [];
                    foreach (var m in allBenchmarksOf)
                        foreach (var t in earlierTargets) legacy.Add((m, t));
                }
                // Not when the sentence names the paper's benchmark in another role ("B training improves X by 11%").
                else if (models.Count > 0 && targets.Count == 0 && ctx.ProposedTargets.Length > 0 && !motivation && s.Index >= benchmarkIntro && ScoreFinder.HasOutcome(lower) && !SpeaksOfOtherBenchmarks(lower) &&
                         !allTargets.Any(t => ctx.ProposedTargets.Contains(PaperContext.NameOf(t))))
                {
                    // Not the models this sentence introduces ("We also introduce X, a metric that evaluates …").
                    foreach (var m in models.Where(m => !m.Proposed || !IsIntroduction(lower)))
                        foreach (var t in ctx.ProposedTargets) legacy.Add((PaperContext.NameOf(m), t));
                }
                else if (models.Count > 0 && targets.Count == 0 && previousTargets.Count is > 0 and <= 6 && !motivation && ScoreFinder.HasComparison(lower) && !SpeaksOfOtherBenchmarks(lower))
                {
                    foreach (var m in models)
                        foreach (var t in previousTargets) legacy.Add((PaperContext.NameOf(m), t));
                }
                else if (models.Count > 0 && targets.Count == 0 && declaredTargets.Count > 0 && !motivation && ScoreFinder.HasComparison(lower) && !SpeaksOfOtherBenchmarks(lower))
                {
                    foreach (var m in models)
                        foreach (var t in declaredTargets) legacy.Add((PaperContext.NameOf(m), t));
                }
                else if (models.Count > 0 && allTargets.Count == 0 && pronounSubject is not null && pronounSubject == previousModel && lastResultIndex == s.Index - 1 &&
                         lastResultTargets.Count is > 0 and <= 6 && !motivation && ScoreFinder.HasComparison(lower) && !SpeaksOfOtherBenchmarks(lower))
                {
                    // "X achieves SOTA on A and B. Moreover, it surpasses Y by 3%": the same subject's comparison goes on
                    // on the same benchmarks.
                    foreach (var m in models) foreach (var t in lastResultTargets) legacy.Add((PaperContext.NameOf(m), t));
                    foreach (var t in lastResultTargets) legacy.Add((pronounSubject, t));
                    continuedTargets = lastResultTargets;
                }
                else if (models.Count > 0 && allTargets.Count == 0 && closedTarget is not null && !motivation && scores.Count > 0 && scores.All(x => x.Target is null) &&
                         Cues.ContainsAny(lower[..Math.Clamp(models[0].Start - s.Start, 0, lower.Length)], ContrastOpeners) && !SpeaksOfOtherBenchmarks(lower))
                {
                    // "… on B. In contrast, Y only reaches 40.1%": the contrasted model's score is on the same benchmark.
                    foreach (var m in models) legacy.Add((PaperContext.NameOf(m), closedTarget));
                    scores = [.. scores.Select(x => x with { Target = closedTarget })];
                    contrastTarget = closedTarget;
                }
                else if (runnable.Count == 0 && allTargets.Count == 0 && scores.Count > 0 && !motivation && ScoreFinder.HasComparison(lower) &&
                         (previousTargets.Count == 1 || (previousTargets.Count == scores.Count && lower.Contains("respectively", StringComparison.Ordinal) && scores.All(x => x.Target is null))) &&
                         (RefersToSubject(lower) || OurOwn(lower) is not null) &&
                         (RefersToPrevious(lower) && previousModel is not null ? previousModel : OwnWorkOf(lower, ctx)) is { } carried)
                {
                    // "We evaluate X on B. Results show that it achieves 78.4%": the score is on the benchmark just named;
                    // "… on A and B. It achieves 78.2 and 85.1, respectively": on each in order.
                    carriedSubject = carried;
                    if (previousTargets.Count > 1) scores = [.. scores.Select((x, i) => x with { Target = previousTargets[i] })];
                    foreach (var t in previousTargets) legacy.Add((carried, t));
                }
            }

            var seen = new HashSet<(string, string)>();
            void Add(string model, EntityMention? mention, string target, EntityMention? targetMention, string rule, double confidence, bool fallback, List<string> features)
            {
                if (model == target || !seen.Add((model, target))) return;
                var f = new List<string>(sentenceFeatures) { "src:" + rule };
                f.AddRange(features);
                bool isLegacy = legacy.Contains((model, target));
                if (isLegacy) f.Add("legacy");
                if (ctx.ProposedModels.Contains(model)) f.Add("m:proposed");
                if (model == ctx.Subject || model == ctx.SubjectModel) f.Add("m:subject");
                if (mention is not null)
                {
                    if (mention.Type == NodeLabel.Method) f.Add("m:method");
                    if (mention.KnownAs is not null) f.Add("m:known");
                    if (backboneObjects.Contains(mention)) f.Add("m:backbone-object");
                    if (ReadsAsTarget(s, inSentence, mention)) f.Add("m:reads-as-target");
                }
                if (ctx.ProposedTargets.Contains(target)) f.Add("t:proposed");
                if (targetMention is not null)
                {
                    if (targetMention.Type == NodeLabel.Dataset) f.Add("t:dataset");
                    if (Cues.IsTrainingData(s, targetMention)) f.Add("t:training");
                }
                // "… reaches 71.5% on B, surpassing Y": an unattributed score before the model a comparison is made against is not Y's.
                bool Against(FoundScore x) => mention is not null && x.At < mention.Start && Cues.ContainsAny(lower[(x.At - s.Start)..Math.Max(x.At - s.Start, mention.Start - s.Start)], ComparedAgainst);
                var found = scores.Where(x => (x.Model == model || (x.Model is null && (fallback || models.Count <= 1) && !Against(x))) && (x.Target == target || (x.Target is null && (fallback || targets.Count <= 1)))).ToList();
                // Scores tied to this benchmark by name win over loose ones ("V*Bench (80.3%), BLINK spatial reasoning
                // (83.9%)" gives BLINK 83.9 only, even when V*Bench is not recognised).
                if (found.Any(x => x.Target == target) && found.Any(x => x.Target is null)) found = [.. found.Where(x => x.Target == target)];
                if (fallback && found.Count > 1 && !found.All(x => x.Target == target)) found = [found[0]];
                if (found.Any(x => x.Model == model && x.Target == target)) f.Add("score-pair");
                else if (found.Count > 0) f.Add("score-loose");
                var facts = found.Count == 0
                    ? [new ExtractedFact { Kind = FactKind.EvaluatedOn, Subject = model, Object = target, SentenceIndex = s.Index, Rule = rule, Confidence = confidence }]
                    : found.Select(sc => new ExtractedFact
                    {
                        Kind = FactKind.EvaluatedOn, Subject = model, Object = target, Metric = sc.Metric, Value = sc.Value, Unit = sc.Unit,
                        SentenceIndex = s.Index, Rule = rule + "+score", Confidence = confidence,
                    }).ToList();
                result.Add(new Candidate(model, target, s.Index, facts, f, isLegacy));
            }

            if (runnable.Count > 0 && allTargets.Count > 0)
            {
                foreach (var m in runnable)
                    foreach (var t in allTargets)
                    {
                        var pair = new List<string>();
                        var (a, b) = m.Start < t.Start ? (m, t) : (t, m);
                        int gap = b.Start - (a.Start + a.Length);
                        pair.Add(m.Start < t.Start ? "order:model-first" : "order:target-first");
                        pair.Add("d:" + (gap < 30 ? "30" : gap < 80 ? "80" : gap < 150 ? "150" : "far"));
                        if (withCueFeatures && gap > 0 && a.Start + a.Length >= s.Start && b.Start <= s.Start + s.Text.Length)
                        {
                            var between = lower.Substring(a.Start + a.Length - s.Start, gap);
                            foreach (var w in CueWords) if (between.Contains(w, StringComparison.Ordinal)) pair.Add("b:" + w);
                        }
                        Add(PaperContext.NameOf(m), m, PaperContext.NameOf(t), t, "eval.same-sentence", 0.8, false, pair);
                    }
            }
            if (pronounSubject is not null)
                foreach (var t in targets)
                    Add(pronounSubject, null, PaperContext.NameOf(t), t, "eval.pronoun-subject", 0.6, false, ["subj:pronoun"]);
            if (allTargets.Count > 0 && models.Count == 0)
            {
                var subjects = new List<(string Name, string Kind)>();
                if (previousModel is not null) subjects.Add((previousModel, "previous-model"));
                if (ctx.SubjectModel is not null) subjects.Add((ctx.SubjectModel, "subject-model"));
                if (ctx.Subject is not null) subjects.Add((ctx.Subject, "subject"));
                foreach (var co in coSubjects) subjects.Add((co, "co-subject"));
                foreach (var (name, kind) in subjects)
                    foreach (var t in allTargets)
                        Add(name, null, PaperContext.NameOf(t), t, "eval.paper-subject", 0.65, true, ["subj:" + kind]);
            }
            if (runnable.Count > 0 && targets.Count == 0)
            {
                foreach (var m in runnable)
                {
                    foreach (var t in ctx.ProposedTargets)
                        Add(PaperContext.NameOf(m), m, t, null, "eval.proposed-benchmark", 0.6, true, []);
                    if (previousTargets.Count <= 6)
                        foreach (var t in previousTargets)
                            Add(PaperContext.NameOf(m), m, t, null, "eval.previous-benchmark", 0.5, true, ["prev:" + Bucket(previousTargets.Count)]);
                    foreach (var t in declaredTargets)
                        Add(PaperContext.NameOf(m), m, t, null, "eval.declared-benchmark", 0.5, true, ["declared"]);
                }
            }
            foreach (var m in allBenchmarksOf)
                foreach (var t in earlierTargets)
                    Add(m, null, t, null, "eval.all-benchmarks", 0.6, false, ["all-benchmarks"]);
            if (carriedSubject is not null)
                foreach (var t in previousTargets)
                    Add(carriedSubject, null, t, null, "eval.previous-benchmark", 0.5, true, ["subj:pronoun"]);
            foreach (var t in continuedTargets)
            {
                foreach (var m in models) Add(PaperContext.NameOf(m), m, t, null, "eval.previous-benchmark", 0.5, true, ["continued"]);
                if (pronounSubject is not null) Add(pronounSubject, null, t, null, "eval.previous-benchmark", 0.5, true, ["continued"]);
            }
            foreach (var name in sizedSubjects)
                foreach (var t in targets)
                    Add(name, null, PaperContext.NameOf(t), t, "eval.paper-subject", 0.6, false, ["subj:sized"]);
            if (contrastTarget is not null)
                foreach (var m in models)
                    Add(PaperContext.NameOf(m), m, contrastTarget, null, "eval.previous-benchmark", 0.5, false, ["contrast"]);
            allBenchmarksOf = [];
            foreach (var t in targets)
                if (!earlierTargets.Contains(PaperContext.NameOf(t))) earlierTargets.Add(PaperContext.NameOf(t));
            closedTarget = evalCue && targets.Select(PaperContext.NameOf).Distinct(StringComparer.Ordinal).Count() == 1 ? PaperContext.NameOf(targets[0]) : null;
            // The benchmarks and subject of the last result sentence ("X achieves SOTA on A and B. Moreover, it surpasses Y.").
            if (evalCue && targets.Count > 0) { lastResultTargets = [.. targets.Select(PaperContext.NameOf).Distinct(StringComparer.Ordinal)]; lastResultIndex = s.Index; }
            previousTargets = evalCue
                ? [.. targets.Select(PaperContext.NameOf).Distinct(StringComparer.Ordinal)]
                : [.. inSentence.Where(m => m.Type == NodeLabel.Benchmark).Select(PaperContext.NameOf).Distinct(StringComparer.Ordinal)];
            // Only a sentence that names benchmarks without scoring named models on them sets them up for the next one
            // ("We evaluate on A and B. X outperforms Y."); "X beats Y on A. Z …" has closed its comparison.
            if (evalCue && models.Count > 0 && targets.Count > 0 && ScoreFinder.HasComparison(lower)) previousTargets = [];
            // The sentence's subject: its first model, or the paper's own model it opened with ("It reaches …, surpassing Y").
            if (evalCue && models.Count > 0) previousModel = pronounSubject ?? PaperContext.NameOf(models[0]);
            if (models.Count == 0 && targets.Count is > 0 and <= 3 && Cues.ContainsAny(lower, WeEvaluateOn) && !ScoreFinder.HasComparison(lower))
                declaredTargets = [.. targets.Select(PaperContext.NameOf).Distinct(StringComparer.Ordinal)];
        }
        return result;
    }

    [GeneratedRegex(@"\bthe (\d+(?:\.\d+)?b)(?: and (\d+(?:\.\d+)?b))? (?:models?|variants?|versions?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SizedModels();

    /// <summary>"the 4B and 8B models", "the 7B model": the models named earlier in the paper whose names end with
    /// those sizes ("Qwen3-VL-4B", "Qwen3-VL-8B"), when each size names exactly one; else none.</summary>
    private static List<string> SizedEarlierModels(string lower, IReadOnlyList<EntityMention> mentions, int before)
    {
        var match = SizedModels().Match(lower);
        if (!match.Success) return [];
        var result = new List<string>();
        foreach (var g in new[] { match.Groups[1], match.Groups[2] })
        {
            if (!g.Success) continue;
            var names = mentions.Where(m => m.Start < before && m.Type == NodeLabel.Model && !m.Proposed)
                .Select(PaperContext.NameOf).Where(n => n.EndsWith("-" + g.Value, StringComparison.OrdinalIgnoreCase) || n.EndsWith(" " + g.Value, StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.Ordinal).ToList();
            if (names.Count != 1) return [];
            result.Add(names[0]);
        }
        return result;
    }

    private static readonly string[] EvaluateVerbs = ["we evaluate ", "we test ", "we benchmark ", "we assess ", "evaluating ", "we compare "];

    /// <summary>"We evaluate X, Y and Z on B": a model the paper names as evaluated (even one it also uses as a tool
    /// elsewhere, e.g. to generate questions).</summary>
    private static bool EvaluatedExplicitly(Sentence s, EntityMention m)
    {
        var (before, _) = Cues.Window(s, m, 80, 0);
        foreach (var v in EvaluateVerbs)
        {
            int at = before.LastIndexOf(v, StringComparison.Ordinal);
            if (at >= 0 && Cues.OnlyNamesBetween(s, m, before.Length - at - v.Length)) return true;
        }
        return false;
    }

    /// <summary>"81.0 ANLS on B": an unknown name right after a number names the score's measure, not a model.</summary>
    private static bool NamesAScore(Sentence s, EntityMention m)
    {
        if (m.KnownAs is not null || m.Proposed) return false;
        var before = Cues.Window(s, m, 8, 0).Before;
        return before.Length >= 2 && before[^1] == ' ' && (char.IsAsciiDigit(before[^2]) || before[^2] == '%');
    }

    private static readonly string[] ComparedOpeners = ["compared with ", "compared to ", "in comparison with ", "in comparison to ", "relative to ", "against "];

    private static readonly string[] ContrastOpeners = ["in contrast", "by contrast", "by comparison", "in comparison", "for comparison", "meanwhile", "comparatively", "whereas", "on the other hand"];

    private static readonly string[] MethodNouns = ["method", "approach", "framework", "strategy", "strategies", "technique", "recipe", "algorithm", "paradigm", "pipeline"];

    /// <summary>What a result sentence with no named model credits: the paper's own model when it names one ("the
    /// model", or no noun at all), its method when the sentence speaks of a method ("our approach") and not a model.</summary>
    private static string? OwnWorkOf(string lower, PaperContext ctx) =>
        lower.Contains("model", StringComparison.Ordinal) || !Cues.ContainsAny(lower, MethodNouns) ? ctx.SubjectModel : ctx.Subject;

    private static string Bucket(int n) => n >= 3 ? "3+" : n.ToString(CultureInfo.InvariantCulture);

    private static bool HasFirstPerson(string lower) =>
        lower.StartsWith("we ", StringComparison.Ordinal) || lower.Contains(" we ", StringComparison.Ordinal) ||
        lower.Contains("our ", StringComparison.Ordinal) || lower.StartsWith("experiment", StringComparison.Ordinal) ||
        lower.Contains("extensive experiments", StringComparison.Ordinal) || lower.Contains("experimental results", StringComparison.Ordinal) ||
        lower.Contains("evaluations", StringComparison.Ordinal) || lower.Contains("results show", StringComparison.Ordinal);

    /// <summary>Result words: what a sentence says when it reports an outcome rather than describing a benchmark.</summary>
    private static readonly string[] Results =
    [
        "achiev", "outperform", "surpass", "score", "struggl", "reach", "attain", "obtain", "lag", "fall short", "falls short",
        "beat", "exceed", "%", "accuracy", "best", "state-of-the-art", "sota", "superior", "inferior", "gap", "fail",
    ];

    /// <summary>What a sentence says when it reports the paper's own result on benchmarks it names without a model
    /// ("experiments on B show …", "it achieves … on B"), as opposed to describing a task, a check or data.</summary>
    private static readonly string[] SubjectResults =
    [
        "achiev", "outperform", "surpass", "state-of-the-art", "state of the art", "sota", "superior", "competitive", "improv",
        "gain", "better", "score", "result", "perform", "experiment", "evaluat", "validat", "effective", "exceed", "beat",
        "attain", "obtain", "reach", "rival", "ranks ", "record", "leaderboard", "generaliz",
    ];

    /// <summary>Words that refer back to every benchmark the abstract has named.</summary>
    private static readonly string[] AllBenchmarks =
    [
        "all benchmarks", "all the benchmarks", "all these benchmarks", "these benchmarks", "both benchmarks", "all datasets",
        "all the datasets", "these datasets", "both datasets", "all three benchmarks", "all four benchmarks", "all five benchmarks",
    ];

    /// <summary>A sentence that introduces the paper's benchmark ("we introduce B, a benchmark designed to evaluate
    /// LMMs …", "we present B, a two-part benchmark: C and D") and reports no result evaluates nothing. "B presents
    /// challenges for X" is no introduction.</summary>
    private static bool IntroducesBenchmark(Sentence s, string lower, List<EntityMention> inSentence)
    {
        var targets = inSentence.Where(m => (m.Proposed || lower.Contains("introducing", StringComparison.Ordinal)) && PaperContext.IsTarget(m.Type)).ToList();
        if (targets.Count == 0 || Cues.ContainsAny(lower, IntroResults)) return false;
        if (Cues.ContainsAny(lower, IntroVerbs)) return true;
        return lower.Contains("present", StringComparison.Ordinal) && !targets.Any(m => Cues.Window(s, m, 0, 12).After.StartsWith(" presents", StringComparison.Ordinal));
    }

    private static readonly string[] IntroVerbs = ["introduc", "propose", "construct", "curate", "develop"];

    /// <summary><see cref="Results"/> without the words a benchmark's own description uses ("to fill this gap, we introduce
    /// B to analyse how … affects accuracy").</summary>
    private static readonly string[] IntroResults = [.. Results.Where(r => r is not ("accuracy" or "gap"))];

    private static readonly string[] WeEvaluateOn = ["we evaluate on ", "we evaluate it on ", "we evaluate our ", "we conduct experiments on ", "we experiment on ", "we test on "];

    /// <summary>"we achieve 89.7% on B with a frozen X": the authors' result is their own model's.</summary>
    private static readonly string[] WeScore = ["we achieve", "we obtain", "we attain", "we reach", "we outperform", "we surpass", "we set "];

    private static readonly string[] ComparedAgainst = ["outperform", "surpass", " than ", "compared", "beat", "exceed", "over "];

    private static readonly string[] ComparedOver = [" over ", "outperform", "surpass", " than ", "compared", "against", "beat", "exceed"];

    private static readonly string[] SelfReference = ["experiments", "results", "the proposed", "our ", "we ", "this approach", "this method"];

    private static readonly string[] OwnNouns = ["model", "method", "approach", "framework"];

    /// <summary>"our model", "our 7B model", "our proposed method", "our approach": the noun the paper calls its own
    /// work by (a few words after "our", no punctuation between), else null.</summary>
    private static string? OurOwn(string lower)
    {
        for (int at = lower.IndexOf("our ", StringComparison.Ordinal); at >= 0; at = lower.IndexOf("our ", at + 1, StringComparison.Ordinal))
        {
            if (at > 0 && char.IsLetter(lower[at - 1])) continue;
            var rest = lower.AsSpan(at + 4, Math.Min(26, lower.Length - at - 4));
            int stop = rest.IndexOfAny(",;:.()");
            if (stop >= 0) rest = rest[..stop];
            foreach (var noun in OwnNouns)
                if (rest.IndexOf(noun, StringComparison.Ordinal) >= 0) return noun;
        }
        return null;
    }

    private static readonly string[] ProposalCues = ["we propose", "we introduce", "we present", "this paper", "in this work", "this work", "we develop", "we design"];

    /// <summary>What a sentence says when it looks ahead ("a standard for advancing the next generation of X", "we hope B
    /// will foster …"): with no score or comparison of its own, it evaluates nothing.</summary>
    /// <summary>A wish about the future ("we hope X will inspire models that surpass Y on B"): even its comparison is
    /// not a result.</summary>
    private static readonly string[] Hope = ["we hope", "we believe", "we expect", "we envision", "future models", "future work", "future research", "will inspire", "will enable", "will foster"];

    private static readonly string[] Prospective =
    [
        "next generation", "next-generation", "future ", "will ", "pave the way", "paving the way", "we hope", "we believe",
        "foster", "facilitate",
    ];

    private static readonly string[] ResultVerbs =
    [
        "achieves", "achieved", "outperforms", "outperformed", "surpasses", "surpassed", "attains", "obtains", "reaches",
        "scores", "exceeds", "beats", "lags", "trails", "falls short", "struggles", "performs", "ranks",
    ];

    /// <summary>"Y achieves …", "Y scores …", "Y only reaches …": the mention is the subject of a result verb.</summary>
    private static bool StatesResult(Sentence s, EntityMention m)
    {
        var after = Cues.Window(s, m, 0, 40).After.TrimStart();
        if (after.StartsWith("only ", StringComparison.Ordinal)) after = after[5..];
        foreach (var verb in ResultVerbs)
            if (after.StartsWith(verb, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>"We introduce a benchmark …", "we present a new benchmark": a benchmark introduced without its name.</summary>
    private static bool IntroducesUnnamedBenchmark(string lower) =>
        lower.Contains("benchmark", StringComparison.Ordinal) && (lower.Contains("we introduce", StringComparison.Ordinal) ||
        lower.Contains("we present", StringComparison.Ordinal) || lower.Contains("we propose", StringComparison.Ordinal) ||
        lower.Contains("we construct", StringComparison.Ordinal) || lower.Contains("we build", StringComparison.Ordinal) ||
        lower.Contains("we curate", StringComparison.Ordinal) || lower.Contains("we develop", StringComparison.Ordinal));

    /// <summary>"X and Y": the mention is coordinated with a mention of the paper's main work ("With X, Y achieves …" is not).</summary>
    private static bool ListedWithSubject(Sentence s, List<EntityMention> inSentence, EntityMention m, string? subject)
    {
        if (subject is null) return false;
        int i = inSentence.IndexOf(m);
        return (i > 0 && PaperContext.NameOf(inSentence[i - 1]) == subject && Coordinated(s, inSentence[i - 1], m)) ||
            (i >= 0 && i + 1 < inSentence.Count && PaperContext.NameOf(inSentence[i + 1]) == subject && Coordinated(s, m, inSentence[i + 1]));
    }

    /// <summary>Proposed models or methods of the subject's type named right beside it with "and" where the paper
    /// proposes it ("we propose A (a) and B (b) strategies"): co-equal contributions, not components.</summary>
    private static List<string> CoSubjects(PaperContext ctx, ImmutableArray<Sentence> sentences)
    {
        var result = new List<string>();
        if (ctx.Subject is null) return result;
        foreach (var s in sentences)
        {
            var inSentence = ctx.MentionsIn[s.Index];
            int i = inSentence.FindIndex(m => m.Proposed && PaperContext.NameOf(m) == ctx.Subject);
            if (i < 0) continue;
            var subject = inSentence[i];
            // Skip the subject's own bracketed alias ("Visual Token Compression (VTC)").
            int j = i + 1;
            while (j < inSentence.Count && PaperContext.NameOf(inSentence[j]) == ctx.Subject) j++;
            if (j < inSentence.Count && inSentence[j].Proposed && inSentence[j].Type == subject.Type && PaperContext.NameOf(inSentence[j]) != ctx.Subject &&
                Coordinated(s, inSentence[j - 1], inSentence[j]))
            {
                // The pair is named as one kind of thing ("A and B strategies", "A and B, two methods …").
                var afterPair = Cues.Window(s, inSentence[j], 0, 40).After;
                int close = afterPair.StartsWith(" (") ? afterPair.IndexOf(')') : -1;
                var tail = (close >= 0 ? afterPair[(close + 1)..] : afterPair).TrimStart();
                if (tail.StartsWith("strategies") || tail.StartsWith("methods") || tail.StartsWith("techniques") || tail.StartsWith("modules") ||
                    tail.StartsWith("models") || tail.StartsWith("approaches") || tail.StartsWith("mechanisms") || tail.StartsWith("frameworks"))
                    result.Add(PaperContext.NameOf(inSentence[j]));
            }
            break;
        }
        return result;
    }

    private static bool Coordinated(Sentence s, EntityMention a, EntityMention b) =>
        BackboneExtractor.IsListGap(s, a, b) && s.Text.AsSpan(a.Start + a.Length - s.Start, b.Start - a.Start - a.Length).Contains("and", StringComparison.Ordinal);

    /// <summary>"… (e.g., Y) on image understanding benchmarks", "… with Y on C": the model is followed by its own scope.</summary>
    private static bool HasOwnScope(Sentence s, EntityMention m)
    {
        var after = Cues.Window(s, m, 0, 24).After;
        if (after.StartsWith(')')) after = after[1..];
        return after.StartsWith(" on ", StringComparison.Ordinal) && !after.StartsWith(" on average", StringComparison.Ordinal) &&
            !after.StartsWith(" on par", StringComparison.Ordinal);
    }

    private static bool IsIntroduction(string lower) =>
        lower.Contains("introduce", StringComparison.Ordinal) || lower.Contains("propose", StringComparison.Ordinal) ||
        lower.Contains("present", StringComparison.Ordinal);

    /// <summary>"across nine benchmarks", "on multiple … benchmarks": results on benchmarks other than the paper's own
    /// (unless it also says "our/this benchmark").</summary>
    private static bool SpeaksOfOtherBenchmarks(string lower) =>
        (lower.Contains("benchmarks", StringComparison.Ordinal) || lower.Contains("datasets", StringComparison.Ordinal)) &&
        !lower.Contains("our benchmark", StringComparison.Ordinal) && !lower.Contains("this benchmark", StringComparison.Ordinal) &&
        !lower.Contains("the benchmark", StringComparison.Ordinal);

    /// <summary>"It …", "…, it …", "show that it …": a clause whose subject is the pronoun "it".</summary>
    private static bool StartsWithIt(string lower) =>
        lower.StartsWith("it ", StringComparison.Ordinal) || lower.Contains(", it ", StringComparison.Ordinal) || lower.Contains("that it ", StringComparison.Ordinal);

    private static readonly string[] OwnDeterminers = ["the resulting ", "the final ", "the proposed ", "the trained ", "the fine-tuned ", "the finetuned ", "this ", "the "];

    private static readonly string[] DescribedNouns = ["model", "method", "approach", "framework", "system", "agent"];

    /// <summary>"The resulting model", "the final model", "the proposed method", "this model" opening a clause: the noun
    /// phrase the paper names its own work by ("this model" or "…model"/"…method"), else null.</summary>
    private static string? OwnDescription(string lower)
    {
        foreach (var d in OwnDeterminers)
            for (int at = lower.IndexOf(d, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(d, at + 1, StringComparison.Ordinal))
            {
                // At a clause start only ("… , the resulting model achieves"), not inside a phrase ("of the proposed …").
                if (at > 0 && !lower.AsSpan(0, at).TrimEnd().EndsWith(",") && !lower.AsSpan(0, at).TrimEnd().EndsWith(";")) continue;
                var rest = lower.AsSpan(at + d.Length);
                foreach (var noun in DescribedNouns)
                {
                    // The noun right after, or after one modifier ("the resulting 7B model", "the final RL model").
                    int space = rest.IndexOf(' ');
                    bool direct = rest.StartsWith(noun) && (rest.Length == noun.Length || !char.IsLetter(rest[noun.Length]) || rest[noun.Length] == 's');
                    bool afterOne = space > 0 && d != "this " && rest[(space + 1)..].StartsWith(noun) && (rest.Length == space + 1 + noun.Length || !char.IsLetter(rest[space + 1 + noun.Length]));
                    // A bare "the model" must itself be the subject: a verb follows, not the model's name ("the model X fails").
                    if (d == "the " && (!direct || rest[noun.Length..].Trim().Length == 0 || !char.IsLower(rest[noun.Length..].TrimStart()[0]))) continue;
                    if ((direct && !(rest.Length > noun.Length && rest[noun.Length] == 's')) || afterOne)
                        return d == "this " ? (noun == "model" ? "this model" : "this " + noun) : noun;
                }
            }
        return null;
    }

    /// <summary>"the 13B model", "the 7B variant": the paper's own model by its size.</summary>
    private static bool SizedModel(string lower)
    {
        for (int at = lower.IndexOf("the ", StringComparison.Ordinal); at >= 0; at = lower.IndexOf("the ", at + 1, StringComparison.Ordinal))
        {
            int end = lower.IndexOf(' ', at + 4);
            if (end < 0) return false;
            var size = lower.AsSpan(at + 4, end - at - 4);
            if (size.Length >= 2 && size[^1] == 'b' && char.IsAsciiDigit(size[0]) &&
                (lower.AsSpan(end).StartsWith(" model") || lower.AsSpan(end).StartsWith(" variant") || lower.AsSpan(end).StartsWith(" version")))
                return true;
        }
        return false;
    }

    /// <summary>"Its performance on B …", "Meanwhile, its accuracy …": a clause about the model just named.</summary>
    private static bool StartsWithIts(string lower) =>
        lower.StartsWith("its ", StringComparison.Ordinal) || lower.Contains(", its ", StringComparison.Ordinal);

    private static bool RefersToSubject(string lower) =>
        StartsWithIt(lower) || StartsWithIts(lower) || SizedModel(lower) || OwnDescription(lower) is not null ||
        lower.Contains("the proposed", StringComparison.Ordinal) || lower.Contains("this approach", StringComparison.Ordinal) ||
        lower.Contains("the model", StringComparison.Ordinal) || lower.Contains("the method", StringComparison.Ordinal) ||
        lower.Contains("the framework", StringComparison.Ordinal) || lower.Contains("experiments", StringComparison.Ordinal);

    /// <summary>A "model" listed among benchmarks ("ESC-50, FSD50K, VGGSound"), or called a benchmark or dataset
    /// ("benchmarks (SAT, MMSI)", "the X dataset"), is not evaluated.</summary>
    private static bool ReadsAsTarget(Sentence s, List<EntityMention> inSentence, EntityMention m)
    {
        int i = inSentence.IndexOf(m);
        bool listedAfter = i > 0 && PaperContext.IsTarget(inSentence[i - 1].Type) && BackboneExtractor.IsListGap(s, inSentence[i - 1], m);
        bool listedBefore = i >= 0 && i + 1 < inSentence.Count && PaperContext.IsTarget(inSentence[i + 1].Type) && BackboneExtractor.IsListGap(s, m, inSentence[i + 1]);
        var (before, after) = Cues.Window(s, m, 20, 12);
        // Between two benchmarks of a list, or first/last inside a bracketed list of benchmarks.
        if ((listedAfter && listedBefore) || (listedBefore && before.EndsWith('(')) || (listedAfter && after.StartsWith(')'))) return true;
        return before.EndsWith("benchmarks (", StringComparison.Ordinal) || before.EndsWith("datasets (", StringComparison.Ordinal) ||
            after.StartsWith(" benchmark", StringComparison.Ordinal) || after.StartsWith(" dataset", StringComparison.Ordinal) ||
            after.StartsWith(" test set", StringComparison.Ordinal);
    }

    /// <summary>An unknown name the recogniser typed as a model but the sentence uses as a benchmark ("On X, Y achieves
    /// …", "the X benchmark", between two benchmarks of a list) is a benchmark here, wherever the paper names it (the
    /// resolver takes the role as evidence of its type).</summary>
    private static IReadOnlyList<EntityMention> BenchmarksTypedAsModels(ImmutableArray<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in mentions.GroupBy(m => m.SentenceIndex))
        {
            if (g.Key < 0 || g.Key >= sentences.Length) continue;
            var s = sentences[g.Key];
            var inSentence = g.OrderBy(m => m.Start).ToList();
            foreach (var m in inSentence)
            {
                if (!PaperContext.IsRunnable(m.Type) || m.Proposed || m.KnownAs is not null) continue;
                if (ReadsAsTarget(s, inSentence, m) || OpensOnClause(s, inSentence, m) || EndsTargetList(s, inSentence, m) || BracketedAfterScore(s, m) ||
                    NamedAsDataOrTransferTarget(s, m)) names.Add(PaperContext.NameOf(m));
            }
        }
        if (names.Count == 0) return mentions;
        return [.. mentions.Select(m => names.Contains(PaperContext.NameOf(m)) ? m with { Type = NodeLabel.Benchmark } : m)];
    }

    /// <summary>"… on A (55.1), B (48.3) and X (61.0)", "… generalization to A and X.": the last item of a list of
    /// benchmarks (bracketed scores allowed between items) that ends the sentence or carries its own bracketed score.</summary>
    private static bool EndsTargetList(Sentence s, List<EntityMention> inSentence, EntityMention m)
    {
        int i = inSentence.IndexOf(m);
        if (i <= 0 || !PaperContext.IsTarget(inSentence[i - 1].Type)) return false;
        var prev = inSentence[i - 1];
        var gap = s.Text[(prev.Start + prev.Length - s.Start)..(m.Start - s.Start)];
        if (!ScoredListGap().IsMatch(gap)) return false;
        var after = Cues.Window(s, m, 0, 12).After.TrimEnd();
        return after.Length == 0 || after is "." or ".)" || after.StartsWith(". ", StringComparison.Ordinal) ||
            (after.StartsWith(" (", StringComparison.Ordinal) && after.Length > 2 && char.IsAsciiDigit(after[2]));
    }

    [GeneratedRegex(@"^\s*(?:\([^()]*\))?\s*(?:,|and|, and|or|, or)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ScoredListGap();

    /// <summary>"We introduce X, a dataset and benchmark for …": in a paper with no benchmark of its own, a proposed data
    /// set the paper calls a benchmark where it introduces it is the benchmark it evaluates on ("… performs best on our
    /// benchmark").</summary>
    private static IReadOnlyList<EntityMention> ProposedDatasetBenchmarks(ImmutableArray<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        if (mentions.Any(m => m.Proposed && m.Type == NodeLabel.Benchmark)) return mentions;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (!m.Proposed || m.Type != NodeLabel.Dataset || m.SentenceIndex < 0 || m.SentenceIndex >= sentences.Length) continue;
            var after = Cues.Window(sentences[m.SentenceIndex], m, 0, 70).After;
            int stop = after.IndexOfAny(['.', ';']);
            if (stop >= 0) after = after[..stop];
            // An appositive noun phrase that calls it a benchmark (", the first-of-a-kind dataset and benchmark for …").
            if (!after.StartsWith(", a ", StringComparison.Ordinal) && !after.StartsWith(", an ", StringComparison.Ordinal) && !after.StartsWith(", the ", StringComparison.Ordinal)) continue;
            int comma = after.IndexOf(',', 2);
            var phrase = comma >= 0 ? after[..comma] : after;
            if (phrase.Contains("benchmark", StringComparison.Ordinal)) names.Add(PaperContext.NameOf(m));
        }
        if (names.Count != 1) return mentions;
        return [.. mentions.Select(m => names.Contains(PaperContext.NameOf(m)) ? m with { Type = NodeLabel.Benchmark } : m)];
    }

    private static readonly string[] DataAfter = [" training data", " training set", " training split", " train split", " test set", " test split", " validation set", " accuracy", " score ", " scores", " leaderboard"];

    private static readonly string[] TransferBefore = ["transfers to ", "transfers well to ", "transfer to ", "generalizes to ", "generalizes well to ", "generalises to ", "generalization to ", "generalisation to ", "generalizing to "];

    /// <summary>"the X training data", "X test set" (a data set by its split) or "transfers well to X" (a benchmark):
    /// not a model.</summary>
    private static bool NamedAsDataOrTransferTarget(Sentence s, EntityMention m)
    {
        var (before, after) = Cues.Window(s, m, 30, 20);
        foreach (var d in DataAfter) if (after.StartsWith(d, StringComparison.Ordinal)) return true;
        var head = before.EndsWith("the ", StringComparison.Ordinal) ? before[..^4] : before;
        foreach (var t in TransferBefore) if (head.EndsWith(t, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>"58.4% (X)", "61.2 (X)": a name bracketed alone right after a score is where the score was obtained.</summary>
    private static bool BracketedAfterScore(Sentence s, EntityMention m)
    {
        var (before, after) = Cues.Window(s, m, 12, 2);
        if (!after.StartsWith(')') || !before.EndsWith(" (", StringComparison.Ordinal)) return false;
        var head = before[..^2];
        return head.Length > 0 && (char.IsAsciiDigit(head[^1]) || head.EndsWith('%'));
    }

    /// <summary>"On …" / "Across …" at the start of the sentence or of a clause.</summary>
    private static bool OpensClause(string head)
    {
        foreach (var p in new[] { "on", "across" })
            if (head == p || head.EndsWith(", " + p, StringComparison.Ordinal) || head.EndsWith("; " + p, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The mention after <paramref name="j"/> continues its list: joined by "and"/"or", or by a comma when the
    /// list goes on after it ("A, B and C"; not "On A, Y achieves").</summary>
    private static bool InList(Sentence s, List<EntityMention> inSentence, int j)
    {
        if (j + 1 >= inSentence.Count || !BackboneExtractor.IsListGap(s, inSentence[j], inSentence[j + 1])) return false;
        var gap = s.Text[(inSentence[j].Start + inSentence[j].Length - s.Start)..(inSentence[j + 1].Start - s.Start)];
        if (gap.Contains("and", StringComparison.Ordinal) || gap.Contains("or", StringComparison.Ordinal)) return true;
        return InList(s, inSentence, j + 1);
    }

    /// <summary>"On X, Y achieves …" / "…; on X and Z, Y …": X opens a clause with "on" and a model is named after it.</summary>
    private static bool OpensOnClause(Sentence s, List<EntityMention> inSentence, EntityMention m)
    {
        var (before, after) = Cues.Window(s, m, 30, 2);
        var head = before.TrimEnd();
        if (head.EndsWith(" the", StringComparison.Ordinal) || head == "the") head = head[..^3].TrimEnd();
        bool opens = OpensClause(head);
        int i = inSentence.IndexOf(m);
        if (i < 0) return false;
        // A later item of the list: "On A and X, …" (walk back to the list's first item).
        int first = i;
        while (!opens && first > 0 && InList(s, inSentence, first - 1))
        {
            first--;
            var head0 = Cues.Window(s, inSentence[first], 30, 0).Before.TrimEnd();
            if (head0.EndsWith(" the", StringComparison.Ordinal) || head0 == "the") head0 = head0[..^3].TrimEnd();
            opens = OpensClause(head0);
        }
        if (!opens) return false;
        // "On X, …", "On X and B, …", "On A, B and X, …": the list ends with a comma and a model is named after it.
        int last = first;
        while (last + 1 < inSentence.Count && InList(s, inSentence, last)) last++;
        if (last < i) return false;
        if (!Cues.Window(s, inSentence[last], 0, 2).After.StartsWith(',')) return false;
        return inSentence.Skip(last + 1).Any(o => PaperContext.IsRunnable(o.Type));
    }

    /// <summary>"Trained with X, Y improves by 8 points on B", "Y achieves …": the model the work builds on is the subject
    /// of the result.</summary>
    private static bool ImprovesItself(Sentence s, EntityMention m)
    {
        var (before, after) = Cues.Window(s, m, 24, 30);
        after = after.TrimStart();
        // "our X-trained Y outperforms …": the model made by the paper's method, which the method's name stands for.
        if (before.EndsWith("-trained ", StringComparison.Ordinal) || before.EndsWith("-tuned ", StringComparison.Ordinal) ||
            before.EndsWith("-finetuned ", StringComparison.Ordinal) || before.Contains("our ", StringComparison.Ordinal)) return false;
        return StatesResult(s, m) || after.StartsWith("improves by", StringComparison.Ordinal) || after.StartsWith("gains ", StringComparison.Ordinal);
    }

    private static readonly string[] ImproveVerbs = ["improves ", "improve ", "improving ", "improved ", "boosts ", "boost ", "boosting ", "boosted "];

    private static readonly string[] MeasureOf = ["the performance of ", "the accuracy of ", "the results of ", "the scores of "];

    /// <summary>"X improves Y's performance on B", "improves the accuracy of Y on B": Y's result on B is what is
    /// reported, so Y is evaluated there even though the work builds on it.</summary>
    private static bool ImprovedOn(Sentence s, EntityMention m)
    {
        var (before, after) = Cues.Window(s, m, 60, 40);
        foreach (var measure in MeasureOf)
            if (before.EndsWith(measure, StringComparison.Ordinal)) before = before[..^measure.Length];
        bool improved = false;
        foreach (var v in ImproveVerbs)
        {
            int at = before.LastIndexOf(v, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || !char.IsLetter(before[at - 1])) && Cues.OnlyNamesBetween(s, m, before.Length - at - v.Length)) { improved = true; break; }
        }
        if (!improved) return false;
        // The benchmark follows: "Y's performance on B", "Y on B", "Y's accuracy on the B benchmark".
        var rest = after.StartsWith("'s ", StringComparison.Ordinal) ? after[3..] : after.TrimStart();
        foreach (var measure in new[] { "performance ", "accuracy ", "results ", "scores " })
            if (rest.StartsWith(measure, StringComparison.Ordinal)) rest = rest[measure.Length..];
        return rest.StartsWith("on ", StringComparison.Ordinal) || after.StartsWith(" on ", StringComparison.Ordinal);
    }

    private static readonly string[] AppliedBefore = ["applied to ", " for ", "into ", "on top of ", "integrated with ", "equipped with "];

    /// <summary>"… for X and Y", "applied to X", "plugged into X": the model a method is applied to (only names between).</summary>
    private static bool AppliedTo(Sentence s, EntityMention m)
    {
        var (before, _) = Cues.Window(s, m, 40, 0);
        foreach (var c in AppliedBefore)
        {
            int at = before.LastIndexOf(c, StringComparison.Ordinal);
            // "58.1% for Y" gives Y's score.
            if (c == " for " && at > 0 && (char.IsAsciiDigit(before[at - 1]) || before[at - 1] == '%')) continue;
            if (at >= 0 && Cues.OnlyNamesBetween(s, m, before.Length - at - c.Length)) return true;
        }
        return false;
    }

    private static readonly string[] TrainingUseAfter = ["-based", "-style", "-like", "-pretrained", "-pre-trained", "-trained", " training improves", " training boosts", " training helps", " training yields", " training enables", " training leads", " training raises", " training brings", " training set", " training split", " train split", " train set", " training data", " pre-training", " pretraining", " pretrained", " pre-trained"];

    /// <summary>"ImageNet-pretrained", "the COCO training set", "MMMU-style questions": a benchmark named for its
    /// training data or its style is not where anything is evaluated.</summary>
    private static bool IsTrainingUse(Sentence s, EntityMention m)
    {
        var (_, after) = Cues.Window(s, m, 0, 24);
        foreach (var c in TrainingUseAfter)
            if (after.StartsWith(c, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] DerivedSuffixes = ["-based", "-style", "-like", "-inspired", "-derived", "-family", "-series"];

    /// <summary>"CLIP-based models", "LLaVA-style training": a name used to describe other models is not itself evaluated
    /// in that sentence.</summary>
    private static bool IsDerivedName(Sentence s, EntityMention m)
    {
        var (_, after) = Cues.Window(s, m, 0, 10);
        foreach (var suffix in DerivedSuffixes)
            if (after.StartsWith(suffix, StringComparison.Ordinal)) return true;
        // "UNet- and DiT-based": the first name of a suspended hyphen.
        return after.StartsWith("- and ", StringComparison.Ordinal) || after.StartsWith("- or ", StringComparison.Ordinal) || after.StartsWith("-, ", StringComparison.Ordinal);
    }

    private static bool RefersToPrevious(string lower) =>
        StartsWithIt(lower) || StartsWithIts(lower) ||
        lower.StartsWith("this model", StringComparison.Ordinal) || lower.Contains(", this model", StringComparison.Ordinal);

    /// <summary>The first abstract sentence, where papers set the scene ("GPT-4o has shown remarkable …").</summary>
    private static bool IsOpening(Sentence s, bool hasTitle) => s.Index == (hasTitle ? 1 : 0);
}

/// <summary>An absolute score found in a sentence, tied to a model and a benchmark when the sentence says which.</summary>
internal sealed record FoundScore(string? Model, string? Target, string? Metric, decimal Value, string? Unit, int At);

/// <summary>
/// Finds absolute scores ("51.06%", "51.06\%", "a score of 802", "73.9 on VSI-Bench", "60.0 box AP on MS COCO") and
/// ties each to the benchmark named right after it ("N% on B") or before it in the same clause ("On B, X achieves N"),
/// and to its model (<see cref="ModelOf"/>: "X (40.1%)", "80.3 for X", else the paper's own or the nearest model before
/// it). Gains ("+5.6%", "by 3 points", "improvement of 12%", "from 34.5% to 40.5%", and the rest of a gain's list "by
/// 8.41% and 23.58%") are not scores; nor are the other side of "a vs. b", scores of humans, chance or baselines, numbers
/// inside names ("Gemini 1.5 Pro"), numbers with a size or count suffix (7B, 3x, 10K) and years.
/// </summary>
internal static partial class ScoreFinder
{
    private static readonly string[] GainAfter =
    [
        "improvement", "gain", "increase", "boost", "higher", "lower", "better", "relative", "absolute", "reduction",
        "fewer", "less", "more", "faster", "speed", "margin", "point", "pp", "drop", "decrease", "lead", "advantage",
        "of the", "of their", "of its", "parameters", "of human", "fewer", "smaller", "larger", "over ", "above",
    ];

    private static readonly string[] GainBefore = ["by ", "by up to ", "by over ", "by about ", "by nearly ", "by around ", "by an average of ", "by an average ", "by average ", "by approximately ", "by roughly ", "by almost ", "margin of ", "up to ", "over ", "gain of ", "improvement of ", "increase of ", "boost of ", "improves ", "improved ", "improving ", "from ", "than ", "margins of ", "gains of ", "gain of ", "margin of ", "improvements of "];

    /// <summary>True when the sentence states a result ("achieves", "scores", "outperforms", "struggle" …).</summary>
    public static bool HasOutcome(string lower) => Cues.ContainsAny(lower, Outcome);

    /// <summary>True when the sentence compares or scores ("outperforms", "surpassing", "achieves").</summary>
    public static bool HasComparison(string lower) => Cues.ContainsAny(lower, Comparison);

    private static readonly string[] Comparison = ["outperform", "surpass", "achiev", "beat", "exceed", "inferior", "superior", "lag", "trail", "compared with", "compared to"];

    private static readonly string[] Outcome =
    [
        "inferior", "superior", "fail", "behind", "gap", "trail",
        "achiev", "outperform", "surpass", "score", "struggl", "accuracy", "reach", "attain", "obtain", "lag", "fall short",
        "falls short", "perform", "exceed", "beat", "results", "evaluat", "assess",
        "leads with", "leading with", "followed by", "ranks first", "ranks second", "highest", "lowest",
    ];

    public static List<FoundScore> Find(Sentence s, string lower, List<EntityMention> models, List<EntityMention> targets, List<EntityMention> metrics, List<EntityMention> all)
    {
        var found = new List<FoundScore>();
        var positions = new List<int>();
        var text = s.Text;
        // Where the last gain ended: the next numbers of its list are gains too ("by 8.41% and 23.58%").
        int gainEnd = -1;
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or '-' or '/' or '_'))) continue;
            int j = i;
            while (j < text.Length && char.IsAsciiDigit(text[j])) j++;
            // Thousands ("an MME score of 2,086").
            while (j - i <= 3 && j + 3 < text.Length && text[j] == ',' && char.IsAsciiDigit(text[j + 1]) && char.IsAsciiDigit(text[j + 2]) &&
                   char.IsAsciiDigit(text[j + 3]) && (j + 4 == text.Length || !char.IsAsciiDigit(text[j + 4])))
                j += 4;
            if (j + 1 < text.Length && text[j] == '.' && char.IsAsciiDigit(text[j + 1]))
            {
                j++;
                while (j < text.Length && char.IsAsciiDigit(text[j])) j++;
            }
            var number = text[i..j].Replace(",", "", StringComparison.Ordinal);
            int k = j;
            string? unit = null;
            if (k < text.Length && text[k] == ' ' && k + 1 < text.Length && text[k + 1] == '%') k++;
            if (k + 1 < text.Length && text[k] == '\\' && text[k + 1] == '%') { unit = "%"; k += 2; }
            else if (k < text.Length && text[k] == '%') { unit = "%"; k++; }
            int numberStart = i;
            i = k;
            // A number inside a name ("Gemini 1.5 Pro", "Claude 3.5 Sonnet").
            if (all.Any(m => m.Start <= s.Start + numberStart && s.Start + numberStart < m.Start + m.Length)) continue;
            // A size, count or version ("7B", "3x", "2.5-VL", "10K"), a range ("5.2%-21.8%") or a year.
            if (unit is null && k < text.Length && (char.IsLetter(text[k]) || text[k] is '-' or '\u00d7' or '/' or ':')) continue;
            if (unit is not null && k < text.Length && text[k] is '-' or '\u2013') continue;
            if (numberStart > 0 && text[numberStart - 1] is '$' or '#' && unit is null) continue;
            var before = lower[Math.Max(0, numberStart - 24)..numberStart];
            bool signed = (numberStart > 0 && text[numberStart - 1] == '+') || (numberStart > 1 && text[numberStart - 1] == ' ' && text[numberStart - 2] == '+');
            // "ranges from 28.3% for X to 61.0% for Y": a score named for its model is no gain's start.
            bool forModel = lower.AsSpan(k).TrimStart().StartsWith("for ", StringComparison.Ordinal) && before.EndsWith("from ", StringComparison.Ordinal);
            if (signed || (EndsWithAny(before, GainBefore) && !forModel) || (gainEnd >= 0 && ContinuesList(lower, gainEnd, numberStart)))
            {
                gainEnd = k;
                continue;
            }
            if (numberStart > 0 && text[numberStart - 1] is '\u00b1' or '-' or '\u2212' or '~' or '>' or '<') continue;
            // A bound is no score ("scoring below 50%", "at least 90%").
            if (EndsWithAny(before, Bounds)) continue;
            if (numberStart > 1 && text[numberStart - 1] == ' ' && text[numberStart - 2] is '>' or '<' or '~') continue;
            if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) continue;
            var after = lower[k..Math.Min(lower.Length, k + 22)].TrimStart();
            // The other side of a comparison ("59.2 vs. 86.6") and scores of humans, chance or baselines are no model's.
            if (EndsWithAny(before, OtherSide) || Cues.ContainsAny(ClauseBefore(lower, numberStart), NotAModel)) continue;
            // "surpassing the previous best (55.1%)": the bracketed score of what the clause names.
            // "… lags behind humans (45.2% vs. 92.1%)": the first of a bracketed pair is still the subject's.
            if (numberStart > 0 && text[numberStart - 1] == '(' && Cues.ContainsAny(ClauseBefore(lower, numberStart - 1), NotAModel) &&
                !after.StartsWith("vs", StringComparison.Ordinal) && !after.StartsWith("versus", StringComparison.Ordinal)) continue;
            bool scoreWord = before.Contains("score", StringComparison.Ordinal) || before.Contains("achiev", StringComparison.Ordinal) ||
                before.Contains("accuracy", StringComparison.Ordinal) || before.Contains("attain", StringComparison.Ordinal) || before.Contains("reach", StringComparison.Ordinal);
            // "by 3 points" is a gain, "reaches 62.5 points" a score.
            if (StartsWithAny(after, GainAfter) && !(after.StartsWith("point", StringComparison.Ordinal) && scoreWord)) continue;
            if (after.StartsWith("to ", StringComparison.Ordinal) && before.Contains("from", StringComparison.Ordinal)) continue;
            bool decimalOrPercent = unit is not null || number.Contains('.');
            var metric = MetricNear(metrics, s, numberStart, k);
            // "a score of 1,532 …, compared to 1,480 for Y": a further integer of the same kind, named for its model.
            bool likeEarlier = found.Count > 0 && after.StartsWith("for ", StringComparison.Ordinal);
            if (!decimalOrPercent && !scoreWord && metric is null && !likeEarlier) continue;
            if (!decimalOrPercent && j - numberStart == 4 && (number.StartsWith("19", StringComparison.Ordinal) || number.StartsWith("20", StringComparison.Ordinal))) continue;
            var target = TargetOf(text, s.Start, targets, s.Start + numberStart, s.Start + k);
            var model = ModelOf(text, s.Start, models, s.Start + numberStart, s.Start + k);
            found.Add(new FoundScore(model is null ? null : PaperContext.NameOf(model), target is null ? null : PaperContext.NameOf(target), metric, value, unit, s.Start + numberStart));
            positions.Add(s.Start + numberStart);
        }
        return ModelsInOrder(s, ParallelLists(s, Respectively(s, lower, found, positions, targets), targets), positions, models);
    }

    /// <summary>"X achieves 61.2%, 48.9% and 70.3% on A, B and C, respectively" (or "On A, B and C, … 1, 2 and 3,
    /// respectively"): as many scores as benchmarks, all on one side of them, pair up in order.</summary>
    private static List<FoundScore> Respectively(Sentence s, string lower, List<FoundScore> found, List<int> positions, List<EntityMention> targets)
    {
        if (found.Count < 2) return found;
        var distinct = targets.GroupBy(PaperContext.NameOf).Select(g => g.First()).OrderBy(t => t.Start).ToList();
        if (distinct.Count != found.Count) return found;
        bool scoresFirst = positions.Max() < distinct.Min(t => t.Start);
        bool targetsFirst = positions.Min() > distinct.Max(t => t.Start + t.Length);
        // Without "respectively", only "N% and M% on A and B": the scores' list runs straight into the benchmarks'.
        bool adjacent = scoresFirst && distinct[0].Start - positions.Max() <= 20 &&
            s.Text.AsSpan(positions.Max() - s.Start, distinct[0].Start - positions.Max()).IndexOfAny(",;()") < 0;
        if (!lower.Contains("respectively", StringComparison.Ordinal) && !adjacent) return found;
        if (!scoresFirst && !targetsFirst) return found;
        return [.. found.Select((f, i) => f with { Target = PaperContext.NameOf(distinct[i]) })];
    }

    /// <summary>"On A and B, X scores 78.1 and 65.3, outperforming Y (70.0 and 60.1)": after a list of benchmarks, each
    /// coordinated list of as many scores ("N and M", "N, M and K") pairs up with them in order.</summary>
    private static List<FoundScore> ParallelLists(Sentence s, List<FoundScore> found, List<EntityMention> targets)
    {
        var distinct = targets.GroupBy(PaperContext.NameOf).Select(g => g.First()).OrderBy(t => t.Start).ToList();
        int n = distinct.Count;
        if (n < 2 || found.Count < n) return found;
        int listEnd = distinct[^1].Start + distinct[^1].Length;
        // The benchmarks form one list ("A and B", "A, B and C"), or the sentence pairs later scores with them
        // "respectively" ("X achieves 75.0% on A and 60.2% on B, whereas Y obtains 55.1% and 41.0%, respectively").
        bool oneList = true;
        for (int i = 1; i < n; i++)
            if (!BackboneExtractor.IsListGap(s, distinct[i - 1], distinct[i])) oneList = false;
        bool respectively = s.Text.Contains("respectively", StringComparison.OrdinalIgnoreCase);
        if (!oneList && !respectively) return found;
        // Scores before the end of the benchmark list keep their own pairing ("75.0% on A"); only the later ones pair up.
        if (oneList && !respectively && found.Any(f => f.At < listEnd)) return found;
        var kept = found.Where(f => f.At < listEnd).ToList();
        var ordered = found.Where(f => f.At >= listEnd).OrderBy(f => f.At).ToList();
        if (ordered.Count == 0 || ordered.Count % n != 0) return found;
        var result = new List<FoundScore>(kept);
        for (int g = 0; g < ordered.Count; g += n)
        {
            var group = ordered.GetRange(g, n);
            // Consecutive scores of a group are separated by a list separator only ("78.1 and 65.3", "78.1%, 65.3%").
            for (int i = 1; i < n; i++)
            {
                int from = group[i - 1].At - s.Start;
                int end = from;
                while (end < s.Text.Length && (char.IsAsciiDigit(s.Text[end]) || s.Text[end] is '.' or '%' or '\\')) end++;
                var gap = s.Text.AsSpan(end, group[i].At - s.Start - end).Trim();
                if (gap is not ("and" or "," or ", and" or "/" or "vs." or "and %")) return found;
            }
            // One coordinated list is one model's ("Y (70.0 and 60.1)").
            result.AddRange(group.Select((f, i) => f with { Target = PaperContext.NameOf(distinct[i]), Model = group[0].Model ?? f.Model }));
        }
        return result;
    }

    /// <summary>"X-7B and X-13B achieve 45.1 and 50.2 on B": a coordinated list of models, then as many scores on one
    /// benchmark, pair up in order.</summary>
    private static List<FoundScore> ModelsInOrder(Sentence s, List<FoundScore> found, List<int> positions, List<EntityMention> models)
    {
        if (found.Count < 2 || found.Select(f => f.Target).Distinct().Count() > 1) return found;
        var distinct = models.GroupBy(PaperContext.NameOf).Select(g => g.First()).OrderBy(m => m.Start).ToList();
        if (distinct.Count != found.Count) return found;
        int listEnd = distinct.Max(m => m.Start + m.Length), firstScore = positions.Min();
        if (firstScore < listEnd) return found;
        // "… models like X and Y reveal …: X achieved 43.8% … and 70% …": one of them named again before the scores is
        // their subject, so the list does not pair with them.
        if (models.Any(m => m.Start >= listEnd && m.Start < firstScore)) return found;
        for (int i = 1; i < distinct.Count; i++)
        {
            int from = distinct[i - 1].Start + distinct[i - 1].Length - s.Start;
            var gap = s.Text.AsSpan(from, distinct[i].Start - s.Start - from).Trim();
            if (gap is not ("and" or "," or ", and")) return found;
        }
        return [.. found.Select((f, i) => f with { Model = PaperContext.NameOf(distinct[i]) })];
    }

    /// <summary>The model of a score: named right after it ("80.3 for X", "40.1% by X"), else right before it ("X
    /// (40.1%)", "X: 40.1"), else the paper's own model named before it, else the nearest model named before it.</summary>
    private static EntityMention? ModelOf(string sentenceText, int sentenceStart, List<EntityMention> models, int numberStart, int numberEnd)
    {
        foreach (var m in models)
        {
            if (m.Start < numberEnd || m.Start - numberEnd > 8) continue;
            var gap = sentenceText.AsSpan(numberEnd - sentenceStart, m.Start - numberEnd).Trim();
            if (gap is "for" or "by" or "of" or "from" or "for the" or "of the") return m;
        }
        // "We evaluate X, Y and Z; the best model achieves only 45%": the score of an unnamed one of them.
        var nearestBefore = models.LastOrDefault(m => m.Start + m.Length <= numberStart);
        int gapFrom = nearestBefore is null ? 0 : nearestBefore.Start + nearestBefore.Length - sentenceStart;
        if (Cues.ContainsAny(sentenceText[gapFrom..(numberStart - sentenceStart)].ToLowerInvariant(), UnnamedBest)) return null;
        // "X surpasses Y (45.1 vs. 40.2)": the first number of a "vs." pair is the subject's, not the nearest model's.
        var rest = sentenceText.AsSpan(numberEnd - sentenceStart).TrimStart();
        bool versus = rest.StartsWith("vs", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("versus", StringComparison.OrdinalIgnoreCase);
        var nearest = models.LastOrDefault(m => m.Start + m.Length <= numberStart);
        if (!versus && nearest is not null && sentenceText.AsSpan(nearest.Start + nearest.Length - sentenceStart, numberStart - nearest.Start - nearest.Length).Trim().Length <= 1)
            return nearest;
        // "…, whereas the strongest baseline, Y, obtains 55.1%": a model followed by its own score verb owns the score.
        if (!versus && nearest is not null)
        {
            var between = sentenceText[(nearest.Start + nearest.Length - sentenceStart)..(numberStart - sentenceStart)].ToLowerInvariant();
            if (between.Length <= 40 && between.IndexOfAny(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ';']) < 0 && Cues.ContainsAny(between, OwnScoreVerbs))
                return nearest;
        }
        // "With 62.1% on B, X surpasses Y (58.4%)": a score opening the sentence is the subject's, named after it.
        if (nearest is null && models.FirstOrDefault(m => m.Start >= numberEnd) is { } next &&
            sentenceText.AsSpan(numberEnd - sentenceStart, next.Start - numberEnd).TrimEnd().EndsWith(','))
            return next;
        return models.LastOrDefault(m => m.Start < numberStart && m.Proposed) ?? models.LastOrDefault(m => m.Start < numberStart);
    }

    /// <summary>The benchmark of a score: named right after it ("N% on B", "N on the B benchmark"), else the nearest
    /// one named before it in the same clause.</summary>
    private static EntityMention? TargetOf(string sentenceText, int sentenceStart, List<EntityMention> targets, int numberStart, int numberEnd)
    {
        // Named right after, with no clause or list break between ("77.0% on Kinetics-400", not "(80.3%), BLINK").
        foreach (var t in targets)
        {
            if (t.Start < numberEnd || t.Start - numberEnd > 40) continue;
            var between = SkipBracketedGain(sentenceText.AsSpan(numberEnd - sentenceStart, t.Start - numberEnd));
            // "an average of 68.2% across A, B and C" is no single benchmark's score.
            if (between.Contains("across", StringComparison.Ordinal) && targets.Count(x => x.Start >= numberEnd) >= 2) return null;
            if (between.IndexOfAny(",;()") < 0) return t;
            // "78.1% (A) and 65.3% (B)": the benchmark bracketed right after its score.
            if (between.Trim() is "(" && sentenceText.AsSpan(t.Start + t.Length - sentenceStart).StartsWith(")")) return t;
        }
        // Named before: "On B, X achieves N" (a leading "on/in B" covers the clause), or the nearest one with no
        // other number between ("B spatial reasoning (83.9%)").
        var before = targets.LastOrDefault(t => t.Start + t.Length <= numberStart);
        if (before is null) return null;
        // "56.2% in A and 87.5% across 8 real-world tasks": a score with a counted scope of its own is not A's.
        if (CountedScope().IsMatch(sentenceText.AsSpan(numberEnd - sentenceStart))) return null;
        int from = before.Start + before.Length - sentenceStart, to = numberStart - sentenceStart;
        var gap = sentenceText.AsSpan(from, to - from);
        if (gap.IndexOfAnyInRange('0', '9') < 0) return before;
        var lead = sentenceText.AsSpan(0, Math.Max(0, before.Start - sentenceStart)).TrimEnd();
        if (lead.EndsWith("on", StringComparison.OrdinalIgnoreCase) || lead.EndsWith("on the", StringComparison.OrdinalIgnoreCase) ||
            lead.EndsWith("in", StringComparison.OrdinalIgnoreCase)) return before;
        return null;
    }

    [GeneratedRegex(@"^\s*(?:[a-z][\w-]*\s+){0,2}?(?:across|over|on|in|for)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of)\s", RegexOptions.CultureInvariant)]
    private static partial Regex CountedScope();

    /// <summary>"45.2 (+3.1) on B": a bracketed gain right after a score does not part it from its benchmark.</summary>
    private static ReadOnlySpan<char> SkipBracketedGain(ReadOnlySpan<char> between)
    {
        var rest = between.TrimStart();
        int close = rest.IndexOf(')');
        if (rest.Length > 2 && rest[0] == '(' && close > 1 && rest[1] is '+' or '-' or '\u2212' or '\u2191' or '\u2193') return rest[(close + 1)..];
        return between;
    }

    private static readonly string[] OtherSide = ["vs. ", "vs ", "versus "];

    private static readonly string[] Bounds = ["below ", "under ", "above ", "at least ", "at most ", "exceeding ", "beyond "];

    private static readonly string[] UnnamedBest =
    [
        "best model", "best-performing", "best performing", "top-performing", "top performing", "strongest model",
        "top model", "leading model", "most capable", "best system", "best open", "best proprietary",
    ];

    private static readonly string[] NotAModel = ["human", "annotator", "expert", "random", "chance", "baseline", "previous best", "prior best", "previous state", "prior state", "previous sota", "prior sota", "previous method", "prior method"];

    /// <summary>The next item of a gain's list: only a separator, or a short "on B and" with no verb of its own, between
    /// a gain and the next number ("+5%, +6.7% and 5.8%", "by 8.41% and 23.58%", "by 5% on A and 3% on B").</summary>
    private static bool ContinuesList(string lower, int from, int to)
    {
        var gap = lower.AsSpan(from, to - from).Trim();
        if (gap is "," or "and" or ", and" or "and by" or ", and by" or "/" or "or") return true;
        return gap.Length <= 60 && (gap.StartsWith("on ") || gap.StartsWith("in ")) && (gap.EndsWith(" and") || gap.EndsWith(",")) && gap.IndexOfAny("0123456789;") < 0 &&
            !Cues.ContainsAny(gap.ToString(), ScoreVerbs);
    }

    private static readonly string[] OwnScoreVerbs = [" obtains ", " achieves ", " scores ", " reaches ", " attains ", " gets ", " records ", " yields "];

    private static readonly string[] ScoreVerbs = ["achiev", "reach", "attain", "scor", "obtain", "with ", "while", "accuracy", "sets"];

    /// <summary>The clause a number ends: the text since the last comma, semicolon, colon or parenthesis.</summary>
    private static string ClauseBefore(string lower, int at)
    {
        if (at <= 0) return "";
        int start = lower.LastIndexOfAny([',', ';', ':', '('], at - 1) + 1;
        return lower[start..at];
    }

    private static string? MetricNear(List<EntityMention> metrics, Sentence s, int numberStart, int numberEnd)
    {
        // Named right after ("45.1 box AP") wins over named before ("accuracy of 45.1").
        foreach (var m in metrics)
        {
            int rel = m.Start - s.Start;
            if (rel >= numberEnd && rel - numberEnd <= 12) return PaperContext.NameOf(m);
        }
        foreach (var m in metrics)
        {
            int rel = m.Start - s.Start;
            if (rel < numberStart && numberStart - (rel + m.Length) <= 16) return PaperContext.NameOf(m);
        }
        return null;
    }

    private static bool EndsWithAny(string s, string[] cues)
    {
        foreach (var c in cues) if (s.EndsWith(c, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool StartsWithAny(string s, string[] cues)
    {
        foreach (var c in cues) if (s.StartsWith(c, StringComparison.Ordinal)) return true;
        return false;
    }
}
