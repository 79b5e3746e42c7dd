using System.Collections.Immutable;
using System.Globalization;
using PaperGraph.Graph;
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
/// </list>
/// A model used as a tool anywhere in the paper is never evaluated; a title is never an evaluation. Scores come from
/// <see cref="ScoreFinder"/>: only absolute scores tied to the pair carry metric, value and unit; gains do not.
/// </summary>
public sealed class EvaluationExtractor : IRelationExtractor
{
    public IEnumerable<ExtractedFact> Extract(Paper paper, ImmutableArray<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(mentions);
        mentions = PaperContext.Consistent(mentions);
        var ctx = new PaperContext(paper, sentences, mentions);
        var facts = new List<ExtractedFact>();
        bool hasTitle = paper.Info.Title is not null;
        List<string> previousTargets = [];
        string? previousModel = null;
        foreach (var s in sentences)
        {
            if (hasTitle && s.Index == 0) continue;
            var lower = s.Text.ToLowerInvariant();
            if (!Cues.IsEvaluation(lower))
            {
                previousTargets = [.. ctx.MentionsIn[s.Index].Where(m => m.Type == NodeLabel.Benchmark).Select(PaperContext.NameOf).Distinct(StringComparer.Ordinal)];
                continue;
            }
            var inSentence = ctx.MentionsIn[s.Index];
            var backboneObjects = BackboneExtractor.BackboneObjects(s, lower, inSentence);
            // Models, and the paper's own methods (a borrowed training method such as GRPO is not evaluated).
            var models = inSentence.Where(m => (m.Type == NodeLabel.Model || (m.Type == NodeLabel.Method && m.Proposed)) &&
                !ctx.Tools.Contains(PaperContext.NameOf(m)) && !backboneObjects.Contains(m) && !ReadsAsTarget(s, inSentence, m)).ToList();
            var targets = inSentence.Where(m => m.Type == NodeLabel.Benchmark || (m.Type == NodeLabel.Dataset && !Cues.IsTrainingData(s, m))).ToList();
            bool firstPerson = HasFirstPerson(lower);
            bool motivation = !firstPerson && IsOpening(s, hasTitle);

            var scores = ScoreFinder.Find(s, lower, models, targets, inSentence.Where(m => m.Type == NodeLabel.Metric).ToList());
            void Add(string model, string target, string rule, double confidence, bool fallback)
            {
                if (model == target) return;
                var found = scores.Where(x => (x.Model == model || (x.Model is null && (fallback || models.Count <= 1))) && (x.Target == target || (x.Target is null && (fallback || targets.Count <= 1)))).ToList();
                // A score tied to no benchmark in the sentence goes to a fallback pair once, not every loose number.
                if (fallback && found.Count > 1 && !found.All(x => x.Target == target)) found = [found[0]];
                if (found.Count == 0)
                {
                    facts.Add(new ExtractedFact { Kind = FactKind.EvaluatedOn, Subject = model, Object = target, SentenceIndex = s.Index, Rule = rule, Confidence = confidence });
                    return;
                }
                foreach (var sc in found)
                    facts.Add(new ExtractedFact
                    {
                        Kind = FactKind.EvaluatedOn, Subject = model, Object = target, Metric = sc.Metric, Value = sc.Value, Unit = sc.Unit,
                        SentenceIndex = s.Index, Rule = rule + "+score", Confidence = confidence,
                    });
            }

            if (models.Count > 0 && targets.Count > 0)
            {
                foreach (var m in models)
                    foreach (var t in targets)
                        Add(PaperContext.NameOf(m), PaperContext.NameOf(t), "eval.same-sentence", 0.8, false);
            }
            else if (targets.Count > 0 && !motivation && (firstPerson || RefersToSubject(lower)) &&
                     (RefersToPrevious(lower) && previousModel is not null ? previousModel : lower.Contains("model", StringComparison.Ordinal) ? ctx.SubjectModel : ctx.Subject) is { } subject)
            {
                foreach (var t in targets)
                    if (!ctx.ProposedTargets.Contains(PaperContext.NameOf(t)) || ScoreFinder.HasOutcome(lower))
                        Add(subject, PaperContext.NameOf(t), "eval.paper-subject", 0.65, true);
            }
            else if (models.Count > 0 && targets.Count == 0 && ctx.ProposedTargets.Length > 0 && !motivation && ScoreFinder.HasOutcome(lower))
            {
                foreach (var m in models)
                    foreach (var t in ctx.ProposedTargets)
                        Add(PaperContext.NameOf(m), t, "eval.proposed-benchmark", 0.6, true);
            }
            else if (models.Count > 0 && targets.Count == 0 && previousTargets.Count == 1 && !motivation && ScoreFinder.HasComparison(lower))
            {
                foreach (var m in models)
                    Add(PaperContext.NameOf(m), previousTargets[0], "eval.previous-benchmark", 0.5, true);
            }
            previousTargets = [.. targets.Select(PaperContext.NameOf).Distinct(StringComparer.Ordinal)];
            if (models.Count > 0) previousModel = PaperContext.NameOf(models[0]);
        }
        // Unscored duplicates of scored pairs add nothing.
        var scored = facts.Where(f => f.Value is not null).Select(f => (f.Subject, f.Object)).ToHashSet();
        return facts.Where(f => f.Value is not null || !scored.Contains((f.Subject, f.Object)))
            .DistinctBy(f => (f.Subject, f.Object, f.Metric, f.Value, f.Unit));
    }

