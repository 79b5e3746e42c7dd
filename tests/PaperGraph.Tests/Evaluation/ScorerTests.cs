using PaperGraph.Evaluation;
using PaperGraph.Export.Facts;

namespace PaperGraph.Tests.Evaluation;

public class ScorerTests
{
    private const string Start = "We study   things.";

    private static PaperFacts Paper(string start = Start, FactEntity[]? entities = null, string[]? proposes = null,
        FactEvaluation[]? evals = null, FactBackbone[]? backbones = null) => new()
    {
        AbstractStart = start, Entities = [.. entities ?? []], Proposes = [.. proposes ?? []],
        EvaluatedOn = [.. evals ?? []], Backbones = [.. backbones ?? []],
    };

    private static FactEntity E(string name, string type, params string[] aliases) => new(name, type, [.. aliases]);
    private static FactEvaluation Ev(string model, string bench, decimal? value = null) => new(model, bench, null, value, value is null ? null : "%");

    [Fact]
    public void PapersAreMatchedByWhitespaceFoldedAbstractStart()
    {
        var r = Scorer.Evaluate([Paper(entities: [E("GPT-4o", "Model")])], [Paper("We study things.", entities: [E("GPT-4o", "Model")])]);
        r.MatchedPapers.Should().Be(1);
        r.EntitiesStrict.Should().Be(new Score(1, 0, 0));
    }

    [Fact]
    public void NamesMatchAfterCaseFoldingAndRemovingSpacesHyphensUnderscoresAndDots()
    {
        var r = Scorer.Evaluate([Paper(entities: [E("Qwen2.5-VL", "Model")])], [Paper(entities: [E("qwen 2_5vl", "Model")])]);
        r.EntitiesStrict.Tp.Should().Be(1);
    }

    [Fact]
    public void APredictedNameMatchesAGoldAlias()
    {
        var r = Scorer.Evaluate([Paper(entities: [E("Direct Preference Optimization", "Method", "DPO")])], [Paper(entities: [E("DPO", "Method")])]);
        r.EntitiesStrict.Should().Be(new Score(1, 0, 0));
    }

    [Fact]
    public void GPT4DoesNotMatchGPT4o()
    {
        var r = Scorer.Evaluate([Paper(entities: [E("GPT-4o", "Model")])], [Paper(entities: [E("GPT-4", "Model")])]);
        r.EntitiesStrict.Should().Be(new Score(0, 1, 1));
    }

    [Fact]
    public void StrictTypesMustBeEqualWhileLenientTypesTreatModelAsMethodAndBenchmarkAsDataset()
    {
        var gold = Paper(entities: [E("GRPO", "Method"), E("MMMU", "Benchmark"), E("accuracy", "Metric")]);
        var pred = Paper(entities: [E("GRPO", "Model"), E("MMMU", "Dataset"), E("accuracy", "Method")]);
        var r = Scorer.Evaluate([gold], [pred]);
        r.EntitiesStrict.Should().Be(new Score(0, 3, 3));
        r.EntitiesLenient.Should().Be(new Score(2, 1, 1));
        r.EntitiesByType["Method"].Should().Be(new Score(0, 1, 1));
        r.EntitiesByType["Model"].Should().Be(new Score(0, 1, 0));
        r.EntitiesLenientByGroup["Metric"].Should().Be(new Score(0, 0, 1));
    }

    [Fact]
    public void OnePredictionMatchesAtMostOneGoldItem()
    {
        var r = Scorer.Evaluate([Paper(entities: [E("CLIP", "Model"), E("clip", "Model")])], [Paper(entities: [E("CLIP", "Model")])]);
        r.EntitiesStrict.Should().Be(new Score(1, 0, 1));
    }

    [Fact]
    public void ProposesMatchThroughTheAliasesOfThePapersEntities()
    {
        var gold = Paper(entities: [E("Task Preference Optimization", "Method", "TPO")], proposes: ["Task Preference Optimization"]);
        var pred = Paper(entities: [E("TPO", "Method")], proposes: ["TPO", "Other"]);
        var r = Scorer.Evaluate([gold], [pred]);
        r.Proposes.Should().Be(new Score(1, 1, 0));
        r.Proposes.Precision.Should().Be(0.5);
        r.Proposes.Recall.Should().Be(1);
    }

