using System.Text.Json;
using System.Text.RegularExpressions;
using PaperGraph.Ingest;
using Record = PaperGraph.Ingest.Record;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Ingest;

/// <summary>
/// The readers on the real seed files. The expected figures were counted by hand and by an independent script
/// (abstract = a prose line of 300+ characters; HF metadata = "• N authors" / organisation, "·", date line).
/// No seed text is copied here: files are named by their three-digit prefix.
/// </summary>
public class SeedCorpusTests
{
    private static readonly Regex MetadataLine = new(@"^(•\s*\d+\s+authors?|·|(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(,\s*\d{4})?(\s+\d+)?)$", RegexOptions.CultureInvariant);

    private static readonly string[] Chrome = ["new", "Get trending papers in your email inbox!", "Subscribe", "Daily Papers", "byAK and the research community"];

    private static string Seed(string prefix) =>
        Directory.EnumerateFiles(Paths.RequireSeeds()).Single(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal));

    private static (List<Record> Records, List<Rejection> Rejections, FileReadSummary Summary) ReadSeed(string prefix)
    {
        var reader = new CorpusReader(ReaderRegistry.CreateDefault());
        var records = new List<Record>();
        var rejections = new List<Rejection>();
        FileReadSummary? summary = null;
        foreach (var r in reader.ReadFile(Seed(prefix), s => summary = s))
        {
            if (r.Record is { } rec) records.Add(rec); else rejections.Add(r.Rejection!);
        }
        return (records, rejections, summary!);
    }

    [SkippableTheory]
    [InlineData("000", "abstract-lines", 10, 0)]
    [InlineData("001", "arxiv-listing", 10, 0)]
    [InlineData("002", "hf-daily", 152, 152)]
    [InlineData("003", "hf-daily", 74, 74)]
    [InlineData("004", "hf-daily", 69, 69)]
    public void EachSeedFileIsDetectedAndReadToItsExactRecordCountWithoutRejections(string prefix, string format, int records, int titled)
    {
        var (recs, rejections, summary) = ReadSeed(prefix);
        summary.Format.Should().Be(format);
        rejections.Should().BeEmpty();
        recs.Should().HaveCount(records);
        recs.Count(r => r.Title is not null).Should().Be(titled);
        recs.Select(r => r.Abstract).Should().OnlyHaveUniqueItems("no seed file repeats a paper within itself");
    }

    [SkippableFact]
    public void NoHuggingFaceChromeOrMetadataLineBecomesATitleOrAnAbstract()
    {
        foreach (var prefix in new[] { "002", "003", "004" })
        {
            foreach (var r in ReadSeed(prefix).Records)
            {
                r.Title.Should().NotBeNull();
                MetadataLine.IsMatch(r.Title!).Should().BeFalse($"'{r.Title}' in {r.Source} is metadata");
                Chrome.Should().NotContain(r.Title);
                r.Title!.Length.Should().BeInRange(10, 299);
                r.Abstract.Length.Should().BeGreaterThan(300, $"the abstract at {r.Source} is prose");
                r.Abstract.Should().NotContain("•").And.NotContain(" authors ·");
            }
        }
    }

    [SkippableFact]
    public void HuggingFaceMetadataIsKeptAsPaperProperties()
    {
        var recs = ReadSeed("003").Records;
        recs.Count(r => r.AuthorCount is not null).Should().Be(53);
        recs.Count(r => r.Organisation is not null).Should().Be(10);
        recs.Count(r => r.Upvotes is not null).Should().Be(26);
        recs.Count(r => r.Published is not null).Should().Be(38, "only dates with a year become a date");
        recs.Where(r => r.Organisation is not null).Should().OnlyContain(r => !MetadataLine.IsMatch(r.Organisation!));
        recs.Where(r => r.AuthorCount is not null).Should().OnlyContain(r => r.AuthorCount > 0 && r.AuthorCount < 1000);
    }

    [SkippableFact]
    public void ArxivListingKeepsIdsDatesAndCommentLines()
    {
        var recs = ReadSeed("001").Records;
        recs.Should().OnlyContain(r => r.ArxivId != null && Regex.IsMatch(r.ArxivId, @"^\d{4}\.\d{4,5}$"));
        recs.Select(r => r.ArxivId).Should().OnlyHaveUniqueItems();
        recs.Should().OnlyContain(r => r.Created != null);
        recs.Count(r => r.Updated is not null).Should().Be(2);
        recs.Where(r => r.Updated is not null).Should().OnlyContain(r => r.Updated >= r.Created);
        recs.Count(r => r.Comment is not null).Should().Be(6);
        recs.Should().OnlyContain(r => !r.Abstract.StartsWith("arXiv:", StringComparison.Ordinal) && !r.Abstract.StartsWith("Created:", StringComparison.Ordinal));
        recs.Where(r => r.Comment is not null).Should().OnlyContain(r => r.Comment!.Length < 200 && !r.Comment.Contains("arXiv:") && !r.Comment.Contains("Created:"));
    }

    [SkippableFact]
    public void TheWholeCorpusMergesCrossFileDuplicatesIntoOnePaperEach()
    {
        var (result, _) = Build.Seeds();
        var report = result.Report;
        report.RecordsRead.Should().Be(315);
        report.UniquePapers.Should().Be(299);
        report.DuplicatesMerged.Should().Be(16);
        report.Rejections.Should().BeEmpty();
        report.Files.Select(f => f.Records).Should().Equal(10, 10, 152, 74, 69);

        var papers = result.Graph.Nodes.Where(n => n.Paper is not null).Select(n => n.Paper!).ToList();
        papers.Should().HaveCount(299);
        papers.Sum(p => p.Sources.Length).Should().Be(315, "every record read is a source of exactly one paper");
        var merged = papers.Where(p => p.Sources.Length > 1).ToList();
        merged.Should().HaveCount(14);
        merged.Count(p => p.Sources.Length == 3).Should().Be(2);
        merged.Should().OnlyContain(p => p.Sources.Select(s => s.File).Distinct().Count() == p.Sources.Length, "duplicates are across files");
        papers.Count(p => p.Title is not null).Should().Be(282);
        papers.Count(p => p.ArxivId is not null).Should().Be(10);

        // The union of properties: a paper from the listing (arXiv id, no title) that also appears on an HF page (title).
        var union = papers.Where(p => p.Sources.Any(s => Path.GetFileName(s.File).StartsWith("001", StringComparison.Ordinal)) &&
                                      p.Sources.Any(s => Path.GetFileName(s.File).StartsWith("002", StringComparison.Ordinal))).ToList();
        union.Should().ContainSingle();
        union[0].Title.Should().NotBeNull();
        union[0].ArxivId.Should().NotBeNull();
        union[0].Created.Should().NotBeNull();
    }

    public static TheoryData<string> GoldFiles => new() { "dev.jsonl", "train.jsonl" };

    [SkippableTheory]
    [MemberData(nameof(GoldFiles))]
    public void EveryGoldPaperIsFoundByItsAbstractStartWithItsTitleArxivIdAndSeedFiles(string goldFile)
    {
        var (result, _) = Build.Seeds();
        var path = Path.Combine(Paths.Gold, goldFile);
        File.Exists(path).Should().BeTrue($"the gold file {path} sits beside the seeds");
        var papers = result.Graph.Nodes.Where(n => n.Paper is not null).ToList();
        var folded = papers.Select(n => (Node: n, Abstract: PaperGraph.Graph.Text.FoldWhitespace(n.Paper!.Abstract))).ToList();
        int count = 0;
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            count++;
            using var doc = JsonDocument.Parse(line);
            var g = doc.RootElement;
            var uid = g.GetProperty("uid").GetString();
            var start = PaperGraph.Graph.Text.FoldWhitespace(g.GetProperty("abstract_start").GetString()!);
            var hits = folded.Where(p => p.Abstract.StartsWith(start, StringComparison.Ordinal)).ToList();
            hits.Should().ContainSingle($"gold paper {uid} of {goldFile} is one paper of the graph");
            var paper = hits[0].Node.Paper!;
            var title = g.GetProperty("title");
            if (title.ValueKind == JsonValueKind.String) paper.Title.Should().Be(title.GetString(), $"title of {uid}");
            else paper.Title.Should().BeNull($"{uid} has no title in the sources");
            var arxiv = g.GetProperty("arxiv");
            paper.ArxivId.Should().Be(arxiv.ValueKind == JsonValueKind.String ? arxiv.GetString() : null, $"arXiv id of {uid}");
            var files = g.GetProperty("seed_files").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal);
            paper.Sources.Select(s => Path.GetFileName(s.File)[..3]).Distinct().Order(StringComparer.Ordinal).Should().Equal(files, $"seed files of {uid}");
        }
        count.Should().BeGreaterThan(40);
    }
}
