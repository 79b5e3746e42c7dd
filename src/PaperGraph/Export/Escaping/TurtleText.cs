using System.Text;

namespace PaperGraph.Export;

/// <summary>
/// The one place Turtle text is made: string literals (Turtle's <c>STRING_LITERAL_QUOTE</c> is the N-Triples
/// production, so the escaping rules are exactly <see cref="NTriplesText"/>'s: one line, ECHAR/UCHAR escapes, lone
/// surrogates → U+FFFD), prefixed names (only when the local part is a valid <c>PN_LOCAL</c> needing no escape),
/// and IRI references (checked by <see cref="IriText"/>, never repaired).
/// </summary>
public static class TurtleText
{
    /// <summary>The quoted, escaped single-line literal.</summary>
    public static string Quoted(string value) => NTriplesText.Quoted(value);

    /// <summary>Appends the quoted, escaped single-line literal.</summary>
    public static void AppendQuoted(StringBuilder sb, string value) => NTriplesText.AppendQuoted(sb, value);

    /// <summary><c>&lt;iri&gt;</c> after checking the IRI.</summary>
    /// <exception cref="ArgumentException">The IRI is not absolute or holds a character IRIREF forbids.</exception>
    public static string IriRef(string iri) => NTriplesText.IriRef(iri);

    /// <summary>
    /// True when <paramref name="local"/> can follow a prefix unescaped: ASCII letters, digits and '_' first (or a
    /// digit), then letters, digits, '_', '-' and '.', not ending in '.'. A conservative subset of <c>PN_LOCAL</c>
    /// (no ':' and no <c>%</c> escapes), so the same text is also a valid SPARQL local name and JSON-LD compact IRI.
    /// </summary>
    public static bool IsSafeLocalName(ReadOnlySpan<char> local)
    {
        if (local.Length == 0) return true; // "pg:" alone is a valid prefixed name
        if (!(char.IsAsciiLetterOrDigit(local[0]) || local[0] == '_')) return false;
        foreach (var c in local[1..])
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.')) return false;
        }
        return local[^1] != '.';
    }

    /// <summary>True when <paramref name="prefix"/> is a valid <c>PN_PREFIX</c> in our conservative ASCII subset:
    /// a letter, then letters, digits, '_', '-' and '.', not ending in '.'.</summary>
    public static bool IsSafePrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Length == 0) return true;
        if (!char.IsAsciiLetter(prefix[0])) return false;
        foreach (var c in prefix.AsSpan(1))
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.')) return false;
        }
        return prefix[^1] != '.';
    }
}
