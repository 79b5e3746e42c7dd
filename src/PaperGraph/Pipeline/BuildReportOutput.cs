using System.Globalization;
using System.Text;
using System.Text.Json;
using PaperGraph.Export;
using PaperGraph.Graph;

namespace PaperGraph.Pipeline;

/// <summary>
/// <c>rejected.tsv</c> (file, line, reason of every rejected record, in reading order, with a header row) and
/// <c>build-report.json</c> (the counts of <see cref="BuildReport"/>; no timings, so the file is deterministic).
/// </summary>
public sealed class BuildReportOutput : IOutput
{
    public const string RejectedFileName = "rejected.tsv";
    public const string ReportFileName = "build-report.json";

    public string Name => "build-report";

    public IGraphSink Open(string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(outputDirectory);
        return new Sink(outputDirectory);
    }

    private sealed class Sink(string dir) : IGraphSink
    {
        public void Begin(GraphContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            WriteRejected(context.Report, Path.Combine(dir, RejectedFileName));
            WriteReport(context.Report, Path.Combine(dir, ReportFileName));
        }

        public void Node(Node node) { }
        public void Edge(Edge edge) { }
        public void End() { }
        public void Dispose() { }
    }

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    internal static void WriteRejected(BuildReport report, string path)
    {
        using var w = new StreamWriter(path, append: false, Utf8NoBom) { NewLine = "\n" };
        w.WriteLine("file\tline\treason");
        foreach (var r in report.Rejections)
            w.WriteLine($"{TsvText.Field(r.Source.File)}\t{r.Source.Line.ToString(CultureInfo.InvariantCulture)}\t{TsvText.Field(r.Reason)}");
    }

    internal static void WriteReport(BuildReport report, string path)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default }))
        {
            json.WriteStartObject();
            json.WriteNumber("recordsRead", report.RecordsRead);
            json.WriteNumber("uniquePapers", report.UniquePapers);
            json.WriteNumber("duplicatesMerged", report.DuplicatesMerged);
            json.WriteNumber("recordsRejected", report.Rejections.Length);
            json.WriteStartObject("nodes");
            foreach (var label in RelTypeNames.AllLabels) json.WriteNumber(label.CypherName(), report.NodesByLabel.GetValueOrDefault(label));
            json.WriteEndObject();
            json.WriteStartObject("edges");
            foreach (var type in RelTypeNames.AllTypes) json.WriteNumber(type.CypherName(), report.EdgesByType.GetValueOrDefault(type));
            json.WriteEndObject();
            json.WriteStartArray("files");
            foreach (var f in report.Files)
            {
                json.WriteStartObject();
                json.WriteString("file", JsonText.Safe(f.File));
                if (f.Format is null) json.WriteNull("format"); else json.WriteString("format", f.Format);
                json.WriteNumber("records", f.Records);
                json.WriteNumber("rejected", f.Rejected);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }
}
