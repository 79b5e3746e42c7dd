using System.Globalization;
using System.Text;

namespace PaperGraph.Export;

/// <summary>
/// The one place N-Triples string literals are escaped (RDF 1.1 N-Triples, <c>STRING_LITERAL_QUOTE</c>).
/// <c>"</c>, <c>\</c>, line feed, carriage return, tab, backspace and form feed become their <c>ECHAR</c> escapes;
/// every other control character (U+0000–U+001F, U+007F–U+009F) and the non-characters U+FFFE/U+FFFF become
/// <c>\uXXXX</c>; an unpaired surrogate becomes U+FFFD (it cannot be encoded in UTF-8). Everything else is written
/// as itself (the file is UTF-8), so the output stays readable.
/// </summary>
public static class NTriplesText
{
    /// <summary>The quoted, escaped literal: <c>"a \"b\"\n"</c>.</summary>
    public static string Quoted(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var sb = new StringBuilder(value.Length + 2);
        AppendQuoted(sb, value);
        return sb.ToString();
    }

    /// <summary>Appends the quoted, escaped literal to <paramref name="sb"/>.</summary>
    public static void AppendQuoted(StringBuilder sb, string value)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(value);
        sb.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); continue;
                case '\\': sb.Append("\\\\"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
                case '\t': sb.Append("\\t"); continue;
                case '\b': sb.Append("\\b"); continue;
                case '\f': sb.Append("\\f"); continue;
            }
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c is '\uFFFE' or '\uFFFF')
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(c).Append(value[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                sb.Append('\uFFFD');
            }
            else
            {
                sb.Append(c);
            }
        }
        sb.Append('"');
    }

    /// <summary>An IRI as an N-Triples <c>IRIREF</c>: <c>&lt;iri&gt;</c>. The IRI is checked, never repaired.</summary>
    /// <exception cref="ArgumentException">The IRI is not absolute or holds a character IRIREF forbids.</exception>
    public static string IriRef(string iri) => "<" + IriText.Check(iri) + ">";
}
