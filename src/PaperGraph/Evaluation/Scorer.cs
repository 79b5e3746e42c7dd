using System.Collections.Immutable;
using PaperGraph.Export.Facts;
using PaperGraph.Graph;
using PaperGraph.Resolution;

namespace PaperGraph.Evaluation;

/// <summary>True positives, false positives and false negatives of one measure, with precision, recall and F1.</summary>
public sealed record Score(int Tp, int Fp, int Fn)
{
    public static Score Zero { get; } = new(0, 0, 0);
    public double Precision => Tp + Fp == 0 ? (Fn == 0 ? 1 : 0) : (double)Tp / (Tp + Fp);
    public double Recall => Tp + Fn == 0 ? (Fp == 0 ? 1 : 0) : (double)Tp / (Tp + Fn);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public static Score operator +(Score a, Score b) => new(a.Tp + b.Tp, a.Fp + b.Fp, a.Fn + b.Fn);
}

/// <summary>What a discrepancy is about.</summary>
public enum ScoreKind { Entity, Proposes, EvaluatedOn, Backbone, Value }

/// <summary>One false positive or false negative (or a wrong value), with the paper it belongs to.</summary>
public sealed record Discrepancy(ScoreKind Kind, bool FalsePositive, string AbstractStart, string? Title, string Text, string? Name, string? Other);

/// <summary>Every figure of one scoring run, micro-averaged over the gold papers.</summary>
public sealed record EvaluationResult
{
    public required int GoldPapers { get; init; }
    public required int MatchedPapers { get; init; }
    /// <summary>Entity scores with exact types, by type (Model, Method, Benchmark, Dataset, Metric).</summary>
    public required ImmutableSortedDictionary<string, Score> EntitiesByType { get; init; }
    public required Score EntitiesStrict { get; init; }
    /// <summary>Entity scores with Model≡Method and Benchmark≡Dataset, by group ("Model/Method", "Benchmark/Dataset", "Metric").</summary>
    public required ImmutableSortedDictionary<string, Score> EntitiesLenientByGroup { get; init; }
    public required Score EntitiesLenient { get; init; }
    public required Score Proposes { get; init; }
    public required Score EvaluatedOn { get; init; }
    public required Score Backbones { get; init; }
    /// <summary>Matched evaluated_on pairs whose gold value is not null, and how many of them carry that value.</summary>
    public required int ValuesCorrect { get; init; }
    public required int ValuesTotal { get; init; }
    public double ValueAccuracy => ValuesTotal == 0 ? 1 : (double)ValuesCorrect / ValuesTotal;
    public required ImmutableArray<Discrepancy> Discrepancies { get; init; }
}

/// <summary>
/// Scores predicted facts against gold annotations by the rules of <c>../shared/gold/README.md</c>:
/// papers matched by whitespace-folded <c>abstract_start</c>; names compared by <see cref="NameKey"/> (case folded,
/// spaces, hyphens, underscores and dots removed), a predicted name (or any alias the prediction gives it) against
/// the gold name or any gold alias; each gold item matches at most one predicted item (maximum matching);
/// entity F1 per (name, type) strict and lenient; proposes; evaluated_on on (model, benchmark) pairs; backbones on
/// (model, backbone) pairs where a null gold model matches any model; value accuracy over matched pairs with a gold
/// value. Micro-averaged. Predicted papers absent from the gold file are ignored; gold papers absent from the
/// predictions count every gold item as a false negative. Pure.
/// </summary>
public static class Scorer
{
    public static EvaluationResult Evaluate(IReadOnlyList<PaperFacts> gold, IReadOnlyList<PaperFacts> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var byStart = new Dictionary<string, PaperFacts>(StringComparer.Ordinal);
        foreach (var p in predicted) byStart.TryAdd(Text.FoldWhitespace(p.AbstractStart), p);

        var byType = new SortedDictionary<string, Score>(StringComparer.Ordinal);
        foreach (var l in RelTypeNames.EntityLabels) byType[l.CypherName()] = Score.Zero;
        var byGroup = new SortedDictionary<string, Score>(StringComparer.Ordinal);
        Score proposes = Score.Zero, evals = Score.Zero, backbones = Score.Zero;
        int matched = 0, valuesCorrect = 0, valuesTotal = 0;
        var discrepancies = ImmutableArray.CreateBuilder<Discrepancy>();

        foreach (var g in gold)
        {
            var found = byStart.TryGetValue(Text.FoldWhitespace(g.AbstractStart), out var p);
            if (found) matched++;
            p ??= new PaperFacts { AbstractStart = g.AbstractStart };
            var paper = new PaperScorer(g, p, discrepancies);
            paper.Entities(strict: true, byType);
            paper.Entities(strict: false, byGroup);
            proposes += paper.Proposes();
            evals += paper.EvaluatedOn(ref valuesCorrect, ref valuesTotal);
            backbones += paper.Backbones();
        }

        return new EvaluationResult
        {
            GoldPapers = gold.Count,
            MatchedPapers = matched,
            EntitiesByType = byType.ToImmutableSortedDictionary(StringComparer.Ordinal),
            EntitiesStrict = byType.Values.Aggregate(Score.Zero, (a, b) => a + b),
            EntitiesLenientByGroup = byGroup.ToImmutableSortedDictionary(StringComparer.Ordinal),
            EntitiesLenient = byGroup.Values.Aggregate(Score.Zero, (a, b) => a + b),
            Proposes = proposes,
            EvaluatedOn = evals,
            Backbones = backbones,
            ValuesCorrect = valuesCorrect,
            ValuesTotal = valuesTotal,
            Discrepancies = discrepancies.ToImmutable(),
        };
    }

