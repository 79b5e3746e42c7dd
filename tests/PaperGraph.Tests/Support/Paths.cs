namespace PaperGraph.Tests.Support;

/// <summary>Where the repository, its samples and the seed corpus are.</summary>
public static class Paths
{
    /// <summary>The repository root (the folder holding PaperGraph.sln).</summary>
    public static string Repo { get; } = FindRepo();

    public static string Samples => Path.Combine(Repo, "samples");

    public static string Tools => Path.Combine(Repo, "tests", "tools");

    public static string TestData => Path.Combine(Repo, "tests", "PaperGraph.Tests", "TestData");

    /// <summary>PAPERGRAPH_SEEDS, else ../shared/seeds beside the repository.</summary>
    public static string Seeds =>
        Environment.GetEnvironmentVariable("PAPERGRAPH_SEEDS") is { Length: > 0 } s ? s : Path.GetFullPath(Path.Combine(Repo, "..", "shared", "seeds"));

    /// <summary>Gold annotations: ../shared/gold beside the seeds.</summary>
    public static string Gold => Path.GetFullPath(Path.Combine(Seeds, "..", "gold"));

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the calling test when the seed corpus is absent, except under CI=true where absence fails.</summary>
    public static string RequireSeeds()
    {
        if (Directory.Exists(Seeds) && Directory.EnumerateFiles(Seeds).Any()) return Seeds;
        if (InCi) throw new InvalidOperationException($"CI=true but the seed corpus is missing at '{Seeds}' (set PAPERGRAPH_SEEDS).");
        Skip.If(true, $"Seed corpus not found at '{Seeds}' (set PAPERGRAPH_SEEDS); test skipped.");
        return Seeds;
    }

    private static string FindRepo()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PaperGraph.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("PaperGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
