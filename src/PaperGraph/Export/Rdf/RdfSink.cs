namespace PaperGraph.Export.Rdf;

/// <summary>
/// The shared shape of the RDF writers: a sink that maps each node and edge to subject blocks
/// (<see cref="RdfMapping"/>) and hands them to one syntax's layout. Streaming: nothing is kept but the mapping's
/// small sets of rules and metrics already written.
/// </summary>
public abstract class RdfSink(Stream stream) : IGraphSink
{
    private RdfMapping? _mapping;

    protected Stream Stream { get; } = stream ?? throw new ArgumentNullException(nameof(stream));

    protected RdfMapping Mapping => _mapping ?? throw new InvalidOperationException("Begin was not called.");

    public void Begin(GraphContext context)
    {
        _mapping = new RdfMapping(context);
        WriteHeader();
    }

    public void Node(Graph.Node node)
    {
        foreach (var b in Mapping.Node(node)) WriteBlock(b);
    }

    public void Edge(Graph.Edge edge)
    {
        foreach (var b in Mapping.Edge(edge)) WriteBlock(b);
    }

    public void End()
    {
        WriteFooter();
        Flush();
    }

    protected abstract void WriteHeader();
    protected abstract void WriteBlock(SubjectBlock block);
    protected abstract void WriteFooter();
    protected abstract void Flush();

    public virtual void Dispose()
    {
        Stream.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Opens a file for writing with a large buffer.</summary>
    protected static FileStream Create(string path) => new(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
}

/// <summary>Shortens IRIs to prefixed names where the local part needs no escaping (Turtle and JSON-LD).</summary>
public sealed class PrefixMap
{
    private readonly Dictionary<string, string> _byNamespace = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public PrefixMap(IEnumerable<(string Prefix, string Namespace)> prefixes)
    {
        ArgumentNullException.ThrowIfNull(prefixes);
        foreach (var (p, ns) in prefixes)
        {
            if (!TurtleText.IsSafePrefix(p)) throw new ArgumentException($"'{p}' is not a usable prefix.", nameof(prefixes));
            IriText.Check(ns);
            _byNamespace.TryAdd(ns, p);
        }
        _bySpan = _byNamespace.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary><c>prefix:local</c> when the IRI is a declared namespace (ending in '/' or '#') plus a safe local
    /// name; otherwise null.</summary>
    public string? TryCompact(string iri)
    {
        ArgumentNullException.ThrowIfNull(iri);
        int cut = Math.Max(iri.LastIndexOf('/'), iri.LastIndexOf('#'));
        if (cut < 0) return null;
        if (!_bySpan.TryGetValue(iri.AsSpan(0, cut + 1), out var prefix)) return null;
        var local = iri.AsSpan(cut + 1);
        return TurtleText.IsSafeLocalName(local) ? string.Concat(prefix, ":", local) : null;
    }
}
