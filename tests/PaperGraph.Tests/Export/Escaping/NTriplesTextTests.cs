using PaperGraph.Export;

namespace PaperGraph.Tests.Export.Escaping;

public class NTriplesTextTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("", "\"\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("back\\slash", "\"back\\\\slash\"")]
    [InlineData("line\nbreak", "\"line\\nbreak\"")]
    [InlineData("carriage\rreturn", "\"carriage\\rreturn\"")]
    [InlineData("tab\there", "\"tab\\there\"")]
    [InlineData("bs\b ff\f", "\"bs\\b ff\\f\"")]
    [InlineData("nul\0", "\"nul\\u0000\"")]
    [InlineData("bell\u0007 esc\u001B", "\"bell\\u0007 esc\\u001B\"")]
    [InlineData("del\u007F c1\u0085", "\"del\\u007F c1\\u0085\"")]
    [InlineData("pair 😀", "\"pair 😀\"")]
    [InlineData("replacement \uFFFD", "\"replacement \\uFFFD\"")]
    [InlineData("non-characters \uFFFE \uFFFF \uFDD0", "\"non-characters \\uFFFD \\uFFFD \\uFFFD\"")]
    [InlineData("plane-1 non-character \U0001FFFE", "\"plane-1 non-character \\uFFFD\"")]
    [InlineData("Über café «α» — 中文", "\"Über café «α» — 中文\"")]
    [InlineData("<script>alert(1)</script>", "\"<script>alert(1)</script>\"")]
    [InlineData("\"><img src=x onerror=alert(1)>", "\"\\\"><img src=x onerror=alert(1)>\"")]
    [InlineData("'single' ^^<x> @en . ;", "\"'single' ^^<x> @en . ;\"")]
    public void QuotedEscapesEachHostileStringAsOneValidLiteral(string value, string expected) =>
        NTriplesText.Quoted(value).Should().Be(expected);

    [Theory]
    [InlineData("ok 😀", "ok 😀")]
    [InlineData("non-character \uFFFE", "non-character \uFFFD")]
    [InlineData("plane-1 \U0001FFFF", "plane-1 \uFFFD")]
    public void RepresentableReplacesWhatNoRdfSyntaxCanHold(string value, string expected) =>
        NTriplesText.Representable(value).Should().Be(expected);

    // Lone surrogates cannot travel in attribute arguments (the compiler stores them as UTF-8), hence facts.
    [Fact] public void ALoneHighSurrogateBecomesAnEscapedReplacementCharacter() => NTriplesText.Quoted("lone high \uD800 end").Should().Be("\"lone high \\uFFFD end\"");
    [Fact] public void ALoneLowSurrogateBecomesAnEscapedReplacementCharacter() => NTriplesText.Quoted("lone low \uDC00").Should().Be("\"lone low \\uFFFD\"");
    [Fact] public void AReversedSurrogatePairBecomesTwoReplacementCharacters() => NTriplesText.Quoted("reversed \uDC00\uD800").Should().Be("\"reversed \\uFFFD\\uFFFD\"");
    [Fact] public void AHighSurrogateAtTheEndBecomesAReplacementCharacter() => NTriplesText.Quoted("high at end \uDBFF").Should().Be("\"high at end \\uFFFD\"");
    [Fact] public void RepresentableReplacesALoneSurrogate() => NTriplesText.Representable("lone \uD800").Should().Be("lone \uFFFD");

    [Fact]
    public void IriRefRefusesAnIriWithASpaceInsteadOfRepairingIt() =>
        FluentActions.Invoking(() => NTriplesText.IriRef("https://x.org/a b")).Should().Throw<ArgumentException>();
}
