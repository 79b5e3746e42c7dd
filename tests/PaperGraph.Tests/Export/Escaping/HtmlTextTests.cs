using PaperGraph.Export;

namespace PaperGraph.Tests.Export.Escaping;

public class HtmlTextTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("<script>window.__pwned=1</script>", "&lt;script&gt;window.__pwned=1&lt;/script&gt;")]
    [InlineData("\"><img src=x onerror=window.__pwned=1>", "&quot;&gt;&lt;img src=x onerror=window.__pwned=1&gt;")]
    [InlineData("'><svg onload=x>", "&#39;&gt;&lt;svg onload=x&gt;")]
    [InlineData("a & b &amp; c", "a &amp; b &amp;amp; c")]
    [InlineData("back\\slash", "back\\slash")]
    [InlineData("tab\tnew\nline\rcr", "tab\tnew\nline\rcr")]
    [InlineData("nul\u0000 bell\u0007 esc\u001B", "nul\uFFFD bell\uFFFD esc\uFFFD")]
    [InlineData("del\u007F c1\u0085\u009F", "del\uFFFD c1\uFFFD\uFFFD")]
    [InlineData("lone high {D800} end", "lone high \uFFFD end")]
    [InlineData("lone low {DC00} end", "lone low \uFFFD end")]
    [InlineData("high at end {D83D}", "high at end \uFFFD")]
    [InlineData("emoji \uD83D\uDE00 kept", "emoji \uD83D\uDE00 kept")]
    [InlineData("nonchar \uFFFE\uFFFF", "nonchar \uFFFD\uFFFD")]
    [InlineData("<!-- comment -->", "&lt;!-- comment --&gt;")]
    [InlineData("Qwen2.5-VL — ünïcode", "Qwen2.5-VL — ünïcode")]
    [InlineData("", "")]
    public void EscapesTextAndAttributeValues(string input, string expected) => HtmlText.Escape(Support.Lone.Decode(input)).Should().Be(expected);

    [Fact]
    public void EscapedTextNeverContainsMarkupOrQuoteCharacters() =>
        HtmlText.Escape(Support.HostileGraph.ControlName + Support.HostileGraph.ImgName + Support.HostileGraph.SvgAlias)
            .Should().NotContainAny("<", ">", "\"", "'");
}
