using System.Text.RegularExpressions;
using PaperGraph.Export;
using PaperGraph.Export.Neo4j;
using PaperGraph.Query;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Neo4j;

/// <summary>Every Cypher statement PaperGraph emits passes Neo4j's own linter (@neo4j-cypher/language-support) with
/// no error (severity 1): load-plan statements, load.cypher (statements and :param literals), queries/*.cypher and
/// queries/constraints.cypher.</summary>
public partial class CypherLintConformanceTests
{
    private static readonly Dictionary<string, object> Rows = new() { ["rows"] = Array.Empty<object>() };

    [Fact]
    public void QueryFilesConstraintsAndTheLoadPlanAndLoadCypherOfAHostileGraphPassTheLinterWhichFlagsBrokenStatements()
    {
        var cases = new List<CypherLint.Case>();
        foreach (var name in NamedQueries.Names)
        {
            var parameters = NamedQueryCases.ParameterNames[name].ToDictionary(p => p, p => (object)(p == "limit" ? 20 : "x"));
            cases.Add(new($"queries/{name}.cypher", File.ReadAllText(NamedQueryCases.File(name)), parameters));
        }
        cases.Add(new("queries/constraints.cypher", File.ReadAllText(Path.Combine(Paths.Repo, "queries", "constraints.cypher")), new Dictionary<string, object>()));
        var plan = LoadPlan.Build(TinyGraph.Create(), batchSize: 2);
        cases.AddRange(PlanCases("tiny", plan));
        cases.AddRange(LoadCypherCases("tiny load.cypher", LoadCypher(plan)));
        foreach (var (hostile, i) in new[] { TinyGraph.Hostile, "'", "\\", "\\'", "\n", "}]" }.Select((s, i) => (s, i)))
            cases.Add(new($"string literal {i}", "RETURN " + CypherText.String(hostile) + " AS s", new Dictionary<string, object>()));
        // The linter is not a no-op: in the same run, three broken statements must each get an error.
        var broken = new List<CypherLint.Case>
        {
            new("broken: undefined variable", "MATCH (n:Model) RETURN m", new Dictionary<string, object>()),
            new("broken: undeclared parameter", "MATCH (n:Model) WHERE n.id = $nope RETURN n", new Dictionary<string, object>()),
            new("broken: unknown function", "RETURN toFlaot(1) AS x", new Dictionary<string, object>()),
        };
        var result = CypherLint.Run(cases.Concat(broken));
        foreach (var b in broken) result[b.Name].Should().Contain(d => d.Severity == 1, b.Name);
        AssertNoErrors(result.Where(kv => !kv.Key.StartsWith("broken:", StringComparison.Ordinal)).ToDictionary(), cases.Count);
    }

    [SkippableFact]
    public void TheSeedBuildsLoadPlanAndLoadCypherPassTheLinter()
    {
        var (result, dir) = Build.Seeds();
        var cases = PlanCases("seed", LoadPlan.Build(result.Graph)).ToList();
        cases.AddRange(LoadCypherCases("seed load.cypher", File.ReadAllText(Path.Combine(dir, Neo4jOutput.FolderName, LoadCypherWriter.FileName))));
        AssertNoErrors(CypherLint.Run(cases), cases.Count);
    }

    private static void AssertNoErrors(IReadOnlyDictionary<string, IReadOnlyList<CypherLint.Diagnostic>> result, int count)
    {
        result.Should().HaveCount(count);
        var errors = result.SelectMany(kv => kv.Value.Where(d => d.Severity == 1).Select(d => $"{kv.Key} {d.Line}:{d.Character} {d.Message}")).ToList();
        errors.Should().BeEmpty();
    }

    private static IEnumerable<CypherLint.Case> PlanCases(string prefix, LoadPlan plan) =>
        plan.Statements.Select(s => s.Text).Distinct(StringComparer.Ordinal)
            .Select((t, i) => new CypherLint.Case($"{prefix} plan statement {i}", t, Rows));

    private static string LoadCypher(LoadPlan plan)
    {
        var sw = new StringWriter { NewLine = "\n" };
        LoadCypherWriter.Write(sw, plan);
        return sw.ToString();
    }

    /// <summary>load.cypher split the way cypher-shell reads it: each <c>:param rows => LITERAL</c> line is a client
    /// command (linted as <c>RETURN LITERAL AS rows</c>, which proves the literal is valid Cypher); everything else is
    /// one script of <c>;</c>-terminated one-line statements.</summary>
    private static IEnumerable<CypherLint.Case> LoadCypherCases(string prefix, string text)
    {
        var statements = new List<string>();
        int i = 0;
        foreach (var line in text.Split('\n'))
        {
            var m = ParamLine().Match(line);
            if (m.Success) yield return new CypherLint.Case($"{prefix} :param {i++}", "RETURN " + m.Groups[1].Value + " AS rows", new Dictionary<string, object>());
            else statements.Add(line);
        }
        i.Should().BeGreaterThan(0, "load.cypher sets its rows with :param");
        // Each statement line repeats once per batch: lint every distinct line once (comments and constraints included).
        yield return new CypherLint.Case($"{prefix} statements", string.Join('\n', statements.Distinct(StringComparer.Ordinal)), Rows);
    }

    [GeneratedRegex(@"^:param rows => (.*)$")]
    private static partial Regex ParamLine();
}
