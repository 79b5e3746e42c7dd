using System.Text;

namespace PaperGraph.Resolution;

/// <summary>
/// The exact-alias key of a name: case-folded, with spaces, hyphens, underscores and dots removed
/// ("Qwen2.5VL" ≡ "Qwen2.5-VL" ≡ "qwen2.5 vl"). Two names merge only when their keys are equal, or when the text or
/// the knowledge base says they are aliases — never on substring, edit distance or similarity.
/// </summary>
public static class NameKey
{
    /// <summary>Writes the key of an ASCII span into <paramref name="destination"/> (at least as long as the span) and
    /// returns its length, or -1 when the span is not ASCII (use <see cref="Of"/> then). Allocation-free.</summary>
    public static int Write(ReadOnlySpan<char> name, Span<char> destination)
    {
        int n = 0;
        foreach (var c in name)
        {
            if (c > '\u007f') return -1;
            if (c is ' ' or '\t' or '\n' or '\r' or '-' or '_' or '.') continue;
            destination[n++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }
        return n;
    }

    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // Fast path: ASCII needs no normalisation.
        bool ascii = true;
        foreach (var c in name) if (c > '\u007f') { ascii = false; break; }
        if (ascii)
        {
            Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
            int n = 0;
            foreach (var c in name)
            {
                if (c is ' ' or '\t' or '\n' or '\r' or '-' or '_' or '.') continue;
                buffer[n++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            }
            return new string(buffer[..n]);
        }
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(c) || c is '-' or '_' or '.' or '\u2010' or '\u2011' or '\u2013') continue;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
