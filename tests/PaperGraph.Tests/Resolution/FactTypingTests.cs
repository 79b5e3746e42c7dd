using System.Collections.Immutable;
using PaperGraph.Extraction;
using PaperGraph.Graph;
using PaperGraph.Ingest;
using PaperGraph.Resolution;

namespace PaperGraph.Tests.Resolution;

public class FactTypingTests
{
    private static PaperExtraction Paper(string text, ExtractedEntity[] entities, ExtractedFact[] facts)
    {
        var paper = new Paper(Ids.ForPaper(text), new PaperInfo { Abstract = text });
        return new PaperExtraction(paper, SentenceSplitter.Split(text), [.. entities], [.. facts]);
    }

    private static ExtractedEntity E(string name, NodeLabel type) =>
        new() { Name = name, Type = type, SentenceIndex = 0, Rule = "test", Confidence = 1 };

    [Fact]
    public void WhatAModelIsEvaluatedOnBecomesABenchmarkEvenWhenThePaperTypedItAModel()
    {
        var x = Paper("RoboNet reaches 71.2% on SimEnvX.", [E("RoboNet", NodeLabel.Model), E("SimEnvX", NodeLabel.Model)],
            [new ExtractedFact { Kind = FactKind.EvaluatedOn, Subject = "RoboNet", Object = "SimEnvX", Value = 71.2m, Unit = "%", SentenceIndex = 0, Rule = "test", Confidence = 1 }]);
        var g = new ExactAliasResolver().Resolve([x]);
        g.Nodes.Single(n => n.Name == "SimEnvX").Label.Should().Be(NodeLabel.Benchmark);
        g.Edges.Should().ContainSingle(e => e.Type == RelType.EvaluatedOn);
    }

    [Fact]
    public void AFactWhoseEndsResolveToTheWrongTypesIsDroppedSoTheGraphKeepsItsModel()
    {
        // Two papers call "accuracy" a metric; one relation says a model was built on it: the node stays a Metric
        // and the BASED_ON fact cannot stand.
        var a = Paper("We report accuracy.", [E("accuracy", NodeLabel.Metric)], []);
        var b = Paper("Accuracy is measured.", [E("accuracy", NodeLabel.Metric)], []);
        var c = Paper("ToyNet is built on accuracy.", [E("ToyNet", NodeLabel.Model), E("accuracy", NodeLabel.Metric)],
            [new ExtractedFact { Kind = FactKind.BasedOn, Subject = "ToyNet", Object = "accuracy", SentenceIndex = 0, Rule = "test", Confidence = 1 }]);
        var g = new ExactAliasResolver().Resolve([a, b, c]);
        g.Nodes.Single(n => n.Name == "accuracy").Label.Should().Be(NodeLabel.Metric);
        g.Edges.Should().NotContain(e => e.Type == RelType.BasedOn);
        foreach (var e in g.Edges) ExactAliasResolver.Fits(e.Type, g[e.From].Label, g[e.To].Label).Should().BeTrue(e.Id);
    }

    [Fact]
    public void APaperKeepsItsOwnTypeInTheFactsWhenPapersDisagreeButNotWhenTheyClearlyAgree()
    {
        var a = Paper("We train on FooSet.", [E("FooSet", NodeLabel.Dataset)], []);
        var b = Paper("FooSet is a model.", [E("FooSet", NodeLabel.Model)], []);
        var facts = PaperGraph.Export.Facts.PaperFacts.FromGraph(new ExactAliasResolver().Resolve([a, b]));
        facts.SelectMany(p => p.Entities).Select(e => e.Type).Should().BeEquivalentTo(["Dataset", "Model"]);

        var many = new[] { a, a, a, a }.Select((p, i) => Paper($"We train on FooSet {i}.", [E("FooSet", NodeLabel.Dataset)], [])).Append(b).ToArray();
        var agreed = PaperGraph.Export.Facts.PaperFacts.FromGraph(new ExactAliasResolver().Resolve(many));
        agreed.SelectMany(p => p.Entities).Should().OnlyContain(e => e.Type == "Dataset");
    }
}
