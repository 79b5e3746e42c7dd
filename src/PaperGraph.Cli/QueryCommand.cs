using System.CommandLine;
using PaperGraph.Query;
using Spectre.Console;

namespace PaperGraph.Cli;

/// <summary><c>papergraph query NAME ARGS… --graph out/</c>: answers a named question from a built graph, in memory.</summary>
public static class QueryCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "Question: " + string.Join(", ", NamedQueries.Names) + "." };
        var args = new Argument<string[]>("arguments") { Description = "The question's arguments (a model, a benchmark, a paper …).", Arity = ArgumentArity.ZeroOrMore };
        var graph = new Option<string>("--graph", "-g") { Description = "Build output folder holding graph.jsonl.", DefaultValueFactory = _ => "out" };
        var format = new Option<string>("--format") { Description = "table (default), tsv or json.", DefaultValueFactory = _ => "table" };
        var limit = new Option<int>("--limit") { Description = "Rows for top-* questions.", DefaultValueFactory = _ => 20 };
        var cmd = new Command("query", "Answer a named question from a built graph with no server (the embedded default).") { name, args, graph, format, limit };
        format.AcceptOnlyFromAmong("table", "tsv", "json");
        cmd.SetAction(parse => Run(parse.GetValue(name)!, parse.GetValue(args) ?? [], parse.GetValue(graph)!, parse.GetValue(format)!, parse.GetValue(limit),
            Consoles.Output(parse), Consoles.Error(parse)));
        return cmd;
    }

    internal static int Run(string name, string[] args, string graphDir, string format, int limit, TextWriter stdout, TextWriter stderr)
    {
        var file = Path.Combine(graphDir, Export.Json.JsonLinesOutput.FileName);
        if (!File.Exists(file))
        {
            stderr.WriteLine($"error: {file} not found: run 'papergraph build … -o {graphDir}' first.");
            return ExitCodes.Usage;
        }
        Graph.KnowledgeGraph graph;
        try { graph = Export.Json.JsonLinesGraphReader.Read(file); }
        catch (FormatException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCodes.Failure;
        }
        var q = new NamedQueries(graph);
        string Arg(int i) => i < args.Length ? args[i] : throw new ArgumentException($"'{name}' needs {i + 1} argument(s).");
        QueryResult result;
        try
        {
            result = name switch
            {
                "benchmarks-for" => q.BenchmarksFor(Arg(0)),
                "leaderboard" => q.Leaderboard(Arg(0)),
                "built-on" => q.BuiltOn(Arg(0)),
                "paper-proposes" => q.PaperProposes(Arg(0)),
                "top-benchmarks" => q.TopBenchmarks(limit),
                "top-backbones" => q.TopBackbones(limit),
                "papers-linking" => q.PapersLinking(Arg(0), Arg(1)),
                _ => throw new ArgumentException($"Unknown question '{name}'. Known: {string.Join(", ", NamedQueries.Names)}."),
            };
        }
        catch (ArgumentException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCodes.Usage;
        }
        QueryOutput.Write(Consoles.For(stdout), stdout, result, format, graph);
        return ExitCodes.Ok;
    }
}
