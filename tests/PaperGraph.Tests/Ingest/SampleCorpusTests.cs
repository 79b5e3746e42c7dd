using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Ingest;

public class SampleCorpusTests
{
    [Fact]
    public void TheSamplesInTheRepoReadWithoutRejectionsAndMergeCrossFileDuplicates()
    {
        var (result, _) = Build.Run(Paths.Samples);
        result.Report.Rejections.Should().BeEmpty();
        result.Report.RecordsRead.Should().Be(9);
        result.Report.UniquePapers.Should().Be(7);
        result.Report.DuplicatesMerged.Should().Be(2);
    }
}
