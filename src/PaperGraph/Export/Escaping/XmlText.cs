using System.Text;

namespace PaperGraph.Export;

/// <summary>
/// The one place XML 1.0 text and attribute values are made safe (GraphML, GEXF). XML 1.0 forbids most control
/// characters even as character references, so every character outside the XML <c>Char</c> production (C0 controls
/// but tab, LF and CR; U+FFFE, U+FFFF; unpaired surrogates) becomes U+FFFD. Markup characters become entities; in
/// attributes tab, LF and CR become character references so that attribute-value normalisation keeps them.
/// </summary>
public static class XmlText
{
    /// <summary>Escapes element content: <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>; CR as <c>&amp;#xD;</c> (a bare CR
    /// would be read back as LF).</summary>
    public static string Content(string s) => Escape(s, attribute: false);

    /// <summary>Escapes a value for a double-quoted attribute: as <see cref="Content"/> plus <c>&quot;</c>,
    /// <c>&apos;</c> and tab/LF/CR as character references.</summary>
    public static string Attribute(string s) => Escape(s, attribute: true);

    /// <summary>True when XML 1.0 allows the UTF-16 code unit outside a surrogate pair.</summary>
    public static bool IsXmlChar(char c) =>
        c is '\t' or '\n' or '\r' || (c >= ' ' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');

    private static string Escape(string s, bool attribute)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (!NeedsWork(s, attribute)) return s;
        var sb = new StringBuilder(s.Length + 16);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append(c).Append(s[i + 1]);
                i++;
                continue;
            }
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"' when attribute: sb.Append("&quot;"); break;
                case '\'' when attribute: sb.Append("&apos;"); break;
                case '\t' when attribute: sb.Append("&#x9;"); break;
                case '\n' when attribute: sb.Append("&#xA;"); break;
                case '\r': sb.Append("&#xD;"); break;
                default: sb.Append(IsXmlChar(c) ? c : '\uFFFD'); break;
            }
        }
        return sb.ToString();
    }

    private static bool NeedsWork(string s, bool attribute)
    {
        foreach (char c in s)
        {
            if (c is '&' or '<' or '>' or '\r' || char.IsSurrogate(c) || !IsXmlChar(c)) return true;
            if (attribute && c is '"' or '\'' or '\t' or '\n') return true;
        }
        return false;
    }
}
