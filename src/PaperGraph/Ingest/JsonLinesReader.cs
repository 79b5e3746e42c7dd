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
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? StringOf(v) : null;

    /// <summary>The string value; an escaped lone surrogate (<c>"\ud800"</c>), which JSON allows but UTF-16 text
    /// cannot hold (<see cref="JsonElement.GetString"/> throws on it), becomes U+FFFD.</summary>
    internal static string StringOf(JsonElement v)
    {
        try { return v.GetString()!; }
        catch (InvalidOperationException) { return UnescapeLenient(v.GetRawText()); }
    }

    /// <summary>Decodes a raw JSON string token (with its quotes), replacing unpaired surrogate escapes with U+FFFD.</summary>
    internal static string UnescapeLenient(string raw)
    {
        var sb = new System.Text.StringBuilder(raw.Length);
        for (int i = 1; i < raw.Length - 1; i++)
        {
            char c = raw[i];
            if (c != '\\' || i + 1 >= raw.Length - 1) { sb.Append(c); continue; }
            char e = raw[++i];
            switch (e)
            {
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u' when i + 4 < raw.Length && int.TryParse(raw.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    sb.Append((char)code);
                    i += 4;
                    break;
                default: sb.Append(e); break;
            }
        }
        return Export.JsonText.ReplaceLoneSurrogates(sb.ToString());
    }

    private static ImmutableArray<string> StrList(JsonElement obj, string name, bool splitAuthors)
    {
        if (!obj.TryGetProperty(name, out var v)) return [];
        if (v.ValueKind == JsonValueKind.Array)
            return [.. v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => Text.FoldWhitespace(StringOf(e))).Where(s => s.Length > 0)];
        if (v.ValueKind != JsonValueKind.String) return [];
        var s = Text.FoldWhitespace(StringOf(v));
        if (s.Length == 0) return [];
        if (!splitAuthors) return [.. s.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
        // arXiv style: "A. One, B. Two and C. Three"
        var parts = s.Replace(" and ", ", ", StringComparison.Ordinal).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [.. parts.Where(p => p.Length > 0)];
    }
}
