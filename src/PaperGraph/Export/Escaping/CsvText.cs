using System.Globalization;
using System.Text;

namespace PaperGraph.Export;

/// <summary>
/// The one place fields of <c>neo4j-admin database import</c> CSV files are made safe (RFC 4180 quoting as the
/// importer reads it with <c>--quote='"'</c> and <c>--legacy-style-quoting=false</c>):
/// <list type="bullet">
/// <item>a null value is an empty, unquoted field (the importer sets no property);</item>
/// <item>every string is quoted and inner quotes are doubled, so delimiters, backslashes, tabs and line breaks are
/// data (line breaks need <c>--multiline-fields=true</c>: <see cref="HasLineBreak"/> tells the writer);</item>
/// <item>array elements are joined with <see cref="ArrayDelimiter"/> (U+001F, the ASCII unit separator), which the
/// importer cannot escape: where it occurs inside an element it becomes U+FFFD;</item>
/// <item>NUL becomes U+FFFD and unpaired surrogates become U+FFFD (the files are UTF-8).</item>
/// </list>
/// </summary>
public static class CsvText
{
    /// <summary>The field delimiter, passed to the importer as <c>--delimiter=,</c>.</summary>
    public const char Delimiter = ',';

    /// <summary>The array delimiter, passed to the importer as <c>--array-delimiter=U+001F</c>.</summary>
    public const char ArrayDelimiter = '\u001F';

    /// <summary>The importer's spelling of <see cref="ArrayDelimiter"/>.</summary>
    public const string ArrayDelimiterOption = "U+001F";

    /// <summary>A string field: null → empty; otherwise quoted with inner quotes doubled.</summary>
    public static string Field(string? value)
    {
        if (value is null) return "";
        var sb = new StringBuilder(value.Length + 2);
        AppendQuoted(sb, value, inArray: false);
        return sb.ToString();
    }

    /// <summary>An array field (<c>name:string[]</c>): empty or null → empty field (no property); otherwise the
    /// elements joined by <see cref="ArrayDelimiter"/> in one quoted field.</summary>
    public static string Array(IReadOnlyList<string>? values)
    {
        if (values is null || values.Count == 0) return "";
        var sb = new StringBuilder();
        sb.Append('"');
        for (int i = 0; i < values.Count; i++)
        {
            if (i > 0) sb.Append(ArrayDelimiter);
            AppendBody(sb, values[i] ?? "", inArray: true);
        }
        sb.Append('"');
        return sb.ToString();
    }

    /// <summary>An <c>int</c> or <c>long</c> field (invariant digits), empty when null.</summary>
    public static string Int(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>A <c>double</c> field written with the shortest invariant form that reads back exactly, empty when null.</summary>
    public static string Double(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>A <c>double</c> field from a decimal (51.06 stays "51.06"), empty when null.</summary>
    public static string Double(decimal? value) => value?.ToString("0.############################", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A <c>date</c> field (ISO 8601), empty when null.</summary>
    public static string Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Whether a value holds a line break, so that the import needs <c>--multiline-fields=true</c>.</summary>
    public static bool HasLineBreak(string? value) => value is not null && value.AsSpan().IndexOfAny('\n', '\r') >= 0;

    private static void AppendQuoted(StringBuilder sb, string value, bool inArray)
    {
        sb.Append('"');
        AppendBody(sb, value, inArray);
        sb.Append('"');
    }

    private static void AppendBody(StringBuilder sb, string value, bool inArray)
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == '"') sb.Append("\"\"");
            else if (c == '\0' || (inArray && c == ArrayDelimiter)) sb.Append('\uFFFD');
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { sb.Append(c).Append(value[i + 1]); i++; }
            else if (char.IsSurrogate(c)) sb.Append('\uFFFD');
            else sb.Append(c);
        }
    }
}
