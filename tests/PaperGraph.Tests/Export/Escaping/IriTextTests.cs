using PaperGraph.Export;

namespace PaperGraph.Tests.Export.Escaping;

public class IriTextTests
{
    [Theory]
    [InlineData("https://papergraph.dev/id/model/gpt-4o", true)]
    [InlineData("https://example.org/kg#evaluated-on/7ac9-quote", true)]
    [InlineData("urn:x-papergraph:a", true)]
    [InlineData("https://x.org/ünïcode", true)]
    [InlineData("https://x.org/a b", false)]
    [InlineData("https://x.org/a>b", false)]
    [InlineData("https://x.org/a<b", false)]
    [InlineData("https://x.org/\"q\"", false)]
    [InlineData("https://x.org/{a}", false)]
    [InlineData("https://x.org/a|b", false)]
    [InlineData("https://x.org/a^b", false)]
    [InlineData("https://x.org/a`b", false)]
    [InlineData("https://x.org/a\\b", false)]
    [InlineData("https://x.org/a\nb", false)]
    [InlineData("https://x.org/a\tb", false)]
    [InlineData("https://x.org/a\u0085b", false)]
    [InlineData("model/gpt-4o", false)]
    [InlineData(":no-scheme", false)]
    [InlineData("1http://x", false)]
    [InlineData("", false)]
    public void IsValidAcceptsOnlyAbsoluteIrisThatNeedNoEscape(string iri, bool valid) =>
        IriText.IsValid(iri).Should().Be(valid);

    [Fact] public void AnIriWithALoneSurrogateIsInvalid() => IriText.IsValid("https://x.org/\uD800").Should().BeFalse();

    [Fact]
    public void CheckThrowsOnAnInvalidIriAndReturnsAValidOne()
    {
        IriText.Check("https://x.org/a").Should().Be("https://x.org/a");
        FluentActions.Invoking(() => IriText.Check("https://x.org/<script>")).Should().Throw<ArgumentException>();
    }
}
