using System.Text;
using PaperGraph.Ingest;
using Record = PaperGraph.Ingest.Record;
using PaperGraph.Pipeline;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Ingest;

/// <summary>Bad input never stops a build: each problem is one rejection naming file:line and a reason, and every
/// other record of the file is still read.</summary>
public class MalformedInputTests
{
    /// <summary>A synthetic abstract: prose of 40+ words, different for each seed.</summary>
    internal static string Prose(int seed) =>
        $"We study problem number {seed} in multimodal learning and show that a simple recipe built on careful data " +
        $"curation, balanced sampling and a light adapter improves accuracy on every benchmark we try, by {seed % 7 + 1}.{seed % 10} points " +
        "on average, while using fewer parameters and less compute than previous systems of similar size and scope.";

    private static readonly UTF8Encoding NoBom = new(false);

    private static string Write(string dir, string name, string text) => Write(dir, name, NoBom.GetBytes(text));

    private static string Write(string dir, string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    private static (List<Record> Records, List<Rejection> Rejections) Read(string file, string? format = null)
    {
        var reader = new CorpusReader(ReaderRegistry.CreateDefault(), format);
        var records = new List<Record>();
        var rejections = new List<Rejection>();
        foreach (var r in reader.ReadFile(file))
        {
            if (r.Record is { } rec) records.Add(rec); else rejections.Add(r.Rejection!);
        }
        return (records, rejections);
    }

    private static string Hf(params string[] entries) =>
        "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nbyAK and the research community\n\nMar 14\n\n" + string.Join("\n\n", entries) + "\n";

    private static string Listing(int seed, string id) => $"{Prose(seed)}\n\narXiv:{id}\nCreated: 2025-01-0{seed % 9 + 1}\n\n";

    [Fact]
    public void AnEmptyFileIsOneRejectionAtLineOne()
    {
        var dir = TempDir.Create("malformed");
        var file = Write(dir, "empty.txt", "");
        var (records, rejections) = Read(file);
        records.Should().BeEmpty();
        rejections.Should().ContainSingle().Which.ToString().Should().Be($"{file}:1: empty file: no records");
    }

    [Fact]
    public void AFileOfOnlyBlankLinesIsRejectedAsEmpty()
    {
        var file = Write(TempDir.Create("malformed"), "blank.txt", "\n \r\n\t\n");
        Read(file).Rejections.Should().ContainSingle().Which.Reason.Should().Contain("empty file");
    }

    [Fact]
    public void ABinaryFileIsRejectedAsBinaryNamingTheLineOfTheFirstNulByte()
    {
        var dir = TempDir.Create("malformed");
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[100] = 0;
        var file = Write(dir, "image.png", Concat("Abstract: looks like text\n"u8.ToArray(), bytes));
        var (records, rejections) = Read(file);
        records.Should().BeEmpty();
        rejections.Should().ContainSingle().Which.Reason.Should().StartWith("binary file");
        rejections[0].Source.File.Should().Be(file);
        rejections[0].Source.Line.Should().BeGreaterThan(1);
    }

    [Fact]
    public void AnAbstractLineWithNothingAfterThePrefixIsATruncatedRecordAndTheOthersAreRead()
    {
        var file = Write(TempDir.Create("malformed"), "a.txt", $"Abstract:{Prose(1)}\nAbstract:\nAbstract: {Prose(2)}\nnot an abstract line\n");
        var (records, rejections) = Read(file);
        records.Should().HaveCount(2);
        rejections.Select(r => r.ToString()).Should().Equal(
            $"{file}:2: empty abstract after 'Abstract:'",
            $"{file}:4: expected a line starting 'Abstract:', found 'not an abstract line'");
    }

    [Fact]
    public void AListingRecordCutBeforeItsArxivLineIsRejectedAsTruncated()
    {
        var text = Listing(1, "2501.00001") + Listing(2, "2501.00002") + Prose(3) + "\n\nAccepted at Nowhere 2025\n";
        var file = Write(TempDir.Create("malformed"), "listing.txt", text);
        var (records, rejections) = Read(file);
        records.Select(r => r.ArxivId).Should().Equal("2501.00001", "2501.00002");
        rejections.Should().ContainSingle().Which.ToString().Should().Be($"{file}:11: truncated record: end of file before its arXiv line");
    }

    [Fact]
    public void AListingRecordWithoutItsArxivLineBeforeTheNextAbstractIsRejectedAndTheNextIsRead()
    {
        var text = Prose(1) + "\n\n" + Listing(2, "2501.00002");
        var file = Write(TempDir.Create("malformed"), "listing.txt", text);
        var (records, rejections) = Read(file, "arxiv-listing");
        records.Select(r => r.ArxivId).Should().Equal("2501.00002");
        rejections.Should().ContainSingle().Which.ToString().Should().Be($"{file}:1: truncated record: no arXiv line");
    }

    [Fact]
    public void AHuggingFaceTitleAtTheEndWithoutItsAbstractIsRejectedAsTruncated()
    {
        var file = Write(TempDir.Create("malformed"), "hf.txt", Hf($"First Title: A Paper\n\n{Prose(1)}", "Second Title: Cut Off"));
        var (records, rejections) = Read(file);
        records.Should().ContainSingle().Which.Title.Should().Be("First Title: A Paper");
        rejections.Should().ContainSingle().Which.ToString().Should().Be($"{file}:15: truncated record: title at end of file without an abstract");
    }

    [Fact]
    public void ATruncatedJsonLineIsRejectedAsInvalidJsonAndTheOthersAreRead()
    {
        var good = $"{{\"id\":\"2503.00001\",\"title\":\"T\",\"abstract\":\"{Prose(1)}\"}}";
        var file = Write(TempDir.Create("malformed"), "d.jsonl", $"{good}\n{good[..40]}\n{good.Replace("00001", "00002").Replace("problem number 1", "problem number 2")}\n");
        var (records, rejections) = Read(file);
        records.Select(r => r.ArxivId).Should().Equal("2503.00001", "2503.00002");
        rejections.Should().ContainSingle().Which.Source.Line.Should().Be(2);
        rejections[0].Reason.Should().StartWith("not valid JSON");
    }

    [Theory]
    [InlineData("[1,2,3]", "expected a JSON object, found Array")]
    [InlineData("{\"id\":\"1\",\"title\":\"x\"}", "missing or empty \"abstract\"")]
    [InlineData("{\"abstract\":\"   \"}", "missing or empty \"abstract\"")]
    [InlineData("{\"abstract\":42}", "missing or empty \"abstract\"")]
    [InlineData("{\"abstract\":\"x\",}", "not valid JSON")]
    [InlineData("{'abstract':'x'}", "not valid JSON")]
    public void ABadJsonLineIsRejectedWithItsReason(string line, string reason)
    {
        var good = $"{{\"abstract\":\"{Prose(1)}\"}}";
        var file = Write(TempDir.Create("malformed"), "d.jsonl", $"{good}\n{line}\n");
        var (records, rejections) = Read(file, "jsonl");
        records.Should().ContainSingle();
        rejections.Should().ContainSingle().Which.Source.Line.Should().Be(2);
        rejections[0].Reason.Should().StartWith(reason);
    }

    [Fact]
    public void LoneSurrogateEscapesInJsonBecomeReplacementCharactersInsteadOfACrash()
    {
        var line = $"{{\"id\":\"2503.00009\",\"title\":\"Bad \\ud800 high \\udc00 low \\ud83d\\ude00 pair \\\"q\\\" \\\\ \\t\",\"abstract\":\"{Prose(1)} \\udfff\",\"authors\":[\"A \\ud800\"]}}";
        var file = Write(TempDir.Create("malformed"), "s.jsonl", line + "\n");
        var (records, rejections) = Read(file);
        rejections.Should().BeEmpty();
        var r = records.Should().ContainSingle().Subject;
        r.Title.Should().Be("Bad \uFFFD high \uFFFD low \U0001F600 pair \"q\" \\");
        r.Abstract.Should().EndWith(" \uFFFD");
        r.Authors.Should().Equal("A \uFFFD");
    }

    [Fact]
    public void ATenMegabyteLineIsRejectedAsTooLongAndTheRecordsAroundItAreRead()
    {
        var huge = "{\"abstract\":\"" + new string('x', 10 * 1024 * 1024) + "\"}";
        var text = $"{{\"abstract\":\"{Prose(1)}\"}}\n{huge}\n{{\"abstract\":\"{Prose(2)}\"}}\n";
        var file = Write(TempDir.Create("malformed"), "big.jsonl", text);
        var (records, rejections) = Read(file);
        records.Should().HaveCount(2);
        rejections.Should().ContainSingle().Which.ToString().Should().Be($"{file}:2: line is 10,485,775 bytes, over the limit of 4,194,304");
    }

    [Fact]
    public void InvalidUtf8OnOneLineRejectsThatRecordOnly()
    {
        var bytes = Concat(NoBom.GetBytes($"Abstract:{Prose(1)}\nAbstract: bad "), [0xC3, 0x28, 0xFF], NoBom.GetBytes($" bytes\nAbstract:{Prose(3)}\n"));
        var file = Write(TempDir.Create("malformed"), "u.txt", bytes);
        var (records, rejections) = Read(file);
        records.Should().HaveCount(2);
        rejections.Should().ContainSingle().Which.ToString().Should().Be($"{file}:2: invalid UTF-8 at byte 15 of the line");
    }

    [Fact]
    public void InvalidUtf8InAHuggingFaceTitleRejectsThatWholeRecordAndNotTheNext()
    {
        var bytes = Concat(NoBom.GetBytes(Hf($"Good Title: One\n\n{Prose(1)}").TrimEnd('\n') + "\n\nBroken "), [0xE2, 0x82],
            NoBom.GetBytes($" Title\n\n{Prose(2)}\n\n  • 3 authors\n·\nMar 12, 2025 4\n\nThird Title\n\n{Prose(3)}\n"));
        var file = Write(TempDir.Create("malformed"), "hf.txt", bytes);
        var (records, rejections) = Read(file);
        records.Select(r => r.Title).Should().Equal("Good Title: One", "Third Title");
        records[1].AuthorCount.Should().BeNull("the metadata belonged to the rejected record");
        rejections.Should().ContainSingle().Which.Source.Line.Should().Be(15);
        rejections[0].Reason.Should().StartWith("invalid UTF-8");
    }

    [Fact]
    public void InvalidUtf8InAListingAbstractRejectsThatRecordAndTheNextIsRead()
    {
        var bytes = Concat(NoBom.GetBytes(Listing(1, "2501.00001")), NoBom.GetBytes(Prose(2)), [0xFF], NoBom.GetBytes("\n\narXiv:2501.00002\nCreated: 2025-01-02\n\n" + Listing(3, "2501.00003")));
        var file = Write(TempDir.Create("malformed"), "l.txt", bytes);
        var (records, rejections) = Read(file, "arxiv-listing");
        records.Select(r => r.ArxivId).Should().Equal("2501.00001", "2501.00003");
        rejections.Should().NotBeEmpty();
        rejections.Should().OnlyContain(r => r.Source.File == file);
        rejections[0].Source.Line.Should().Be(6);
        rejections[0].Reason.Should().StartWith("invalid UTF-8");
    }

    [Fact]
    public void CrlfLineEndsAndAByteOrderMarkReadExactlyLikeLfWithoutABom()
    {
        var dir = TempDir.Create("malformed");
        var hf = Hf($"Title One\n\n{Prose(1)}\n\n  • 4 authors\n·\nMar 12, 2025 4", $"Title Two\n\n{Prose(2)}");
        var texts = new[] { Listing(1, "2501.00001") + Listing(2, "2501.00002"), hf, $"Abstract:{Prose(1)}\n", $"{{\"id\":\"x\",\"abstract\":\"{Prose(4)}\"}}\n" };
        for (int i = 0; i < texts.Length; i++)
        {
            var lf = Read(Write(dir, $"lf{i}.txt", texts[i]));
            var crlf = Read(Write(dir, $"crlf{i}.txt", Concat([0xEF, 0xBB, 0xBF], NoBom.GetBytes(texts[i].Replace("\n", "\r\n", StringComparison.Ordinal)))));
            lf.Rejections.Should().BeEmpty();
            crlf.Rejections.Should().BeEmpty();
            crlf.Records.Should().HaveCount(lf.Records.Count).And.NotBeEmpty();
            crlf.Records.Select(r => r with { Source = default }).Should().BeEquivalentTo(lf.Records.Select(r => r with { Source = default }), o => o.WithStrictOrdering());
            crlf.Records.Should().OnlyContain(r => !r.Abstract.Contains('\r') && !r.Abstract.StartsWith('\uFEFF') && (r.Title == null || !r.Title.Contains('\r')));
        }
    }

    [Fact]
    public void AFileInNoKnownFormatIsRejectedAsUnknownNamingTheFormats()
    {
        var file = Write(TempDir.Create("malformed"), "notes.md", "# Notes\n\nSome text.\n");
        Read(file).Rejections.Should().ContainSingle().Which.Reason.Should().StartWith("unknown format: not one of jsonl, abstract-lines, arxiv-listing, hf-daily");
    }

    [Fact]
    public void EveryRecordReadIsInTheGraphOrRejectedAndTheRejectionsAreWrittenToRejectedTsv()
    {
        var dir = TempDir.Create("malformed-in");
        Write(dir, "a-empty.txt", "");
        Write(dir, "b-lines.txt", $"Abstract:{Prose(1)}\nAbstract:\nAbstract:{Prose(2)}\n");
        Write(dir, "c-listing.txt", Listing(1, "2501.00001") + Listing(5, "2501.00005") + Prose(9));
        Write(dir, "d.jsonl", $"{{\"id\":\"2501.00005\",\"title\":\"Five\",\"abstract\":\"{Prose(5)}\"}}\n{{\"abstract\":\n{{\"abstract\":\"{Prose(6)}\"}}\n");
        Write(dir, "e-binary.bin", new byte[] { 1, 2, 0, 3, 10, 0 });
        var (result, output) = Build.Run(dir);
        var report = result.Report;

        report.RecordsRead.Should().Be(6);
        report.Rejections.Should().HaveCount(5);
        report.UniquePapers.Should().Be(4, "Prose(1) and Prose(5) appear twice");
        report.DuplicatesMerged.Should().Be(2);
        (report.UniquePapers + report.DuplicatesMerged).Should().Be(report.RecordsRead);
        var papers = result.Graph.Nodes.Where(n => n.Paper is not null).ToList();
        papers.Should().HaveCount(report.UniquePapers);
        papers.Sum(p => p.Paper!.Sources.Length).Should().Be(report.RecordsRead);
        report.Files.Sum(f => f.Records).Should().Be(report.RecordsRead);
        report.Files.Sum(f => f.Rejected).Should().Be(report.Rejections.Length);
        papers.Single(p => p.Paper!.ArxivId == "2501.00005").Paper!.Title.Should().Be("Five", "the union of a listing record and a JSON record");

        var tsv = File.ReadAllLines(Path.Combine(output, BuildReportOutput.RejectedFileName));
        tsv[0].Should().Be("file\tline\treason");
        tsv.Skip(1).Select(l => l.Split('\t')).Should().HaveCount(5).And.OnlyContain(f => f.Length == 3 && File.Exists(f[0]) && int.Parse(f[1]) >= 1 && f[2].Length > 0);
        tsv.Skip(1).Select(l => Path.GetFileName(l.Split('\t')[0])).Should().Equal("a-empty.txt", "b-lines.txt", "c-listing.txt", "d.jsonl", "e-binary.bin");
        var json = File.ReadAllText(Path.Combine(output, BuildReportOutput.ReportFileName));
        json.Should().Contain("\"recordsRead\": 6").And.Contain("\"recordsRejected\": 5").And.Contain("\"uniquePapers\": 4").And.Contain("\"duplicatesMerged\": 2");
    }
}
