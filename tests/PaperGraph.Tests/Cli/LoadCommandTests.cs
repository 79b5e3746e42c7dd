using PaperGraph.Cli;
using PaperGraph.Neo4j;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Cli;

public class LoadCommandTests
{
    [Fact]
    public void LoadSendsTheBuiltGraphWithThePasswordFromAFileAndAReloadCreatesNothing()
    {
        using var server = new QueryApiServer();
        server.Fallback = server.MergeCounting();
        var (result, dir) = Build.Run(Paths.Samples);
        var pw = Path.Combine(TempDir.Create("pw"), "password");
        File.WriteAllText(pw, "file-Pa55word\n");
        string[] args = ["load", "--graph", dir, "--uri", server.Uri, "--user", "loader", "--database", "papers", "--password-file", pw, "--batch-size", "7", "-q"];

        Program.Main(args).Should().Be(ExitCodes.Ok);
        var created = server.Requests.Count;
        created.Should().BeGreaterThan(6);
        server.Requests.Should().OnlyContain(r => r.Path == "/db/papers/query/v2" &&
            r.Authorization == "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("loader:file-Pa55word")));
        server.Requests.Where(r => r.Statement.StartsWith("UNWIND", StringComparison.Ordinal))
            .Sum(r => r.Json.GetProperty("parameters").GetProperty("rows").GetArrayLength())
            .Should().Be(result.Graph.Nodes.Length + result.Graph.Edges.Length);

        Program.Main(args).Should().Be(ExitCodes.Ok, "a second load of the same graph succeeds (and the double saw only known ids)");
    }

    [Fact]
    public void BuildWithNeo4jLoadsTheGraphItJustBuilt()
    {
        using var server = new QueryApiServer();
        server.Fallback = server.MergeCounting();
        var pw = Path.Combine(TempDir.Create("pw"), "password");
        File.WriteAllText(pw, "file-Pa55word");
        var output = TempDir.Create("build-neo4j");
        Program.Main(["build", Paths.Samples, "-o", output, "-q", "--neo4j", "--uri", server.Uri, "--password-file", pw]).Should().Be(ExitCodes.Ok);
        server.Requests.Should().Contain(r => r.Statement.StartsWith("UNWIND $rows AS row MERGE (n:Paper", StringComparison.Ordinal));
        File.Exists(Path.Combine(output, "neo4j", "load.cypher")).Should().BeTrue();
    }

    [Fact]
    public void ThereIsNoPasswordOptionAndAServerThatRefusesTheLoadGivesExitCodeOne()
    {
        Program.Main(["load", "--password", "x"]).Should().NotBe(ExitCodes.Ok, "--password is not an option: a password on the command line leaks");
        using var server = new QueryApiServer
        {
            Fallback = _ => QueryApiServer.Reply.Error("Neo.ClientError.Security.Unauthorized", "bad credentials", System.Net.HttpStatusCode.Unauthorized),
        };
        var (_, dir) = Build.Run(Paths.Samples);
        var pw = Path.Combine(TempDir.Create("pw"), "password");
        File.WriteAllText(pw, "wrong");
        Program.Main(["load", "-g", dir, "--uri", server.Uri, "--password-file", pw, "-q"]).Should().Be(ExitCodes.Failure);
        server.Requests.Should().HaveCount(1);
    }

    [Fact]
    public void TheConnectionComesFromTheEnvironmentAndRefusesToGoWithoutAPassword()
    {
        var env = new Dictionary<string, string> { ["NEO4J_URI"] = "http://db:7474", ["NEO4J_USERNAME"] = "u", ["NEO4J_PASSWORD"] = "env-Pa55", ["NEO4J_DATABASE"] = "d" };
        var c = Neo4jConnection.From(k => env.GetValueOrDefault(k));
        c.QueryUri.ToString().Should().Be("http://db:7474/db/d/query/v2");
        c.User.Should().Be("u");
        c.ToString().Should().NotContain("env-Pa55");
        Neo4jConnection.From(k => env.GetValueOrDefault(k), uri: "https://other:7473/", database: "x").QueryUri.ToString().Should().Be("https://other:7473/db/x/query/v2");
        var defaults = Neo4jConnection.From(k => k == "NEO4J_PASSWORD" ? "p" : null);
        defaults.QueryUri.ToString().Should().Be("http://localhost:7474/db/neo4j/query/v2");
        FluentActions.Invoking(() => Neo4jConnection.From(_ => null)).Should().Throw<ArgumentException>().WithMessage("*NEO4J_PASSWORD*");
        FluentActions.Invoking(() => Neo4jConnection.From(_ => null, uri: "bolt://x:7687", password: "p")).Should().Throw<ArgumentException>();
    }
}
