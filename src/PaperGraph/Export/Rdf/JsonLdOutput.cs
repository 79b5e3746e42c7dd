using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PaperGraph.Export.Rdf;

/// <summary><c>graph.jsonld</c> (JSON-LD 1.1, flattened: one node object per subject in <c>@graph</c>) and
/// <c>context.jsonld</c> (the same <c>@context</c> on its own, for documents that reference it).</summary>
public sealed class JsonLdOutput : IOutput
{
    public const string FileName = "graph.jsonld";
    public const string ContextFileName = "context.jsonld";
    public string Name => "jsonld";

    public IGraphSink Open(string outputDirectory) =>
        new JsonLdSink(new FileStream(Path.Combine(outputDirectory, FileName), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16),
            Path.Combine(outputDirectory, ContextFileName));
}

/// <summary>
/// Writes JSON-LD, streamed: <c>{"@context": {…}, "@graph": [</c>, one node object per line, <c>]}</c>. The context
/// (prefixes only, no coercions) is embedded so the file reads offline; it is also written to
/// <paramref name="contextPath"/> when given. Every value is an explicit value object (<c>{"@id"}</c>,
/// <c>{"@value", "@type"}</c>, <c>{"@value", "@language"}</c>), so no context term changes a triple. Strings get the
/// same value as in the other syntaxes (<see cref="NTriplesText.Representable"/>), then System.Text.Json's escaping
/// (ASCII-only output).
/// </summary>
public sealed class JsonLdSink(Stream stream, string? contextPath = null) : RdfSink(stream)
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default, Indented = false };
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private PrefixMap? _prefixes;
    private Utf8JsonWriter? _json;
    private readonly HashSet<string> _done = new(StringComparer.Ordinal);

    private static bool IsType(PredicateObject st) => st.Predicate.Value == Vocabulary.RdfType.Value;
    private bool _first = true;

    protected override void WriteHeader()
    {
        _prefixes = new PrefixMap(Mapping.Prefixes);
        var context = ContextJson(Mapping.Prefixes);
        if (contextPath is not null) File.WriteAllText(contextPath, "{\n  \"@context\": " + context + "\n}\n", new UTF8Encoding(false));
        Write("{\n  \"@context\": " + context + ",\n  \"@graph\": [\n");
    }

    /// <summary>The context object: one entry per prefix, indented for reading.</summary>
    public static string ContextJson(IEnumerable<(string Prefix, string Namespace)> prefixes)
    {
        ArgumentNullException.ThrowIfNull(prefixes);
        var sb = new StringBuilder("{");
        bool first = true;
        foreach (var (p, ns) in prefixes)
        {
            sb.Append(first ? "\n    " : ",\n    ");
            first = false;
            sb.Append(JsonSerializer.Serialize(p)).Append(": ").Append(JsonSerializer.Serialize(IriText.Check(ns)));
        }
        return sb.Append("\n  }").ToString();
    }

    protected override void WriteBlock(SubjectBlock block)
    {
        _buffer.Clear();
        var json = _json ??= new Utf8JsonWriter(_buffer, Options);
        json.Reset(_buffer);
        {
            json.WriteStartObject();
            json.WriteString("@id", Compact(block.Subject));
            var st = block.Statements;
            bool anyType = false;
            for (int i = 0; i < st.Count; i++)
            {
                if (!IsType(st[i])) continue;
                if (!anyType) { json.WriteStartArray("@type"); anyType = true; }
                json.WriteStringValue(Compact((Iri)st[i].Object));
            }
            if (anyType) json.WriteEndArray();
            // One key per predicate (JSON objects have no repeated keys), in order of first appearance.
            _done.Clear();
            for (int i = 0; i < st.Count; i++)
            {
                var p = st[i].Predicate.Value;
                if (IsType(st[i]) || !_done.Add(p)) continue;
                json.WriteStartArray(Compact(st[i].Predicate));
                for (int j = i; j < st.Count; j++)
                {
                    if (st[j].Predicate.Value == p) Value(json, st[j].Object);
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
            json.Flush();
        }
        if (!_first) Write(",\n");
        _first = false;
        Write("    ");
        Stream.Write(_buffer.WrittenSpan);
    }

    private void Value(Utf8JsonWriter json, RdfTerm term)
    {
        json.WriteStartObject();
        switch (term)
        {
            case Iri iri: json.WriteString("@id", Compact(iri)); break;
            case Literal lit:
                json.WriteString("@value", NTriplesText.Representable(lit.Lexical));
                if (lit.Language is not null) json.WriteString("@language", lit.Language);
                else if (lit.Datatype is not null) json.WriteString("@type", Compact(lit.Datatype));
                break;
            default: throw new ArgumentException("Unknown term.", nameof(term));
        }
        json.WriteEndObject();
    }

    private string Compact(Iri iri) => _prefixes!.TryCompact(iri.Value) ?? iri.Value;

    protected override void WriteFooter() => Write(_first ? "  ]\n}\n" : "\n  ]\n}\n");

    protected override void Flush() => Stream.Flush();

    private void Write(string s) => Stream.Write(Encoding.UTF8.GetBytes(s));

    public override void Dispose()
    {
        _json?.Dispose();
        base.Dispose();
    }
}
