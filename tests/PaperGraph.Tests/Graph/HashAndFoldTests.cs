using System.Security.Cryptography;
using System.Text;
using PaperGraph.Graph;

namespace PaperGraph.Tests.Graph;

/// <summary>The allocation-free fast paths of <see cref="Ids.Hash"/> and <see cref="Text.FoldWhitespace"/> give
/// exactly what the plain definitions give.</summary>
public class HashAndFoldTests
{
    private static string Reference(string text, int hexChars) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..hexChars];

    [Theory]
    [InlineData("", 16)]
    [InlineData("GPT-4o", 16)]
    [InlineData("GPT-4o", 6)]
    [InlineData("GPT-4o", 7)]
    [InlineData("ünïcödé — 中文 😀", 64)]
    [InlineData("x", 1)]
    public void HashIsThePrefixOfTheSha256HexOfTheUtf8Text(string text, int hexChars) =>
        Ids.Hash(text, hexChars).Should().Be(Reference(text, hexChars));

    [Theory]
    [InlineData(341)]
    [InlineData(342)]
    [InlineData(5000)]
    public void HashOfLongTextIsTheSameAsTheReference(int length)
    {
        var text = string.Concat(Enumerable.Repeat("abcé😀 ", length / 7 + 1))[..length];
        Ids.Hash(text, 16).Should().Be(Reference(text, 16));
    }

    [Fact]
    public void HashOfALoneSurrogateHashesTheReplacementCharacterLikeEncodingUtf8Does() =>
        Ids.Hash("a\ud800b", 16).Should().Be(Reference("a\ud800b", 16));

    [Theory]
    [InlineData("already folded text", "already folded text")]
    [InlineData("  leading", "leading")]
    [InlineData("trailing ", "trailing")]
    [InlineData("two  spaces", "two spaces")]
    [InlineData("tab\there", "tab here")]
    [InlineData("line\r\nbreak", "line break")]
    [InlineData("nbsp\u00a0here", "nbsp here")]
    [InlineData("   ", "")]
    [InlineData("", "")]
    public void FoldWhitespaceCollapsesRunsToOneSpaceAndTrims(string input, string expected) =>
        Text.FoldWhitespace(input).Should().Be(expected);

    [Fact]
    public void FoldingAnAlreadyFoldedStringReturnsTheSameInstance()
    {
        var s = "no work to do here";
        Text.FoldWhitespace(s).Should().BeSameAs(s);
    }
}