    /// <summary>The lenient type group of an entity type.</summary>
    public static string GroupOf(string type) => type switch
    {
        "Model" or "Method" => "Model/Method",
        "Benchmark" or "Dataset" => "Benchmark/Dataset",
        _ => type,
    };

    /// <summary>Scores one paper; names resolve to key sets through the paper's own entity lists.</summary>
    private sealed class PaperScorer
    {
        private readonly PaperFacts _gold;
        private readonly PaperFacts _pred;
        private readonly ImmutableArray<Discrepancy>.Builder _out;
        private readonly List<HashSet<string>> _goldEntityKeys;
        private readonly List<HashSet<string>> _predEntityKeys;

        public PaperScorer(PaperFacts gold, PaperFacts pred, ImmutableArray<Discrepancy>.Builder output)
        {
            _gold = gold; _pred = pred; _out = output;
            _goldEntityKeys = [.. gold.Entities.Select(KeysOf)];
            _predEntityKeys = [.. pred.Entities.Select(KeysOf)];
        }

        private static HashSet<string> KeysOf(FactEntity e)
        {
            var set = new HashSet<string>(StringComparer.Ordinal) { NameKey.Of(e.Name) };
            foreach (var a in e.Aliases) set.Add(NameKey.Of(a));
            set.Remove("");
            return set;
        }

        /// <summary>The keys a name stands for in a paper: its own key plus the keys of every entity of the paper
        /// that has it as name or alias.</summary>
        private static HashSet<string> Keys(string name, List<HashSet<string>> entityKeys)
        {
            var key = NameKey.Of(name);
            var set = new HashSet<string>(StringComparer.Ordinal) { key };
            foreach (var e in entityKeys)
                if (e.Contains(key)) set.UnionWith(e);
            return set;
        }

        private HashSet<string> GoldKeys(string name) => Keys(name, _goldEntityKeys);
        private HashSet<string> PredKeys(string name) => Keys(name, _predEntityKeys);

        private void Report(ScoreKind kind, bool fp, string text, string? name = null, string? other = null) =>
            _out.Add(new Discrepancy(kind, fp, _gold.AbstractStart, _gold.Title, text, name, other));

        public void Entities(bool strict, SortedDictionary<string, Score> scores)
        {
            string TypeOf(string t) => strict ? t : GroupOf(t);
            var g = _gold.Entities;
            var p = _pred.Entities;
            var match = Matching.Maximum(g.Length, p.Length, (i, j) =>
                TypeOf(g[i].Type) == TypeOf(p[j].Type) && _goldEntityKeys[i].Overlaps(_predEntityKeys[j]));
            void Add(string type, Score s) => scores[type] = scores.GetValueOrDefault(type, Score.Zero) + s;
            for (int i = 0; i < g.Length; i++)
            {
                if (match.GoldToPred[i] >= 0) Add(TypeOf(g[i].Type), new Score(1, 0, 0));
                else
                {
                    Add(TypeOf(g[i].Type), new Score(0, 0, 1));
                    if (strict) Report(ScoreKind.Entity, false, $"{g[i].Name} ({g[i].Type})", g[i].Name);
                }
            }
            for (int j = 0; j < p.Length; j++)
            {
                if (match.PredToGold[j] >= 0) continue;
                Add(TypeOf(p[j].Type), new Score(0, 1, 0));
                if (strict) Report(ScoreKind.Entity, true, $"{p[j].Name} ({p[j].Type})", p[j].Name);
            }
        }

        public Score Proposes()
        {
            var g = _gold.Proposes.DistinctBy(NameKey.Of).ToList();
            var p = _pred.Proposes.DistinctBy(NameKey.Of).ToList();
            var gk = g.Select(GoldKeys).ToList();
            var pk = p.Select(PredKeys).ToList();
            var match = Matching.Maximum(g.Count, p.Count, (i, j) => gk[i].Overlaps(pk[j]));
            return Tally(ScoreKind.Proposes, match, g, p, x => x, x => x, x => null);
        }

