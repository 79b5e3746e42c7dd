using System.Text.Json;
using PaperGraph.Export.Neo4j;
using PaperGraph.Graph;
using PaperGraph.Query;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Neo4j;

/// <summary>The load plan and queries/*.cypher run on Kùzu, a real openCypher engine; answers equal the in-memory ones.</summary>
public class KuzuConformanceTests
{
    [SkippableFact]
    public void TheSeedBuildsLoadPlanRunsOnKuzuTwiceCreatingNothingTheSecondTimeAndEveryQueryReturnsTheInMemoryRows()
    {
        var (result, _) = Build.Seeds();
        CheckAgainstKuzu(result.Graph, LoadPlan.Build(result.Graph), extraQueries: []);
    }

    [Fact]
    public void AHandMadeGraphWithHostileStringsRoundTripsThroughKuzuAndEveryQueryAgrees()
    {
        var graph = TinyGraph.Create();
        // Small batches: several batches per statement, as in a large build.
        var plan = LoadPlan.Build(graph, batchSize: 2);
        var readBack = new[]
        {
            new Kuzu.Query("nodes", "MATCH (n) RETURN n.id AS id, n.name AS name, n.aliases AS aliases ORDER BY id", new Dictionary<string, object>()),
            new Kuzu.Query("papers", "MATCH (p:Paper) RETURN p.id AS id, p.abstract AS abstract, p.authors AS authors, p.authorCount AS authorCount ORDER BY id", new Dictionary<string, object>()),
            new Kuzu.Query("edges", "MATCH ()-[r]->() RETURN r.id AS id, r.value AS value, r.metric AS metric, r.surfaces AS surfaces, r.sentence AS sentence, r.confidence AS confidence ORDER BY id", new Dictionary<string, object>()),
        };
        var answers = CheckAgainstKuzu(graph, plan, readBack);

        static string? Json(IReadOnlyList<string>? a) => a is null || a.Count == 0 ? null : JsonSerializer.Serialize(a);
        // Kùzu's lists arrive as JSON written by node: re-serialise them the same way before comparing.
        static IReadOnlyList<string?> Lists(IReadOnlyList<string?> row, params int[] columns) =>
            [.. row.Select((c, i) => c is not null && columns.Contains(i) ? JsonSerializer.Serialize(JsonSerializer.Deserialize<string[]>(c)) : c)];
        answers["nodes"] = answers["nodes"] with { Rows = [.. answers["nodes"].Rows.Select(r => Lists(r, 2))] };
        answers["papers"] = answers["papers"] with { Rows = [.. answers["papers"].Rows.Select(r => Lists(r, 2))] };
        answers["edges"] = answers["edges"] with { Rows = [.. answers["edges"].Rows.Select(r => Lists(r, 3))] };
        answers["nodes"].Rows.Should().Equal(graph.Nodes.Select(n => (IReadOnlyList<string?>)[n.Id, n.Name, Json(n.Aliases)]),
            (a, b) => a.SequenceEqual(b));
        answers["papers"].Rows.Should().Equal(graph.Nodes.Where(n => n.Label == NodeLabel.Paper).Select(n => (IReadOnlyList<string?>)
            [n.Id, n.Paper!.Abstract, Json(n.Paper.Authors), n.Paper.AuthorCount?.ToString(System.Globalization.CultureInfo.InvariantCulture)]), (a, b) => a.SequenceEqual(b));
        answers["edges"].Rows.Should().Equal(graph.Edges.Select(e => (IReadOnlyList<string?>)
            [e.Id, NamedQueries.Num(e.Value), e.Metric, Json(e.Surfaces), e.Evidence?.Sentence,
             e.Evidence is null ? null : Math.Round(e.Evidence.Confidence, 4).ToString("R", System.Globalization.CultureInfo.InvariantCulture)]), (a, b) => a.SequenceEqual(b));
    }

    /// <summary>Loads the plan twice, runs every named query with parameters chosen from the graph, compares.</summary>
    private static Dictionary<string, Kuzu.QueryAnswer> CheckAgainstKuzu(KnowledgeGraph graph, LoadPlan plan, IEnumerable<Kuzu.Query> extraQueries)
    {
        var cases = NamedQueryCases.Choose(graph);
        var queries = cases.Select((c, i) => new Kuzu.Query($"{c.Name}#{i}", File.ReadAllText(NamedQueryCases.File(c.Name)), c.Parameters)).ToList();
        queries.AddRange(extraQueries);
        var answer = Kuzu.Run(plan, loads: 2, queries);

        answer.Error.Should().BeNull();
        answer.Loads.Should().HaveCount(2);
        answer.Loads[0].Nodes.Should().Be(graph.Nodes.Length, "every node is loaded once");
        answer.Loads[0].Relationships.Should().Be(graph.Edges.Length, "every edge is loaded once");
        answer.Loads[1].Nodes.Should().Be(answer.Loads[0].Nodes, "a second load creates no node");
        answer.Loads[1].Relationships.Should().Be(answer.Loads[0].Relationships, "a second load creates no relationship");

        var byName = answer.Queries.ToDictionary(q => q.Name, StringComparer.Ordinal);
        var inMemory = new NamedQueries(graph);
        var nonEmpty = 0;
        for (int i = 0; i < cases.Count; i++)
        {
            var (name, parameters) = cases[i];
            var expected = NamedQueryCases.InMemory(inMemory, name, parameters);
            var got = byName[$"{name}#{i}"];
            var what = $"{name} with {JsonSerializer.Serialize(parameters)}";
            got.Error.Should().BeNull(what);
            got.Columns.Should().Equal(expected.Columns, what);
            got.Rows.Select(r => string.Join(" | ", r.Select(c => c ?? "∅"))).Should()
                .Equal(expected.Rows.Select(r => string.Join(" | ", r.Select(c => c ?? "∅"))), what);
            if (expected.Rows.Count > 0) nonEmpty++;
        }
        nonEmpty.Should().BeGreaterThan(0, "parameters chosen from the graph's edges give some non-empty answers");
        foreach (var q in extraQueries) byName[q.Name].Error.Should().BeNull(q.Name);
        return byName;
    }
}
