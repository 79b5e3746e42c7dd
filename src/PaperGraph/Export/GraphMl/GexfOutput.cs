using System.Globalization;
using System.Text;
using PaperGraph.Graph;

namespace PaperGraph.Export.GraphMl;

/// <summary><c>graph.gexf</c>: GEXF 1.2 (Gephi's own format) with typed attributes and one colour per label.</summary>
public sealed class GexfOutput : IOutput
{
    public const string FileName = "graph.gexf";
    public string Name => "gexf";

    public IGraphSink Open(string outputDirectory) =>
        new GexfSink(new FileStream(Path.Combine(outputDirectory, FileName), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16));
}

/// <summary>
/// Streams a graph as GEXF 1.2 (UTF-8 without BOM, "\n" line ends, no date so the bytes are the same every run).
/// Nodes carry their name as GEXF label, a <c>viz:color</c> per label and the attributes <c>type</c>,
/// <c>aliases</c>, <c>title</c>, <c>arxiv</c>; edges carry the relation as GEXF label and <c>relation</c>,
/// <c>metric</c>, <c>value</c> (double), <c>unit</c>, <c>paper</c>, <c>sentence</c>.
/// </summary>
public sealed class GexfSink(Stream stream) : IGraphSink
{
    private static readonly (string Id, string Type)[] NodeAttributes =
        [("type", "string"), ("aliases", "string"), ("title", "string"), ("arxiv", "string")];
    private static readonly (string Id, string Type)[] EdgeAttributes =
        [("relation", "string"), ("metric", "string"), ("value", "double"), ("unit", "string"), ("paper", "string"), ("sentence", "string")];

    private readonly StreamWriter _w = new(stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
    private bool _inEdges;

    public void Begin(GraphContext context)
    {
        _w.WriteLine("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        _w.WriteLine("<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" version=\"1.2\">");
        _w.WriteLine("  <meta>");
        _w.WriteLine("    <creator>PaperGraph</creator>");
        _w.WriteLine("    <description>Knowledge graph of ML papers: models, methods, benchmarks, datasets, metrics</description>");
        _w.WriteLine("  </meta>");
        _w.WriteLine("  <graph mode=\"static\" defaultedgetype=\"directed\">");
        Declare("node", NodeAttributes);
        Declare("edge", EdgeAttributes);
        _w.WriteLine("    <nodes>");
    }

    public void Node(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        _w.WriteLine($"      <node id=\"{XmlText.Attribute(node.Id)}\" label=\"{XmlText.Attribute(node.Name)}\">");
        _w.WriteLine("        <attvalues>");
        Value("type", node.Label.CypherName());
        if (!node.Aliases.IsDefaultOrEmpty) Value("aliases", string.Join(" | ", node.Aliases));
        Value("title", node.Paper?.Title);
        Value("arxiv", node.Paper?.ArxivId);
        _w.WriteLine("        </attvalues>");
        var (r, g, b) = LabelColors.Rgb(node.Label);
        _w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"        <viz:color r=\"{r}\" g=\"{g}\" b=\"{b}\"/>"));
        _w.WriteLine("      </node>");
    }

    public void Edge(Edge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        StartEdges();
        _w.WriteLine($"      <edge id=\"{XmlText.Attribute(edge.Id)}\" source=\"{XmlText.Attribute(edge.From)}\" target=\"{XmlText.Attribute(edge.To)}\" label=\"{edge.Type.CypherName()}\">");
        _w.WriteLine("        <attvalues>");
        Value("relation", edge.Type.CypherName());
        Value("metric", edge.Metric);
        Value("value", GraphMlSink.Number(edge.Value));
        Value("unit", edge.Unit);
        Value("paper", edge.Evidence?.PaperId);
        Value("sentence", edge.Evidence?.Sentence);
        _w.WriteLine("        </attvalues>");
        _w.WriteLine("      </edge>");
    }

    public void End()
    {
        StartEdges();
        _w.WriteLine("    </edges>");
        _w.WriteLine("  </graph>");
        _w.WriteLine("</gexf>");
        _w.Flush();
    }

    public void Dispose() => _w.Dispose();

    private void StartEdges()
    {
        if (_inEdges) return;
        _inEdges = true;
        _w.WriteLine("    </nodes>");
        _w.WriteLine("    <edges>");
    }

    private void Declare(string @class, (string Id, string Type)[] attributes)
    {
        _w.WriteLine($"    <attributes class=\"{@class}\">");
        foreach (var (id, type) in attributes) _w.WriteLine($"      <attribute id=\"{id}\" title=\"{id}\" type=\"{type}\"/>");
        _w.WriteLine("    </attributes>");
    }

    private void Value(string id, string? value)
    {
        if (value is null) return;
        _w.WriteLine($"          <attvalue for=\"{id}\" value=\"{XmlText.Attribute(value)}\"/>");
    }
}
