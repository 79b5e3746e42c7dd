using System.Collections.Immutable;
using PaperGraph.Extraction;
using PaperGraph.Graph;
using PaperGraph.Ingest;
using PaperGraph.Resolution;

namespace PaperGraph.Tests.Resolution;

public class AliasMergeTests
{
    private static PaperExtraction Paper(string text, params ExtractedEntity[] entities)
    {
        var paper = new Paper(Ids.ForPaper(text), new PaperInfo { Abstract = text });
        return new PaperExtraction(paper, SentenceSplitter.Split(text), [.. entities], []);
    }

    private static ExtractedEntity E(string name, NodeLabel type, params string[] aliases) =>
        new() { Name = name, Type = type, Aliases = [.. aliases], SentenceIndex = 0, Rule = "test", Confidence = 1 };

    private static KnowledgeGraph Resolve(params PaperExtraction[] papers) => new ExactAliasResolver().Resolve(papers);

    [Fact]
    public void ADistinctiveAliasDefinedInOnePaperJoinsTheNodeAnotherPaperNamedWithIt()
    {
        var g = Resolve(
            Paper("We build on the Sparse Flow Transformer (SpFT).", E("Sparse Flow Transformer", NodeLabel.Model, "SpFT")),
            Paper("SpFT is fast.", E("SpFT", NodeLabel.Model)),
            Paper("We release VTQuest-Set, a data set.", E("VTQuest-Set", NodeLabel.Dataset)),
            Paper("The Visual Task Quest Set (VTQuestSet) is used.", E("Visual Task Quest Set", NodeLabel.Dataset, "VTQuestSet")));
        var models = g.Nodes.Where(n => n.Label == NodeLabel.Model).ToList();
        models.Should().ContainSingle();
        models[0].Aliases.Append(models[0].Name).Should().BeEquivalentTo(["Sparse Flow Transformer", "SpFT"]);
        var sets = g.Nodes.Where(n => n.Label == NodeLabel.Dataset).ToList();
        sets.Should().ContainSingle().Which.Aliases.Append(sets[0].Name).Should().BeEquivalentTo(["VTQuest-Set", "VTQuestSet", "Visual Task Quest Set"]);
        // Every paper mentions the one node.
        g.Edges.Where(e => e.Type == RelType.Mentions).Select(e => e.To).Distinct().Should().HaveCount(2);
    }

    [Fact]
    public void AllCapitalAbbreviationsAndOtherCasingsNeverMerge()
    {
        var g = Resolve(
            Paper("Video Step Ranking (VSR) is our benchmark.", E("Video Step Ranking", NodeLabel.Benchmark, "VSR")),
            Paper("We test on VSR.", E("VSR", NodeLabel.Benchmark)),
            Paper("Visual Instruction Tuning (VIT) helps.", E("Visual Instruction Tuning", NodeLabel.Method, "VIT")),
            Paper("A ViT encodes images.", E("ViT", NodeLabel.Method)));
        g.Nodes.Where(n => n.Label == NodeLabel.Benchmark).Should().HaveCount(2);
        g.Nodes.Where(n => n.Label == NodeLabel.Method).Should().HaveCount(2);
    }

    [Fact]
    public void AnAliasDoesNotJoinANodeOfAnotherType()
    {
        var g = Resolve(
            Paper("Chain Of Reason (CoR) prompting helps.", E("Chain Of Reason", NodeLabel.Method, "CoR")),
            Paper("CoR is a benchmark of riddles.", E("CoR", NodeLabel.Benchmark)));
        g.Nodes.Where(n => n.Label != NodeLabel.Paper).Should().HaveCount(2);
    }
}
