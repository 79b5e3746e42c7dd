namespace PaperGraph.Export.Rdf;

/// <summary>An RDF term PaperGraph writes: an IRI or a literal (PaperGraph mints no blank nodes, so every
/// export is comparable triple by triple).</summary>
public abstract record RdfTerm;

/// <summary>An absolute IRI, checked when made (<see cref="IriText.Check"/>).</summary>
public sealed record Iri : RdfTerm
{
    public Iri(string value) => Value = IriText.Check(value);
    public string Value { get; }
    public override string ToString() => "<" + Value + ">";
}

/// <summary>A literal: lexical form plus a datatype IRI, or a language tag (then the datatype is rdf:langString).
/// A plain string has neither (xsd:string).</summary>
public sealed record Literal : RdfTerm
{
    private Literal(string lexical, Iri? datatype, string? language)
    {
        Lexical = lexical;
        Datatype = datatype;
        Language = language;
    }

    public string Lexical { get; }
    /// <summary>Null for xsd:string and language-tagged strings.</summary>
    public Iri? Datatype { get; }
    /// <summary>A BCP 47 tag such as <c>en</c>, or null.</summary>
    public string? Language { get; }

    /// <summary>An xsd:string literal.</summary>
    public static Literal String(string value) => new(value ?? throw new ArgumentNullException(nameof(value)), null, null);

    /// <summary>A language-tagged string; the tag must be letters, digits and '-' (<c>en</c>, <c>en-GB</c>).</summary>
    /// <exception cref="ArgumentException">The tag is not a valid <c>LANGTAG</c>.</exception>
    public static Literal Lang(string value, string language)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(language);
        var parts = language.Split('-');
        if (parts[0].Length == 0 || !parts[0].All(char.IsAsciiLetter) || parts.Skip(1).Any(p => p.Length == 0 || !p.All(char.IsAsciiLetterOrDigit)))
            throw new ArgumentException($"'{language}' is not a language tag.", nameof(language));
        return new(value, null, language);
    }

    /// <summary>A typed literal. The caller gives a lexical form valid for the datatype.</summary>
    public static Literal Typed(string lexical, Iri datatype) =>
        new(lexical ?? throw new ArgumentNullException(nameof(lexical)), datatype ?? throw new ArgumentNullException(nameof(datatype)), null);

    public override string ToString() => Language is not null ? $"\"{Lexical}\"@{Language}" : Datatype is null ? $"\"{Lexical}\"" : $"\"{Lexical}\"^^{Datatype}";
}

/// <summary>One predicate and object of a subject.</summary>
public readonly record struct PredicateObject(Iri Predicate, RdfTerm Object);

/// <summary>Every triple of one subject that a writer lays out together (Turtle groups them under the subject,
/// JSON-LD makes one node object, N-Triples writes one line each).</summary>
public sealed record SubjectBlock(Iri Subject, IReadOnlyList<PredicateObject> Statements);
