using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using PaperGraph.Export.Facts;
using PaperGraph.Graph;

namespace PaperGraph.Tests.Export;

public class FactsOutputTests
{
    private static KnowledgeGraph Graph()
    {
        var abs = new string('x', 130) + " GPT-4o scores 51.06% on MMMU.";
        var paper = new Node { Id = "paper/p1", Label = NodeLabel.Paper, Name = "T: sub", Paper = new PaperInfo { Title = "T: sub", Abstract = abs, ArxivId = "2401.00001" } };
        var gpt = new Node { Id = "model/gpt-4o", Label = NodeLabel.Model, Name = "GPT-4o", Aliases = ["GPT-4 omni", "gpt4o"] };
        var mmmu = new Node { Id = "benchmark/mmmu", Label = NodeLabel.Benchmark, Name = "MMMU" };
        var llava = new Node { Id = "model/llava", Label = NodeLabel.Model, Name = "LLaVA" };
        var ours = new Node { Id = "model/ours", Label = NodeLabel.Model, Name = "Ours-7B" };
        Evidence Ev(string rule) => new() { PaperId = "paper/p1", Sentence = "s", Start = 0, Length = 1, Rule = rule, Confidence = 0.9 };
        Edge Mention(string to, params string[] surfaces) => new() { Id = "m/" + to, Type = RelType.Mentions, From = "paper/p1", To = to, Surfaces = [.. surfaces], Evidence = Ev("m") };
        return new KnowledgeGraph([paper, gpt, mmmu, llava, ours],
        [
            Mention("model/gpt-4o", "GPT-4 omni", "GPT-4o"), Mention("benchmark/mmmu", "MMMU"), Mention("model/llava", "LLaVA"), Mention("model/ours", "Ours-7B"),
            new Edge { Id = "p/1", Type = RelType.Proposes, From = "paper/p1", To = "model/ours", Evidence = Ev("p") },
            new Edge { Id = "e/1", Type = RelType.EvaluatedOn, From = "model/gpt-4o", To = "benchmark/mmmu", Metric = "accuracy", Value = 51.06m, Unit = "%", Evidence = Ev("e") },
            new Edge { Id = "b/1", Type = RelType.BasedOn, From = "paper/p1", To = "model/llava", Evidence = Ev("b") },
            new Edge { Id = "b/2", Type = RelType.BasedOn, From = "model/ours", To = "model/gpt-4o", Evidence = Ev("b") },
            new Edge { Id = "t/1", Type = RelType.UsedAsTool, From = "model/gpt-4o", To = "paper/p1", Evidence = Ev("t") },
        ]);
    }

    private static string Written()
    {
        using var ms = new MemoryStream();
        FactsSink.Write(ms, PaperFacts.FromGraph(Graph()));
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    [Fact]
    public void EachPaperIsOneLineWithExactlyTheGoldRecordKeysInOrder()
    {
        var lines = Written().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle();
        using var doc = JsonDocument.Parse(lines[0]);
        doc.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("title", "arxiv", "abstract_start", "entities", "proposes", "evaluated_on", "backbones");
    }

    [Fact]
    public void AbstractStartIsTheFirst120CharactersOfTheAbstract()
    {
        var p = PaperFacts.FromGraph(Graph()).Single();
        p.AbstractStart.Should().Be(new string('x', 120));
    }

    [Fact]
    public void EntitiesUseTheCanonicalNameWithThePapersOtherSurfaceFormsAsAliases()
    {
        var p = PaperFacts.FromGraph(Graph()).Single();
        p.Entities.Single(e => e.Name == "GPT-4o").Aliases.Should().Equal("GPT-4 omni");
        p.Entities.Single(e => e.Name == "GPT-4o").Type.Should().Be("Model");
    }

    [Fact]
    public void EvaluationsKeepMetricValueAndUnitAndBackbonesOfThePaperNodeHaveANullModel()
    {
        var p = PaperFacts.FromGraph(Graph()).Single();
        p.EvaluatedOn.Should().Equal(new FactEvaluation("GPT-4o", "MMMU", "accuracy", 51.06m, "%"));
        p.Backbones.Should().BeEquivalentTo(new[] { new FactBackbone(null, "LLaVA"), new FactBackbone("Ours-7B", "GPT-4o") });
        p.Proposes.Should().Equal("Ours-7B");
    }

    [Fact]
    public void WhatIsWrittenReadsBackUnchanged()
    {
        var path = Path.Combine(Support.TempDir.Create("facts"), "facts.jsonl");
        File.WriteAllText(path, Written());
        var back = FactsReader.Read(path).Single();
        var orig = PaperFacts.FromGraph(Graph()).Single();
        back.Should().BeEquivalentTo(orig);
    }

    [Fact]
    public void NullValuesAreWrittenAsJsonNull()
    {
        using var ms = new MemoryStream();
        FactsSink.Write(ms, [new PaperFacts { AbstractStart = "a", EvaluatedOn = [new FactEvaluation("A", "B", null, null, null)], Backbones = [new FactBackbone(null, "C")] }]);
        Encoding.UTF8.GetString(ms.ToArray()).Should().Be(
            "{\"title\":null,\"arxiv\":null,\"abstract_start\":\"a\",\"entities\":[],\"proposes\":[],\"evaluated_on\":[{\"model\":\"A\",\"benchmark\":\"B\",\"metric\":null,\"value\":null,\"unit\":null}],\"backbones\":[{\"model\":null,\"backbone\":\"C\"}]}\n");
    }
}
