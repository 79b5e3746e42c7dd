using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using PaperGraph.Graph;

namespace PaperGraph.Ingest;

/// <summary>
/// JSON Lines, one paper per line, in the arXiv metadata-snapshot schema: <c>id</c>, <c>title</c>, <c>abstract</c>
/// required; <c>authors</c> (string or array), <c>categories</c> (space-separated string or array),
/// <c>comments</c>, <c>update_date</c> and <c>versions</c> (<c>[{"version","created"}]</c>) read when present.
/// </summary>
public sealed class JsonLinesReader : IRecordReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Disallow };

    public string Format => "jsonl";

    public bool Detect(IReadOnlyList<string> headLines)
    {
        ArgumentNullException.ThrowIfNull(headLines);
        var first = headLines.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l));
        return first is not null && first.TrimStart().StartsWith('{');
    }

    public IEnumerable<ReadResult> Read(IEnumerable<SourceLine> lines, string file)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines)
        {
            var at = new SourceRef(file, line.Number);
            if (line.Problem != LineProblem.None) { yield return new Rejection(at, line.ProblemText); continue; }
            if (string.IsNullOrWhiteSpace(line.Text)) continue;
            yield return Parse(line.Text, at);
        }
    }

    private ReadResult Parse(string text, SourceRef at)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(text, Options); }
        catch (JsonException ex)
        {
            return new Rejection(at, $"not valid JSON ({ex.Message.Split(" LineNumber", 2)[0].TrimEnd('.', ' ')}, at byte {ex.BytePositionInLine})");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return new Rejection(at, $"expected a JSON object, found {root.ValueKind}");
            var abs = Str(root, "abstract");
            if (string.IsNullOrWhiteSpace(abs)) return new Rejection(at, "missing or empty \"abstract\"");
            var id = Str(root, "id");
            var title = Str(root, "title");
            DateOnly? created = null;
            if (root.TryGetProperty("versions", out var versions) && versions.ValueKind == JsonValueKind.Array)
            {
                foreach (var v in versions.EnumerateArray())
                {
                    if (v.ValueKind == JsonValueKind.Object && Str(v, "created") is { } c &&
                        DateTime.TryParse(c, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var dt))
                    {
                        created = DateOnly.FromDateTime(dt);
                        break;
                    }
                }
            }
            DateOnly? updated = Str(root, "update_date") is { } u &&
                                DateOnly.TryParseExact(u, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var ud) ? ud : null;
            var authors = StrList(root, "authors", splitAuthors: true);
            return new Record
            {
                Source = at,
                Format = Format,
                ArxivId = string.IsNullOrWhiteSpace(id) ? null : id.Trim(),
                Title = string.IsNullOrWhiteSpace(title) ? null : Text.FoldWhitespace(title),
                Abstract = Text.FoldWhitespace(abs),
                Comment = Str(root, "comments") is { } cm && !string.IsNullOrWhiteSpace(cm) ? Text.FoldWhitespace(cm) : null,
                Authors = authors,
                AuthorCount = authors.IsDefaultOrEmpty ? null : authors.Length,
                Categories = StrList(root, "categories", splitAuthors: false),
                Created = created,
                Updated = updated,
            };
        }
    }

    private static string? Str(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static ImmutableArray<string> StrList(JsonElement obj, string name, bool splitAuthors)
    {
        if (!obj.TryGetProperty(name, out var v)) return [];
        if (v.ValueKind == JsonValueKind.Array)
            return [.. v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => Text.FoldWhitespace(e.GetString()!)).Where(s => s.Length > 0)];
        if (v.ValueKind != JsonValueKind.String) return [];
        var s = Text.FoldWhitespace(v.GetString()!);
        if (s.Length == 0) return [];
        if (!splitAuthors) return [.. s.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
        // arXiv style: "A. One, B. Two and C. Three"
        var parts = s.Replace(" and ", ", ", StringComparison.Ordinal).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [.. parts.Where(p => p.Length > 0)];
    }
}
