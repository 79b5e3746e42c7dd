using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PaperGraph.Graph;

/// <summary>
/// Mints node and edge ids. Ids are valid, unescaped, as IRI path segments and as Neo4j property values:
/// only <c>[a-z0-9._-]</c> after the <c>label/</c> prefix. Writers never repair ids: they are valid when minted.
/// </summary>
public static class Ids
{
    /// <summary>Stable id of an entity node: <c>model/qwen2.5-vl-7b</c>.</summary>
    public static string ForEntity(NodeLabel label, string canonicalName)
    {
        ArgumentNullException.ThrowIfNull(canonicalName);
        return label.IdPrefix() + "/" + Slug(canonicalName);
    }

    /// <summary>Stable id of a paper: a hash of its whitespace-folded abstract, so the same paper read from any
    /// file (with or without title or arXiv id) gets the same id in every run.</summary>
    public static string ForPaper(string abstractText)
    {
        ArgumentNullException.ThrowIfNull(abstractText);
        return "paper/" + Hash(Text.FoldWhitespace(abstractText), 16);
    }

    /// <summary>Stable id of an edge from its defining parts (type, ends and any distinguishing values).</summary>
    public static string ForEdge(RelType type, string from, string to, params ReadOnlySpan<string?> parts)
    {
        var sb = new StringBuilder();
        sb.Append(type.CypherName()).Append('\u001f').Append(from).Append('\u001f').Append(to);
        foreach (var p in parts) sb.Append('\u001f').Append(p ?? "\u2205");
        return type.CypherName().ToLowerInvariant().Replace('_', '-') + "/" + Hash(sb.ToString(), 16);
    }

    /// <summary>Lower-case ASCII slug: letters and digits kept, '.', '-' and '_' kept inside, '+' spelled "plus",
    /// any other run of characters becomes one '-'. Non-ASCII letters lose diacritics or become <c>uXXXX</c>.</summary>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length + 8);
        var normalized = name.Normalize(NormalizationForm.FormD);
        bool pendingDash = false;
        foreach (var rune in normalized.EnumerateRunes())
        {
            var cat = Rune.GetUnicodeCategory(rune);
            if (cat == UnicodeCategory.NonSpacingMark) continue;
            string? piece = null;
            if (rune.IsAscii)
            {
                char c = (char)rune.Value;
                if (char.IsAsciiLetterOrDigit(c)) piece = char.ToLowerInvariant(c).ToString();
                else if (c is '.' or '_') piece = c.ToString();
                else if (c == '+') piece = "plus";
            }
            else if (Rune.IsLetterOrDigit(rune))
            {
                var lower = Rune.ToLowerInvariant(rune);
                piece = "u" + lower.Value.ToString("x4", CultureInfo.InvariantCulture);
            }
            if (piece is null) { pendingDash = sb.Length > 0; continue; }
            if (pendingDash && sb.Length > 0 && sb[^1] is not ('-' or '.' or '_')) sb.Append('-');
            pendingDash = false;
            if (piece == "plus" && sb.Length > 0 && sb[^1] is not ('-' or '.' or '_')) sb.Append('-');
            sb.Append(piece);
        }
        while (sb.Length > 0 && sb[^1] is '.' or '-' or '_') sb.Length--;
        int lead = 0;
        while (lead < sb.Length && sb[lead] is '.' or '-' or '_') lead++;
        var slug = sb.ToString(lead, sb.Length - lead);
        return slug.Length == 0 ? "x" + Hash(name, 12) : slug;
    }

    /// <summary>First <paramref name="hexChars"/> hex digits of SHA-256 over UTF-8.</summary>
    public static string Hash(string text, int hexChars)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(hexChars);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hexChars, 64);
        Span<byte> digest = stackalloc byte[32];
        int max = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = max > 1024 ? System.Buffers.ArrayPool<byte>.Shared.Rent(max) : null;
        Span<byte> utf8 = rented ?? stackalloc byte[1024];
        try
        {
            int n = Encoding.UTF8.GetBytes(text, utf8);
            SHA256.HashData(utf8[..n], digest);
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
        var hex = Convert.ToHexStringLower(digest[..((hexChars + 1) / 2)]);
        return hex.Length == hexChars ? hex : hex[..hexChars];
    }
}

/// <summary>Small text helpers shared by every stage.</summary>
public static class Text
{
    /// <summary>Collapses every run of white space to one space and trims.</summary>
    public static string FoldWhitespace(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (IsFolded(s)) return s;
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>True when <see cref="FoldWhitespace"/> would return the text unchanged: no white space but single
    /// spaces between other characters.</summary>
    private static bool IsFolded(string s)
    {
        if (s.Length == 0) return true;
        if (s[0] == ' ' || s[^1] == ' ') return false;
        bool prevSpace = false;
        foreach (var c in s)
        {
            if (c == ' ')
            {
                if (prevSpace) return false;
                prevSpace = true;
            }
            else if (char.IsWhiteSpace(c)) return false;
            else prevSpace = false;
        }
        return true;
    }
}
