using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using PaperGraph.Export;
using PaperGraph.Export.Rdf;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Export.Rdf;

/// <summary>What the independent RDF tools said about one export folder (graph.ttl, graph.nt, graph.jsonld).</summary>
public sealed record RdfToolReport(
    ToolRun Riot, ToolRun RiotJsonLd, ToolRun RapperTurtle, ToolRun RapperNTriples, ToolRun Shacl,
    long JenaTurtle, long JenaNTriples, long JenaJsonLd, long RapperTurtleCount, long RapperNTriplesCount);

/// <summary>The exports the conformance tests check, each written once per test run, and the tools' verdicts on
/// them, each tool run once per export (one JVM per file kind, not per test).</summary>
public static partial class RdfExports
{
    private static readonly ConcurrentDictionary<string, Lazy<(GraphContext Context, string Dir)>> Exports = new();
    private static readonly ConcurrentDictionary<string, Lazy<RdfToolReport>> Reports = new();

    public static string Shapes => Path.Combine(Paths.Repo, "queries", "papergraph-shapes.ttl");
    public static string Ontology => Path.Combine(Paths.Repo, "queries", "papergraph-ontology.ttl");

    /// <summary>"seed" (the seed build, skipped without seeds except in CI), "hostile" (the hand-made hostile-strings
    /// graph) or "hostile-corpus" (a corpus of hostile abstracts built through the whole pipeline).</summary>
    public static (GraphContext Context, string Dir) Get(string which)
    {
        if (which == "seed")
        {
            var (result, dir) = Build.Seeds();
            return (new GraphContext(result.Graph, result.Report, PaperGraph.Pipeline.PaperGraphPipeline.DefaultBaseIri), dir);
        }
        return Exports.GetOrAdd(which, w => new(() => w switch
        {
            "hostile" => Write(RdfTestGraphs.Hostile(), "rdf-hostile"),
            "hostile-corpus" => Built(Build.Run(RdfTestGraphs.WriteHostileCorpus())),
            _ => throw new ArgumentException("unknown export " + w),
        })).Value;
    }

    private static (GraphContext, string) Built((PaperGraph.Pipeline.BuildResult Result, string Out) b) =>
        (new GraphContext(b.Result.Graph, b.Result.Report, PaperGraph.Pipeline.PaperGraphPipeline.DefaultBaseIri), b.Out);

    private static (GraphContext, string) Write(GraphContext c, string area) => (c, RdfTestGraphs.Write(c, area));

    public static RdfToolReport Report(string which) => Reports.GetOrAdd(which, w => new(() => Check(Get(w).Dir))).Value;

    private static RdfToolReport Check(string dir)
    {
        string ttl = Path.Combine(dir, TurtleOutput.FileName), nt = Path.Combine(dir, NTriplesOutput.FileName), jsonld = Path.Combine(dir, JsonLdOutput.FileName);
        var riot = ExternalTool.Jena("riotcmd.riot", "--validate", "--count", ttl, nt);
        // Debian's Jena has no JSON-P implementation for its JSON-LD 1.1 reader; the JSON-LD 1.0 reader checks the file.
        var riotJsonLd = ExternalTool.Jena("riotcmd.riot", "--syntax=jsonld10", "--validate", "--count", jsonld);
        var rapperTtl = ExternalTool.Run("rapper", ["-i", "turtle", "-c", ttl]);
        var rapperNt = ExternalTool.Run("rapper", ["-i", "ntriples", "-c", nt]);
        var shacl = ExternalTool.Jena("shacl.shacl", "validate", "--shapes", Shapes, "--data", ttl);
        return new RdfToolReport(riot, riotJsonLd, rapperTtl, rapperNt, shacl,
            JenaCount(riot, ttl), JenaCount(riot, nt), JenaCount(riotJsonLd, jsonld), RapperCount(rapperTtl), RapperCount(rapperNt));
    }

    /// <summary>Jena's "file:///…/graph.ttl : Triples = 10,232" line for one file, or -1.</summary>
    public static long JenaCount(ToolRun run, string file)
    {
        var name = Regex.Escape(Path.GetFileName(file));
        var m = Regex.Match(run.StdOut + "\n" + run.StdErr, name + @" : Triples = ([\d,]+)");
        return m.Success ? long.Parse(m.Groups[1].Value.Replace(",", ""), CultureInfo.InvariantCulture) : -1;
    }

    /// <summary>rapper's "Parsing returned N triples", or -1.</summary>
    public static long RapperCount(ToolRun run)
    {
        var m = RapperCountLine().Match(run.StdErr);
        return m.Success ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
    }

    [GeneratedRegex(@"Parsing returned (\d+) triples")]
    private static partial Regex RapperCountLine();

    /// <summary>True when a Jena run printed no warning and no error line.</summary>
    public static bool Clean(ToolRun run) => run.ExitCode == 0 && !Regex.IsMatch(run.StdOut + run.StdErr, @"\b(WARN|ERROR)\b");
}
