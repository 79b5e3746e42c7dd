using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PaperGraph.Export;
using PaperGraph.Export.Rdf;
using PaperGraph.Graph;
using PaperGraph.Query;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Export.Rdf;

/// <summary>
/// Every queries/*.rq, with parameters chosen at run time from the graph, runs on Jena ARQ (over graph.ttl) and on
/// Comunica (over graph.ttl and over graph.jsonld); each must return exactly the rows <see cref="NamedQueries"/>
/// computes in memory, in the same order, after numbers are normalised.
/// </summary>
public class SparqlConformanceTests
{
    /// <summary>One named question: its file, the VALUES bindings, and the in-memory answer.</summary>
    public sealed record Case(string Name, IReadOnlyList<(string Var, string Value)> Values, Func<NamedQueries, QueryResult> Expected, bool MustBeNonEmpty);

    private sealed record Answers(string Engine, IReadOnlyDictionary<string, (IReadOnlyList<string> Vars, List<List<string?>> Rows)> ByQuery);

    private static readonly ConcurrentDictionary<string, Lazy<(IReadOnlyList<Case> Cases, IReadOnlyList<Answers> Answers)>> Runs = new();

    public static TheoryData<string, string> Questions()
    {
        var data = new TheoryData<string, string>();
        foreach (var which in new[] { "seed", "hostile", "hostile-corpus" })
            foreach (var name in NamedQueries.Names) data.Add(which, name);
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Questions))]
    public void BothSparqlEnginesReturnExactlyTheInMemoryAnswer(string which, string question)
    {
        var (cases, answers) = Runs.GetOrAdd(which, w => new(() => RunAll(w))).Value;
        var (context, _) = RdfExports.Get(which);
        var c = cases.Single(x => x.Name == question);
        var expected = c.Expected(new NamedQueries(context.Graph));
        if (c.MustBeNonEmpty) expected.Rows.Should().NotBeEmpty($"the parameters chosen for {question} on the {which} graph should give an answer");
        var expectedRows = expected.Rows.Select(r => JsonSerializer.Serialize(r)).ToList();
        foreach (var a in answers)
        {
            var (vars, rows) = a.ByQuery[question];
            vars.Should().Equal(expected.Columns, $"{a.Engine} columns of {question}");
            var actual = rows.Select(r => JsonSerializer.Serialize(r)).ToList();
            if (a.Engine.StartsWith("Comunica", StringComparison.Ordinal))
            {
                // Comunica 4.5 orders strings with JavaScript's localeCompare (case-insensitive first), not by code
                // point as SPARQL's fn:compare requires (Jena does, and its order is checked exactly): from Comunica
                // only the rows are compared, as a multiset.
                actual.Should().BeEquivalentTo(expectedRows, $"{a.Engine} rows of {question} on the {which} graph");
            }
            else
            {
                actual.Should().Equal(expectedRows, $"{a.Engine} rows of {question} on the {which} graph");
            }
        }
    }

    [Fact]
    public void ThereIsOneQueryFilePerNamedQuestion()
    {
        var files = Directory.GetFiles(Path.Combine(Paths.Repo, "queries"), "*.rq").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        files.Should().Equal(NamedQueries.Names.Order(StringComparer.Ordinal));
    }

    /// <summary>The limit the top-* questions are asked with: above any number of groups in the test graphs.</summary>
    private const int TopLimit = 100000;

    private static (IReadOnlyList<Case>, IReadOnlyList<Answers>) RunAll(string which)
    {
        var (context, dir) = RdfExports.Get(which);
        var cases = which == "hostile" ? HostileCases(context.Graph) : SeedCases(context.Graph);
        var qdir = Directory.CreateDirectory(Path.Combine(dir, "queries-bound")).FullName;
        var files = new List<string>();
        foreach (var c in cases)
        {
            var text = File.ReadAllText(Path.Combine(Paths.Repo, "queries", c.Name + ".rq"));
            foreach (var (v, value) in c.Values) text = Bind(text, v, value);
            if (c.Name.StartsWith("top-", StringComparison.Ordinal))
            {
                // A limit above the number of groups, so that the engine with another string order (Comunica) cuts nowhere.
                text.Should().Contain("LIMIT 20");
                text = text.Replace("LIMIT 20", "LIMIT " + TopLimit, StringComparison.Ordinal);
            }
            if (c.Values.Count == 2) text = BindPair(text, c.Values[0], c.Values[1]);
            var f = Path.Combine(qdir, c.Name + ".rq");
            File.WriteAllText(f, text);
            files.Add(f);
        }
        string ttl = Path.Combine(dir, TurtleOutput.FileName), jsonld = Path.Combine(dir, JsonLdOutput.FileName);

        // One JVM per query file (arq.sparql takes one query), two at a time; one node process per data file.
        var arq = new ConcurrentDictionary<string, (IReadOnlyList<string>, List<List<string?>>)>();
        Parallel.ForEach(cases.Zip(files), new ParallelOptions { MaxDegreeOfParallelism = 2 }, p =>
        {
            var run = ExternalTool.Jena("arq.sparql", "--data", ttl, "--query", p.Second, "--results=json");
            run.ExitCode.Should().Be(0, run.ToString());
            arq[p.First.Name] = Parse(JsonDocument.Parse(run.StdOut).RootElement, context.BaseIri);
        });
        var answers = new List<Answers> { new("Jena ARQ (graph.ttl)", arq) };
        foreach (var data in new[] { ttl, jsonld })
        {
            var run = ExternalTool.Node("comunica-sparql.mjs", [data, .. files]);
            run.ExitCode.Should().Be(0, run.ToString());
            using var doc = JsonDocument.Parse(run.StdOut);
            var byQuery = new Dictionary<string, (IReadOnlyList<string>, List<List<string?>>)>();
            foreach (var (c, f) in cases.Zip(files)) byQuery[c.Name] = Parse(doc.RootElement.GetProperty(f), context.BaseIri);
            answers.Add(new($"Comunica ({Path.GetFileName(data)})", byQuery));
        }
        return (cases, answers);
    }

    /// <summary>Replaces the one-value VALUES block of a variable: <c>VALUES ?model { "GPT-4o" }</c>.</summary>
    private static string Bind(string query, string variable, string value)
    {
        var re = new Regex(@"VALUES \?" + variable + @" \{ ""(?:[^""\\]|\\.)*"" \}");
        if (!re.IsMatch(query)) return query;
        return re.Replace(query, "VALUES ?" + variable + " { " + Sparql(value) + " }", 1);
    }

    /// <summary>Replaces a two-variable VALUES block: <c>VALUES (?a ?b) { ("x" "y") }</c>.</summary>
    private static string BindPair(string query, (string Var, string Value) a, (string Var, string Value) b)
    {
        var re = new Regex(@"VALUES \(\?" + a.Var + @" \?" + b.Var + @"\) \{ \(""(?:[^""\\]|\\.)*"" ""(?:[^""\\]|\\.)*""\) \}");
        re.IsMatch(query).Should().BeTrue("the query has a VALUES block for ?{0} ?{1}", a.Var, b.Var);
        return re.Replace(query, $"VALUES (?{a.Var} ?{b.Var}) {{ ({Sparql(a.Value)} {Sparql(b.Value)}) }}", 1);
    }

    /// <summary>A SPARQL string literal. SPARQL's STRING_LITERAL2 takes the same ECHAR escapes as N-Triples; the
    /// \uXXXX escapes N-Triples uses for other controls are decoded before parsing into characters SPARQL strings allow.</summary>
    private static string Sparql(string value) => NTriplesText.Quoted(value);

    private static (IReadOnlyList<string>, List<List<string?>>) Parse(JsonElement results, string baseIri)
    {
        var vars = results.GetProperty("head").GetProperty("vars").EnumerateArray().Select(v => v.GetString()!).ToList();
        var rows = new List<List<string?>>();
        foreach (var b in results.GetProperty("results").GetProperty("bindings").EnumerateArray())
        {
            rows.Add(vars.Select(v => b.TryGetProperty(v, out var cell) ? Cell(cell, baseIri) : null).ToList());
        }
        return (vars, rows);
    }

    /// <summary>IRIs back to node ids; numbers to the invariant shortest form of <see cref="NamedQueries.Num"/>.</summary>
    private static string? Cell(JsonElement cell, string baseIri)
    {
        var value = cell.GetProperty("value").GetString()!;
        var type = cell.GetProperty("type").GetString();
        if (type == "uri") return value.StartsWith(baseIri, StringComparison.Ordinal) ? value[baseIri.Length..] : value;
        if (cell.TryGetProperty("datatype", out var dt) && dt.GetString() is { } d &&
            (d.EndsWith("#decimal", StringComparison.Ordinal) || d.EndsWith("#integer", StringComparison.Ordinal) || d.EndsWith("#double", StringComparison.Ordinal)))
            return NamedQueries.Num(decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture));
        return value;
    }

    /// <summary>Parameters chosen from a built graph (the seeds, the hostile corpus) so that each question has an
    /// answer whenever the graph holds edges of its type (the extraction that makes them evolves; an empty answer is
    /// still compared).</summary>
    private static IReadOnlyList<Case> SeedCases(KnowledgeGraph g)
    {
        bool IsModel(string id) => g[id].Label is NodeLabel.Model or NodeLabel.Method;
        var eval = g.Edges.FirstOrDefault(e => e.Type == RelType.EvaluatedOn && IsModel(e.From));
        var board = g.Edges.FirstOrDefault(e => e.Type == RelType.EvaluatedOn && g[e.To].Label is NodeLabel.Benchmark or NodeLabel.Dataset);
        var based = g.Edges.FirstOrDefault(e => e.Type == RelType.BasedOn && g[e.To].Label == NodeLabel.Model);
        string family = based is null
            ? g.Nodes.FirstOrDefault(n => n.Label == NodeLabel.Model)?.Name ?? "no such model"
            : g.Edges.FirstOrDefault(e => e.Type == RelType.VariantOf && e.From == based.To && g[e.To].Label == NodeLabel.Model) is { } v ? g[v.To].Name : g[based.To].Name;
        var proposes = g.Edges.FirstOrDefault(e => e.Type == RelType.Proposes);
        var proposer = proposes is null ? null : g[proposes.From];
        var linking = g.Edges.Where(e => e.Type == RelType.Mentions && IsModel(e.To)).GroupBy(e => e.From)
            .Select(gr => gr.Select(e => e.To).Distinct().Order(StringComparer.Ordinal).ToList()).FirstOrDefault(l => l.Count >= 2);
        (string a, string b) pair = linking is null ? (family, family) : (g[linking[0]].Name, g[linking[1]].Name);
        var evalModel = eval is null ? family : g[eval.From].Name;
        var boardName = board is null ? family : g[board.To].Name;
        var paperParam = proposer is null ? "no such paper" : proposer.Paper?.Title ?? proposer.Paper?.ArxivId ?? proposer.Id;
        return
        [
            new("benchmarks-for", [("model", evalModel)], q => q.BenchmarksFor(evalModel), eval is not null),
            new("leaderboard", [("benchmark", boardName)], q => q.Leaderboard(boardName), board is not null),
            new("built-on", [("family", family)], q => q.BuiltOn(family), based is not null),
            new("paper-proposes", [("paper", paperParam)], q => q.PaperProposes(paperParam), proposer is not null),
            new("top-benchmarks", [], q => q.TopBenchmarks(TopLimit), g.Edges.Any(e => e.Type == RelType.EvaluatedOn && e.Evidence is not null)),
            new("top-backbones", [], q => q.TopBackbones(TopLimit), based is not null),
            new("papers-linking", [("modelA", pair.a), ("modelB", pair.b)], q => q.PapersLinking(pair.a, pair.b), linking is not null),
        ];
    }

    /// <summary>Parameters for the hostile graph: names with quotes and backslashes, other case and spacing
    /// (exact-alias keys), an alias, a node id and a title with markup and a tab.</summary>
    private static IReadOnlyList<Case> HostileCases(KnowledgeGraph g)
    {
        const string model = "MY \"model\" \\ <X>";
        const string bench = "bench \"ONE\"<&>";
        const string family = "qwen2.5 vl";
        var title = g.Nodes.Single(n => n.Paper?.Title is not null).Paper!.Title!;
        const string a = "GPT4O \"Quoted\"";
        var b = g.Nodes.Single(n => n.Name.StartsWith("My ", StringComparison.Ordinal)).Id;
        return
        [
            new("benchmarks-for", [("model", model)], q => q.BenchmarksFor(model), true),
            new("leaderboard", [("benchmark", bench)], q => q.Leaderboard(bench), true),
            new("built-on", [("family", family)], q => q.BuiltOn(family), true),
            new("paper-proposes", [("paper", title)], q => q.PaperProposes(title), true),
            new("top-benchmarks", [], q => q.TopBenchmarks(TopLimit), true),
            new("top-backbones", [], q => q.TopBackbones(TopLimit), true),
            new("papers-linking", [("modelA", a), ("modelB", b)], q => q.PapersLinking(a, b), true),
        ];
    }
}
