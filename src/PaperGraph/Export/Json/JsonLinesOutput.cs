using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PaperGraph.Graph;

namespace PaperGraph.Export.Json;

/// <summary><c>graph.jsonl</c>: one JSON object per node, then one per edge (format documented in the README).</summary>
public sealed class JsonLinesOutput : IOutput
{
    public const string FileName = "graph.jsonl";
    public string Name => "jsonl";

    public IGraphSink Open(string outputDirectory) =>
        new JsonLinesSink(new FileStream(Path.Combine(outputDirectory, FileName), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16));
}

/// <summary>Streams nodes and edges as JSON Lines to a stream (UTF-8, "\n" line ends, no BOM).</summary>
public sealed class JsonLinesSink(Stream stream) : IGraphSink
{
    /// <summary>Escapes every non-ASCII and HTML-sensitive character: the output is safe to embed anywhere.</summary>
    internal static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Default, Indented = false, SkipValidation = false };

    private readonly Utf8JsonWriter _json = new(stream, WriterOptions);

    public void Begin(GraphContext context) { }

    public void Node(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        _json.WriteStartObject();
        _json.WriteString("kind", "node");
        _json.WriteString("id", node.Id);
        _json.WriteString("label", node.Label.CypherName());
        _json.WriteString("name", JsonText.Safe(node.Name));
        WriteArray("aliases", node.Aliases);
        if (node.Paper is { } p)
        {
            WriteOpt("title", p.Title);
            _json.WriteString("abstract", JsonText.Safe(p.Abstract));
            WriteOpt("arxiv", p.ArxivId);
            WriteOpt("created", p.Created?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            WriteOpt("updated", p.Updated?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            WriteOpt("published", p.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            WriteOpt("comment", p.Comment);
            if (p.AuthorCount is { } ac) _json.WriteNumber("authorCount", ac);
            if (!p.Authors.IsDefaultOrEmpty) WriteArray("authors", p.Authors);
            if (!p.Categories.IsDefaultOrEmpty) WriteArray("categories", p.Categories);
            WriteOpt("organisation", p.Organisation);
            if (p.Upvotes is { } up) _json.WriteNumber("upvotes", up);
            _json.WriteStartArray("sources");
            foreach (var s in p.Sources) _json.WriteStringValue(JsonText.Safe(s.ToString()));
            _json.WriteEndArray();
        }
        EndLine();
    }

    public void Edge(Edge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        _json.WriteStartObject();
        _json.WriteString("kind", "edge");
        _json.WriteString("id", edge.Id);
        _json.WriteString("type", edge.Type.CypherName());
        _json.WriteString("from", edge.From);
        _json.WriteString("to", edge.To);
        WriteOpt("metric", edge.Metric);
        if (edge.Value is { } v) _json.WriteNumber("value", v);
        WriteOpt("unit", edge.Unit);
        if (!edge.Surfaces.IsDefaultOrEmpty) WriteArray("surfaces", edge.Surfaces);
        if (edge.Evidence is { } ev)
        {
            _json.WriteString("paper", ev.PaperId);
            _json.WriteString("sentence", JsonText.Safe(ev.Sentence));
            _json.WriteNumber("start", ev.Start);
            _json.WriteNumber("length", ev.Length);
            _json.WriteString("rule", ev.Rule);
            _json.WriteNumber("confidence", Math.Round(ev.Confidence, 4));
        }
        EndLine();
    }

    public void End() => _json.Flush();

    public void Dispose()
    {
        _json.Dispose();
        stream.Dispose();
    }

    private void EndLine()
    {
        _json.WriteEndObject();
        _json.Flush();
        stream.WriteByte((byte)'\n');
        _json.Reset(stream);
    }

    private void WriteOpt(string name, string? value)
    {
        if (value is not null) _json.WriteString(name, JsonText.Safe(value));
    }

    private void WriteArray(string name, IEnumerable<string> values)
    {
        _json.WriteStartArray(name);
        foreach (var a in values) _json.WriteStringValue(JsonText.Safe(a));
        _json.WriteEndArray();
    }
}
