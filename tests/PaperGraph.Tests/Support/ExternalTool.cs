using System.Diagnostics;

namespace PaperGraph.Tests.Support;

/// <summary>Result of running an external tool.</summary>
public sealed record ToolRun(int ExitCode, string StdOut, string StdErr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Clip(StdOut)}\n--- stderr\n{Clip(StdErr)}";
    private static string Clip(string s) => s.Length > 4000 ? s[..4000] + "…" : s;
}

/// <summary>
/// Runs the independent conformance tools (Jena, rapper, node scripts …). A missing tool FAILS the test with a
/// message saying how to install it (./test.sh does): conformance tests never skip.
/// </summary>
public static class ExternalTool
{
    public static ToolRun Run(string fileName, IEnumerable<string> args, string? workingDirectory = null, TimeSpan? timeout = null, string? stdin = null)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = stdin is not null,
            UseShellExecute = false, WorkingDirectory = workingDirectory ?? Paths.Repo,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        Process p;
        try { p = Process.Start(psi) ?? throw new InvalidOperationException($"Could not start {fileName}"); }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"Conformance tool '{fileName}' is not installed ({ex.Message}). Run ./test.sh, which installs it (tests/tools/install.sh).", ex);
        }
        using (p)
        {
            if (stdin is not null) { p.StandardInput.Write(stdin); p.StandardInput.Close(); }
            var so = p.StandardOutput.ReadToEndAsync();
            var se = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(timeout ?? TimeSpan.FromMinutes(10)))
            {
                p.Kill(entireProcessTree: true);
                throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not finish in time.");
            }
            return new ToolRun(p.ExitCode, so.Result, se.Result);
        }
    }

    /// <summary>Fails (does not skip) when a tool's file is missing.</summary>
    public static string Require(string path, string what)
    {
        if (File.Exists(path) || Directory.Exists(path)) return path;
        throw new InvalidOperationException($"{what} is missing at '{path}'. Run ./test.sh (tests/tools/install.sh installs it).");
    }

    /// <summary>Runs Apache Jena's command class (e.g. riotcmd.riot) through tests/tools/jena.sh.</summary>
    public static ToolRun Jena(params string[] args)
    {
        Require("/usr/share/java/jena-cmds.jar", "Apache Jena (Debian libapache-jena-java)");
        Require(Path.Combine(Paths.Tools, ".cache", "jena", "xerces"), "Jena's xerces message files");
        return Run("bash", [Path.Combine(Paths.Tools, "jena.sh"), .. args]);
    }

    /// <summary>Runs a node script from tests/tools with its node_modules.</summary>
    public static ToolRun Node(string script, params string[] args)
    {
        Require(Path.Combine(Paths.Tools, "node_modules"), "The npm tools (tests/tools/node_modules)");
        return Run("node", [Path.Combine(Paths.Tools, script), .. args], Paths.Tools);
    }
}