    [Fact]
    public void EvaluatedOnIsScoredOnModelBenchmarkPairsWhateverTheirValues()
    {
        var gold = Paper(evals: [Ev("A", "MMMU", 51.06m), Ev("A", "MMMU", 40m), Ev("B", "MMMU")]);
        var pred = Paper(evals: [Ev("a", "mmmu"), Ev("A", "MathVista")]);
        var r = Scorer.Evaluate([gold], [pred]);
        r.EvaluatedOn.Should().Be(new Score(1, 1, 1));
    }

    [Fact]
    public void ValueAccuracyCountsMatchedPairsWithAGoldValueOnly()
    {
        var gold = Paper(evals: [Ev("A", "B1", 51.06m), Ev("A", "B2", 3m), Ev("A", "B3"), Ev("A", "B4", 7m)]);
        var pred = Paper(evals: [Ev("A", "B1", 51.060m), Ev("A", "B2", 4m), Ev("A", "B3", 9m)]);
        var r = Scorer.Evaluate([gold], [pred]);
        r.ValuesTotal.Should().Be(2);
        r.ValuesCorrect.Should().Be(1);
        r.ValueAccuracy.Should().Be(0.5);
    }

    [Fact]
    public void ANullGoldBackboneModelMatchesAnyModelWithThatBackbone()
    {
        var gold = Paper(backbones: [new FactBackbone(null, "LLaVA"), new FactBackbone("X", "CLIP")]);
        var pred = Paper(backbones: [new FactBackbone("Ours", "LLaVA"), new FactBackbone(null, "CLIP")]);
        var r = Scorer.Evaluate([gold], [pred]);
        r.Backbones.Should().Be(new Score(1, 1, 1));
    }

    [Fact]
    public void AGoldPaperMissingFromThePredictionsCountsEveryGoldItemAsMissed()
    {
        var gold = Paper(entities: [E("A", "Model"), E("B", "Benchmark")], evals: [Ev("A", "B")]);
        var r = Scorer.Evaluate([gold], [Paper("Another paper.", entities: [E("Z", "Model")])]);
        r.MatchedPapers.Should().Be(0);
        r.EntitiesStrict.Should().Be(new Score(0, 0, 2));
        r.EvaluatedOn.Should().Be(new Score(0, 0, 1));
    }

    [Fact]
    public void ScoresAreMicroAveragedOverPapers()
    {
        var gold = new[] { Paper("P1", evals: [Ev("A", "B")]), Paper("P2", evals: [Ev("C", "D"), Ev("C", "E"), Ev("C", "F")]) };
        var pred = new[] { Paper("P1", evals: [Ev("A", "B")]), Paper("P2", evals: [Ev("C", "D")]) };
        var r = Scorer.Evaluate(gold, pred);
        r.EvaluatedOn.Should().Be(new Score(2, 0, 2));
        r.EvaluatedOn.Recall.Should().Be(0.5);
    }

    [Fact]
    public void EveryFalsePositiveAndFalseNegativeIsListed()
    {
        var r = Scorer.Evaluate([Paper(evals: [Ev("A", "B")])], [Paper(evals: [Ev("A", "C")])]);
        r.Discrepancies.Should().ContainSingle(d => d.Kind == ScoreKind.EvaluatedOn && d.FalsePositive && d.Name == "A" && d.Other == "C");
        r.Discrepancies.Should().ContainSingle(d => d.Kind == ScoreKind.EvaluatedOn && !d.FalsePositive && d.Other == "B");
    }

    [Fact]
    public void F1IsTheHarmonicMeanOfPrecisionAndRecall()
    {
        var s = new Score(2, 2, 0);
        s.F1.Should().BeApproximately(2 * 0.5 * 1 / 1.5, 1e-12);
        new Score(0, 0, 0).F1.Should().Be(1);
        new Score(0, 1, 1).F1.Should().Be(0);
    }
}
