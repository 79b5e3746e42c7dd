using System.Globalization;
using System.Text;

namespace PaperGraph.Export;

/// <summary>
/// The one place TSV fields are made safe. A field may not hold a tab or a line break (IANA text/tab-separated-values),
/// so backslash, tab, line feed and carriage return are written as <c>\\</c>, <c>\t</c>, <c>\n</c>, <c>\r</c>; other
/// control characters as <c>\u00XX</c>; unpaired surrogates become U+FFFD. Everything else is kept as is.
/// </summary>
public static class TsvText
{
    public static string Field(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        int i = 0;
        while (i < s.Length && !NeedsWork(s[i])) i++;
        if (i == s.Length) return s;
        var sb = new StringBuilder(s.Length + 8).Append(s, 0, i);
        for (; i < s.Length; i++)
        {
            char c = s[i];
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '\t': sb.Append(@"\t"); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(@"\r"); break;
                case < ' ' or '\u007f': sb.Append(@"\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { sb.Append(c).Append(s[++i]); }
                    else if (char.IsSurrogate(c)) sb.Append('\uFFFD');
                    else sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    private static bool NeedsWork(char c) => c < ' ' || c == '\\' || c == '\u007f' || char.IsSurrogate(c);
}
