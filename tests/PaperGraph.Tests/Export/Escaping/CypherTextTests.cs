using PaperGraph.Export;
using PaperGraph.Graph;

namespace PaperGraph.Tests.Export.Escaping;

public class CypherTextTests
{
    [Theory]
    [InlineData("Model", "Model")]
    [InlineData("EVALUATED_ON", "EVALUATED_ON")]
    [InlineData("_private", "_private")]
    [InlineData("has space", "`has space`")]
    [InlineData("back`tick", "`back``tick`")]
    [InlineData("``", "``````")]
    [InlineData("1starts", "`1starts`")]
    [InlineData("new\nline", "`new\nline`")]
    [InlineData("<script>", "`<script>`")]
    [InlineData("\"><img onerror=alert(1)>", "`\"><img onerror=alert(1)>`")]
    [InlineData("a) DETACH DELETE (b", "`a) DETACH DELETE (b`")]
    public void AnIdentifierIsPlainOrBacktickedWithInnerBackticksDoubled(string name, string expected) => CypherText.Identifier(name).Should().Be(expected);

    [Theory]
    [InlineData("")]
    [InlineData("nul\0")]
    public void AnEmptyOrNulIdentifierIsRefused(string name) => FluentActions.Invoking(() => CypherText.Identifier(name)).Should().Throw<ArgumentException>();

    [Fact]
    public void LabelsAndTypesComeFromTheClosedEnumsAsPlainNames()
    {
        foreach (var l in RelTypeNames.AllLabels) CypherText.Label(l).Should().Be(l.CypherName());
        foreach (var t in RelTypeNames.AllTypes) CypherText.Type(t).Should().Be(t.CypherName());
    }

    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("it's", "'it\\'s'")]
    [InlineData("say \"hi\"", "'say \\\"hi\\\"'")]
    [InlineData("back\\slash", "'back\\\\slash'")]
    [InlineData("trailing\\", "'trailing\\\\'")]
    [InlineData("line\nbreak", "'line\\nbreak'")]
    [InlineData("cr\rlf", "'cr\\rlf'")]
    [InlineData("tab\there", "'tab\\there'")]
    [InlineData("ctl\u0001\u001F\u007F", "'ctl\\u0001\\u001F\\u007F'")]
    [InlineData("nul\0", "'nul\\u0000'")]
    [InlineData("ls\u2028ps\u2029", "'ls\\u2028ps\\u2029'")]
    [InlineData("pair\uD83D\uDE00", "'pair\uD83D\uDE00'")]
    [InlineData("<script>alert(1)</script>", "'<script>alert(1)</script>'")]
    [InlineData("\"><img onerror=alert(1)>", "'\\\"><img onerror=alert(1)>'")]
    [InlineData("$rows', x: 1}] //", "'$rows\\', x: 1}] //'")]
    [InlineData("\\u0041", "'\\\\u0041'")]
    public void AStringLiteralEscapesQuotesBackslashesAndEveryControlCharacterOnOneLine(string value, string expected) =>
        CypherText.String(value).Should().Be(expected);

    [Theory]
    [InlineData(40.0, "40.0")]
    [InlineData(51.06, "51.06")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(1e-7, "1E-07")]
    public void AFloatLiteralAlwaysReadsBackAsAFloat(double value, string expected) => CypherText.Float(value).Should().Be(expected);

    [Fact]
    public void UnpairedSurrogatesBecomeTheReplacementCharacter()
    {
        // (not InlineData: attribute strings cannot carry lone surrogates)
        CypherText.String("lone\uD800").Should().Be("'lone\\uFFFD'");
        CypherText.Identifier("lone\uD800").Should().Be("`lone\uFFFD`");
    }

    [Fact]
    public void NaNHasNoCypherLiteral() => FluentActions.Invoking(() => CypherText.Float(double.NaN)).Should().Throw<ArgumentOutOfRangeException>();
}
