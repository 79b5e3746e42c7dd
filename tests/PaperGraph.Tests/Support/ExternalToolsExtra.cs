using System.Text.Json;

namespace PaperGraph.Tests.Support;

/// <summary>The Python reader of GraphML/GEXF (Debian python3-networkx) and the golden files of writers.</summary>
public static class GraphReaders
{
    /// <summary>Reads every file with NetworkX in one Python call; returns the JSON it printed, by path.</summary>
    public static JsonElement NetworkX(params string[] files)
    {
        ExternalTool.Require("/usr/bin/python3", "Debian's python3");
        var run = ExternalTool.Run("/usr/bin/python3", [Path.Combine(Paths.Tools, "graph-read.py"), .. files]);
        if (run.ExitCode != 0 && run.StdErr.Contains("No module named 'networkx'", StringComparison.Ordinal))
            throw new InvalidOperationException("NetworkX is missing: run ./test.sh (tests/tools/install.sh installs python3-networkx).");
        run.ExitCode.Should().Be(0, run.ToString());
        return JsonDocument.Parse(run.StdOut).RootElement.Clone();
    }
}

/// <summary>Golden files under TestData/: compared byte for byte; PAPERGRAPH_UPDATE_GOLDEN=1 rewrites them.</summary>
public static class Golden
{
    public static void Check(string relativePath, string actual)
    {
        var path = Path.Combine(Paths.TestData, relativePath);
        if (Environment.GetEnvironmentVariable("PAPERGRAPH_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new System.Text.UTF8Encoding(false));
        }
        File.Exists(path).Should().BeTrue($"golden file {path} exists (set PAPERGRAPH_UPDATE_GOLDEN=1 to create it)");
        actual.Should().Be(File.ReadAllText(path, System.Text.Encoding.UTF8), $"the output equals {relativePath}");
    }
}

/// <summary>xunit mangles lone surrogates in [InlineData] strings, so cases write them as <c>{D800}</c>.</summary>
public static class Lone
{
    public static string Decode(string s) =>
        System.Text.RegularExpressions.Regex.Replace(s, @"\{(D[89A-F][0-9A-F]{2})\}", m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
}
