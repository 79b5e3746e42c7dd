namespace PaperGraph.Export;

/// <summary>
/// Checks IRIs before any RDF writer prints them. IRIs are minted valid (node ids are slugs, the base IRI is checked
/// by the pipeline); a writer that meets an invalid one fails loudly instead of repairing it.
/// </summary>
public static class IriText
{
    /// <summary>Returns <paramref name="iri"/> when it is absolute (<c>scheme:…</c>) and holds no character that an
    /// <c>IRIREF</c> forbids (controls, space, <c>&lt;&gt;"{}|^`\</c>) and no unpaired surrogate.</summary>
    /// <exception cref="ArgumentException">The IRI is not valid in Turtle, N-Triples or SPARQL.</exception>
    public static string Check(string iri)
    {
        ArgumentNullException.ThrowIfNull(iri);
        if (!IsValid(iri)) throw new ArgumentException($"'{iri}' is not a valid absolute IRI for RDF output (no spaces, controls, quotes or <>{{}}|^`\\).", nameof(iri));
        return iri;
    }

    /// <summary>True when <paramref name="iri"/> passes <see cref="Check"/>.</summary>
    public static bool IsValid(string iri)
    {
        ArgumentNullException.ThrowIfNull(iri);
        int colon = iri.IndexOf(':', StringComparison.Ordinal);
        if (colon < 1 || !char.IsAsciiLetter(iri[0])) return false;
        for (int i = 1; i < colon; i++)
        {
            if (!(char.IsAsciiLetterOrDigit(iri[i]) || iri[i] is '+' or '-' or '.')) return false;
        }
        for (int i = 0; i < iri.Length; i++)
        {
            char c = iri[i];
            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\' || (c >= 0x7F && c <= 0x9F)) return false;
            if (char.IsHighSurrogate(c) && i + 1 < iri.Length && char.IsLowSurrogate(iri[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c)) return false;
        }
        return true;
    }
}