    private static bool HasFirstPerson(string lower) =>
        lower.StartsWith("we ", StringComparison.Ordinal) || lower.Contains(" we ", StringComparison.Ordinal) ||
        lower.Contains("our ", StringComparison.Ordinal) || lower.StartsWith("experiment", StringComparison.Ordinal) ||
        lower.Contains("extensive experiments", StringComparison.Ordinal) || lower.Contains("experimental results", StringComparison.Ordinal) ||
        lower.Contains("evaluations", StringComparison.Ordinal) || lower.Contains("results show", StringComparison.Ordinal);

    private static bool RefersToSubject(string lower) =>
        lower.StartsWith("it ", StringComparison.Ordinal) || lower.Contains(", it ", StringComparison.Ordinal) ||
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

    private static bool RefersToPrevious(string lower) =>
        lower.StartsWith("it ", StringComparison.Ordinal) || lower.Contains(", it ", StringComparison.Ordinal) ||
        lower.StartsWith("this model", StringComparison.Ordinal) || lower.Contains(", this model", StringComparison.Ordinal);

    /// <summary>The first abstract sentence, where papers set the scene ("GPT-4o has shown remarkable …").</summary>
    private static bool IsOpening(Sentence s, bool hasTitle) => s.Index == (hasTitle ? 1 : 0);
}

/// <summary>An absolute score found in a sentence, tied to a model and a benchmark when the sentence says which.</summary>
internal sealed record FoundScore(string? Model, string? Target, string? Metric, decimal Value, string? Unit);

/// <summary>
/// Finds absolute scores ("51.06%", "51.06\%", "a score of 802", "73.9 on VSI-Bench", "60.0 box AP on MS COCO") and
/// ties each to the benchmark named right after it ("N% on B") or before it in the same clause ("On B, X achieves N"),
/// and to the nearest model named before it. Gains ("+5.6%", "by 3 points", "improvement of 12%", "from 34.5% to
/// 40.5%") are not scores. Numbers with a size or count suffix (7B, 3x, 10K) and years are not scores either.
/// </summary>
internal static class ScoreFinder
{
    private static readonly string[] GainAfter =
    [
        "improvement", "gain", "increase", "boost", "higher", "lower", "better", "relative", "absolute", "reduction",
        "fewer", "less", "more", "faster", "speed", "margin", "point", "pp", "drop", "decrease", "lead", "advantage",
        "of the", "of their", "of its", "parameters", "of human", "fewer", "smaller", "larger", "over ", "above",
    ];

    private static readonly string[] GainBefore = ["by ", "by up to ", "by over ", "by about ", "by nearly ", "by around ", "by an average of ", "margin of ", "up to ", "over ", "gain of ", "improvement of ", "increase of ", "boost of ", "improves ", "improved ", "improving ", "from ", "than ", "margins of ", "gains of ", "gain of ", "margin of ", "improvements of "];

    /// <summary>True when the sentence states a result ("achieves", "scores", "outperforms", "struggle" …).</summary>
    public static bool HasOutcome(string lower) => Cues.ContainsAny(lower, Outcome);

    /// <summary>True when the sentence compares or scores ("outperforms", "surpassing", "achieves").</summary>
    public static bool HasComparison(string lower) => Cues.ContainsAny(lower, Comparison);

    private static readonly string[] Comparison = ["outperform", "surpass", "achiev", "beat", "exceed", "inferior", "superior", "lag"];

    private static readonly string[] Outcome =
    [
        "inferior", "superior", "fail", "behind", "gap",
        "achiev", "outperform", "surpass", "score", "struggl", "accuracy", "reach", "attain", "obtain", "lag", "fall short",
        "falls short", "perform", "exceed", "beat", "results", "evaluat", "assess",
    ];

