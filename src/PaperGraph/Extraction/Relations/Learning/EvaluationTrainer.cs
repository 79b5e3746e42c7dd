using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using PaperGraph.Export.Facts;
using PaperGraph.Graph;
using PaperGraph.Ingest;
using PaperGraph.Resolution;

namespace PaperGraph.Extraction.Relations.Learning;

/// <summary>One paper to learn from: its sentences, the mentions a recogniser found, and its gold annotation.</summary>
public sealed record TrainingPaper(Paper Paper, ImmutableArray<Sentence> Sentences, IReadOnlyList<EntityMention> Mentions, PaperFacts Gold, bool Recognised);

/// <summary>
/// Trains the EVALUATED_ON decision of <see cref="EvaluationExtractor"/>: every candidate pair becomes an example,
/// labelled true when the gold record of its paper has that (model, benchmark) pair (names compared by
/// <see cref="NameKey"/> against gold names and aliases). <see cref="CrossValidate"/> trains on all folds but one and
/// scores the held-out fold (recognised mentions only) at the level of distinct pairs per paper, beside the hand rules alone. Pure.
/// </summary>
public static class EvaluationTrainer
{
    public static List<Example> Examples(IEnumerable<TrainingPaper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var examples = new List<Example>();
        foreach (var p in papers)
        {
            var gold = GoldPairs(p.Gold);
            foreach (var c in EvaluationExtractor.Pairs(EvaluationExtractor.Candidates(p.Paper, p.Sentences, p.Mentions)))
                examples.Add(new Example(c.Features, IsGold(gold, c.Model, c.Target), p.Paper.Id + "\t" + c.Model + "\t" + c.Target));
        }
        return examples;
    }

