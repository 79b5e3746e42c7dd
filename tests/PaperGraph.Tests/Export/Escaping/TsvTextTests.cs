using PaperGraph.Export;

namespace PaperGraph.Tests.Export.Escaping;

public class TsvTextTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("", "")]
    [InlineData("a\tb", @"a\tb")]
    [InlineData("line\nbreak", @"line\nbreak")]
    [InlineData("cr\r\nlf", @"cr\r\nlf")]
    [InlineData(@"back\slash", @"back\\slash")]
    [InlineData(@"\t literally", @"\\t literally")]
    [InlineData("quote \" and ' stay", "quote \" and ' stay")]
    [InlineData("nul \0 bell \a esc \u001b del \u007f", @"nul \u0000 bell \u0007 esc \u001b del \u007f")]
    [InlineData("pair \ud83d\ude00 kept", "pair \ud83d\ude00 kept")]
    [InlineData("<script>alert(1)</script>", "<script>alert(1)</script>")]
    [InlineData("\"><img onerror=alert(1)>", "\"><img onerror=alert(1)>")]
    [InlineData("ünïcödé — ok", "ünïcödé — ok")]
    public void FieldsNeverHoldTabsLineBreaksOrInvalidUtf16(string input, string expected) =>
        TsvText.Field(input).Should().Be(expected);

    // Lone surrogates cannot sit in attribute arguments (stored as UTF-8), so these cases are in code.
    [Fact] public void ALoneHighSurrogateBecomesAReplacementCharacter() => TsvText.Field("lone \ud800 high").Should().Be("lone \uFFFD high");
    [Fact] public void ALoneLowSurrogateBecomesAReplacementCharacter() => TsvText.Field("lone \udc00 low").Should().Be("lone \uFFFD low");
    [Fact] public void AReversedSurrogatePairBecomesTwoReplacementCharacters() => TsvText.Field("\ude00\ud83d").Should().Be("\uFFFD\uFFFD");

    [Fact]
    public void AnEscapedFieldSplitsBackIntoExactlyOneColumn() =>
        ("x\t" + TsvText.Field("a\tb\nc\\") + "\ty").Split('\t').Should().HaveCount(3);
}
