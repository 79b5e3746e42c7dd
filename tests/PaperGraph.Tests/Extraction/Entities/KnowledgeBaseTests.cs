using PaperGraph.Extraction.Entities;
using PaperGraph.Graph;

namespace PaperGraph.Tests.Extraction.Entities;

public class KnowledgeBaseTests
{
    private static KnowledgeBase Kb => KnowledgeBase.Default;

    [Fact]
    public void TheShippedKnowledgeBaseDeclaresItsSchemaVersion() => Kb.Version.Should().Be(1);

    [Theory]
    [InlineData("GPT-4 omni", "GPT-4o")]
    [InlineData("GPT4o", "GPT-4o")]
    [InlineData("GPT-4V(ision)", "GPT-4V")]
    [InlineData("GPT-4 Vision", "GPT-4V")]
    [InlineData("Qwen2.5VL", "Qwen2.5-VL")]
    [InlineData("qwen2.5-vl", "Qwen2.5-VL")]
    [InlineData("VLRewardBench", "VL-RewardBench")]
    [InlineData("Direct Preference Optimization", "DPO")]
    [InlineData("MSCOCO", "COCO")]
    public void AliasesResolveToTheirCanonicalName(string surface, string canonical) =>
        Kb.Find(surface)!.Name.Should().Be(canonical);

    [Theory]
    [InlineData("GPT-4", "GPT-4o")]
    [InlineData("GPT-4", "GPT-4V")]
    [InlineData("GPT-4o", "GPT-4V")]
    [InlineData("Qwen2.5", "Qwen2.5-VL")]
    [InlineData("Qwen2-VL", "Qwen2.5-VL")]
    public void LookAlikeModelsAreDifferentEntries(string a, string b) =>
        Kb.Find(a)!.Name.Should().NotBe(Kb.Find(b)!.Name);

    [Theory]
    [InlineData("clip")]
    [InlineData("sam")]
    [InlineData("pope")]
    [InlineData("llama")]
    public void AnAllLowerCaseWordDoesNotMatchACapitalisedName(string word) => Kb.Find(word).Should().BeNull();

    [Theory]
    [InlineData("LLMs")]
    [InlineData("MLLM")]
    [InlineData("Vision Transformers")]
    [InlineData("diffusion models")]
    [InlineData("OpenAI")]
    public void GenericClassesAndOrganisationsAreMarkedGeneric(string name) => Kb.Find(name)!.IsGeneric.Should().BeTrue();

    [Fact]
    public void EveryAliasKeyBelongsToOneEntityEntry()
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var clashes = new List<string>();
        foreach (var e in Kb.Entries)
        {
            if (e.IsGeneric) continue;
            foreach (var form in e.Aliases.Prepend(e.Name))
            {
                var key = PaperGraph.Resolution.NameKey.Of(form);
                if (seen.TryGetValue(key, out var other) && other != e.Name) clashes.Add($"{form}: {other} / {e.Name}");
                seen[key] = e.Name;
            }
        }
        clashes.Should().BeEmpty();
    }

    [Fact]
    public void ParsingRejectsAFileWithoutSchemaLine() =>
        FluentActions.Invoking(() => KnowledgeBase.Parse("Model\tX\t\n")).Should().Throw<FormatException>();

    [Fact]
    public void ParsingRejectsAnUnknownType() =>
        FluentActions.Invoking(() => KnowledgeBase.Parse("#schema\tpapergraph-kb\t1\nGadget\tX\t\n")).Should().Throw<FormatException>();

    [Fact]
    public void ParsingRejectsANewerSchemaVersion() =>
        FluentActions.Invoking(() => KnowledgeBase.Parse("#schema\tpapergraph-kb\t99\n")).Should().Throw<FormatException>();

    [Fact]
    public void ParsingReadsTypesAndAliases()
    {
        var kb = KnowledgeBase.Parse("#schema\tpapergraph-kb\t1\n# comment\nBenchmark\tFooBench\tFoo-Bench|FB2\n");
        kb.Find("Foo Bench")!.Type.Should().Be(NodeLabel.Benchmark);
        kb.Find("FB2")!.Name.Should().Be("FooBench");
    }
}

public class KnowledgeBasePluralTests
{
    [Theory]
    [InlineData("accuracy")]
    [InlineData("rate")]
    [InlineData("match")]
    [InlineData("score")]
    [InlineData("loss")]
    public void TheRegularPluralAgreesWithHumanizer(string word) =>
        KnowledgeBase.Plural(word).Should().Be(Humanizer.InflectorExtensions.Pluralize(word, inputIsKnownToBeSingular: true));

    [Fact]
    public void APluralOfALowerCaseFormFindsItsEntry() => KnowledgeBase.Default.Find("success rates")!.Name.Should().Be("success rate");
}
