using PaperGraph.Export.Neo4j;
using PaperGraph.Neo4j;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Neo4j;

public class Neo4jLoaderTests
{
    private static QueryApiClient Client(QueryApiServer server) =>
        new(new Neo4jConnection(server.Uri, "neo4j", "password1", "neo4j"), new QueryApiOptions { InitialBackoff = TimeSpan.FromMilliseconds(10) });

    [Fact]
    public async Task LoadingTheSameGraphTwiceCreatesNothingTheSecondTime()
    {
        using var server = new QueryApiServer();
        server.Fallback = server.MergeCounting();
        using var client = Client(server);
        var graph = TinyGraph.Create();
        var loader = new Neo4jLoader(client);
        var first = await loader.LoadAsync(LoadPlan.Build(graph, batchSize: 3));
        first.Counters.NodesCreated.Should().Be(graph.Nodes.Length);
        first.Counters.RelationshipsCreated.Should().Be(graph.Edges.Length);
        first.Counters.ConstraintsAdded.Should().Be(6);
        var second = await loader.LoadAsync(LoadPlan.Build(graph, batchSize: 3));
        second.Counters.NodesCreated.Should().Be(0);
        second.Counters.RelationshipsCreated.Should().Be(0);
        second.Counters.ConstraintsAdded.Should().Be(0);
    }

    [Fact]
    public async Task LoadingALargerBuildAddsOnlyTheNewNodesAndEdges()
    {
        using var server = new QueryApiServer();
        server.Fallback = server.MergeCounting();
        using var client = Client(server);
        var loader = new Neo4jLoader(client);
        await loader.LoadAsync(LoadPlan.Build(TinyGraph.Create()));
        var more = await loader.LoadAsync(LoadPlan.Build(TinyGraph.Create(withExtra: true)));
        more.Counters.NodesCreated.Should().Be(1);
        more.Counters.RelationshipsCreated.Should().Be(1);
    }

    [Fact]
    public async Task ConstraintsGoFirstThenNodesThenRelationshipsInBatchesOfTheChosenSize()
    {
        using var server = new QueryApiServer();
        server.Fallback = server.MergeCounting();
        using var client = Client(server);
        var graph = TinyGraph.Create();
        var progress = new List<LoadProgress>();
        var summary = await new Neo4jLoader(client).LoadAsync(LoadPlan.Build(graph, batchSize: 2), new SyncProgress(progress.Add));
        var kinds = server.Requests.Select(r => r.Statement.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal) ? 0 : r.Statement.Contains("]->(b)", StringComparison.Ordinal) ? 2 : 1).ToList();
        kinds.Should().BeInAscendingOrder();
        kinds.Should().Contain([0, 1, 2]);
        server.Requests.Where(r => !r.Statement.StartsWith("CREATE", StringComparison.Ordinal))
            .Select(r => r.Json.GetProperty("parameters").GetProperty("rows").GetArrayLength()).Should().OnlyContain(n => n >= 1 && n <= 2);
        summary.Rows.Should().Be(graph.Nodes.Length + graph.Edges.Length);
        progress.Last().BatchesDone.Should().Be(progress.Last().BatchesTotal);
        server.Requests.Should().OnlyContain(r => !r.Statement.Contains('\n'), "the Query API wants statements without raw line breaks");
    }

    [Fact]
    public async Task AClientErrorStopsTheLoadAtTheFailingStatement()
    {
        using var server = new QueryApiServer();
        server.Then(QueryApiServer.Reply.Error("Neo.ClientError.Schema.ConstraintValidationFailed", "already exists"));
        using var client = Client(server);
        await FluentActions.Awaiting(() => new Neo4jLoader(client).LoadAsync(LoadPlan.Build(TinyGraph.Create())))
            .Should().ThrowAsync<Neo4jException>().WithMessage("*ConstraintValidationFailed*");
        server.Requests.Should().HaveCount(1);
    }

    private sealed class SyncProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}
