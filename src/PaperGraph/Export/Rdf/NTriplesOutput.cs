using System.Text;

namespace PaperGraph.Export.Rdf;

/// <summary><c>graph.nt</c>: N-Triples, one triple per line, streamed (for graphs too large for Turtle tools).</summary>
public sealed class NTriplesOutput : IOutput
{
    public const string FileName = "graph.nt";
    public string Name => "ntriples";
    public IGraphSink Open(string outputDirectory) => new NTriplesSink(new FileStream(Path.Combine(outputDirectory, FileName), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16));
}

/// <summary>Writes N-Triples (UTF-8, "\n" line ends, no BOM). Literals go through <see cref="NTriplesText"/>.</summary>
public sealed class NTriplesSink(Stream stream) : RdfSink(stream)
{
    private readonly StreamWriter _w = new(stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
    private readonly StringBuilder _sb = new(1024);

    protected override void WriteHeader() { }

    private readonly Dictionary<string, string> _predicates = new(StringComparer.Ordinal);

    protected override void WriteBlock(SubjectBlock block)
    {
        _sb.Clear();
        var subject = "<" + block.Subject.Value + ">";
        foreach (var st in block.Statements)
        {
            if (!_predicates.TryGetValue(st.Predicate.Value, out var p)) _predicates[st.Predicate.Value] = p = " <" + st.Predicate.Value + "> ";
            _sb.Append(subject).Append(p);
            Term(_sb, st.Object);
            _sb.Append(" .\n");
        }
        _w.Write(_sb);
    }

    /// <summary>Appends an <see cref="Iri"/> (checked when it was made) as <c>&lt;…&gt;</c>; returns the new length.</summary>
    private static int AppendIri(System.Text.StringBuilder sb, Iri iri)
    {
        sb.Append('<').Append(iri.Value).Append('>');
        return sb.Length;
    }

    /// <summary>One term in N-Triples syntax.</summary>
    public static void Term(StringBuilder sb, RdfTerm term)
    {
        ArgumentNullException.ThrowIfNull(sb);
        switch (term)
        {
            case Iri iri: AppendIri(sb, iri); break;
            case Literal lit:
                NTriplesText.AppendQuoted(sb, lit.Lexical);
                if (lit.Language is not null) sb.Append('@').Append(lit.Language);
                else if (lit.Datatype is not null) AppendIri(sb.Append("^^"), lit.Datatype);
                break;
            default: throw new ArgumentException("Unknown term.", nameof(term));
        }
    }

    protected override void WriteFooter() { }
    protected override void Flush() => _w.Flush();

    public override void Dispose()
    {
        _w.Dispose();
        base.Dispose();
    }
}
