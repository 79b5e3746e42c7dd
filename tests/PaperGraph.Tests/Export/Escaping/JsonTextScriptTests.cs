using System.Text.Json;
using PaperGraph.Export;

namespace PaperGraph.Tests.Export.Escaping;

public class JsonTextScriptTests
{
    private static string Embed(string s) => JsonText.ForScript(w => w.WriteStringValue(JsonText.Safe(s)));

    [Theory]
    [InlineData("</script><script>window.__pwned=1</script>")]
    [InlineData("<!-- <script>")]
    [InlineData("\"><img src=x onerror=window.__pwned=1>")]
    [InlineData("a & b ' \" ` +")]
    [InlineData("back\\slash\ttab\nnewline\rcr\u0001ctl")]
    [InlineData("\u2028line separator\u2029paragraph separator")]
    [InlineData("ünïcode \uD83D\uDE00")]
    public void ScriptJsonHasNoCharacterThatCanEndOrCommentAScriptBlockAndRoundTrips(string input)
    {
        var json = Embed(input);
        json.Should().NotContainAny("<", ">", "&", "'", "\u2028", "\u2029", "\n", "\r");
        json.All(c => c < 128).Should().BeTrue();
        JsonSerializer.Deserialize<string>(json).Should().Be(input);
    }

    [Theory]
    [InlineData("lone {D800} high", "lone \uFFFD high")]
    [InlineData("lone {DC00} low", "lone \uFFFD low")]
    public void LoneSurrogatesBecomeTheReplacementCharacter(string input, string expected) =>
        JsonSerializer.Deserialize<string>(Embed(Support.Lone.Decode(input))).Should().Be(expected);
}
