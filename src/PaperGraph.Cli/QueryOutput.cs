using System.Text.Json;
using PaperGraph.Graph;
using PaperGraph.Query;
using Spectre.Console;

namespace PaperGraph.Cli;

/// <summary>
/// Renders a <see cref="QueryResult"/> as a table for people, or as TSV or JSON for machines. TSV and JSON are the
/// answer exactly as <see cref="NamedQueries"/> gives it (paper node ids, value and unit apart). The table is for
/// reading: value and unit become one "score" column, and a paper is shown by its title and arXiv id.
/// </summary>
public static class QueryOutput
{
    public static void Write(IAnsiConsole console, TextWriter plain, QueryResult result, string format, KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(plain);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(graph);
        switch (format)
        {
            case "tsv":
                plain.WriteLine(string.Join('\t', result.Columns));
                foreach (var r in result.Rows) plain.WriteLine(string.Join('\t', r.Select(c => Export.TsvText.Field(c ?? ""))));
                break;
            case "json":
                plain.WriteLine(JsonSerializer.Serialize(result.Rows.Select(r => result.Columns.Zip(r).ToDictionary(p => p.First, p => p.Second))));
                break;
            default:
                WriteTable(console, result, graph);
                break;
        }
    }

    private static void WriteTable(IAnsiConsole console, QueryResult result, KnowledgeGraph graph)
    {
        var cols = result.Columns;
        int value = IndexOf(cols, "value"), unit = IndexOf(cols, "unit"), paper = IndexOf(cols, "paper");
        bool hasTitle = IndexOf(cols, "title") >= 0;
        var shown = new List<(string Header, Func<IReadOnlyList<string?>, string> Cell)>();
        for (int i = 0; i < cols.Count; i++)
        {
            int c = i;
            if (c == unit && value >= 0) continue;
            if (c == value) shown.Add(("score", r => (r[value] ?? "") + (unit >= 0 ? r[unit] ?? "" : "")));
            else if (c == paper) shown.Add(("paper", r => PaperDisplay(graph, r[paper], hasTitle)));
            else shown.Add((cols[c], r => r[c] ?? ""));
        }
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var (header, _) in shown) table.AddColumn(Markup.Escape(header));
        foreach (var r in result.Rows)
            table.AddRow(shown.Select(s => (Spectre.Console.Rendering.IRenderable)new Spectre.Console.Text(s.Cell(r))).ToArray());
        console.Write(table);
        console.MarkupLineInterpolated($"{result.Rows.Count} row(s)");
    }

    /// <summary>A paper for people: "Title (arXiv:ID)", the title, the arXiv id, or the head of the abstract (the node name).
    /// When the answer already has a title column, only the arXiv id (or node id) is shown.</summary>
    internal static string PaperDisplay(KnowledgeGraph graph, string? id, bool titleShownElsewhere)
    {
        if (id is null) return "";
        if (!graph.TryGetNode(id, out var node) || node.Paper is not { } p) return id;
        var arxiv = p.ArxivId is null ? null : "arXiv:" + p.ArxivId;
        if (titleShownElsewhere) return arxiv ?? id;
        if (p.Title is { } t) return arxiv is null ? t : $"{t} ({arxiv})";
        return arxiv ?? node.Name;
    }

    private static int IndexOf(IReadOnlyList<string> cols, string name)
    {
        for (int i = 0; i < cols.Count; i++) if (cols[i] == name) return i;
        return -1;
    }
}
