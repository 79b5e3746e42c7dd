using System.Text.RegularExpressions;

namespace PaperGraph.Resolution;

/// <summary>
/// Parses model names into family, size and variant: <c>Qwen2.5-VL-7B-Instruct</c> → family <c>Qwen2.5-VL</c>,
/// size <c>7B</c>, variant <c>Instruct</c>. Used to link a sized or variant model to its family (VARIANT_OF),
/// never to merge them.
/// </summary>
public static partial class ModelNames
{
    [GeneratedRegex(@"^(?<family>.+?)[\s\-_](?<rest>(?:\d+(?:\.\d+)?[xX])?\d+(?:\.\d+)?[BbMmKkTt](?:[\s\-_].*)?|(?:Instruct|Chat|Base|Preview|Thinking|Reasoning|Coder|Math|Distill|Turbo|it)(?:[\s\-_].*)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex SizeOrVariant();

    [GeneratedRegex(@"[\s\-_](?:\d+(?:\.\d+)?[xX])?\d+(?:\.\d+)?[BbMmKkTt](?=$|[\s\-_/])", RegexOptions.CultureInvariant)]
    private static partial Regex SizeToken();

    /// <summary>The name carries a parameter count ("-7B", " 13B", "-1.5x7B").</summary>
    public static bool IsSized(string name) => SizeToken().IsMatch(name ?? throw new ArgumentNullException(nameof(name)));

    /// <summary>The family of a sized or variant model name, or null when the name is already a family.</summary>
    public static string? FamilyOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // A size token splits first: "SVE-Math-Qwen2.5-7B" → "SVE-Math-Qwen2.5", not "SVE" (Math is also a variant word).
        var trimmed = name.Trim();
        var size = SizeToken().Match(trimmed);
        if (size.Success && size.Index > 1)
        {
            var fam = trimmed[..size.Index].TrimEnd('-', '_', ' ');
            if (fam.Length >= 2 && fam.Any(char.IsLetter)) return fam;
        }
        var m = SizeOrVariant().Match(trimmed);
        if (!m.Success) return null;
        var family = m.Groups["family"].Value.TrimEnd('-', '_', ' ');
        // A family needs a letter and must not be a bare version ("v1").
        return family.Length >= 2 && family.Any(char.IsLetter) ? family : null;
    }
}
