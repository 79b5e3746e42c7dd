using System.Text;

namespace PaperGraph.Resolution;

/// <summary>
/// The exact-alias key of a name: case-folded, with spaces, hyphens, underscores and dots removed
/// ("Qwen2.5VL" ≡ "Qwen2.5-VL" ≡ "qwen2.5 vl"). Two names merge only when their keys are equal, or when the text or
/// the knowledge base says they are aliases — never on substring, edit distance or similarity.
/// </summary>
public static class NameKey
{
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(c) || c is '-' or '_' or '.' or '\u2010' or '\u2011' or '\u2013') continue;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
