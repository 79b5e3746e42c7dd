using System.IO.Compression;
using PaperGraph.Cli;
using PaperGraph.Pipeline;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Cli;

/// <summary>The <c>papergraph</c> command run in-process with captured output.</summary>
public class CliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string SnapshotDir => Path.Combine(Paths.Repo, "tests", "PaperGraph.Tests", "Cli", "Snapshots");

    /// <summary>Compares with a snapshot file; with UPDATE_SNAPSHOTS=1 the file is (re)written instead.</summary>
    private static void MatchSnapshot(string actual, string name)
    {
        var path = Path.Combine(SnapshotDir, name);
        // The usage line names the running executable (testhost here, papergraph when installed as a tool).
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal).Replace($"  {System.CommandLine.RootCommand.ExecutableName} ", "  papergraph ", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1") File.WriteAllText(path, actual);
        File.Exists(path).Should().BeTrue($"snapshot {path} exists (run once with UPDATE_SNAPSHOTS=1 to create it)");
        actual.Should().Be(File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal), $"the output matches {name}");
    }

    [Theory]
    [InlineData("help.txt", "--help")]
    [InlineData("help.txt", "-h")]
    [InlineData("build-help.txt", "build", "--help")]
    [InlineData("query-help.txt", "query", "--help")]
    public void HelpPrintsTheDocumentedUsageAndExitsZero(string snapshot, params string[] args)
    {
        var (code, output, _) = Run(args);
        code.Should().Be(ExitCodes.Ok);
        MatchSnapshot(output, snapshot);
    }

    [Fact]
    public void VersionPrintsTheProductVersionAlone()
    {
        // --version reports the entry assembly, so it is checked on the real command, not inside the test host.
        var run = ExternalTool.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "PaperGraph.Cli.dll"), "--version"]);
        run.ExitCode.Should().Be(ExitCodes.Ok, run.ToString());
        run.StdOut.Trim().Should().Be(typeof(Program).Assembly.GetName().Version!.ToString(3));
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("build")]
    [InlineData("build", "samples", "--no-such-option")]
    [InlineData("query")]
    [InlineData("query", "benchmarks-for", "x", "--format", "xml")]
    [InlineData("frobnicate")]
    public void WrongUsageExitsWithTwoAndSaysWhy(params string[] args)
    {
        var (code, _, error) = Run(args);
        code.Should().Be(ExitCodes.Usage);
        error.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void AnInputPathThatDoesNotExistIsAUsageError()
    {
        var missing = Path.Combine(TempDir.Create("cli"), "nope.txt");
        var (code, _, error) = Run("build", missing, "-o", TempDir.Create("cli-out"));
        code.Should().Be(ExitCodes.Usage);
        error.Should().Contain(missing).And.Contain("neither a file nor a folder");
    }

    [Fact]
    public void AnUnknownFormatIsAUsageError()
    {
        var (code, _, error) = Run("build", Paths.Samples, "--format", "docx", "-o", TempDir.Create("cli-out"));
        code.Should().Be(ExitCodes.Usage);
        error.Should().Contain("Unknown format 'docx'");
    }

    [Fact]
    public void BuildPrintsTheSummaryTableAndPlainProgressLinesWhenRedirected()
    {
        var outDir = TempDir.Create("cli-out");
        var (code, output, error) = Run("build", Paths.Samples, "-o", outDir);
        code.Should().Be(ExitCodes.Ok);
        foreach (var row in new[] { "unique papers", "duplicates merged", "records rejected", "Models", "Benchmarks", "Metrics", "EVALUATED_ON facts", "MENTIONS facts", "time" })
            output.Should().Contain(row);
        output.Should().MatchRegex(@"unique papers\s*│\s*7 │");
        output.Should().NotContain("\u001b[", "no ANSI escapes when the output is not a terminal");
        error.Should().Contain("read: done (4)").And.Contain("extract: done (7)").And.Contain("write: done");
        File.Exists(Path.Combine(outDir, "graph.jsonl")).Should().BeTrue();
    }

    [Fact]
    public void QuietBuildPrintsNoProgress()
    {
        var (code, _, error) = Run("build", Paths.Samples, "-o", TempDir.Create("cli-out"), "--quiet");
        code.Should().Be(ExitCodes.Ok);
        error.Should().BeEmpty();
    }

    [Fact]
    public void StrictExitsWithThreeWhenRecordsWereRejectedAndZeroOtherwise()
    {
        var dir = TempDir.Create("cli-in");
        File.WriteAllText(Path.Combine(dir, "a.txt"), "Abstract: fine\nAbstract:\n");
        Run("build", dir, "-o", TempDir.Create("cli-out"), "--strict").Code.Should().Be(ExitCodes.InputErrors);
        var (code, output, _) = Run("build", dir, "-o", TempDir.Create("cli-out"));
        code.Should().Be(ExitCodes.Ok, "without --strict rejections are reported, not fatal");
        output.Should().Contain("a.txt:2: empty abstract").And.Contain(BuildReportOutput.RejectedFileName);
        Run("build", Paths.Samples, "-o", TempDir.Create("cli-out"), "--strict").Code.Should().Be(ExitCodes.Ok);
    }

    [Fact]
    public void BenchmarksForListsBenchmarkScoreAndPaperTitleOrArxivIdFromTheBuiltGraph()
    {
        var outDir = TempDir.Create("cli-out");
        Run("build", Paths.Samples, "-o", outDir, "-q").Code.Should().Be(ExitCodes.Ok);
        var (code, output, _) = Run("query", "benchmarks-for", "GPT-4o", "--graph", outDir);
        code.Should().Be(ExitCodes.Ok);
        output.Should().Contain("benchmark").And.Contain("score").And.Contain("paper");
        output.Should().Contain("ChartSage").And.Contain("61.2%").And.Contain("arXiv:2501.00001");
        output.Should().NotContain("paper/", "people see titles or arXiv ids, not node ids");

        var (tsvCode, tsv, _) = Run("query", "benchmarks-for", "gpt 4o", "--graph", outDir, "--format", "tsv");
        tsvCode.Should().Be(ExitCodes.Ok);
        var lines = tsv.TrimEnd('\n').Split('\n');
        lines[0].Should().Be("benchmark\tmetric\tvalue\tunit\tpaper\tevidence");
        lines.Skip(1).Should().Contain(l => l.StartsWith("ChartSage\t", StringComparison.Ordinal) && l.Contains("\t61.2\t%\tpaper/"), "machines get the node id");
    }

    [Fact]
    public void QueryWithoutABuiltGraphSaysHowToBuildOne()
    {
        var (code, _, error) = Run("query", "top-benchmarks", "--graph", TempDir.Create("cli-empty"));
        code.Should().Be(ExitCodes.Usage);
        error.Should().Contain("graph.jsonl").And.Contain("papergraph build");
    }

    [Fact]
    public void TheCliPacksAsADotnetToolNamedPapergraph()
    {
        // The test assembly's configuration (Debug locally, Release under ./test.sh) has the CLI built already.
        var config = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var dir = TempDir.Create("pack");
        var run = ExternalTool.Run("dotnet", ["pack", Path.Combine(Paths.Repo, "src", "PaperGraph.Cli"), "-c", config, "--no-build", "-o", dir, "-v", "q", "-nologo"], timeout: TimeSpan.FromMinutes(3));
        run.ExitCode.Should().Be(0, run.ToString());
        var nupkg = Directory.GetFiles(dir, "PaperGraph.Cli.*.nupkg").Should().ContainSingle().Subject;
        using var zip = ZipFile.OpenRead(nupkg);
        var settings = zip.Entries.Should().ContainSingle(e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal)).Subject;
        using var reader = new StreamReader(settings.Open());
        var xml = reader.ReadToEnd();
        xml.Should().Contain("Name=\"papergraph\"").And.Contain("EntryPoint=\"PaperGraph.Cli.dll\"");
        var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var ns = new StreamReader(nuspec.Open());
        ns.ReadToEnd().Should().Contain("<packageType name=\"DotnetTool\"");
    }
}
