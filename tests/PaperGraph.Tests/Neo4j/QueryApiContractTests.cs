using System.Net;
using System.Net.Sockets;
using System.Text;
using PaperGraph.Neo4j;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Neo4j;

/// <summary>Contract tests of the Query API client against a local server that follows Neo4j's documented contract.</summary>
public class QueryApiContractTests
{
    private const string Password = "s3cret-Pa55word";

    private static QueryApiClient Client(QueryApiServer server, int attempts = 4, int timeoutMs = 2000, List<string>? log = null) =>
        new(new Neo4jConnection(server.Uri, "neo4j", Password, "papers"), new QueryApiOptions
        {
            MaxAttempts = attempts, InitialBackoff = TimeSpan.FromMilliseconds(10), MaxBackoff = TimeSpan.FromMilliseconds(40),
            RequestTimeout = TimeSpan.FromMilliseconds(timeoutMs), Log = log is null ? null : log.Add,
        });

    [Fact]
    public async Task TheRequestPostsTheStatementFirstWithParametersAndCountersToTheDatabasesQueryEndpointWithBasicAuth()
    {
        using var server = new QueryApiServer();
        using var client = Client(server);
        await client.RunAsync("RETURN $x AS x", json => { json.WriteStartObject(); json.WriteString("x", "a\"b"); json.WriteEndObject(); });
        var r = server.Requests.Single();
        r.Method.Should().Be("POST");
        r.Path.Should().Be("/db/papers/query/v2");
        r.ContentType.Should().StartWith("application/json");
        r.Authorization.Should().Be("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:" + Password)));
        r.Body.Should().StartWith("{\"statement\":");
        r.Json.GetProperty("statement").GetString().Should().Be("RETURN $x AS x");
        r.Json.GetProperty("parameters").GetProperty("x").GetString().Should().Be("a\"b");
        r.Json.GetProperty("includeCounters").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task ASuccessfulAnswerGivesFieldsRowsAndCounters()
    {
        using var server = new QueryApiServer();
        server.Then(QueryApiServer.Reply.Json(HttpStatusCode.Accepted,
            """{"data":{"fields":["name","n"],"values":[["GPT-4o",3],["MMMU",1]]},"counters":{"nodesCreated":2,"relationshipsCreated":1,"propertiesSet":5,"containsUpdates":true},"bookmarks":["FB:x"]}"""));
        using var client = Client(server);
        var result = await client.RunAsync("MATCH (n) RETURN n.name AS name, 1 AS n", null);
        result.Fields.Should().Equal("name", "n");
        result.Values.Select(v => v[0].GetString()).Should().Equal("GPT-4o", "MMMU");
        result.Values[0][1].GetInt32().Should().Be(3);
        result.Counters.Should().Be(new QueryCounters(NodesCreated: 2, RelationshipsCreated: 1, PropertiesSet: 5));
    }

    [Fact]
    public async Task An200AnswerWithAnEmptyErrorsArrayIsASuccess()
    {
        using var server = new QueryApiServer();
        server.Then(QueryApiServer.Reply.Json(HttpStatusCode.OK, """{"data":{"fields":["x"],"values":[[1]]},"errors":[]}"""));
        using var client = Client(server);
        (await client.RunAsync("RETURN 1 AS x", null)).Values.Should().HaveCount(1);
    }

    [Fact]
    public async Task A202WithAnErrorsArrayIsAFailureAndAClientErrorIsNotRetried()
    {
        using var server = new QueryApiServer();
        server.Then(QueryApiServer.Reply.Error("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRUN'"));
        using var client = Client(server);
        var act = () => client.RunAsync("RETRUN 1", null);
        (await act.Should().ThrowAsync<Neo4jException>()).Which.Code.Should().Be("Neo.ClientError.Statement.SyntaxError");
        server.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task A401StopsAtOnceAndTheErrorNeverShowsThePassword()
    {
        using var server = new QueryApiServer();
        server.Then(QueryApiServer.Reply.Error("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.", HttpStatusCode.Unauthorized));
        var log = new List<string>();
        using var client = Client(server, log: log);
        var ex = (await FluentActions.Awaiting(() => client.RunAsync("RETURN 1", null)).Should().ThrowAsync<Neo4jAuthenticationException>()).Which;
        ex.Message.Should().Contain("401").And.NotContain(Password);
        server.Requests.Should().HaveCount(1);
        log.Should().BeEmpty();
        client.Connection.ToString().Should().NotContain(Password);
    }

    [Fact]
    public async Task ATransientErrorIsRetriedWithBackoffAndThenSucceeds()
    {
        using var server = new QueryApiServer();
        server.Then(QueryApiServer.Reply.Error("Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient can't acquire lock"))
              .Then(QueryApiServer.Reply.Json(HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]},"counters":{"relationshipsCreated":4}}"""));
        var log = new List<string>();
        using var client = Client(server, log: log);
        (await client.RunAsync("RETURN 1", null)).Counters.RelationshipsCreated.Should().Be(4);
        server.Requests.Should().HaveCount(2);
        log.Should().ContainSingle().Which.Should().Contain("DeadlockDetected").And.NotContain(Password);
    }

    [Fact]
    public async Task ADroppedConnectionIsRetried()
    {
        // HttpListener cannot drop a connection mid-request, so this server speaks HTTP/1.1 on a raw socket: it reads
        // the first request and resets the connection, then answers the second as the Query API does.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var served = Task.Run(async () =>
        {
            var requests = 0;
            for (int i = 0; i < 2; i++)
            {
                using var socket = await listener.AcceptSocketAsync();
                var buffer = new byte[65536];
                var received = new StringBuilder();
                while (!received.ToString().Contains("includeCounters", StringComparison.Ordinal))
                {
                    var n = await socket.ReceiveAsync(buffer);
                    if (n == 0) break;
                    received.Append(Encoding.UTF8.GetString(buffer, 0, n));
                }
                requests++;
                if (i == 0) { socket.LingerState = new LingerOption(true, 0); socket.Close(); continue; }
                var body = """{"data":{"fields":["x"],"values":[[1]]}}""";
                await socket.SendAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n{body}"));
                socket.Shutdown(SocketShutdown.Both);
            }
            return requests;
        });
        using var client = new QueryApiClient(new Neo4jConnection($"http://127.0.0.1:{port}", "neo4j", Password, "neo4j"),
            new QueryApiOptions { MaxAttempts = 3, InitialBackoff = TimeSpan.FromMilliseconds(10), RequestTimeout = TimeSpan.FromSeconds(5) });
        (await client.RunAsync("RETURN 1 AS x", null)).Values.Should().HaveCount(1);
        (await served).Should().Be(2);
    }

    [Fact]
    public async Task ASlowResponseTimesOutAndIsRetried()
    {
        using var server = new QueryApiServer();
        server.Then(QueryApiServer.Reply.Json(HttpStatusCode.Accepted, """{"data":{"fields":[],"values":[]}}""", TimeSpan.FromSeconds(3)))
              .Then(QueryApiServer.Reply.Json(HttpStatusCode.Accepted, """{"data":{"fields":["x"],"values":[[2]]}}"""));
        using var client = Client(server, timeoutMs: 300);
        (await client.RunAsync("RETURN 2 AS x", null)).Values[0][0].GetInt32().Should().Be(2);
        server.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task ASlowButTimelyResponseIsWaitedFor()
    {
        using var server = new QueryApiServer();
        server.Then(QueryApiServer.Reply.Json(HttpStatusCode.Accepted, """{"data":{"fields":["x"],"values":[[3]]}}""", TimeSpan.FromMilliseconds(400)));
        using var client = Client(server, timeoutMs: 3000);
        (await client.RunAsync("RETURN 3 AS x", null)).Values[0][0].GetInt32().Should().Be(3);
        server.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task TransientErrorsThatNeverStopEndInAnUnavailableErrorAfterTheLastAttempt()
    {
        using var server = new QueryApiServer { Fallback = _ => QueryApiServer.Reply.Error("Neo.TransientError.General.DatabaseUnavailable", "Database is unavailable") };
        using var client = Client(server, attempts: 3);
        var ex = (await FluentActions.Awaiting(() => client.RunAsync("RETURN 1", null)).Should().ThrowAsync<Neo4jUnavailableException>()).Which;
        ex.Code.Should().Be("Neo.TransientError.General.DatabaseUnavailable");
        server.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task AnUnreachableServerIsRetriedThenReportedAsUnavailable()
    {
        int port;
        using (var server = new QueryApiServer()) port = server.Port;
        using var client = new QueryApiClient(new Neo4jConnection($"http://127.0.0.1:{port}", "neo4j", Password, "neo4j"),
            new QueryApiOptions { MaxAttempts = 2, InitialBackoff = TimeSpan.FromMilliseconds(10), RequestTimeout = TimeSpan.FromSeconds(2) });
        var ex = (await FluentActions.Awaiting(() => client.RunAsync("RETURN 1", null)).Should().ThrowAsync<Neo4jUnavailableException>()).Which;
        ex.Message.Should().Contain("2 time(s)").And.NotContain(Password);
    }

    [Fact]
    public async Task AnHttpErrorWithoutAnErrorsArrayIsAFailure()
    {
        using var server = new QueryApiServer();
        server.Then(QueryApiServer.Reply.Json(HttpStatusCode.NotFound, "{}"));
        using var client = Client(server);
        await FluentActions.Awaiting(() => client.RunAsync("RETURN 1", null)).Should().ThrowAsync<Neo4jException>().WithMessage("*404*");
        server.Requests.Should().HaveCount(1);
    }
}
