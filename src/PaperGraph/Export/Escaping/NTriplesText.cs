using System.Buffers;
using System.Globalization;
using System.Text;

namespace PaperGraph.Export;

/// <summary>
/// The one place N-Triples string literals are escaped (RDF 1.1 N-Triples, <c>STRING_LITERAL_QUOTE</c>).
/// <c>"</c>, <c>\</c>, line feed, carriage return, tab, backspace and form feed become their <c>ECHAR</c> escapes;
/// every other control character (U+0000–U+001F, U+007F–U+009F) becomes <c>\uXXXX</c>. What RDF tools refuse —
/// an unpaired surrogate (not encodable in UTF-8) and Unicode non-characters (U+FFFE, U+FFFF, U+FDD0–U+FDEF,
/// U+nFFFE/U+nFFFF; raptor rejects them) — becomes U+FFFD, written <c>\uFFFD</c> like any U+FFFD in the text
/// (Jena warns about a raw U+FFFD as a likely decoding error). Everything else is written as itself (UTF-8).
/// </summary>
public static class NTriplesText
{
    /// <summary>Every character that is not written as itself: quote, backslash, C0/C1 controls and DEL, surrogates
    /// (pairs are checked for plane non-characters), U+FDD0–U+FDEF, U+FFFD, U+FFFE, U+FFFF.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(SpecialChars());

    private static string SpecialChars()
    {
        var sb = new StringBuilder();
        for (char c = '\0'; c < ' '; c++) sb.Append(c);
        sb.Append('"').Append('\\');
        for (char c = '\u007F'; c <= '\u009F'; c++) sb.Append(c);
        for (char c = '\uD800'; c <= '\uDFFF'; c++) sb.Append(c);
        for (char c = '\uFDD0'; c <= '\uFDEF'; c++) sb.Append(c);
        sb.Append('\uFFFD').Append('\uFFFE').Append('\uFFFF');
        return sb.ToString();
    }

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
        var rest = value.AsSpan();
        int offset = 0;
        while (true)
        {
            int k = rest[offset..].IndexOfAny(Special);
            if (k < 0) { sb.Append(rest[offset..]); break; }
            sb.Append(rest.Slice(offset, k));
            int i = offset + k;
            char c = value[i];
            offset = i + 1;
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
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                if (IsNonCharacter(char.ConvertToUtf32(c, value[i + 1]))) sb.Append("\\uFFFD");
                else sb.Append(c).Append(value[i + 1]);
                offset = i + 2;
            }
            else
            {
                // An unpaired surrogate, U+FFFD itself, or a BMP non-character.
                sb.Append("\\uFFFD");
            }
        }
        sb.Append('"');
    }

    /// <summary>The text with every unpaired surrogate and non-character replaced by U+FFFD: the value a literal
    /// has in every RDF syntax PaperGraph writes (JSON-LD uses it before JSON escaping).</summary>
    public static string Representable(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        StringBuilder? sb = null;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            bool bad = pair ? IsNonCharacter(char.ConvertToUtf32(c, value[i + 1])) : char.IsSurrogate(c) || IsNonCharacter(c);
            if (bad && sb is null) sb = new StringBuilder(value, 0, i, value.Length);
            if (bad) sb!.Append('\uFFFD');
            else if (sb is not null) { sb.Append(c); if (pair) sb.Append(value[i + 1]); }
            if (pair) i++;
        }
        return sb?.ToString() ?? value;
    }

    /// <summary>Unicode non-characters: U+FDD0–U+FDEF and the last two code points of every plane.</summary>
    public static bool IsNonCharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    /// <summary>An IRI as an N-Triples <c>IRIREF</c>: <c>&lt;iri&gt;</c>. The IRI is checked, never repaired.</summary>
    /// <exception cref="ArgumentException">The IRI is not absolute or holds a character IRIREF forbids.</exception>
    public static string IriRef(string iri) => "<" + IriText.Check(iri) + ">";
}
