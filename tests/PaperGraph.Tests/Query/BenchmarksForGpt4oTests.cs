using PaperGraph.Graph;
using PaperGraph.Query;
using PaperGraph.Resolution;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Query;

/// <summary>"Which benchmarks evaluate GPT-4o?" over the seed corpus: only benchmarks it was scored or compared on,
/// each with the sentence that says so.</summary>
public class BenchmarksForGpt4oTests
{
    [SkippableFact]
    public void EveryBenchmarkListedForGpt4oShowsAnEvidenceSentenceNamingGpt4o()
    {
        var (result, _) = Build.Seeds();
        var q = new NamedQueries(result.Graph);
        var answer = q.BenchmarksFor("GPT-4o");
        answer.Rows.Should().NotBeEmpty();
        var gpt = q.Find("GPT-4o", NodeLabel.Model).Single();
        var forms = new[] { gpt.Name }.Concat(gpt.Aliases).Select(NameKey.Of).ToList();
        int evidence = answer.Columns.ToList().IndexOf("evidence");
        foreach (var row in answer.Rows)
        {
            row[evidence].Should().NotBeNullOrWhiteSpace();
            var key = NameKey.Of(row[evidence]!);
            forms.Any(f => key.Contains(f, StringComparison.Ordinal)).Should().BeTrue($"the evidence must name GPT-4o: {row[evidence]}");
        }
    }

    [SkippableFact]
    public void Gpt4oIsNeverEvaluatedInAPaperWhereItOnlyCuratedData()
    {
        var (result, _) = Build.Seeds();
        var g = result.Graph;
        var gpt = new NamedQueries(g).Find("GPT-4o", NodeLabel.Model).Single();
        var toolPapers = g.Edges.Where(e => e.Type == RelType.UsedAsTool && e.From == gpt.Id).Select(e => e.To).ToHashSet(StringComparer.Ordinal);
        toolPapers.Should().NotBeEmpty("the seed corpus has papers that curate data with GPT-4o");
        g.Edges.Where(e => e.Type == RelType.EvaluatedOn && e.From == gpt.Id && toolPapers.Contains(e.Evidence!.PaperId))
            .Should().BeEmpty();
    }

    [SkippableFact]
    public void Gpt4oNamedAsMotivationInAnOpeningSentenceIsNotEvaluated()
    {
        var (result, _) = Build.Seeds();
        var g = result.Graph;
        var gpt = new NamedQueries(g).Find("GPT-4o", NodeLabel.Model).Single();
        foreach (var e in g.Edges.Where(e => e.Type == RelType.EvaluatedOn && e.From == gpt.Id))
        {
            var paper = g[e.Evidence!.PaperId].Paper!;
            var opening = PaperGraph.Extraction.SentenceSplitter.Split(paper.Abstract).First().Text;
            if (e.Evidence.Sentence != opening) continue;
            e.Evidence.Sentence.Should().MatchRegex(@"\b([Ww]e|[Oo]ur)\b", "an opening sentence evaluates only when it speaks of the paper's own work");
        }
    }
}
