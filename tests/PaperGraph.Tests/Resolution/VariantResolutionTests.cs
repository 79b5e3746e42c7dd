using System.Collections.Immutable;
using PaperGraph.Extraction;
using PaperGraph.Graph;
using PaperGraph.Ingest;
using PaperGraph.Pipeline;

namespace PaperGraph.Tests.Resolution;

public class VariantResolutionTests
{
    private static KnowledgeGraph BuildFrom(params string[] abstracts)
    {
        var extractor = DefaultComponents.CreateExtractor();
        var xs = abstracts.Select(a => extractor.Extract(new Paper(Ids.ForPaper(a), new PaperInfo { Abstract = a }))).ToList();
        return DefaultComponents.CreateResolver().Resolve(xs);
    }

    private static Node NodeNamed(KnowledgeGraph g, string name) => g.Nodes.Single(n => n.Name == name);

    [Fact]
    public void ASizedModelIsLinkedToItsFamilyAndNotMergedIntoIt()
    {
        var g = BuildFrom("We fine-tune Qwen2.5-VL-7B on charts.", "Qwen2.5-VL is strong, and so is Qwen2.5 on text.");
        var sized = NodeNamed(g, "Qwen2.5-VL-7B");
        var family = NodeNamed(g, "Qwen2.5-VL");
        sized.Id.Should().Be("model/qwen2.5-vl-7b");
        g.Edges.Should().Contain(e => e.Type == RelType.VariantOf && e.From == sized.Id && e.To == family.Id);
        var text = NodeNamed(g, "Qwen2.5");
        g.Edges.Should().NotContain(e => e.Type == RelType.VariantOf && e.From == family.Id && e.To == text.Id);
    }

    [Fact]
    public void AliasesFromTheKnowledgeBaseMergeAcrossPapersAndKeepEverySurfaceForm()
    {
        var g = BuildFrom("We test GPT-4 omni on maps.", "GPT-4o fails on charts.", "GPT-4V and GPT-4 are older.");
        var gpt4o = g.Nodes.Single(n => n.Id == "model/gpt-4o");
        gpt4o.Aliases.Should().Contain("GPT-4 omni");
        g.Nodes.Should().Contain(n => n.Id == "model/gpt-4v").And.Contain(n => n.Id == "model/gpt-4");
    }

    [Fact]
    public void AFamilyWrittenWithAnotherSpellingIsNamedByTheKnowledgeBase()
    {
        var g = BuildFrom("We compare LLaVA-v1.5-7B with our model.");
        var sized = g.Nodes.Single(n => n.Name == "LLaVA-v1.5-7B");
        g.Edges.Should().Contain(e => e.Type == RelType.VariantOf && e.From == sized.Id && e.To == "model/llava-1.5");
    }

    [Fact]
    public void AFamilyIsMadeUpFromASizeButAVariantWordOnlyLinksToAFamilySomeoneNamed()
    {
        // "Zorbit-Math" may be the model's whole name: no "Zorbit" node is invented. "Zorbit-Math-7B" is sized, so
        // its family "Zorbit-Math" is linked. A variant word links to a family that a paper names ("Krell").
        static PaperExtraction P(string text, params string[] models) => new(new Paper(Ids.ForPaper(text), new PaperInfo { Abstract = text }),
            SentenceSplitter.Split(text), [.. models.Select(m => new ExtractedEntity { Name = m, Type = NodeLabel.Model, SentenceIndex = 0, Rule = "test", Confidence = 1 })], []);
        var g = new PaperGraph.Resolution.ExactAliasResolver().Resolve([
            P("Zorbit-Math and Zorbit-Math-7B solve geometry.", "Zorbit-Math", "Zorbit-Math-7B"),
            P("Krell-Chat answers; Krell does not.", "Krell-Chat", "Krell")]);
        g.Nodes.Should().NotContain(n => n.Name == "Zorbit");
        g.Edges.Should().Contain(e => e.Type == RelType.VariantOf && e.From == NodeNamed(g, "Zorbit-Math-7B").Id && e.To == NodeNamed(g, "Zorbit-Math").Id);
        g.Edges.Should().Contain(e => e.Type == RelType.VariantOf && e.From == NodeNamed(g, "Krell-Chat").Id && e.To == NodeNamed(g, "Krell").Id);
    }
}

public class ModelNamesTests
{
    [Theory]
    [InlineData("Qwen2.5-VL-7B", "Qwen2.5-VL")]
    [InlineData("Qwen2.5-VL-7B-Instruct", "Qwen2.5-VL")]
    [InlineData("SVE-Math-Qwen2.5-7B", "SVE-Math-Qwen2.5")]
    [InlineData("Llama-3-8B", "Llama-3")]
    [InlineData("Gemma3-4B-IT", "Gemma3")]
    [InlineData("GPT-4o-Instruct", "GPT-4o")]
    public void TheFamilyIsTheNameBeforeTheSizeOrVariant(string name, string family) =>
        PaperGraph.Resolution.ModelNames.FamilyOf(name).Should().Be(family);

    [Theory]
    [InlineData("Qwen2.5-VL")]
    [InlineData("GPT-4o")]
    [InlineData("LLaVA")]
    public void AFamilyNameHasNoFamily(string name) => PaperGraph.Resolution.ModelNames.FamilyOf(name).Should().BeNull();
}
