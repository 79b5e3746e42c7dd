using System.Globalization;
using System.Text.Json;
using PaperGraph.Export.Json;

namespace PaperGraph.Export.Facts;

/// <summary><c>facts.jsonl</c>: one object per paper with exactly the keys of the gold records (see <see cref="PaperFacts"/>).</summary>
public sealed class FactsOutput : IOutput
{
    public const string FileName = "facts.jsonl";
    public string Name => "facts";

    public IGraphSink Open(string outputDirectory) =>
        new FactsSink(new FileStream(Path.Combine(outputDirectory, FileName), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16));
}

/// <summary>Writes every paper's facts at <see cref="End"/> (they need the whole graph, which the context holds).</summary>
public sealed class FactsSink(Stream stream) : IGraphSink
{
    private GraphContext? _context;

    public void Begin(GraphContext context) => _context = context ?? throw new ArgumentNullException(nameof(context));
    public void Node(Graph.Node node) { }
    public void Edge(Graph.Edge edge) { }

    public void End()
    {
        if (_context is null) throw new InvalidOperationException("End() called before Begin().");
        Write(stream, PaperFacts.FromGraph(_context.Graph));
    }

    /// <summary>Writes facts as JSON Lines (UTF-8, "\n" line ends, keys in gold order).</summary>
    public static void Write(Stream stream, IEnumerable<PaperFacts> papers)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(papers);
        using var json = new Utf8JsonWriter(stream, JsonLinesSink.WriterOptions);
        foreach (var p in papers)
        {
            json.WriteStartObject();
            Str(json, "title", p.Title);
            Str(json, "arxiv", p.Arxiv);
            Str(json, "abstract_start", p.AbstractStart);
            json.WriteStartArray("entities");
            foreach (var e in p.Entities)
            {
                json.WriteStartObject();
                Str(json, "name", e.Name);
                Str(json, "type", e.Type);
                json.WriteStartArray("aliases");
                foreach (var a in e.Aliases) json.WriteStringValue(JsonText.Safe(a));
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("proposes");
            foreach (var n in p.Proposes) json.WriteStringValue(JsonText.Safe(n));
            json.WriteEndArray();
            json.WriteStartArray("evaluated_on");
            foreach (var e in p.EvaluatedOn)
            {
                json.WriteStartObject();
                Str(json, "model", e.Model);
                Str(json, "benchmark", e.Benchmark);
                Str(json, "metric", e.Metric);
                if (e.Value is { } v) json.WriteNumber("value", v); else json.WriteNull("value");
                Str(json, "unit", e.Unit);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("backbones");
            foreach (var b in p.Backbones)
            {
                json.WriteStartObject();
                Str(json, "model", b.Model);
                Str(json, "backbone", b.Backbone);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
            json.Reset(stream);
        }
        json.Flush();
    }

    private static void Str(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, JsonText.Safe(value));
    }

    public void Dispose() => stream.Dispose();
}

/// <summary>Reads <c>facts.jsonl</c> or a gold file (extra keys such as <c>uid</c> and <c>notes</c> are ignored).</summary>
public static class FactsReader
{
    /// <exception cref="FormatException">A line is not a facts object (names file and line).</exception>
    public static IReadOnlyList<PaperFacts> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var result = new List<PaperFacts>();
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try { result.Add(Parse(line)); }
            catch (Exception ex) when (ex is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
            {
                throw new FormatException($"{path}:{lineNo}: not a facts record ({ex.Message})", ex);
            }
        }
        return result;
    }

    /// <summary>Parses one facts object.</summary>
    public static PaperFacts Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        using var doc = JsonDocument.Parse(line);
        var o = doc.RootElement;
        return new PaperFacts
        {
            Title = Str(o, "title"),
            Arxiv = Str(o, "arxiv"),
            AbstractStart = Str(o, "abstract_start") ?? throw new FormatException("missing \"abstract_start\""),
            Entities = [.. Arr(o, "entities").Select(e => new FactEntity(Req(e, "name"), Req(e, "type"), [.. Arr(e, "aliases").Select(a => a.GetString() ?? "")]))],
            Proposes = [.. Arr(o, "proposes").Select(p => p.GetString() ?? throw new FormatException("null in \"proposes\""))],
            EvaluatedOn = [.. Arr(o, "evaluated_on").Select(e => new FactEvaluation(Req(e, "model"), Req(e, "benchmark"), Str(e, "metric"), Num(e, "value"), Str(e, "unit")))],
            Backbones = [.. Arr(o, "backbones").Select(b => new FactBackbone(Str(b, "model"), Req(b, "backbone")))],
        };
    }

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
    private static string Req(JsonElement o, string name) => Str(o, name) ?? throw new FormatException($"missing \"{name}\"");
    private static decimal? Num(JsonElement o, string name)
    {
        if (!o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind == JsonValueKind.Number) return v.GetDecimal();
        if (v.ValueKind == JsonValueKind.String && decimal.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        throw new FormatException($"\"{name}\" is not a number");
    }
    private static IEnumerable<JsonElement> Arr(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];
}
