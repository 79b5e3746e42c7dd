using System.Text.Json;
using PaperGraph.Query;
using Spectre.Console;

namespace PaperGraph.Cli;

/// <summary>Renders a <see cref="QueryResult"/> as a table, TSV or JSON.</summary>
public static class QueryOutput
{
    public static void Write(IAnsiConsole console, TextWriter plain, QueryResult result, string format)
    {
        switch (format)
        {
            case "tsv":
                plain.WriteLine(string.Join('\t', result.Columns));
                foreach (var r in result.Rows) plain.WriteLine(string.Join('\t', r.Select(c => (c ?? "").Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' '))));
                break;
            case "json":
                plain.WriteLine(JsonSerializer.Serialize(result.Rows.Select(r => result.Columns.Zip(r).ToDictionary(p => p.First, p => p.Second))));
                break;
            default:
                var table = new Table().Border(TableBorder.Rounded);
                foreach (var c in result.Columns) table.AddColumn(Markup.Escape(c));
                foreach (var r in result.Rows) table.AddRow(r.Select(c => new Text(c ?? "")).ToArray<Spectre.Console.Rendering.IRenderable>());
                console.Write(table);
                console.MarkupLineInterpolated($"{result.Rows.Count} row(s)");
                break;
        }
    }
}
