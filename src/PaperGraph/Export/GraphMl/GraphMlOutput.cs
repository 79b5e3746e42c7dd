using System.Globalization;
using System.Text;
using PaperGraph.Graph;

namespace PaperGraph.Export.GraphMl;

/// <summary><c>graph.graphml</c>: GraphML 1.0 with typed attributes, for Gephi, Cytoscape, yEd and NetworkX.</summary>
public sealed class GraphMlOutput : IOutput
{
    public const string FileName = "graph.graphml";
    public string Name => "graphml";

    public IGraphSink Open(string outputDirectory) =>
        new GraphMlSink(new FileStream(Path.Combine(outputDirectory, FileName), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16));
}

/// <summary>
/// Streams a graph as GraphML (UTF-8 without BOM, "\n" line ends). Node attributes: <c>label</c> (the name shown by
/// Gephi), <c>name</c> (Cytoscape's label column), <c>type</c> (Paper, Model, …), <c>aliases</c> (joined by
/// <c> | </c>) and the paper fields; edge attributes: <c>relation</c> (EVALUATED_ON, …), <c>label</c> (the same, shown
/// by Gephi), <c>metric</c>, <c>value</c> (double), <c>unit</c>, <c>paper</c>, <c>sentence</c>, <c>rule</c>,
/// <c>confidence</c> (double), <c>start</c>/<c>length</c> (int) and <c>surfaces</c>. Absent values are left out.
/// </summary>
public sealed class GraphMlSink(Stream stream) : IGraphSink
{
    /// <summary>Attribute keys in file order: key id, for, attr.name, attr.type.</summary>
    internal static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("label", "node", "label", "string"),
        ("name", "node", "name", "string"),
        ("type", "node", "type", "string"),
        ("aliases", "node", "aliases", "string"),
        ("title", "node", "title", "string"),
        ("arxiv", "node", "arxiv", "string"),
        ("created", "node", "created", "string"),
        ("published", "node", "published", "string"),
        ("authors", "node", "authors", "string"),
        ("categories", "node", "categories", "string"),
        ("abstract", "node", "abstract", "string"),
        ("relation", "edge", "relation", "string"),
        ("elabel", "edge", "label", "string"),
        ("metric", "edge", "metric", "string"),
        ("value", "edge", "value", "double"),
        ("unit", "edge", "unit", "string"),
        ("paper", "edge", "paper", "string"),
        ("sentence", "edge", "sentence", "string"),
        ("rule", "edge", "rule", "string"),
        ("confidence", "edge", "confidence", "double"),
        ("start", "edge", "start", "int"),
        ("length", "edge", "length", "int"),
        ("surfaces", "edge", "surfaces", "string"),
    ];

    private readonly StreamWriter _w = new(stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };

    public void Begin(GraphContext context)
    {
        _w.WriteLine("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        _w.WriteLine("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">");
        foreach (var (id, @for, name, type) in Keys)
            _w.WriteLine($"  <key id=\"{id}\" for=\"{@for}\" attr.name=\"{name}\" attr.type=\"{type}\"/>");
        _w.WriteLine("  <graph id=\"papergraph\" edgedefault=\"directed\">");
    }

    public void Node(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        _w.WriteLine($"    <node id=\"{XmlText.Attribute(node.Id)}\">");
        Data("label", node.Name);
        Data("name", node.Name);
        Data("type", node.Label.CypherName());
        if (!node.Aliases.IsDefaultOrEmpty) Data("aliases", string.Join(" | ", node.Aliases));
        if (node.Paper is { } p)
        {
            Data("title", p.Title);
            Data("arxiv", p.ArxivId);
            Data("created", Date(p.Created));
            Data("published", Date(p.Published));
            if (!p.Authors.IsDefaultOrEmpty) Data("authors", string.Join("; ", p.Authors));
            if (!p.Categories.IsDefaultOrEmpty) Data("categories", string.Join(" ", p.Categories));
            Data("abstract", p.Abstract);
        }
        _w.WriteLine("    </node>");
    }

    public void Edge(Edge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        _w.WriteLine($"    <edge id=\"{XmlText.Attribute(edge.Id)}\" source=\"{XmlText.Attribute(edge.From)}\" target=\"{XmlText.Attribute(edge.To)}\">");
        Data("relation", edge.Type.CypherName());
        Data("elabel", edge.Type.CypherName());
        Data("metric", edge.Metric);
        Data("value", Number(edge.Value));
        Data("unit", edge.Unit);
        if (edge.Evidence is { } ev)
        {
            Data("paper", ev.PaperId);
            Data("sentence", ev.Sentence);
            Data("rule", ev.Rule);
            Data("confidence", Math.Round(ev.Confidence, 4).ToString("R", CultureInfo.InvariantCulture));
            Data("start", ev.Start.ToString(CultureInfo.InvariantCulture));
            Data("length", ev.Length.ToString(CultureInfo.InvariantCulture));
        }
        if (!edge.Surfaces.IsDefaultOrEmpty) Data("surfaces", string.Join(" | ", edge.Surfaces));
        _w.WriteLine("    </edge>");
    }

    public void End()
    {
        _w.WriteLine("  </graph>");
        _w.WriteLine("</graphml>");
        _w.Flush();
    }

    public void Dispose() => _w.Dispose();

    /// <summary>A decimal as the shortest invariant text of the double a reader will parse (51.06).</summary>
    internal static string? Number(decimal? value) => value is { } v ? ((double)v).ToString("R", CultureInfo.InvariantCulture) : null;

    internal static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private void Data(string key, string? value)
    {
        if (value is null) return;
        _w.Write("      <data key=\"");
        _w.Write(key);
        _w.Write("\">");
        _w.Write(XmlText.Content(value));
        _w.WriteLine("</data>");
    }
}