    /// <summary>K-fold cross-validation by paper (fold = paper order modulo k). Returns a printable report, and the
    /// threshold that maximised the summed held-out F1.</summary>
    public static (string Report, double Threshold) CrossValidate(IReadOnlyList<TrainingPaper> papers, int folds, double l2)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var sb = new StringBuilder();
        var thresholds = new[] { 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 };
        var sums = new (int Tp, int Fp, int Fn)[thresholds.Length];
        var vetoThresholds = new[] { 0.1, 0.2, 0.3 };
        var vetoSums = new (int Tp, int Fp, int Fn)[vetoThresholds.Length];
        (int Tp, int Fp, int Fn) legacySum = default;
        // Folds by paper, so that the two versions of one paper (recognised and oracle mentions) stay together.
        var ids = papers.Select(p => p.Paper.Id).Distinct(StringComparer.Ordinal).ToList();
        var foldOf = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i % folds, StringComparer.Ordinal);
        for (int k = 0; k < folds; k++)
        {
            var train = papers.Where(p => foldOf[p.Paper.Id] != k).ToList();
            var test = papers.Where(p => foldOf[p.Paper.Id] == k && p.Recognised).ToList();
            var model = LogisticModel.Train(Examples(train), l2);
            for (int t = 0; t < thresholds.Length; t++)
            {
                var r = Score(test, c => model.Probability(c.Features) >= thresholds[t]);
                sums[t] = (sums[t].Tp + r.Tp, sums[t].Fp + r.Fp, sums[t].Fn + r.Fn);
            }
            for (int t = 0; t < vetoThresholds.Length; t++)
            {
                var r = Score(test, c => c.Candidates.Any(x => x.Legacy) && model.Probability(c.Features) >= vetoThresholds[t]);
                vetoSums[t] = (vetoSums[t].Tp + r.Tp, vetoSums[t].Fp + r.Fp, vetoSums[t].Fn + r.Fn);
            }
            var l = Score(test, c => c.Candidates.Any(x => x.Legacy));
            legacySum = (legacySum.Tp + l.Tp, legacySum.Fp + l.Fp, legacySum.Fn + l.Fn);
        }
        sb.Append(CultureInfo.InvariantCulture, $"{folds}-fold cross-validation over {papers.Count} papers (evaluated_on pairs, l2={l2}):\n");
        sb.Append(CultureInfo.InvariantCulture, $"  hand rules alone  {Line(legacySum)}\n");
        for (int t = 0; t < vetoThresholds.Length; t++)
            sb.Append(CultureInfo.InvariantCulture, $"  hand rules, learned veto p<{vetoThresholds[t]:0.00}  {Line(vetoSums[t])}\n");
        int best = 0;
        for (int t = 0; t < thresholds.Length; t++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  learned p>={thresholds[t]:0.00}  {Line(sums[t])}\n");
            if (F1(sums[t]) > F1(sums[best]) + 1e-9) best = t;
        }
        return (sb.ToString(), thresholds[best]);
    }

    private static string Line((int Tp, int Fp, int Fn) s)
    {
        double p = s.Tp + s.Fp == 0 ? 0 : (double)s.Tp / (s.Tp + s.Fp), r = s.Tp + s.Fn == 0 ? 0 : (double)s.Tp / (s.Tp + s.Fn);
        return string.Create(CultureInfo.InvariantCulture, $"P={p:0.000} R={r:0.000} F1={F1(s):0.000} (tp={s.Tp} fp={s.Fp} fn={s.Fn})");
    }

    private static double F1((int Tp, int Fp, int Fn) s) => s.Tp == 0 ? 0 : 2.0 * s.Tp / (2 * s.Tp + s.Fp + s.Fn);

    /// <summary>Distinct accepted pairs per paper against the gold pairs (a gold pair matched at most once).</summary>
    private static (int Tp, int Fp, int Fn) Score(IEnumerable<TrainingPaper> papers, Func<EvaluationExtractor.Pair, bool> accept)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var p in papers)
        {
            var gold = GoldPairs(p.Gold);
            var matched = new HashSet<int>();
            var predicted = EvaluationExtractor.Pairs(EvaluationExtractor.Candidates(p.Paper, p.Sentences, p.Mentions)).Where(accept)
                .Select(c => (c.Model, c.Target)).Distinct().ToList();
            foreach (var (m, t) in predicted)
            {
                int hit = gold.FindIndex(g => !matched.Contains(gold.IndexOf(g)) && g.Models.Contains(NameKey.Of(m)) && g.Targets.Contains(NameKey.Of(t)));
                if (hit >= 0) { matched.Add(hit); tp++; }
                else fp++;
            }
            fn += gold.Count - matched.Count;
        }
        return (tp, fp, fn);
    }

    private static List<(HashSet<string> Models, HashSet<string> Targets)> GoldPairs(PaperFacts gold)
    {
        HashSet<string> Keys(string name)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal) { NameKey.Of(name) };
            foreach (var e in gold.Entities)
                if (NameKey.Of(e.Name) == NameKey.Of(name) || e.Aliases.Any(a => NameKey.Of(a) == NameKey.Of(name)))
                {
                    keys.Add(NameKey.Of(e.Name));
                    foreach (var a in e.Aliases) keys.Add(NameKey.Of(a));
                }
            return keys;
        }
        return [.. gold.EvaluatedOn.Select(e => (Keys(e.Model), Keys(e.Benchmark)))];
    }

    private static bool IsGold(List<(HashSet<string> Models, HashSet<string> Targets)> gold, string model, string target)
    {
        string m = NameKey.Of(model), t = NameKey.Of(target);
        return gold.Any(g => g.Models.Contains(m) && g.Targets.Contains(t));
    }

    /// <summary>Finds the gold record of a paper by its whitespace-folded abstract start.</summary>
    public static Func<Paper, PaperFacts?> GoldLookup(IEnumerable<PaperFacts> gold)
    {
        var byStart = new Dictionary<string, PaperFacts>(StringComparer.Ordinal);
        foreach (var g in gold) byStart.TryAdd(Text.FoldWhitespace(g.AbstractStart), g);
        return p => byStart.GetValueOrDefault(Text.FoldWhitespace(PaperFacts.StartOf(p.Info.Abstract)));
    }
}