        public Score EvaluatedOn(ref int valuesCorrect, ref int valuesTotal)
        {
            var g = _gold.EvaluatedOn.GroupBy(e => (NameKey.Of(e.Model), NameKey.Of(e.Benchmark))).Select(x => x.ToList()).ToList();
            var p = _pred.EvaluatedOn.GroupBy(e => (NameKey.Of(e.Model), NameKey.Of(e.Benchmark))).Select(x => x.ToList()).ToList();
            var gk = g.Select(x => (M: GoldKeys(x[0].Model), B: GoldKeys(x[0].Benchmark))).ToList();
            var pk = p.Select(x => (M: PredKeys(x[0].Model), B: PredKeys(x[0].Benchmark))).ToList();
            var match = Matching.Maximum(g.Count, p.Count, (i, j) => gk[i].M.Overlaps(pk[j].M) && gk[i].B.Overlaps(pk[j].B));
            for (int i = 0; i < g.Count; i++)
            {
                int j = match.GoldToPred[i];
                if (j < 0) continue;
                foreach (var value in g[i].Where(e => e.Value is not null).Select(e => e.Value!.Value).Distinct())
                {
                    valuesTotal++;
                    if (p[j].Any(e => e.Value == value)) { valuesCorrect++; continue; }
                    var got = string.Join(", ", p[j].Select(e => e.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"));
                    Report(ScoreKind.Value, false, $"{g[i][0].Model} → {g[i][0].Benchmark}: gold value {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}, predicted {got}",
                        g[i][0].Model, g[i][0].Benchmark);
                }
            }
            return Tally(ScoreKind.EvaluatedOn, match, g, p, x => $"{x[0].Model} → {x[0].Benchmark}", x => x[0].Model, x => x[0].Benchmark);
        }

        public Score Backbones()
        {
            var g = _gold.Backbones.DistinctBy(b => (b.Model is null ? null : NameKey.Of(b.Model), NameKey.Of(b.Backbone))).ToList();
            var p = _pred.Backbones.DistinctBy(b => (b.Model is null ? null : NameKey.Of(b.Model), NameKey.Of(b.Backbone))).ToList();
            var gk = g.Select(b => (M: b.Model is null ? null : GoldKeys(b.Model), B: GoldKeys(b.Backbone))).ToList();
            var pk = p.Select(b => (M: b.Model is null ? null : PredKeys(b.Model), B: PredKeys(b.Backbone))).ToList();
            var match = Matching.Maximum(g.Count, p.Count, (i, j) =>
                gk[i].B.Overlaps(pk[j].B) && (gk[i].M is null || (pk[j].M is { } pm && gk[i].M!.Overlaps(pm))));
            return Tally(ScoreKind.Backbone, match, g, p, b => $"{b.Model ?? "(unnamed)"} → {b.Backbone}", b => b.Model, b => b.Backbone);
        }

        private Score Tally<T>(ScoreKind kind, Matching match, List<T> g, List<T> p, Func<T, string> text, Func<T, string?> name, Func<T, string?> other)
        {
            int tp = 0, fn = 0, fp = 0;
            for (int i = 0; i < g.Count; i++)
            {
                if (match.GoldToPred[i] >= 0) tp++;
                else { fn++; Report(kind, false, text(g[i]), name(g[i]), other(g[i])); }
            }
            for (int j = 0; j < p.Count; j++)
            {
                if (match.PredToGold[j] >= 0) continue;
                fp++;
                Report(kind, true, text(p[j]), name(p[j]), other(p[j]));
            }
            return new Score(tp, fp, fn);
        }
    }
}

/// <summary>A maximum bipartite matching between gold and predicted items (augmenting paths; the lists are small).</summary>
internal sealed class Matching
{
    public required int[] GoldToPred { get; init; }
    public required int[] PredToGold { get; init; }

    public static Matching Maximum(int goldCount, int predCount, Func<int, int, bool> compatible)
    {
        var adj = new List<int>[goldCount];
        for (int i = 0; i < goldCount; i++)
        {
            adj[i] = [];
            for (int j = 0; j < predCount; j++) if (compatible(i, j)) adj[i].Add(j);
        }
        var g2p = Enumerable.Repeat(-1, goldCount).ToArray();
        var p2g = Enumerable.Repeat(-1, predCount).ToArray();
        for (int i = 0; i < goldCount; i++)
        {
            var seen = new bool[predCount];
            Augment(i, seen);
        }
        return new Matching { GoldToPred = g2p, PredToGold = p2g };

        bool Augment(int i, bool[] seen)
        {
            foreach (var j in adj[i])
            {
                if (seen[j]) continue;
                seen[j] = true;
                if (p2g[j] < 0 || Augment(p2g[j], seen))
                {
                    g2p[i] = j;
                    p2g[j] = i;
                    return true;
                }
            }
            return false;
        }
    }
}
