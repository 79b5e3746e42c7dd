using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Neo4j;

/// <summary>docker-compose (1.29, installed by tests/tools/install.sh) accepts docker-compose.yml; the import runs
/// before the server and the constraints after it is healthy.</summary>
public class DockerComposeConformanceTests
{
    private static readonly string ComposeFile = Path.Combine(Paths.Repo, "docker-compose.yml");

    [Fact]
    public void DockerComposeAcceptsTheComposeFileWithAndWithoutAnEnvFile()
    {
        var plain = ExternalTool.Run("docker-compose", ["-f", ComposeFile, "config", "-q"]);
        plain.ExitCode.Should().Be(0, plain.ToString());

        var resolved = ExternalTool.Run("docker-compose", ["--env-file", Path.Combine(Paths.Repo, ".env.example"), "-f", ComposeFile, "config"]);
        resolved.ExitCode.Should().Be(0, resolved.ToString());
        resolved.StdOut.Should().Contain("image: neo4j:5.26")
            .And.Contain("NEO4J_AUTH: neo4j/change-me-to-a-long-password", "auth comes from the env file")
            .And.Contain("condition: service_completed_successfully", "the server waits for the one-shot import")
            .And.Contain("condition: service_healthy", "constraints wait for a healthy server")
            .And.Contain("wget -q --spider http://localhost:7474")
            .And.Contain("published: 7474").And.Contain("published: 7687");
    }

    [Fact]
    public void DockerComposeIsNotANoOpItRejectsABrokenDependency()
    {
        var broken = File.ReadAllText(ComposeFile).Replace("condition: service_completed_successfully", "condition: service_finished_somehow", StringComparison.Ordinal);
        var dir = TempDir.Create("compose");
        var file = Path.Combine(dir, "docker-compose.yml");
        File.WriteAllText(file, broken);
        var run = ExternalTool.Run("docker-compose", ["-f", file, "config", "-q"], dir);
        run.ExitCode.Should().NotBe(0, run.ToString());
    }

    [Fact]
    public void TheEnvExampleHoldsNoRealSecretAndDotEnvIsIgnoredByGit()
    {
        File.ReadAllText(Path.Combine(Paths.Repo, ".env.example")).Should().Contain("NEO4J_PASSWORD=change-me");
        File.ReadAllLines(Path.Combine(Paths.Repo, ".gitignore")).Should().Contain(".env");
    }
}
