using System.Text.Json;
using PaperGraph.Export;
using PaperGraph.Export.Html;
using PaperGraph.Graph;
using PaperGraph.Query;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Export.Html;

/// <summary>graph.html and report.html in headless Debian Chromium (one launch for every page: <see cref="BrowserRun"/>).</summary>
public class GraphPageInChromiumTests(BrowserRun run) : IClassFixture<BrowserRun>
{
    private static List<string> Strings(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetString()!)];

    private static void LoadedCleanOffline(JsonElement page, bool graph)
    {
        var name = page.GetProperty("name").GetString();
        Strings(page.GetProperty("consoleErrors")).Should().BeEmpty($"{name} logs no console error");
        Strings(page.GetProperty("pageErrors")).Should().BeEmpty($"{name} throws no script error");
        Strings(page.GetProperty("requests")).Should().BeEmpty($"{name} makes no network request");
        if (graph) page.GetProperty("ready").GetBoolean().Should().BeTrue($"{name}'s script ran to the end");
    }

    private static void RanNoInjectedScript(JsonElement page, int ownScripts)
    {
        var name = page.GetProperty("name").GetString();
        page.GetProperty("pwned").GetBoolean().Should().BeFalse($"no injected script ran in {name} (window.__pwned is undefined)");
        page.GetProperty("scripts").GetInt32().Should().Be(ownScripts, $"{name} holds only its own script elements");
        var injected = page.GetProperty("injected");
        foreach (var kind in new[] { "img", "iframe", "svgScript", "eventAttributes", "bTags" })
            injected.GetProperty(kind).GetInt32().Should().Be(0, $"{name} has no injected {kind} element");
    }

    [SkippableFact]
    public void TheSeedGraphPageLoadsOfflineWithNoConsoleErrorAndNoNetworkRequest()
    {
        Paths.RequireSeeds();
        LoadedCleanOffline(run.Page("seed-graph"), graph: true);
        RanNoInjectedScript(run.Page("seed-graph"), ownScripts: 2);
    }

    [SkippableFact]
    public void TheSeedGraphPageDrawsEveryNodeAndRelationOfTheSeedGraph()
    {
        Paths.RequireSeeds();
        var page = run.Page("seed-graph");
        var graph = run.Seed!.Graph;
        int expected = Math.Min(graph.Nodes.Length, GraphHtmlOutput.DefaultMaxNodes);
        page.GetProperty("domNodes").GetInt32().Should().Be(expected);
        page.GetProperty("circlesWithSize").GetInt32().Should().Be(expected, "every node circle is laid out with a size");
        if (graph.Nodes.Length <= GraphHtmlOutput.DefaultMaxNodes)
        {
            Strings(page.GetProperty("domNodeIds")).Should().BeEquivalentTo(graph.Nodes.Select(n => n.Id));
            page.GetProperty("domEdges").GetInt32().Should().Be(graph.Edges.Length);
            page.GetProperty("notice").ValueKind.Should().Be(JsonValueKind.Null, "no notice when every node is drawn");
        }
        page.GetProperty("visibleNodes").GetInt32().Should().Be(graph.Nodes.Count(n => graph.Edges.Any(e => e.From == n.Id || e.To == n.Id)),
            "unconnected nodes are hidden until asked for");
        page.GetProperty("labelledNodes").GetInt32().Should().BeGreaterThan(10, "the most connected nodes carry readable names");
    }

    [SkippableFact]
    public void SearchFindsGpt4oAndItsSidePanelShowsTheBenchmarksTheNamedQueryReturns()
    {
        Paths.RequireSeeds();
        var graph = run.Seed!.Graph;
        var queries = new NamedQueries(graph);
        var gpt = queries.Find("GPT-4o", NodeLabel.Model, NodeLabel.Method).ToList();
        gpt.Should().ContainSingle("the seed graph has one GPT-4o node");
        var search = run.Page("seed-graph").GetProperty("searches")[0];
        search.GetProperty("hits")[0].GetProperty("id").GetString().Should().Be(gpt[0].Id, "the exact name is the first hit");
        var panel = search.GetProperty("panels")[0];
        panel.TryGetProperty("missing", out _).Should().BeFalse();
        panel.GetProperty("id").GetString().Should().Be(gpt[0].Id);
        panel.GetProperty("name").GetString().Should().Be("GPT-4o");
        panel.GetProperty("selectedInGraph").GetInt32().Should().Be(1);
        var expected = queries.BenchmarksFor("GPT-4o").Rows.Select(r => r[0]!).ToHashSet(StringComparer.Ordinal);
        Strings(panel.GetProperty("benchmarks")).ToHashSet(StringComparer.Ordinal).Should().BeEquivalentTo(expected);
        var papers = graph.Edges.Where(e => e.To == gpt[0].Id && graph[e.From].Label == NodeLabel.Paper).Select(e => graph[e.From].Name).ToHashSet(StringComparer.Ordinal);
        Strings(panel.GetProperty("papers")).Should().Contain(papers, "the panel lists the papers naming GPT-4o");
    }

    [SkippableFact]
    public void TheSeedReportLoadsOfflineWithChartsAndOneLeaderboardPerEvaluatedBenchmark()
    {
        Paths.RequireSeeds();
        var page = run.Page("seed-report");
        LoadedCleanOffline(page, graph: false);
        RanNoInjectedScript(page, ownScripts: 0);
        page.GetProperty("charts").GetInt32().Should().BeGreaterThanOrEqualTo(3);
        var graph = run.Seed!.Graph;
        // The report shows the benchmarks with the most results first (ties by name, then id), at most the default number.
        var benches = graph.Edges.Where(e => e.Type == RelType.EvaluatedOn).GroupBy(e => e.To, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => graph[g.Key].Name, StringComparer.Ordinal).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => graph[g.Key].Name).Take(ReportHtmlOutput.DefaultMaxLeaderboards);
        Strings(page.GetProperty("leaderboards")).Should().Equal(benches);
    }

    [Fact]
    public void AGraphWithHostileNamesRunsNoInjectedScriptAndShowsEveryNameAsText()
    {
        var page = run.Page("hostile-graph");
        LoadedCleanOffline(page, graph: true);
        RanNoInjectedScript(page, ownScripts: 2);
        page.GetProperty("domNodes").GetInt32().Should().Be(run.Hostile.Nodes.Length);
        var panels = page.GetProperty("searches").EnumerateArray().SelectMany(s => s.GetProperty("panels").EnumerateArray()).ToList();
        panels.Where(p => p.TryGetProperty("missing", out var _)).Should().BeEmpty();
        panels.Select(p => p.GetProperty("id").GetString()).Distinct().Should().BeEquivalentTo(run.Hostile.Nodes.Select(n => n.Id),
            "every node's side panel was opened");
        var model = panels.First(p => p.GetProperty("id").GetString() == Ids.ForEntity(NodeLabel.Model, HostileGraph.ScriptName));
        model.GetProperty("name").GetString().Should().Be(HostileGraph.ScriptName);
        Strings(model.GetProperty("aliases")).Should().Contain([HostileGraph.ImgName, HostileGraph.SvgAlias]);
        Strings(model.GetProperty("benchmarks")).Should().Contain(HostileGraph.CloseScriptBench);
        Strings(model.GetProperty("scores")).Should().Contain("51.06%");
        Strings(model.GetProperty("evidence")).Should().Contain(JsonText.Safe(HostileGraph.Sentence));
        panels.Select(p => p.GetProperty("name").GetString()).Should().Contain(JsonText.Safe(HostileGraph.ControlName));
    }

    [Fact]
    public void AGraphBuiltFromHostileInputRunsNoInjectedScriptInTheExplorerOrTheReport()
    {
        var graphPage = run.Page("hostile-input-graph");
        LoadedCleanOffline(graphPage, graph: true);
        RanNoInjectedScript(graphPage, ownScripts: 2);
        var titles = run.HostileInputBuild.Graph.Nodes.Where(n => n.Label == NodeLabel.Paper).Select(n => JsonText.Safe(n.Name)).ToList();
        titles.Should().Contain(t => t.Contains("<script>", StringComparison.Ordinal), "the input's titles reach the graph unchanged");
        var panels = graphPage.GetProperty("searches")[0].GetProperty("panels").EnumerateArray().ToList();
        panels.Select(p => p.GetProperty("name").GetString()).Should().Contain(titles, "every hostile paper's panel was opened and shows its title as text");
        var report = run.Page("hostile-input-report");
        LoadedCleanOffline(report, graph: false);
        RanNoInjectedScript(report, ownScripts: 0);
        run.HostileInputBuild.Report.Rejections.Should().NotBeEmpty();
    }

    [Fact]
    public void TheReportOfAHostileBuildRunsNoInjectedScriptAndShowsRejectionsAsText()
    {
        var page = run.Page("hostile-report");
        LoadedCleanOffline(page, graph: false);
        RanNoInjectedScript(page, ownScripts: 0);
        var r = run.HostileReport.Rejections[0];
        static string Shown(string s) => System.Net.WebUtility.HtmlDecode(HtmlText.Escape(s));
        Strings(page.GetProperty("rejectionCells")).Should().Equal(Shown(r.Source.ToString()), Shown(r.Reason));
        Strings(page.GetProperty("leaderboards")).Should().Contain(HostileGraph.CloseScriptBench);
    }

    [Fact]
    public void ALargeGraphDrawsOnlyTheTopNNodesByDegreeWithAVisibleNotice()
    {
        var page = run.Page("truncated-graph");
        LoadedCleanOffline(page, graph: true);
        int n = int.Parse(BrowserRun.TruncatedMaxNodes, System.Globalization.CultureInfo.InvariantCulture);
        var g = run.Hostile;
        var top = g.Nodes.OrderByDescending(x => g.Edges.Count(e => e.From == x.Id || e.To == x.Id)).ThenBy(x => x.Id, StringComparer.Ordinal).Take(n).Select(x => x.Id);
        Strings(page.GetProperty("domNodeIds")).Should().BeEquivalentTo(top);
        page.GetProperty("notice").GetString().Should().Contain($"the {n} most connected of {g.Nodes.Length} nodes");
    }

    [Fact]
    public void FiltersHideNodesOfAnUncheckedLabelAndRelationsOfUncheckedTypes()
    {
        var f = run.Page("hostile-graph").GetProperty("filters");
        f.GetProperty("paperNodesBefore").GetInt32().Should().Be(1);
        f.GetProperty("paperNodesAfter").GetInt32().Should().Be(0);
        f.GetProperty("visibleNonMentions").GetInt32().Should().Be(0);
        f.GetProperty("visibleEdgesMentionsOnly").GetInt32().Should().Be(run.Hostile.Edges.Count(e => e.Type == RelType.Mentions));
    }
    [Fact]
    public void AGraphOfTenThousandNodesDrawsTheTopThousandWithANoticeAndStillAnswersSearch()
    {
        var page = run.Page("large-graph");
        LoadedCleanOffline(page, graph: true);
        var g = run.Large;
        page.GetProperty("domNodes").GetInt32().Should().Be(GraphHtmlOutput.DefaultMaxNodes);
        page.GetProperty("notice").GetString().Should().Contain($"the {GraphHtmlOutput.DefaultMaxNodes:N0} most connected of {g.Nodes.Length:N0} nodes");
        var panel = page.GetProperty("searches")[0].GetProperty("panels")[0];
        panel.GetProperty("id").GetString().Should().Be(Ids.ForEntity(NodeLabel.Model, "Model-00000"));
        var queries = new NamedQueries(g);
        Strings(panel.GetProperty("benchmarks")).ToHashSet().Should().BeEquivalentTo(queries.BenchmarksFor("Model-00000").Rows.Select(r => r[0]!).ToHashSet());
    }
    [Fact]
    public void AnEmptyGraphGivesAWorkingEmptyExplorerAndReport()
    {
        var page = run.Page("empty-graph");
        LoadedCleanOffline(page, graph: true);
        page.GetProperty("domNodes").GetInt32().Should().Be(0);
        page.GetProperty("searches")[0].GetProperty("hits").GetArrayLength().Should().Be(0);
        var report = run.Page("empty-report");
        LoadedCleanOffline(report, graph: false);
        report.GetProperty("leaderboards").GetArrayLength().Should().Be(0);
    }
}
