using PaperGraph.Graph;

namespace PaperGraph.Export;

/// <summary>One colour per node label, shared by graph.html, report.html and graph.gexf.</summary>
public static class LabelColors
{
    /// <summary>The colour of a label as <c>#rrggbb</c>.</summary>
    public static string Hex(NodeLabel label) => label switch
    {
        NodeLabel.Paper => "#9aa0a6",
        NodeLabel.Model => "#4e79a7",
        NodeLabel.Method => "#f28e2b",
        NodeLabel.Benchmark => "#e15759",
        NodeLabel.Dataset => "#59a14f",
        NodeLabel.Metric => "#b07aa1",
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, null),
    };

    /// <summary>The colour of a label as red, green, blue bytes.</summary>
    public static (byte R, byte G, byte B) Rgb(NodeLabel label)
    {
        var hex = Hex(label);
        return (Convert.ToByte(hex[1..3], 16), Convert.ToByte(hex[3..5], 16), Convert.ToByte(hex[5..7], 16));
    }
}
