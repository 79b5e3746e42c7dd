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

    protected override void WriteBlock(SubjectBlock block)
    {
        var subject = NTriplesText.IriRef(block.Subject.Value);
        foreach (var st in block.Statements)
        {
            _sb.Clear();
            _sb.Append(subject).Append(' ').Append(NTriplesText.IriRef(st.Predicate.Value)).Append(' ');
            Term(_sb, st.Object);
            _sb.Append(" .\n");
            _w.Write(_sb);
        }
    }

    /// <summary>One term in N-Triples syntax.</summary>
    public static void Term(StringBuilder sb, RdfTerm term)
    {
        ArgumentNullException.ThrowIfNull(sb);
        switch (term)
        {
            case Iri iri: sb.Append(NTriplesText.IriRef(iri.Value)); break;
            case Literal lit:
                NTriplesText.AppendQuoted(sb, lit.Lexical);
                if (lit.Language is not null) sb.Append('@').Append(lit.Language);
                else if (lit.Datatype is not null) sb.Append("^^").Append(NTriplesText.IriRef(lit.Datatype.Value));
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
