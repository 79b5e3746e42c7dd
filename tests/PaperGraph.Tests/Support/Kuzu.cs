using System.Text.Json;
using System.Text.Json.Nodes;
using PaperGraph.Export.Neo4j;
using PaperGraph.Graph;

namespace PaperGraph.Tests.Support;

/// <summary>The Kùzu side of the Cypher conformance tests: a schema made from the closed enums and
/// <see cref="Neo4jProperties"/>, and one node process (tests/tools/kuzu-run.mjs) per job list.</summary>
public static class Kuzu
{
    /// <summary>One node table per label, one relationship table per type with every label pair (Kùzu needs a schema).</summary>
    public static IReadOnlyList<string> Schema()
    {
        var ddl = new List<string>();
        foreach (var label in RelTypeNames.AllLabels)
            ddl.Add($"CREATE NODE TABLE {label.CypherName()}({Columns(Neo4jProperties.For(label))}, PRIMARY KEY(id))");
        var pairs = string.Join(", ", RelTypeNames.AllLabels.SelectMany(f => RelTypeNames.AllLabels.Select(t => $"FROM {f.CypherName()} TO {t.CypherName()}")));
        foreach (var type in RelTypeNames.AllTypes)
            ddl.Add($"CREATE REL TABLE {type.CypherName()}({pairs}, {Columns(Neo4jProperties.Relationship)})");
        return ddl;
    }

    private static string Columns(IEnumerable<PropertyDef> defs) => string.Join(", ", defs.Select(d => d.Name + " " + d.Type switch
    {
        PropertyType.String => "STRING",
        PropertyType.StringArray => "STRING[]",
        PropertyType.Integer => "INT64",
        PropertyType.Float => "DOUBLE",
        PropertyType.Date => "DATE",
        _ => throw new InvalidOperationException(),
    }));

    /// <summary>A query to run after the loads, with its parameters.</summary>
    public sealed record Query(string Name, string Text, IReadOnlyDictionary<string, object> Parameters);

    /// <summary>What Kùzu answered: counts after each load, and each query's columns and rows (cells as text).</summary>
    public sealed record Answer(IReadOnlyList<(long Nodes, long Relationships, int Batches)> Loads, IReadOnlyList<QueryAnswer> Queries, string? Error);

    public sealed record QueryAnswer(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows, string? Error);

    /// <summary>Loads <paramref name="plan"/> <paramref name="loads"/> times into a fresh Kùzu database, then runs the queries.</summary>
    public static Answer Run(LoadPlan plan, int loads, IEnumerable<Query> queries)
    {
        var dir = TempDir.Create("kuzu");
        var planFile = Path.Combine(dir, "plan.json");
        using (var fs = File.Create(planFile)) LoadPlanJson.WritePlan(fs, plan);
        var job = new JsonObject
        {
            ["db"] = Path.Combine(dir, "db"),
            ["schema"] = new JsonArray([.. Schema().Select(s => (JsonNode)JsonValue.Create(s)!)]),
            ["plan"] = planFile,
            ["loads"] = loads,
            ["queries"] = new JsonArray([.. queries.Select(q => (JsonNode)new JsonObject
            {
                ["name"] = q.Name, ["text"] = q.Text,
                ["params"] = JsonSerializer.SerializeToNode(q.Parameters),
            })]),
        };
        var jobFile = Path.Combine(dir, "job.json");
        File.WriteAllText(jobFile, job.ToJsonString());
        ExternalTool.Require(Path.Combine(Paths.Tools, "node_modules", "kuzu"), "Kùzu (npm kuzu)");
        var run = ExternalTool.Node("kuzu-run.mjs", jobFile);
        run.ExitCode.Should().Be(0, run.ToString());
        var root = JsonNode.Parse(run.StdOut)!.AsObject();
        var loadsOut = root["loads"]!.AsArray().Select(l => ((long)l!["nodes"]!, (long)l["relationships"]!, (int)l["batches"]!)).ToList();
        var answers = root["queries"]!.AsArray().Select(q => new QueryAnswer(
            (string)q!["name"]!,
            q["columns"]?.AsArray().Select(c => (string)c!).ToList() ?? [],
            q["rows"]?.AsArray().Select(r => (IReadOnlyList<string?>)r!.AsArray().Select(c => (string?)c).ToList()).ToList() ?? [],
            (string?)q["error"])).ToList();
        return new Answer(loadsOut, answers, (string?)root["error"]);
    }
}

/// <summary>Neo4j's Cypher linter (tests/tools/cypher-lint.mjs): one node process for many statements.</summary>
public static class CypherLint
{
    public sealed record Case(string Name, string Text, IReadOnlyDictionary<string, object> Parameters);

    public sealed record Diagnostic(int Severity, string Message, int Line, int Character);

    /// <summary>The diagnostics of every case, by case name.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>> Run(IEnumerable<Case> cases)
    {
        var dir = TempDir.Create("lint");
        var file = Path.Combine(dir, "cases.json");
        var list = cases.ToList();
        File.WriteAllText(file, JsonSerializer.Serialize(list.Select(c => new { name = c.Name, text = c.Text, parameters = c.Parameters })));
        ExternalTool.Require(Path.Combine(Paths.Tools, "node_modules", "@neo4j-cypher", "language-support"), "Neo4j's Cypher linter (npm @neo4j-cypher/language-support)");
        var run = ExternalTool.Node("cypher-lint.mjs", file);
        run.ExitCode.Should().Be(0, run.ToString());
        var result = new Dictionary<string, IReadOnlyList<Diagnostic>>(StringComparer.Ordinal);
        foreach (var item in JsonNode.Parse(run.StdOut)!.AsArray())
        {
            result[(string)item!["name"]!] = [.. item["diagnostics"]!.AsArray().Select(d => new Diagnostic(
                (int)d!["severity"]!, (string)d["message"]!, (int?)d["line"] ?? -1, (int?)d["character"] ?? -1))];
        }
        result.Keys.Should().BeEquivalentTo(list.Select(c => c.Name), "the linter answers every case");
        return result;
    }
}