    public static List<FoundScore> Find(Sentence s, string lower, List<EntityMention> models, List<EntityMention> targets, List<EntityMention> metrics)
    {
        var found = new List<FoundScore>();
        var text = s.Text;
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or '-' or '/' or '_'))) continue;
            int j = i;
            while (j < text.Length && char.IsAsciiDigit(text[j])) j++;
            if (j + 1 < text.Length && text[j] == '.' && char.IsAsciiDigit(text[j + 1]))
            {
                j++;
                while (j < text.Length && char.IsAsciiDigit(text[j])) j++;
            }
            var number = text[i..j];
            int k = j;
            string? unit = null;
            if (k < text.Length && text[k] == ' ' && k + 1 < text.Length && text[k + 1] == '%') k++;
            if (k + 1 < text.Length && text[k] == '\\' && text[k + 1] == '%') { unit = "%"; k += 2; }
            else if (k < text.Length && text[k] == '%') { unit = "%"; k++; }
            int numberStart = i;
            i = k;
            // A size, count or version ("7B", "3x", "2.5-VL", "10K"), a range ("5.2%-21.8%") or a year.
            if (unit is null && k < text.Length && (char.IsLetter(text[k]) || text[k] is '-' or '\u00d7' or '/' or ':')) continue;
            if (unit is not null && k < text.Length && text[k] is '-' or '\u2013') continue;
            if (numberStart > 0 && text[numberStart - 1] is '$' or '#' && unit is null) continue;
            if (numberStart > 0 && text[numberStart - 1] is '+' or '\u00b1' or '-' or '\u2212' or '~' or '>' or '<') continue;
            if (numberStart > 1 && text[numberStart - 1] == ' ' && text[numberStart - 2] is '+' or '>' or '<' or '~') continue;
            if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) continue;
            var before = lower[Math.Max(0, numberStart - 24)..numberStart];
            var after = lower[k..Math.Min(lower.Length, k + 22)].TrimStart();
            if (EndsWithAny(before, GainBefore)) continue;
            if (StartsWithAny(after, GainAfter)) continue;
            if (after.StartsWith("to ", StringComparison.Ordinal) && before.Contains("from", StringComparison.Ordinal)) continue;
            bool scoreWord = before.Contains("score", StringComparison.Ordinal) || before.Contains("achiev", StringComparison.Ordinal) ||
                before.Contains("accuracy", StringComparison.Ordinal) || before.Contains("attain", StringComparison.Ordinal) || before.Contains("reach", StringComparison.Ordinal);
            bool decimalOrPercent = unit is not null || number.Contains('.');
            var metric = MetricNear(metrics, s, numberStart, k);
            if (!decimalOrPercent && !scoreWord && metric is null) continue;
            if (!decimalOrPercent && number.Length == 4 && (number.StartsWith("19", StringComparison.Ordinal) || number.StartsWith("20", StringComparison.Ordinal))) continue;
            var target = TargetOf(text, s.Start, targets, s.Start + numberStart, s.Start + k);
            // The score's model: the paper's own model named before it, else the nearest model named before it.
            var model = models.LastOrDefault(m => m.Start < s.Start + numberStart && m.Proposed) ?? models.LastOrDefault(m => m.Start < s.Start + numberStart);
            found.Add(new FoundScore(model is null ? null : PaperContext.NameOf(model), target is null ? null : PaperContext.NameOf(target), metric, value, unit));
        }
        return found;
    }

    /// <summary>The benchmark of a score: named right after it ("N% on B", "N on the B benchmark"), else the nearest
    /// one named before it in the same clause.</summary>
    private static EntityMention? TargetOf(string sentenceText, int sentenceStart, List<EntityMention> targets, int numberStart, int numberEnd)
    {
        // Named right after, with no clause or list break between ("77.0% on Kinetics-400", not "(80.3%), BLINK").
        foreach (var t in targets)
        {
            if (t.Start < numberEnd || t.Start - numberEnd > 40) continue;
            var between = sentenceText.AsSpan(numberEnd - sentenceStart, t.Start - numberEnd);
            if (between.IndexOfAny(",;()") < 0) return t;
        }
        // Named before: "On B, X achieves N" (a leading "on/in B" covers the clause), or the nearest one with no
        // other number between ("B spatial reasoning (83.9%)").
        var before = targets.LastOrDefault(t => t.Start + t.Length <= numberStart);
        if (before is null) return null;
        int from = before.Start + before.Length - sentenceStart, to = numberStart - sentenceStart;
        var gap = sentenceText.AsSpan(from, to - from);
        if (gap.IndexOfAnyInRange('0', '9') < 0) return before;
        var lead = sentenceText.AsSpan(0, Math.Max(0, before.Start - sentenceStart)).TrimEnd();
        if (lead.EndsWith("on", StringComparison.OrdinalIgnoreCase) || lead.EndsWith("on the", StringComparison.OrdinalIgnoreCase) ||
            lead.EndsWith("in", StringComparison.OrdinalIgnoreCase)) return before;
        return null;
    }

    private static string? MetricNear(List<EntityMention> metrics, Sentence s, int numberStart, int numberEnd)
    {
        foreach (var m in metrics)
        {
            int rel = m.Start - s.Start;
            if ((rel >= numberEnd && rel - numberEnd <= 12) || (rel < numberStart && numberStart - (rel + m.Length) <= 16)) return PaperContext.NameOf(m);
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
