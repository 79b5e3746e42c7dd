using System.Collections.Frozen;
using System.Collections.Immutable;

namespace PaperGraph.Graph;

/// <summary>
/// The resolved graph: nodes sorted by id, edges sorted by id, so that every replay (and so every output) is
/// deterministic. Immutable and safe to share between threads.
/// </summary>
public sealed class KnowledgeGraph
{
    private readonly FrozenDictionary<string, Node> _byId;

    public KnowledgeGraph(IEnumerable<Node> nodes, IEnumerable<Edge> edges)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(edges);
        Nodes = [.. nodes.OrderBy(n => n.Id, StringComparer.Ordinal)];
        Edges = [.. edges.OrderBy(e => e.Id, StringComparer.Ordinal)];
        var byId = new Dictionary<string, Node>(Nodes.Length, StringComparer.Ordinal);
        foreach (var n in Nodes)
        {
            if (!byId.TryAdd(n.Id, n))
                throw new ArgumentException($"Duplicate node id '{n.Id}'.", nameof(nodes));
        }
        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in Edges)
        {
            if (!seen.Add(e.Id)) throw new ArgumentException($"Duplicate edge id '{e.Id}'.", nameof(edges));
            if (!byId.ContainsKey(e.From)) throw new ArgumentException($"Edge '{e.Id}' starts at unknown node '{e.From}'.", nameof(edges));
            if (!byId.ContainsKey(e.To)) throw new ArgumentException($"Edge '{e.Id}' ends at unknown node '{e.To}'.", nameof(edges));
        }
    }

    public ImmutableArray<Node> Nodes { get; }
    public ImmutableArray<Edge> Edges { get; }

    public bool TryGetNode(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Node? node) =>
        _byId.TryGetValue(id, out node);

    public Node this[string id] => _byId[id];

    public static KnowledgeGraph Empty { get; } = new([], []);
}
