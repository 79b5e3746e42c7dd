using PaperGraph.Export;

namespace PaperGraph.Tests.Export.Escaping;

public class TurtleTextTests
{
    [Theory]
    [InlineData("say \"hi\"\n", "\"say \\\"hi\\\"\\n\"")]
    [InlineData("c:\\path\t\u0001", "\"c:\\\\path\\t\\u0001\"")]
    [InlineData("\"\"\" triple quotes", "\"\\\"\\\"\\\" triple quotes\"")]
    public void QuotedIsOneLineWithTheNTriplesEscapes(string value, string expected) =>
        TurtleText.Quoted(value).Should().Be(expected);

    [Fact] public void ALoneSurrogateBecomesAnEscapedReplacementCharacter() => TurtleText.Quoted("lone \uD800").Should().Be("\"lone \\uFFFD\"");

    [Theory]
    [InlineData("gpt-4o", true)]
    [InlineData("qwen2.5-vl-7b", true)]
    [InlineData("4m-21", true)]
    [InlineData("_x", true)]
    [InlineData("", true)]
    [InlineData("ends.", false)]
    [InlineData("-starts", false)]
    [InlineData(".starts", false)]
    [InlineData("has/slash", false)]
    [InlineData("has space", false)]
    [InlineData("has:colon", false)]
    [InlineData("has%20", false)]
    [InlineData("quote\"", false)]
    [InlineData("gt>", false)]
    [InlineData("ümlaut", false)]
    [InlineData("7ac9-quote", true)]
    public void IsSafeLocalNameAcceptsOnlyLocalNamesThatNeedNoEscape(string local, bool safe) =>
        TurtleText.IsSafeLocalName(local).Should().Be(safe);

    [Theory]
    [InlineData("pg", true)]
    [InlineData("evaluated-on", true)]
    [InlineData("used-as-tool", true)]
    [InlineData("1st", false)]
    [InlineData("a.", false)]
    [InlineData("a b", false)]
    public void IsSafePrefixAcceptsOnlyValidPrefixNames(string prefix, bool safe) =>
        TurtleText.IsSafePrefix(prefix).Should().Be(safe);
}
