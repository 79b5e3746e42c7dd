using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using PaperGraph.Graph;

namespace PaperGraph.Export.Json;

/// <summary>Reads a <c>graph.jsonl</c> written by <see cref="JsonLinesSink"/> back into a graph (for queries and tools).</summary>
public static class JsonLinesGraphReader
{
    private static readonly Dictionary<string, NodeLabel> Labels = RelTypeNames.AllLabels.ToDictionary(l => l.CypherName(), StringComparer.Ordinal);
    private static readonly Dictionary<string, RelType> Types = RelTypeNames.AllTypes.ToDictionary(t => t.CypherName(), StringComparer.Ordinal);

    /// <exception cref="FormatException">A line is not a node or edge object of this format (names file and line).</exception>
    public static KnowledgeGraph Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var nodes = new List<Node>();
        var edges = new List<Edge>();
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var o = doc.RootElement;
                switch (Str(o, "kind"))
                {
                    case "node": nodes.Add(ReadNode(o)); break;
                    case "edge": edges.Add(ReadEdge(o)); break;
                    default: throw new FormatException("\"kind\" must be \"node\" or \"edge\"");
                }
            }
            catch (Exception ex) when (ex is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
            {
                throw new FormatException($"{path}:{lineNo}: not a PaperGraph node or edge ({ex.Message})", ex);
            }
        }
        try { return new KnowledgeGraph(nodes, edges); }
        catch (ArgumentException ex) { throw new FormatException($"{path}: {ex.Message}", ex); }
    }

    private static Node ReadNode(JsonElement o)
    {
        var label = Labels[Req(o, "label")];
        PaperInfo? paper = null;
        if (label == NodeLabel.Paper)
        {
            paper = new PaperInfo
            {
                Title = Str(o, "title"),
                Abstract = Req(o, "abstract"),
                ArxivId = Str(o, "arxiv"),
                Created = Date(o, "created"),
                Updated = Date(o, "updated"),
                Published = Date(o, "published"),
                Comment = Str(o, "comment"),
                AuthorCount = o.TryGetProperty("authorCount", out var ac) ? ac.GetInt32() : null,
                Authors = Arr(o, "authors"),
                Categories = Arr(o, "categories"),
                Organisation = Str(o, "organisation"),
                Upvotes = o.TryGetProperty("upvotes", out var up) ? up.GetInt32() : null,
                Sources = [.. Arr(o, "sources").Select(ParseSource)],
            };
        }
        return new Node { Id = Req(o, "id"), Label = label, Name = Req(o, "name"), Aliases = Arr(o, "aliases"), Paper = paper };
    }

    private static Edge ReadEdge(JsonElement o)
    {
        Evidence? ev = null;
        if (Str(o, "paper") is { } paper)
        {
            ev = new Evidence
            {
                PaperId = paper, Sentence = Req(o, "sentence"), Start = o.GetProperty("start").GetInt32(),
                Length = o.GetProperty("length").GetInt32(), Rule = Req(o, "rule"), Confidence = o.GetProperty("confidence").GetDouble(),
            };
        }
        return new Edge
        {
            Id = Req(o, "id"), Type = Types[Req(o, "type")], From = Req(o, "from"), To = Req(o, "to"),
            Metric = Str(o, "metric"), Value = o.TryGetProperty("value", out var v) ? v.GetDecimal() : null, Unit = Str(o, "unit"),
            Surfaces = Arr(o, "surfaces"), Evidence = ev,
        };
    }

    private static SourceRef ParseSource(string s)
    {
        int colon = s.LastIndexOf(':');
        return colon > 0 && int.TryParse(s.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            ? new SourceRef(s[..colon], line) : new SourceRef(s, 0);
    }

    private static string? Str(JsonElement o, string name) => o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
    private static string Req(JsonElement o, string name) => Str(o, name) ?? throw new FormatException($"missing \"{name}\"");
    private static DateOnly? Date(JsonElement o, string name) => Str(o, name) is { } s ? DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    private static ImmutableArray<string> Arr(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? [.. v.EnumerateArray().Select(e => e.GetString() ?? "")] : [];
}
