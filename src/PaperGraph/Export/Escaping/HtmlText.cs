using System.Text;

namespace PaperGraph.Export;

/// <summary>
/// The one place HTML text and attribute values are made safe (report.html, the static parts of graph.html).
/// Escapes <c>&amp; &lt; &gt; " '</c>, so the result is safe both as element content and inside a quoted attribute;
/// control characters other than tab, LF and CR (C0, DEL, C1), noncharacters U+FFFE/U+FFFF and unpaired surrogates
/// become U+FFFD (HTML calls them parse errors and browsers render them unpredictably).
/// Data for scripts never goes through here: it is JSON (<see cref="JsonText.ForScript"/>) in a
/// <c>&lt;script type="application/json"&gt;</c> block, and the page renders it with <c>textContent</c>.
/// </summary>
public static class HtmlText
{
    /// <summary>Escapes text for element content or a double- or single-quoted attribute value.</summary>
    public static string Escape(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (!NeedsWork(s)) return s;
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
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(IsAllowed(c) ? c : '\uFFFD'); break;
            }
        }
        return sb.ToString();
    }

    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' || (c >= ' ' && c < '\u007F') || (c > '\u009F' && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF'));

    private static bool NeedsWork(string s)
    {
        foreach (char c in s)
            if (c is '&' or '<' or '>' or '"' or '\'' || !IsAllowed(c)) return true;
        return false;
    }
}
