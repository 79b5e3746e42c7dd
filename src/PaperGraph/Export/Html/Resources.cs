using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace PaperGraph.Export.Html;

/// <summary>The page parts embedded in the assembly (src/PaperGraph/Resources/viz/*) and the page assembly helpers.</summary>
internal static partial class PageParts
{
    /// <summary>Reads an embedded resource under <c>Resources/viz/</c> as UTF-8 text with "\n" line ends.</summary>
    /// <exception cref="InvalidOperationException">The resource is not embedded.</exception>
    public static string Read(string fileName)
    {
        // The csproj names resources after their folder as the build spells it (viz/ or viz\ on Windows).
        var assembly = typeof(PageParts).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n =>
            n.StartsWith("PaperGraph.Resources.viz", StringComparison.Ordinal) && n.Length == "PaperGraph.Resources.viz".Length + 1 + fileName.Length
            && n.EndsWith(fileName, StringComparison.Ordinal) && n["PaperGraph.Resources.viz".Length] is '/' or '\\' or '.')
            ?? throw new InvalidOperationException($"Embedded resource 'Resources/viz/{fileName}' is missing.");
        using var s = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing.");
        using var r = new StreamReader(s, Encoding.UTF8);
        return r.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>The CSP source expression for an inline script or style with exactly this text.</summary>
    public static string Sha256Source(string text) =>
        "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text))) + "'";

    /// <summary>Replaces every <c>{{NAME}}</c> in one pass (inserted text is never scanned again).</summary>
    /// <exception cref="InvalidOperationException">A placeholder has no value.</exception>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var v)
            ? v : throw new InvalidOperationException($"No value for placeholder '{m.Value}'."));

    /// <summary>Fails when inline code could end its element early.</summary>
    /// <exception cref="InvalidOperationException">The text contains <c>&lt;/script</c> or <c>&lt;/style</c>.</exception>
    public static string CheckInline(string text)
    {
        if (text.Contains("</script", StringComparison.OrdinalIgnoreCase) || text.Contains("</style", StringComparison.OrdinalIgnoreCase) || text.Contains("<!--", StringComparison.Ordinal))
            throw new InvalidOperationException("Inline script or style contains a closing tag or comment opener.");
        return text;
    }

    [GeneratedRegex(@"\{\{([A-Z_]+)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
