using System.Collections.Immutable;
using FluentAssertions;
using PaperGraph.Export.Facts;
using PaperGraph.Extraction;
using PaperGraph.Extraction.Relations.Learning;
using PaperGraph.Graph;
using PaperGraph.Ingest;
using Xunit;

namespace PaperGraph.Tests.Extraction.Relations;

public class EvaluationTrainerTests
{
    private const string Abstract = "We present ReefVL, a model for reef imagery. ReefVL outperforms GPT-4o on MMBench, while GPT-4o was used to annotate CoralSet.";

    private static TrainingPaper Paper()
    {
        var paper = new Paper(Ids.ForPaper(Abstract), new PaperInfo { Abstract = Abstract });
        var sentences = SentenceSplitter.Split(paper.Text);
        EntityMention M(string surface, NodeLabel type, bool proposed = false, int from = 0)
        {
            int at = Abstract.IndexOf(surface, from, StringComparison.Ordinal);
            int sentence = sentences.Last(s => s.Start <= at).Index;
            return new EntityMention { Surface = surface, Type = type, Start = at, Length = surface.Length, SentenceIndex = sentence, Proposed = proposed, Rule = "test", Confidence = 1 };
        }
        var mentions = new List<EntityMention>
        {
            M("ReefVL", NodeLabel.Model, proposed: true), M("ReefVL", NodeLabel.Model, true, 40), M("GPT-4o", NodeLabel.Model),
            M("MMBench", NodeLabel.Benchmark),
        };
        var gold = new PaperFacts
        {
            AbstractStart = PaperFacts.StartOf(Abstract),
            Entities = [new FactEntity("ReefVL", "Model", []), new FactEntity("GPT-4o", "Model", ["GPT4o"]), new FactEntity("MMBench", "Benchmark", [])],
            EvaluatedOn = [new FactEvaluation("ReefVL", "MMBench", null, null, null)],
        };
        return new TrainingPaper(paper, sentences, mentions, gold, true);
    }

    [Fact]
    public void ACandidatePairIsLabelledTrueOnlyWhenTheGoldRecordHasIt()
    {
        var examples = EvaluationTrainer.Examples([Paper()]);
        examples.Should().Contain(e => e.Group.EndsWith("\tReefVL\tMMBench", StringComparison.Ordinal) && e.Label);
        examples.Should().Contain(e => e.Group.EndsWith("\tGPT-4o\tMMBench", StringComparison.Ordinal) && !e.Label);
    }

    [Fact]
    public void EveryCandidateCarriesItsSourceRuleAsAFeature()
    {
        EvaluationTrainer.Examples([Paper()]).Should().OnlyContain(e => e.Features.Any(f => f.StartsWith("src:", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheGoldRecordOfAPaperIsFoundByItsAbstractStart()
    {
        var p = Paper();
        EvaluationTrainer.GoldLookup([p.Gold])(p.Paper).Should().BeSameAs(p.Gold);
    }
}
