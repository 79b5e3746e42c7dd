using System.Security.Cryptography;
using PaperGraph.Export;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Pipeline;

/// <summary>Two builds of the same input, in two separate processes (string hashing differs per process), give
/// byte-identical files: every output of <see cref="Outputs.Defaults"/>.</summary>
public class DeterminismTests
{
    private static string BuildInProcess(string input)
    {
        var dir = TempDir.Create("determinism");
        var dll = Path.Combine(AppContext.BaseDirectory, "PaperGraph.Cli.dll");
        var run = ExternalTool.Run("dotnet", [dll, "build", input, "-o", dir, "--quiet"], timeout: TimeSpan.FromMinutes(5));
        run.ExitCode.Should().Be(0, run.ToString());
        return dir;
    }

    private static Dictionary<string, string> Hashes(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    private static void AssertTwoBuildsIdentical(string input)
    {
        var a = Hashes(BuildInProcess(input));
        var b = Hashes(BuildInProcess(input));
        a.Should().NotBeEmpty();
        a.Keys.Should().BeEquivalentTo(b.Keys, "both builds write the same files");
        foreach (var (file, hash) in a) b[file].Should().Be(hash, $"{file} is byte-identical across runs");
        // One file per default output at least (each output writes something).
        a.Count.Should().BeGreaterThanOrEqualTo(Outputs.Defaults().Count);
    }

    [Fact]
    public void BuildingTheSamplesTwiceGivesByteIdenticalOutputs() => AssertTwoBuildsIdentical(Paths.Samples);

    [SkippableFact]
    public void BuildingTheSeedCorpusTwiceGivesByteIdenticalOutputs() => AssertTwoBuildsIdentical(Paths.RequireSeeds());
}
