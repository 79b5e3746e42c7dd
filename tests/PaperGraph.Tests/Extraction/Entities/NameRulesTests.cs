using PaperGraph.Extraction.Entities;
using PaperGraph.Graph;

namespace PaperGraph.Tests.Extraction.Entities;

public class NameRulesTests
{
    private static List<string> Words(string text) =>
        NameTokenizer.Tokenize(text).Where(t => t.IsWord).Select(t => text[t.Start..t.End]).ToList();

    [Fact]
    public void AWordKeepsItsInnerConnectors() =>
        Words("Qwen2.5-VL-7B beats GPT-4o and RefCOCO+ on ViT-L/14.").Should().Equal("Qwen2.5-VL-7B", "beats", "GPT-4o", "and", "RefCOCO+", "on", "ViT-L/14");

    [Fact]
    public void APossessiveIsNotPartOfTheName() => Words("GPT-4o's answers").Should().Equal("GPT-4o", "answers");

    [Fact]
    public void ASlashBetweenNamesSplitsThem() => Words("LLaVA/GPT-4V").Should().Equal("LLaVA", "GPT-4V");

    [Fact]
    public void AMissingSpaceAfterAFullStopEndsTheWord() => Words("high precision.We then").Should().Equal("high", "precision", "We", "then");

    [Fact]
    public void AWordAfterABackslashIsALatexCommand() =>
        NameTokenizer.Tokenize(@"\OurMethod wins").First(t => t.IsWord).IsLatex.Should().BeTrue();

    [Theory]
    [InlineData("LLaVA", true)]
    [InlineData("MMBench", true)]
    [InlineData("Qwen2", true)]
    [InlineData("iReason", true)]
    [InlineData("Ego4D", true)]
    [InlineData("Vision-Language", false)]
    [InlineData("non-English", false)]
    [InlineData("human-AI", false)]
    [InlineData("raster-to-SVG", false)]
    [InlineData("7B", false)]
    [InlineData("Transformer", false)]
    [InlineData("model", false)]
    public void NameShapeRecognisesNameLikeTokens(string token, bool nameLike) => NameShape.IsNameLike(token).Should().Be(nameLike);

    [Theory]
    [InlineData("ChartMazeBench", NodeLabel.Benchmark)]
    [InlineData("DocFooQA", NodeLabel.Benchmark)]
    [InlineData("Foo-7B", NodeLabel.Model)]
    [InlineData("OpenThing-3M", NodeLabel.Dataset)]
    [InlineData("MedThing-5.5M", NodeLabel.Dataset)]
    [InlineData("TinyThing-350M", NodeLabel.Model)]
    [InlineData("BarLLM", NodeLabel.Model)]
    public void ASuffixSuggestsAType(string name, NodeLabel type) => NameShape.TypeFromSuffix(name).Should().Be(type);

    [Theory]
    [InlineData("CSS", "we present Certified Semantic Smoothing", "Certified Semantic Smoothing")]
    [InlineData("GRPO", "trained with Group Relative Policy Optimization", "Group Relative Policy Optimization")]
    [InlineData("MMMB", "we collect a Massive Multilingual Multimodal Benchmark", "Massive Multilingual Multimodal Benchmark")]
    [InlineData("I^2L", "a new mechanism called In-Image Learning", "In-Image Learning")]
    public void ALongFormIsFoundFromItsShortForm(string shortForm, string before, string longForm)
    {
        int start = Abbreviations.LongFormStart(shortForm, before);
        start = Abbreviations.ExtendToInitials(shortForm, before, start);
        before[start..].Should().Be(longForm);
    }

    [Fact]
    public void NoLongFormIsFoundWhenTheLettersAreMissing() => Abbreviations.LongFormStart("XYZ", "a plain phrase").Should().Be(-1);
}
