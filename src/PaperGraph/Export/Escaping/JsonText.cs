using System.Text;

namespace PaperGraph.Export;

/// <summary>
/// The one place JSON strings are made safe. System.Text.Json escapes quotes, backslashes, control characters and
/// HTML-sensitive characters itself (<c>JavaScriptEncoder.Default</c>); what it refuses is invalid UTF-16, so
/// unpaired surrogates become U+FFFD here.
/// </summary>
public static class JsonText
{
    public static string Safe(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        for (int i = 0; i < s.Length; i++)
        {
            if (!char.IsSurrogate(s[i])) continue;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            return ReplaceLoneSurrogates(s);
        }
        return s;
    }

    /// <summary>Replaces every unpaired surrogate with U+FFFD (valid UTF-16 is returned unchanged).</summary>
    public static string ReplaceLoneSurrogates(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { sb.Append(c).Append(s[i + 1]); i++; }
            else if (char.IsSurrogate(c)) sb.Append('\uFFFD');
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
