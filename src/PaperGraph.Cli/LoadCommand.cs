using System.CommandLine;
using System.Globalization;
using PaperGraph.Export.Neo4j;
using PaperGraph.Graph;
using PaperGraph.Neo4j;
using Spectre.Console;

namespace PaperGraph.Cli;

/// <summary><c>papergraph load --graph out/</c>: sends a built graph to Neo4j over the HTTP Query API (idempotent MERGEs).</summary>
public static class LoadCommand
{
    public static Command Create()
    {
        var graph = new Option<string>("--graph", "-g") { Description = "Build output folder holding graph.jsonl.", DefaultValueFactory = _ => "out" };
        var settings = Neo4jOptions.Create();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress display." };
        var cmd = new Command("load", "Load a built graph into Neo4j through its HTTP Query API (constraints, nodes, relationships; re-running creates nothing new). " +
            "Connection: NEO4J_URI (default http://localhost:7474), NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE.") { graph, quiet };
        settings.AddTo(cmd);
        cmd.SetAction((parse, ct) => Run(parse.GetValue(graph)!, settings.Read(parse), parse.GetValue(quiet), ct));
        return cmd;
    }

    internal static async Task<int> Run(string graphDir, Neo4jSettings settings, bool quiet, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Console;
        var file = Path.Combine(graphDir, Export.Json.JsonLinesOutput.FileName);
        if (!File.Exists(file))
        {
            console.MarkupLineInterpolated($"[red]error:[/] {file} not found: run 'papergraph build … -o {graphDir}' first.");
            return ExitCodes.Usage;
        }
        KnowledgeGraph g;
        try { g = Export.Json.JsonLinesGraphReader.Read(file); }
        catch (FormatException ex)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return ExitCodes.Failure;
        }
        return await Load(g, settings, quiet, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Loads a graph (also used by <c>build --neo4j</c>) and prints progress and a counters table.</summary>
    internal static async Task<int> Load(KnowledgeGraph graph, Neo4jSettings settings, bool quiet, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Console;
        Neo4jConnection connection;
        LoadPlan plan;
        try
        {
            connection = settings.Connect();
            plan = LoadPlan.Build(graph, settings.BatchSize);
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return ExitCodes.Usage;
        }
        var log = quiet ? null : new Action<string>(line => Console.Error.WriteLine(line));
        using var client = new QueryApiClient(connection, new QueryApiOptions { Log = log });
        var loader = new Neo4jLoader(client);
        if (!quiet) Console.Error.WriteLine($"Loading {plan.NodeRows:N0} nodes and {plan.RelationshipRows:N0} relationships into {connection} (batches of {settings.BatchSize:N0})");
        LoadSummary summary;
        try
        {
            string last = "";
            summary = await loader.LoadAsync(plan, quiet ? null : new SyncProgress(p =>
            {
                if (p.Step != last || p.BatchesDone == p.BatchesTotal)
                {
                    last = p.Step;
                    Console.Error.WriteLine($"  {p.BatchesDone}/{p.BatchesTotal} batches, {p.RowsDone:N0}/{p.RowsTotal:N0} rows — {p.Step}");
                }
            }), cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException ex)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return ExitCodes.Failure;
        }
        var c = summary.Counters;
        var table = new Table().Border(TableBorder.Rounded).Title("Neo4j load").AddColumn("Counter").AddColumn(new TableColumn("Value").RightAligned());
        void Row(string what, long n) => table.AddRow(what, n.ToString("N0", CultureInfo.InvariantCulture));
        Row("nodes created", c.NodesCreated);
        Row("relationships created", c.RelationshipsCreated);
        Row("properties set", c.PropertiesSet);
        Row("labels added", c.LabelsAdded);
        Row("constraints added", c.ConstraintsAdded);
        Row("statements sent", summary.Batches);
        Row("rows sent", summary.Rows);
        table.AddRow("time", summary.Elapsed.TotalSeconds.ToString("0.0 s", CultureInfo.InvariantCulture));
        console.Write(table);
        return ExitCodes.Ok;
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool and reorder lines).</summary>
    private sealed class SyncProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}

/// <summary>What <c>load</c> and <c>build --neo4j</c> need to reach Neo4j; the password is read only when connecting.</summary>
internal sealed record Neo4jSettings(string? Uri, string? User, string? Database, string? PasswordFile, int BatchSize)
{
    /// <exception cref="ArgumentException">No password, or a bad URI.</exception>
    public Neo4jConnection Connect()
    {
        string? password = null;
        if (PasswordFile is { } f)
        {
            var text = f == "-" ? Console.In.ReadToEnd() : File.ReadAllText(f);
            password = text.TrimEnd('\r', '\n');
            if (password.Length == 0) throw new ArgumentException(f == "-" ? "The password read from stdin is empty." : $"The password file '{f}' is empty.");
        }
        return Neo4jConnection.From(Environment.GetEnvironmentVariable, Uri, User, Database, password);
    }
}

/// <summary>The connection options shared by <c>load</c> and <c>build --neo4j</c>. There is deliberately no
/// <c>--password</c>: a password on the command line ends up in shell history and process lists.</summary>
internal sealed class Neo4jOptions
{
    private readonly Option<string?> _uri = new("--uri") { Description = "Neo4j HTTP URI (default: $NEO4J_URI or http://localhost:7474)." };
    private readonly Option<string?> _user = new("--user") { Description = "Neo4j user (default: $NEO4J_USERNAME or neo4j)." };
    private readonly Option<string?> _database = new("--database") { Description = "Neo4j database (default: $NEO4J_DATABASE or neo4j)." };
    private readonly Option<string?> _passwordFile = new("--password-file") { Description = "Read the password from this file, or from stdin with '-' (default: $NEO4J_PASSWORD)." };
    private readonly Option<int> _batchSize = new("--batch-size") { Description = "Rows per UNWIND batch.", DefaultValueFactory = _ => LoadPlan.DefaultBatchSize };

    public static Neo4jOptions Create() => new();

    public void AddTo(Command command)
    {
        command.Options.Add(_uri);
        command.Options.Add(_user);
        command.Options.Add(_database);
        command.Options.Add(_passwordFile);
        command.Options.Add(_batchSize);
        _batchSize.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--batch-size must be at least 1.");
        });
    }

    public Neo4jSettings Read(ParseResult parse) =>
        new(parse.GetValue(_uri), parse.GetValue(_user), parse.GetValue(_database), parse.GetValue(_passwordFile), parse.GetValue(_batchSize));
}
