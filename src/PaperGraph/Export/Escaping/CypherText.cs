using System.Globalization;
using System.Text;
using PaperGraph.Graph;

namespace PaperGraph.Export;

/// <summary>
/// The one place Cypher text is made safe. Statements take values only as <c>$parameters</c>; what reaches Cypher
/// text is (1) identifiers — labels and relationship types from the closed enums and the property names PaperGraph
/// defines — and (2) literal parameter values in <c>load.cypher</c>'s <c>:param</c> lines, for cypher-shell.
/// </summary>
public static class CypherText
{
    /// <summary>The Cypher name of a label (from the closed enum), backticked if it ever needed it.</summary>
    public static string Label(NodeLabel label) => Identifier(label.CypherName());

    /// <summary>The Cypher name of a relationship type (from the closed enum), backticked if it ever needed it.</summary>
    public static string Type(RelType type) => Identifier(type.CypherName());

    /// <summary>An identifier: as is when it is a plain ASCII name (letter or underscore, then letters, digits,
    /// underscores); otherwise in backticks with inner backticks doubled. Unpaired surrogates become U+FFFD.</summary>
    /// <exception cref="ArgumentException">The name is empty or contains NUL (Neo4j refuses both).</exception>
    public static string Identifier(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || name.Contains('\0')) throw new ArgumentException("A Cypher identifier must be non-empty and free of NUL.", nameof(name));
        if (IsPlain(name)) return name;
        var sb = new StringBuilder(name.Length + 2).Append('`');
        foreach (var c in JsonText.ReplaceLoneSurrogates(name))
        {
            if (c == '`') sb.Append("``");
            else sb.Append(c);
        }
        return sb.Append('`').ToString();
    }

    /// <summary>A Cypher string literal in single quotes: backslash, both quotes and every control character are
    /// escaped (<c>\n</c>, <c>\uXXXX</c> …), so the literal is one line; unpaired surrogates become U+FFFD.</summary>
    public static string String(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var sb = new StringBuilder(value.Length + 2).Append('\'');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\'': sb.Append("\\'"); break;
                case '"': sb.Append("\\\""); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { sb.Append(c).Append(value[i + 1]); i++; }
                    else if (char.IsSurrogate(c)) sb.Append("\\uFFFD");
                    else if (char.IsControl(c) || c is '\u2028' or '\u2029') sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('\'').ToString();
    }

    /// <summary>A Cypher float literal that reads back as a Float (always with a fraction or exponent).</summary>
    public static string Float(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "Cypher has no literal for NaN or infinity.");
        var s = value.ToString("R", CultureInfo.InvariantCulture);
        return s.Contains('.') || s.Contains('E') ? s : s + ".0";
    }

    /// <summary>A Cypher integer literal.</summary>
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool IsPlain(string name)
    {
        if (!(char.IsAsciiLetter(name[0]) || name[0] == '_')) return false;
        foreach (var c in name)
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_')) return false;
        return true;
    }
}
