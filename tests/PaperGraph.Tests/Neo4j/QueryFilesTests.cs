using System.Text.RegularExpressions;
using PaperGraph.Graph;
using PaperGraph.Query;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Neo4j;

public partial class QueryFilesTests
{
    [Fact]
    public void EveryNamedQuestionHasACypherFileThatSaysWhatItAnswersAndUsesExactlyItsParameters()
    {
        foreach (var name in NamedQueries.Names)
        {
            var text = File.ReadAllText(NamedQueryCases.File(name));
            text.Should().StartWith("// " + name + ":", name);
            var used = Parameter().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal);
            used.Should().Equal(NamedQueryCases.ParameterNames[name].Order(StringComparer.Ordinal), name);
        }
    }

    [Fact]
    public void QueryFilesStayInTheCypherSubsetNeo4jAndKuzuShare()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Paths.Repo, "queries"), "*.cypher").Where(f => !f.EndsWith("constraints.cypher", StringComparison.Ordinal)))
        {
            var code = string.Join('\n', File.ReadAllLines(file).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
            code.Should().NotContainAny(["type(", "labels(", "elementId(", "replace(", "toFloat(", "properties(", "shortestPath", "+= {", "CREATE CONSTRAINT"], Path.GetFileName(file));
            MultiLabel().IsMatch(code).Should().BeFalse($"{Path.GetFileName(file)}: (n:A:B) means A AND B in Neo4j but A OR B in Kùzu");
        }
    }

    [Fact]
    public void TheBrowserStyleGivesEveryLabelAColourAndACaption()
    {
        var grass = File.ReadAllText(Path.Combine(Paths.Repo, "queries", "papergraph.grass"));
        foreach (var label in RelTypeNames.AllLabels)
            Regex.IsMatch(grass, @"node\." + label.CypherName() + @"\s*\{[^}]*color:\s*#[0-9A-Fa-f]{6};[^}]*caption:\s*""\{name\}"";", RegexOptions.CultureInvariant)
                .Should().BeTrue(label.CypherName());
    }

    [GeneratedRegex(@"\$(\w+)")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"\(\w*:\w+:\w+")]
    private static partial Regex MultiLabel();
}
