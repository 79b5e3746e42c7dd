using PaperGraph.Export;
using PaperGraph.Export.Neo4j;
using PaperGraph.Pipeline;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Export.Neo4j;

/// <summary>Golden files for the neo4j/ export of a small hand-made graph (tests/PaperGraph.Tests/TestData/neo4j).
/// Set PAPERGRAPH_UPDATE_GOLDEN=1 to rewrite them after an intended change, then review the diff.</summary>
public class Neo4jOutputTests
{
    private static readonly string Golden = Path.Combine(Paths.TestData, "neo4j");

    private static string Write(global::PaperGraph.Pipeline.BuildReport? report = null)
    {
        var dir = TempDir.Create("neo4j-out");
        using (var sink = new Neo4jOutput().Open(dir))
            GraphReplay.Replay(new GraphContext(TinyGraph.Create(), report ?? BuildReport.Empty, PaperGraphPipeline.DefaultBaseIri), sink);
        return Path.Combine(dir, Neo4jOutput.FolderName);
    }

    [Fact]
    public void TheExportOfAHandMadeGraphMatchesTheGoldenFiles()
    {
        var dir = Write();
        var files = Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        if (Environment.GetEnvironmentVariable("PAPERGRAPH_UPDATE_GOLDEN") == "1")
        {
            if (Directory.Exists(Golden)) Directory.Delete(Golden, recursive: true);
            Directory.CreateDirectory(Golden);
            foreach (var f in files) File.Copy(Path.Combine(dir, f!), Path.Combine(Golden, f!));
        }
        Directory.GetFiles(Golden).Select(Path.GetFileName).Order(StringComparer.Ordinal).Should().Equal(files);
        foreach (var f in files)
            File.ReadAllText(Path.Combine(dir, f!)).Should().Be(File.ReadAllText(Path.Combine(Golden, f!)), f);
    }

    [Fact]
    public void TwoExportsAreByteIdentical()
    {
        var a = Write();
        var b = Write();
        foreach (var f in Directory.GetFiles(a))
            File.ReadAllBytes(f).Should().Equal(File.ReadAllBytes(Path.Combine(b, Path.GetFileName(f))), Path.GetFileName(f));
    }

    [Fact]
    public void ImportArgumentsNameEveryFileWithExplicitDelimitersAndAskForMultilineFieldsOnlyWhenAValueHasALineBreak()
    {
        var dir = Write();
        var args = File.ReadAllLines(Path.Combine(dir, Neo4jOutput.ArgsFileName));
        args.Should().Contain("--delimiter=,").And.Contain("--array-delimiter=U+001F").And.Contain("--multiline-fields=true", "the hand-made abstract has a line break");
        var csvs = Directory.GetFiles(dir, "*.csv").Select(Path.GetFileName).ToList();
        args.Where(a => a.StartsWith("--nodes=", StringComparison.Ordinal) || a.StartsWith("--relationships=", StringComparison.Ordinal))
            .Select(a => a[(a.IndexOf('=') + 1)..]).Should().BeEquivalentTo(csvs);
        Neo4jCsvSink.ImportArgs(["n.csv"], [], multiline: false).Should().Contain("--multiline-fields=false");
        File.ReadAllText(Path.Combine(dir, Neo4jOutput.ScriptFileName)).Should().Contain("neo4j-admin database import full").And.Contain("@import.args");
    }

    [Fact]
    public void NodeFilesHaveAnIdSpacePerLabelAndRelationshipFilesReferToThem()
    {
        var dir = Write();
        File.ReadLines(Path.Combine(dir, "nodes-Model.csv")).First().Should().Be("id:ID(Model),:LABEL,name,aliases:string[]");
        File.ReadLines(Path.Combine(dir, "rels-EVALUATED_ON-Model-Benchmark.csv")).First().Should()
            .StartWith(":START_ID(Model),:END_ID(Benchmark),:TYPE,id,metric,value:double,");
    }

    [Fact]
    public void QueriesConstraintsFileHoldsExactlyTheConstraintsTheLoaderCreates()
    {
        var lines = File.ReadAllLines(Path.Combine(Paths.Repo, "queries", "constraints.cypher"))
            .Where(l => !l.StartsWith("//", StringComparison.Ordinal) && l.Length > 0).Select(l => l.TrimEnd(';'));
        lines.Should().Equal(LoadPlan.ConstraintStatements());
    }

    [Fact]
    public void TheLoadPlanMergesNodesOnIdsAndRelationshipsOnEdgeIdsWithValuesOnlyAsParameters()
    {
        var graph = TinyGraph.Create();
        var plan = LoadPlan.Build(graph, batchSize: 2);
        plan.Statements.Select(s => s.Phase).Should().BeInAscendingOrder();
        plan.NodeRows.Should().Be(graph.Nodes.Length);
        plan.RelationshipRows.Should().Be(graph.Edges.Length);
        foreach (var s in plan.Statements.Where(s => s.Phase != LoadPhase.Constraints))
        {
            s.Text.Should().StartWith("UNWIND $rows AS row ");
            s.Text.Should().MatchRegex(s.Phase == LoadPhase.Nodes ? @"MERGE \(n:\w+ \{id: row\.id\}\)" : @"MERGE \(a\)-\[r:\w+ \{id: row\.id\}\]->\(b\)");
            s.Batches.Should().OnlyContain(b => b.Length >= 1 && b.Length <= 2);
            foreach (var n in graph.Nodes) s.Text.Should().NotContain(n.Name);
        }
    }

    [Fact]
    public void TheLoadPlanOfABuildEqualsTheLoadPlanOfItsGraphJsonlSoBuildNeo4jAndLoadSendTheSameData()
    {
        var (result, dir) = Build.Run(Paths.Samples);
        var reread = PaperGraph.Export.Json.JsonLinesGraphReader.Read(Path.Combine(dir, PaperGraph.Export.Json.JsonLinesOutput.FileName));
        static byte[] Json(PaperGraph.Graph.KnowledgeGraph g)
        {
            using var ms = new MemoryStream();
            LoadPlanJson.WritePlan(ms, LoadPlan.Build(g));
            return ms.ToArray();
        }
        Json(reread).Should().Equal(Json(result.Graph));
    }
}
