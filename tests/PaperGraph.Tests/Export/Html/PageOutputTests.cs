using System.Text.RegularExpressions;
using PaperGraph.Export;
using PaperGraph.Export.GraphMl;
using PaperGraph.Export.Html;
using PaperGraph.Pipeline;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Export.Html;

public class PageOutputTests
{
    private static string DataBlock(string page)
    {
        var m = Regex.Match(page, "<script type=\"application/json\" id=\"graph-data\">(.*?)</script>", RegexOptions.Singleline);
        m.Success.Should().BeTrue("the page embeds its data in a JSON script block");
        return m.Groups[1].Value;
    }

    [Fact]
    public void TheEmbeddedGraphDataHoldsNoCharacterThatCouldCloseTheScriptBlock()
    {
        var data = DataBlock(new GraphHtmlOutput().Render(HostileGraph.Build()));
        data.Should().NotContainAny("<", ">", "&", "\u2028", "\u2029");
        data.All(c => c is >= ' ' and < '\u007F').Should().BeTrue("the data block is printable ASCII");
    }

    [Fact]
    public void TheExplorerPageIsSelfContainedAndLocksItselfDownWithAContentSecurityPolicy()
    {
        var full = new GraphHtmlOutput().Render(HostileGraph.Build());
        var page = full.Replace(DataBlock(full), "", StringComparison.Ordinal);
        Regex.IsMatch(page, @"\s(src|href)\s*=", RegexOptions.IgnoreCase).Should().BeFalse("nothing is loaded from a file or a CDN");
        page.Should().NotContain("<link").And.NotContain("@import").And.NotContain("url(");
        page.Should().Contain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; script-src &#39;sha256-");
        Regex.Matches(page, "<script").Count.Should().Be(2, "one JSON data block and one script");
    }

    [Fact]
    public void TheReportHasNoScriptAndShowsEveryHostileNameEscaped()
    {
        var report = new BuildReport { Rejections = [new PaperGraph.Ingest.Rejection(new PaperGraph.Graph.SourceRef("<script>.txt", 1), HostileGraph.ImgName)] };
        var page = new ReportHtmlOutput().Render(new GraphContext(HostileGraph.Build(), report, PaperGraphPipeline.DefaultBaseIri));
        page.Should().NotContain("<script").And.NotContain("<img").And.NotContain("<iframe").And.NotContain("<svg onload");
        page.Should().Contain(HtmlText.Escape(HostileGraph.CloseScriptBench)).And.Contain(HtmlText.Escape(HostileGraph.ImgName));
        page.Should().Contain("default-src &#39;none&#39;; style-src &#39;sha256-");
    }

    [Fact]
    public void TwoBuildsOfTheSamplesWriteByteIdenticalPagesGraphMlAndGexf()
    {
        var (_, first) = Build.Run(Paths.Samples);
        var (_, second) = Build.Run(Paths.Samples);
        foreach (var file in new[] { GraphHtmlOutput.FileName, ReportHtmlOutput.FileName, GraphMlOutput.FileName, GexfOutput.FileName })
            File.ReadAllBytes(Path.Combine(second, file)).Should().Equal(File.ReadAllBytes(Path.Combine(first, file)), file);
    }

    [Fact]
    public void ATruncatedPageKeepsTheNeighboursOfDrawnNodesForTheSidePanelButDrawsOnlyTheTopN()
    {
        var g = HostileGraph.Build();
        var data = System.Text.Json.JsonDocument.Parse(DataBlock(new GraphHtmlOutput(maxNodes: 1).Render(g))).RootElement;
        data.GetProperty("shown").GetProperty("nodes").GetInt32().Should().Be(1);
        data.GetProperty("total").GetProperty("nodes").GetInt32().Should().Be(g.Nodes.Length);
        var nodes = data.GetProperty("nodes").EnumerateArray().ToList();
        nodes.Count(n => n.TryGetProperty("s", out _)).Should().Be(1);
        var top = nodes[0].GetProperty("id").GetString()!;
        var neighbours = g.Edges.Where(e => e.From == top || e.To == top).SelectMany(e => new[] { e.From, e.To }).ToHashSet();
        nodes.Select(n => n.GetProperty("id").GetString()).Should().Contain(neighbours);
        data.GetProperty("edges").GetArrayLength().Should().Be(g.Edges.Count(e => e.From == top || e.To == top));
    }
}
