using PaperGraph.Graph;

namespace PaperGraph.Export;

/// <summary>What every sink may need besides nodes and edges: the whole graph (for writers that index it), the
/// build report, and the base IRI for RDF.</summary>
public sealed record GraphContext(KnowledgeGraph Graph, Pipeline.BuildReport Report, string BaseIri);

/// <summary>
/// A streaming sink: <see cref="Begin"/>, every node (sorted by id), every edge (sorted by id), <see cref="End"/>.
/// Writers are sinks; counting or filtering are wrapper sinks. A sink owns what it opened and closes it in Dispose.
/// </summary>
public interface IGraphSink : IDisposable
{
    void Begin(GraphContext context);
    void Node(Node node);
    void Edge(Edge edge);
    void End();
}

/// <summary>An output of the build (graph.ttl, graph.jsonl, neo4j/ …): a name and a factory of sinks.</summary>
public interface IOutput
{
    /// <summary>Short name used by <c>--outputs</c> (e.g. <c>turtle</c>).</summary>
    string Name { get; }

    /// <summary>Opens a sink writing into <paramref name="outputDirectory"/> (which exists).</summary>
    IGraphSink Open(string outputDirectory);
}

/// <summary>Replays a graph into sinks, in the deterministic order of the graph.</summary>
public static class GraphReplay
{
    public static void Replay(GraphContext context, IGraphSink sink)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        sink.Begin(context);
        foreach (var n in context.Graph.Nodes) sink.Node(n);
        foreach (var e in context.Graph.Edges) sink.Edge(e);
        sink.End();
    }
}
