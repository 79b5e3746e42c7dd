using FluentAssertions;
using PaperGraph.Extraction.Relations.Learning;
using Xunit;

namespace PaperGraph.Tests.Extraction.Relations;

public class LogisticModelTests
{
    private static List<Example> Toy()
    {
        var examples = new List<Example>();
        for (int i = 0; i < 20; i++)
        {
            examples.Add(new Example(["w:outperform", "src:same-sentence"], true, $"p{i}"));
            examples.Add(new Example(["w:annotat", "src:same-sentence"], false, $"n{i}"));
        }
        return examples;
    }

    [Fact]
    public void TrainingLearnsThatACueWordSeparatesTrueFromFalseCandidates()
    {
        var model = LogisticModel.Train(Toy());
        model.Probability(["w:outperform", "src:same-sentence"]).Should().BeGreaterThan(0.8);
        model.Probability(["w:annotat", "src:same-sentence"]).Should().BeLessThan(0.2);
        model.Weights["w:outperform"].Should().BePositive();
        model.Weights["w:annotat"].Should().BeNegative();
    }

    [Fact]
    public void FeaturesSeenFewerThanTheMinimumCountGetNoWeight()
    {
        var examples = Toy();
        examples.Add(new Example(["rare"], true, "r"));
        LogisticModel.Train(examples, minCount: 3).Weights.Should().NotContainKey("rare");
    }

    [Fact]
    public void TrainingTwiceGivesTheSameWeightsFile()
    {
        LogisticModel.Train(Toy()).Save().Should().Be(LogisticModel.Train(Toy()).Save());
    }

    [Fact]
    public void SavedWeightsLoadBackWithTheirThreshold()
    {
        var model = LogisticModel.Train(Toy(), threshold: 0.4);
        var loaded = LogisticModel.Load(new StringReader(model.Save()));
        loaded.Threshold.Should().Be(0.4);
        loaded.Probability(["w:outperform"]).Should().BeApproximately(model.Probability(["w:outperform"]), 1e-3);
    }

    [Fact]
    public void AWeightsLineWithoutATabIsAFormatError()
    {
        var act = () => LogisticModel.Load(new StringReader("bias 0.5\n"));
        act.Should().Throw<FormatException>();
    }

    [Fact]
    public void AMissingResourceLoadsAsNoModel()
    {
        LogisticModel.FromResource("PaperGraph.Resources.relations.none.tsv").Should().BeNull();
    }
}
