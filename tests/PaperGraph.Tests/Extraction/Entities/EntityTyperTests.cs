using PaperGraph.Export.Facts;
using PaperGraph.Extraction.Entities;
using PaperGraph.Graph;
using PaperGraph.Ingest;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Extraction.Entities;

public class EntityTyperTests
{
    private static TyperFeature F(string name) => new(name, 1);

    private static List<TyperFeature> Fs(params string[] names) => [.. names.Select(F)];

    [Fact]
    public void ATrainedTyperSeparatesNamesByTheirFeatures()
    {
        var examples = new List<(IReadOnlyList<TyperFeature>, NodeLabel)>();
        for (int i = 0; i < 5; i++)
        {
            examples.Add((Fs("n:benchmark", "s3:nch"), NodeLabel.Benchmark));
            examples.Add((Fs("n:model", "digit"), NodeLabel.Model));
            examples.Add((Fs("n:dataset"), NodeLabel.Dataset));
        }
        var typer = EntityTyper.Train(examples);
        typer.Predict(Fs("n:benchmark")).Type.Should().Be(NodeLabel.Benchmark);
        typer.Predict(Fs("n:model")).Type.Should().Be(NodeLabel.Model);
        typer.Predict(Fs("n:dataset")).Type.Should().Be(NodeLabel.Dataset);
    }

    [Fact]
    public void FeaturesSeenInFewerThanThreeExamplesAreNotStored()
    {
        var examples = new List<(IReadOnlyList<TyperFeature>, NodeLabel)>
        {
            (Fs("p:rare", "n:benchmark"), NodeLabel.Benchmark),
            (Fs("n:benchmark"), NodeLabel.Benchmark),
            (Fs("n:benchmark"), NodeLabel.Benchmark),
            (Fs("n:model"), NodeLabel.Model),
        };
        EntityTyper.Train(examples).Serialize().Should().Contain("n:benchmark\t").And.NotContain("p:rare");
    }

    [Fact]
    public void SerialisedWeightsParseBackToTheSameTyper()
    {
        var examples = new List<(IReadOnlyList<TyperFeature>, NodeLabel)>();
        for (int i = 0; i < 3; i++) { examples.Add((Fs("a"), NodeLabel.Metric)); examples.Add((Fs("b"), NodeLabel.Method)); }
        var text = EntityTyper.Train(examples).Serialize();
        EntityTyper.Parse(text).Serialize().Should().Be(text);
    }

    [Fact]
    public void WeightsWithoutTheSchemaLineAreRejected() =>
        FluentActions.Invoking(() => EntityTyper.Parse("a\t1\t2\t3\t4\t5\n")).Should().Throw<FormatException>();

    [Fact]
    public void TheShippedTyperLoadsAndScores()
    {
        EntityTyper.Default.FeatureCount.Should().BeGreaterThan(20);
        EntityTyper.Default.Predict(Fs("n:benchmark", "vote:Benchmark", "top:Benchmark")).Type.Should().Be(NodeLabel.Benchmark);
    }

    private static List<TyperTraining.Example> TrainExamples()
    {
        var seeds = Paths.RequireSeeds();
        var reader = new CorpusReader(ReaderRegistry.CreateDefault());
        var merger = new PaperMerger();
        foreach (var file in CorpusReader.ExpandInputs([seeds]))
            foreach (var r in reader.ReadFile(file))
                if (r.Record is { } rec) merger.Add(rec);
        var gold = FactsReader.Read(Path.Combine(Paths.Gold, "train.jsonl"));
        return TyperTraining.Examples(merger.Build(), gold, KnowledgeBase.Default);
    }

    /// <summary>Set PAPERGRAPH_WRITE_TYPER=1 to rewrite Resources/typer/weights.tsv from train.jsonl.</summary>
    [SkippableFact]
    public void TheStoredWeightsAreWhatTrainingOnTrainJsonlProduces()
    {
        var trained = TyperTraining.Train(TrainExamples()).Serialize();
        var path = Path.Combine(Paths.Repo, "src", "PaperGraph", "Resources", "typer", "weights.tsv");
        if (Environment.GetEnvironmentVariable("PAPERGRAPH_WRITE_TYPER") == "1") File.WriteAllText(path, trained);
        File.ReadAllText(path).Should().Be(trained);
    }

    [SkippableFact]
    public void CrossValidatedOnTrainTheRecognisersTypingIsRightForFourNamesInFive()
    {
        var (typer, _, hybrid, count) = TyperTraining.CrossValidate(TrainExamples());
        count.Should().BeGreaterThan(200);
        typer.Should().BeGreaterThan(0.75);
        hybrid.Should().BeGreaterThan(0.78);
    }
}
