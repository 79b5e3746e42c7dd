using System.Text;
using System.Text.Json;
using PaperGraph.Export;
using PaperGraph.Export.GraphMl;
using PaperGraph.Graph;
using PaperGraph.Pipeline;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Export.GraphMl;

public class GraphMlOutputTests
{
    private static string Write(KnowledgeGraph graph, Func<Stream, IGraphSink> sink)
    {
        using var buffer = new MemoryStream();
        using (var s = sink(buffer)) GraphReplay.Replay(new GraphContext(graph, BuildReport.Empty, PaperGraphPipeline.DefaultBaseIri), s);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string WriteFile(string dir, string name, string text)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void TheTinyGraphIsWrittenAsTheGoldenGraphMl() =>
        Golden.Check(Path.Combine("Export", "tiny.graphml"), Write(HostileGraph.Tiny(), s => new GraphMlSink(s)));

    [Fact]
    public void TheTinyGraphIsWrittenAsTheGoldenGexf() =>
        Golden.Check(Path.Combine("Export", "tiny.gexf"), Write(HostileGraph.Tiny(), s => new GexfSink(s)));

    [Fact]
    public void NetworkXReadsTheTinyAndHostileGraphsWithTypedAttributesAndTheSameText()
    {
        var dir = TempDir.Create("graphml");
        var tiny = WriteFile(dir, "tiny.graphml", Write(HostileGraph.Tiny(), s => new GraphMlSink(s)));
        var tinyGexf = WriteFile(dir, "tiny.gexf", Write(HostileGraph.Tiny(), s => new GexfSink(s)));
        var hostileGraph = HostileGraph.Build();
        var hostile = WriteFile(dir, "hostile.graphml", Write(hostileGraph, s => new GraphMlSink(s)));
        var hostileGexf = WriteFile(dir, "hostile.gexf", Write(hostileGraph, s => new GexfSink(s)));

        var read = GraphReaders.NetworkX(tiny, tinyGexf, hostile, hostileGexf);

        var t = read.GetProperty(tiny);
        t.GetProperty("nodes").GetInt32().Should().Be(3);
        t.GetProperty("edges").GetInt32().Should().Be(2);
        t.GetProperty("directed").GetBoolean().Should().BeTrue();
        var model = t.GetProperty("node_data").GetProperty("model/tinynet");
        model.GetProperty("label")[0].GetString().Should().Be("TinyNet");
        model.GetProperty("type")[0].GetString().Should().Be("Model");
        model.GetProperty("aliases")[0].GetString().Should().Be("Tiny-Net | tinynet-v1");
        t.GetProperty("node_data").GetProperty("paper/0123456789abcdef").GetProperty("title")[0].GetString().Should().Be("Tiny & \"Small\" Models");
        var eval = t.GetProperty("edge_data").EnumerateArray().Single(e => e[2].GetProperty("relation")[0].GetString() == "EVALUATED_ON");
        eval[0].GetString().Should().Be("model/tinynet");
        eval[1].GetString().Should().Be("benchmark/mmlu");
        eval[2].GetProperty("value")[0].GetDouble().Should().Be(81.5);
        eval[2].GetProperty("value")[1].GetString().Should().Be("float", "value is declared double");
        eval[2].GetProperty("start")[1].GetString().Should().Be("int");
        eval[2].GetProperty("sentence")[0].GetString().Should().Be("TinyNet scores 81.5% on MMLU.");

        var tg = read.GetProperty(tinyGexf);
        tg.GetProperty("nodes").GetInt32().Should().Be(3);
        tg.GetProperty("edges").GetInt32().Should().Be(2);
        tg.GetProperty("node_data").GetProperty("model/tinynet").GetProperty("label")[0].GetString().Should().Be("TinyNet");

        foreach (var file in new[] { hostile, hostileGexf })
        {
            var h = read.GetProperty(file);
            h.GetProperty("nodes").GetInt32().Should().Be(hostileGraph.Nodes.Length);
            h.GetProperty("edges").GetInt32().Should().Be(hostileGraph.Edges.Length);
            foreach (var n in hostileGraph.Nodes)
                h.GetProperty("node_data").GetProperty(n.Id).GetProperty("label")[0].GetString().Should().Be(XmlReadBack(n.Name), file);
        }
        var sentence = read.GetProperty(hostile).GetProperty("edge_data").EnumerateArray().First(e => e[2].TryGetProperty("sentence", out _))[2].GetProperty("sentence")[0].GetString();
        sentence.Should().Be(XmlReadBack(HostileGraph.Sentence));
    }

    [SkippableFact]
    public void NetworkXReadsTheSeedGraphMlAndGexfWithTheGraphsNodeAndEdgeCounts()
    {
        var (result, dir) = Build.Seeds();
        var graphml = Path.Combine(dir, GraphMlOutput.FileName);
        var gexf = Path.Combine(dir, GexfOutput.FileName);
        var read = GraphReaders.NetworkX(graphml, gexf);
        foreach (var f in new[] { graphml, gexf })
        {
            read.GetProperty(f).GetProperty("nodes").GetInt32().Should().Be(result.Graph.Nodes.Length, f);
            read.GetProperty(f).GetProperty("edges").GetInt32().Should().Be(result.Graph.Edges.Length, f);
        }
    }

    [Fact]
    public void GraphMlAndGexfAreByteIdenticalAcrossWrites()
    {
        var g = HostileGraph.Build();
        Write(g, s => new GraphMlSink(s)).Should().Be(Write(g, s => new GraphMlSink(s)));
        Write(g, s => new GexfSink(s)).Should().Be(Write(g, s => new GexfSink(s)));
    }

    /// <summary>What an XML reader gives back for a string written through <see cref="XmlText"/>.</summary>
    private static string XmlReadBack(string s)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { sb.Append(s, i, 2); i++; }
            else sb.Append(XmlText.IsXmlChar(s[i]) ? s[i] : '\uFFFD');
        }
        return sb.ToString();
    }
}
