using PaperGraph.Ingest;
using PaperGraph.Pipeline;
using PaperGraph.Graph;

namespace PaperGraph.Tests.Extraction.Entities;

public class TitleNameTests
{
    [Fact]
    public void AVersionedTitleNameIsAnAliasOfTheBareNameTheAbstractUses()
    {
        const string abs = "We present Quarry, a resource-efficient autoregressive framework. Quarry upgrades MLLMs with limited training resources.";
        var paper = new Paper(Ids.ForPaper(abs), new PaperInfo { Title = "Quarry v0.1: Interleaved Generation for Multimodal Understanding", Abstract = abs });
        var quarry = DefaultComponents.CreateExtractor().Extract(paper).Entities.Where(e => e.Name.StartsWith("Quarry", StringComparison.Ordinal)).ToList();
        quarry.Should().ContainSingle().Which.Aliases.Should().Contain("Quarry v0.1");
        quarry[0].Name.Should().Be("Quarry");
    }
}
