using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

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

    /// <summary>Writer options for JSON embedded in an HTML <c>&lt;script type="application/json"&gt;</c> block:
    /// <c>JavaScriptEncoder.Default</c> writes <c>&lt; &gt; &amp; ' " + `</c> and every non-ASCII character as
    /// <c>\uXXXX</c>, so <c>&lt;/script</c> or <c>&lt;!--</c> can never appear in the output.</summary>
    public static JsonWriterOptions ScriptSafeWriterOptions { get; } = new() { Encoder = JavaScriptEncoder.Default, Indented = false };

    /// <summary>Writes one JSON value with <see cref="ScriptSafeWriterOptions"/> and returns it as text (pure ASCII).
    /// Callers pass every input string through <see cref="Safe"/>.</summary>
    public static string ForScript(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ScriptSafeWriterOptions)) write(json);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
