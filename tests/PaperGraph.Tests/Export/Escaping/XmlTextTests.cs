using XmlDocument = System.Xml.XmlDocument;
using PaperGraph.Export;

namespace PaperGraph.Tests.Export.Escaping;

public class XmlTextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("<script>window.__pwned=1</script>", "&lt;script&gt;window.__pwned=1&lt;/script&gt;")]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("quotes \" and ' stay in content", "quotes \" and ' stay in content")]
    [InlineData("]]> ends CDATA", "]]&gt; ends CDATA")]
    [InlineData("tab\tand\nnewline kept", "tab\tand\nnewline kept")]
    [InlineData("cr\r kept as reference", "cr&#xD; kept as reference")]
    [InlineData("nul\u0000 bell\u0007 vt\u000B ff\u000C us\u001F", "nul\uFFFD bell\uFFFD vt\uFFFD ff\uFFFD us\uFFFD")]
    [InlineData("del\u007F and c1\u0085 are allowed in XML 1.0", "del\u007F and c1\u0085 are allowed in XML 1.0")]
    [InlineData("lone {D800} high", "lone \uFFFD high")]
    [InlineData("lone {DC00} low", "lone \uFFFD low")]
    [InlineData("pair \uD83D\uDE00 kept", "pair \uD83D\uDE00 kept")]
    [InlineData("nonchars \uFFFE\uFFFF", "nonchars \uFFFD\uFFFD")]
    [InlineData("back\\slash", "back\\slash")]
    public void EscapesElementContent(string input, string expected) => XmlText.Content(Support.Lone.Decode(input)).Should().Be(expected);

    [Theory]
    [InlineData("\"><img src=x onerror=1>", "&quot;&gt;&lt;img src=x onerror=1&gt;")]
    [InlineData("it's", "it&apos;s")]
    [InlineData("tab\tlf\ncr\r", "tab&#x9;lf&#xA;cr&#xD;")]
    [InlineData("ctl\u0001 {D800}", "ctl\uFFFD \uFFFD")]
    [InlineData("model/gpt-4o", "model/gpt-4o")]
    public void EscapesAttributeValues(string input, string expected) => XmlText.Attribute(Support.Lone.Decode(input)).Should().Be(expected);

    [Fact]
    public void AStrictXmlParserReadsBackWhatWasEscapedWithForbiddenCharactersReplaced()
    {
        var hostile = Support.HostileGraph.ControlName + Support.HostileGraph.Sentence;
        var xml = $"<r a=\"{XmlText.Attribute(hostile)}\">{XmlText.Content(hostile)}</r>";
        var doc = new XmlDocument();
        doc.LoadXml(xml);
        var expected = string.Concat(hostile.Select((c, i) => XmlText.IsXmlChar(c) && !char.IsSurrogate(c) ? c.ToString()
            : char.IsHighSurrogate(c) && i + 1 < hostile.Length && char.IsLowSurrogate(hostile[i + 1]) ? c.ToString()
            : char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(hostile[i - 1]) ? c.ToString() : "\uFFFD"));
        doc.DocumentElement!.GetAttribute("a").Should().Be(expected);
        doc.DocumentElement.InnerText.Should().Be(expected);
    }
}
