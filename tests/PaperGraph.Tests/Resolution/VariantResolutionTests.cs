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
