using PaperGraph.Export;

namespace PaperGraph.Tests.Export.Escaping;

public class CsvTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "\"\"")]
    [InlineData("GPT-4o", "\"GPT-4o\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("cr\r\nlf", "\"cr\r\nlf\"")]
    [InlineData("back\\slash\\\"", "\"back\\slash\\\"\"\"")]
    [InlineData("tab\there", "\"tab\there\"")]
    [InlineData("nul\0char", "\"nul\uFFFDchar\"")]
    [InlineData("ctl\u0001\u001F", "\"ctl\u0001\u001F\"")]
    [InlineData("pair\uD83D\uDE00", "\"pair\uD83D\uDE00\"")]
    [InlineData("<script>alert(1)</script>", "\"<script>alert(1)</script>\"")]
    [InlineData("\"><img onerror=alert(1)>", "\"\"\"><img onerror=alert(1)>\"")]
    [InlineData("  padded  ", "\"  padded  \"")]
    public void AStringFieldIsQuotedWithInnerQuotesDoubled(string? value, string expected) => CsvText.Field(value).Should().Be(expected);

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "a" }, "\"a\"")]
    [InlineData(new[] { "a", "b" }, "\"a\u001Fb\"")]
    [InlineData(new[] { "semi;colon", "pipe|bar" }, "\"semi;colon\u001Fpipe|bar\"")]
    [InlineData(new[] { "has\u001Fdelimiter" }, "\"has\uFFFDdelimiter\"")]
    [InlineData(new[] { "q\"uote", "x" }, "\"q\"\"uote\u001Fx\"")]
    [InlineData(new[] { "new\nline" }, "\"new\nline\"")]
    public void AnArrayFieldJoinsElementsWithTheUnitSeparatorWhichNeverOccursInsideAnElement(string[] values, string expected) =>
        CsvText.Array(values).Should().Be(expected);

    [Fact]
    public void UnpairedSurrogatesBecomeTheReplacementCharacter()
    {
        // (not InlineData: attribute strings cannot carry lone surrogates)
        CsvText.Field("lone\uD800high").Should().Be("\"lone\uFFFDhigh\"");
        CsvText.Field("lone\uDC00low").Should().Be("\"lone\uFFFDlow\"");
        CsvText.Array(["lone\uD800"]).Should().Be("\"lone\uFFFD\"");
    }

    [Fact]
    public void ANullArrayIsAnEmptyField() => CsvText.Array(null).Should().BeEmpty();

    [Theory]
    [InlineData("51.06", "51.06")]
    [InlineData("40", "40")]
    [InlineData("40.0", "40")]
    [InlineData("0.5", "0.5")]
    [InlineData("-3.25", "-3.25")]
    public void ADecimalScoreIsWrittenInItsShortestInvariantForm(string value, string expected) =>
        CsvText.Double(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(expected);

    [Fact]
    public void NumbersDatesAndNullsHaveInvariantForms()
    {
        CsvText.Double(0.1).Should().Be("0.1");
        CsvText.Double(double.NaN).Should().BeEmpty();
        CsvText.Double((double?)null).Should().BeEmpty();
        CsvText.Int(1234567).Should().Be("1234567");
        CsvText.Int(null).Should().BeEmpty();
        CsvText.Date(new DateOnly(2025, 1, 2)).Should().Be("2025-01-02");
    }

    [Theory]
    [InlineData("a\nb", true)]
    [InlineData("a\rb", true)]
    [InlineData("a\tb", false)]
    [InlineData(null, false)]
    public void LineBreaksAreDetectedSoTheImportCanAskForMultilineFields(string? value, bool expected) => CsvText.HasLineBreak(value).Should().Be(expected);
}
