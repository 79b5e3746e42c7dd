using PaperGraph.Export;
using PaperGraph.Pipeline;

namespace PaperGraph.Tests.Support;

/// <summary>Builds graphs for tests: the seed corpus once per test run (shared), or any folder into a temp dir.</summary>
public static class Build
{
    private static readonly Lazy<(BuildResult Result, string Out)> SeedBuild = new(() => Run(Paths.RequireSeeds()));

    /// <summary>The seed corpus built once per test run with every default output, and its output folder.</summary>
    public static (BuildResult Result, string Out) Seeds() { Paths.RequireSeeds(); return SeedBuild.Value; }

    public static (BuildResult Result, string Out) Run(params string[] inputs)
    {
        var dir = TempDir.Create("build");
        var builder = new PipelineBuilder().UseDefaults();
        foreach (var o in Outputs.Defaults()) builder.AddOutput(o);
        var result = builder.Build().Run(inputs, dir);
        return (result, dir);
    }
}

/// <summary>Temporary folders under the system temp dir, named for the test area.</summary>
public static class TempDir
{
    public static string Create(string area)
    {
        var dir = Path.Combine(Path.GetTempPath(), "papergraph-tests", area + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        return dir;
    }
}
