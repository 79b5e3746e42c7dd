using System.Text;

namespace PaperGraph.Export.Rdf;

/// <summary><c>graph.ttl</c>: Turtle with prefixes, one paragraph per subject, predicates grouped.</summary>
public sealed class TurtleOutput : IOutput
{
    public const string FileName = "graph.ttl";
    public string Name => "turtle";
    public IGraphSink Open(string outputDirectory) => new TurtleSink(new FileStream(Path.Combine(outputDirectory, FileName), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16));
}

/// <summary>
/// Writes readable Turtle, streamed: the prefixes, then one paragraph per subject block
/// (<c>s a T1, T2 ;\n    p o1, o2 .</c>). IRIs become prefixed names only when the local part needs no escape
/// (<see cref="TurtleText.IsSafeLocalName"/>), otherwise <c>&lt;…&gt;</c>. Literals go through <see cref="TurtleText"/>.
/// </summary>
public sealed class TurtleSink(Stream stream) : RdfSink(stream)
{
    private readonly StreamWriter _w = new(stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
    private readonly StringBuilder _sb = new(4096);
    private PrefixMap? _prefixes;

    protected override void WriteHeader()
    {
        _prefixes = new PrefixMap(Mapping.Prefixes);
        _w.Write("# PaperGraph knowledge graph. Vocabulary: queries/papergraph-ontology.ttl; shapes: queries/papergraph-shapes.ttl.\n");
        foreach (var (p, ns) in Mapping.Prefixes) _w.Write($"@prefix {p}: {TurtleText.IriRef(ns)} .\n");
    }

    protected override void WriteBlock(SubjectBlock block)
    {
        _sb.Clear();
        _sb.Append('\n');
        Iri(_sb, block.Subject);
        Iri? current = null;
        foreach (var st in block.Statements)
        {
            if (current is not null && st.Predicate.Value == current.Value)
            {
                _sb.Append(", ");
            }
            else
            {
                _sb.Append(current is null ? " " : " ;\n    ");
                if (st.Predicate.Value == Vocabulary.RdfType.Value) _sb.Append('a');
                else Iri(_sb, st.Predicate);
                _sb.Append(' ');
                current = st.Predicate;
            }
            Term(_sb, st.Object);
        }
        _sb.Append(" .\n");
        _w.Write(_sb);
    }

    private void Iri(StringBuilder sb, Iri iri)
    {
        var compact = _prefixes!.TryCompact(iri.Value);
        sb.Append(compact ?? TurtleText.IriRef(iri.Value));
    }

    private void Term(StringBuilder sb, RdfTerm term)
    {
        switch (term)
        {
            case Iri iri: Iri(sb, iri); break;
            case Literal lit:
                if (lit.Datatype is { } dt && dt.Value == Vocabulary.XsdInteger.Value && IsPlainInteger(lit.Lexical))
                {
                    sb.Append(lit.Lexical);
                    break;
                }
                TurtleText.AppendQuoted(sb, lit.Lexical);
                if (lit.Language is not null) sb.Append('@').Append(lit.Language);
                else if (lit.Datatype is not null) { sb.Append("^^"); Iri(sb, lit.Datatype); }
                break;
            default: throw new ArgumentException("Unknown term.", nameof(term));
        }
    }

    private static bool IsPlainInteger(string s)
    {
        int i = s.Length > 0 && s[0] is '-' or '+' ? 1 : 0;
        if (i == s.Length) return false;
        for (; i < s.Length; i++) if (!char.IsAsciiDigit(s[i])) return false;
        return true;
    }

    protected override void WriteFooter() { }
    protected override void Flush() => _w.Flush();

    public override void Dispose()
    {
        _w.Dispose();
        base.Dispose();
    }
}
