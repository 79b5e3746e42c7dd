using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PaperGraph.Benchmarks;

/// <summary>Throughput: the benchmark's Size parameter (papers) divided by its mean time.</summary>
public sealed class PapersPerSecondColumn : IColumn
{
    public string Id => nameof(PapersPerSecondColumn);
    public string ColumnName => "Papers/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Papers processed per second (Size / Mean)";
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var size = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Size")?.Value;
        var stats = summary[benchmarkCase]?.ResultStatistics;
        if (size is not int n || stats is null || stats.Mean <= 0) return "-";
        return (n / (stats.Mean / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
    }
}
