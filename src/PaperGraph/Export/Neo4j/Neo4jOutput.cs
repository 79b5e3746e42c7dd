using System.Text;
using PaperGraph.Graph;

namespace PaperGraph.Export.Neo4j;

/// <summary>
/// <c>neo4j/</c>: neo4j-admin CSV files (one node file per label with ID space = label, one relationship file per
/// type and end labels), <c>import.args</c> and <c>import.sh</c> for <c>neo4j-admin database import full</c>, and
/// <c>load.cypher</c> (the <see cref="LoadPlan"/> for cypher-shell). Deterministic: files and rows in graph order.
/// </summary>
public sealed class Neo4jOutput : IOutput
{
    public const string FolderName = "neo4j";
    public const string ArgsFileName = "import.args";
    public const string ScriptFileName = "import.sh";

    public string Name => "neo4j";

    public IGraphSink Open(string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(outputDirectory);
        var dir = Path.Combine(outputDirectory, FolderName);
        if (Directory.Exists(dir))
            foreach (var f in Directory.EnumerateFiles(dir, "*.csv")) File.Delete(f);
        Directory.CreateDirectory(dir);
        return new Neo4jCsvSink(dir);
    }

    /// <summary>The node file of a label.</summary>
    public static string NodeFile(NodeLabel label) => $"nodes-{label.CypherName()}.csv";

    /// <summary>The relationship file of a type between two labels.</summary>
    public static string RelationshipFile(RelType type, NodeLabel from, NodeLabel to) => $"rels-{type.CypherName()}-{from.CypherName()}-{to.CypherName()}.csv";
}

/// <summary>Streams the graph into the neo4j-admin CSV files; writes the import arguments and load.cypher at the end.</summary>
public sealed class Neo4jCsvSink(string directory) : IGraphSink
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Dictionary<string, StreamWriter> _files = new(StringComparer.Ordinal);
    private readonly List<string> _nodeFiles = [];
    private readonly List<string> _relFiles = [];
    private readonly StringBuilder _line = new();
    private GraphContext? _context;
    private bool _multiline;

    public void Begin(GraphContext context) => _context = context ?? throw new ArgumentNullException(nameof(context));

    public void Node(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var defs = Neo4jProperties.For(node.Label);
        var file = Neo4jOutput.NodeFile(node.Label);
        var w = Writer(file, _nodeFiles, () => Header(defs, $"id:ID({node.Label.CypherName()})", ":LABEL"));
        _line.Clear();
        var values = Neo4jProperties.Values(node);
        AppendField(values[0], defs[0]);
        _line.Append(CsvText.Delimiter).Append(CsvText.Field(node.Label.CypherName()));
        for (int i = 1; i < defs.Count; i++) { _line.Append(CsvText.Delimiter); AppendField(values[i], defs[i]); }
        w.Write(_line.Append('\n').ToString());
    }

    public void Edge(Edge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        var graph = (_context ?? throw new InvalidOperationException("Begin was not called.")).Graph;
        var from = graph[edge.From].Label;
        var to = graph[edge.To].Label;
        var defs = Neo4jProperties.Relationship;
        var file = Neo4jOutput.RelationshipFile(edge.Type, from, to);
        var w = Writer(file, _relFiles, () => $":START_ID({from.CypherName()}),:END_ID({to.CypherName()}),:TYPE," + Header(defs));
        _line.Clear();
        _line.Append(CsvText.Field(edge.From)).Append(CsvText.Delimiter).Append(CsvText.Field(edge.To)).Append(CsvText.Delimiter)
             .Append(CsvText.Field(edge.Type.CypherName()));
        var values = Neo4jProperties.Values(edge);
        for (int i = 0; i < defs.Count; i++) { _line.Append(CsvText.Delimiter); AppendField(values[i], defs[i]); }
        w.Write(_line.Append('\n').ToString());
    }

    public void End()
    {
        foreach (var w in _files.Values) w.Flush();
        var context = _context ?? throw new InvalidOperationException("Begin was not called.");
        File.WriteAllText(Path.Combine(directory, Neo4jOutput.ArgsFileName), ImportArgs(_nodeFiles, _relFiles, _multiline), Utf8);
        var script = Path.Combine(directory, Neo4jOutput.ScriptFileName);
        File.WriteAllText(script, ImportScript, Utf8);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
                UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        using var load = new StreamWriter(Path.Combine(directory, LoadCypherWriter.FileName), false, Utf8, 1 << 16) { NewLine = "\n" };
        LoadCypherWriter.Write(load, LoadPlan.Build(context.Graph));
    }

    public void Dispose()
    {
        foreach (var w in _files.Values) w.Dispose();
        _files.Clear();
    }

    /// <summary>The picocli argument file for <c>neo4j-admin database import full</c> (one argument per line, paths
    /// relative to this folder).</summary>
    public static string ImportArgs(IEnumerable<string> nodeFiles, IEnumerable<string> relationshipFiles, bool multiline)
    {
        var sb = new StringBuilder();
        sb.Append("# neo4j-admin database import full arguments written by PaperGraph (see import.sh).\n");
        sb.Append("--delimiter=").Append(CsvText.Delimiter).Append('\n');
        sb.Append("--array-delimiter=").Append(CsvText.ArrayDelimiterOption).Append('\n');
        sb.Append("--id-type=string\n");
        sb.Append("--multiline-fields=").Append(multiline ? "true" : "false").Append('\n');
        sb.Append("--trim-strings=false\n");
        sb.Append("--ignore-empty-strings=false\n");
        sb.Append("--skip-duplicate-nodes=false\n");
        sb.Append("--skip-bad-relationships=false\n");
        foreach (var f in nodeFiles) sb.Append("--nodes=").Append(f).Append('\n');
        foreach (var f in relationshipFiles) sb.Append("--relationships=").Append(f).Append('\n');
        return sb.ToString();
    }

    /// <summary>The import script: runs the import on an empty database, skips when the database already exists.</summary>
    public const string ImportScript = """
        #!/bin/sh
        # Bulk-imports this folder into a NEW Neo4j database with neo4j-admin (Neo4j 5.26+), then the server creates the
        # constraints (queries/constraints.cypher). Run it where neo4j-admin runs, with the server stopped; the
        # docker-compose 'import' service does exactly that. Usage: import.sh [database]   (default: $NEO4J_DATABASE or neo4j)
        # An existing database is left alone: use 'papergraph load' for updates, or 'docker compose down -v' to start over.
        set -eu
        cd "$(dirname "$0")"
        db="${1:-${NEO4J_DATABASE:-neo4j}}"
        data="${NEO4J_DATA:-/data}"
        if [ -d "$data/databases/$db" ] && [ -n "$(ls -A "$data/databases/$db" 2>/dev/null)" ]; then
          echo "import.sh: database '$db' already exists in $data: bulk import skipped"
          exit 0
        fi
        exec neo4j-admin database import full --report-file="${NEO4J_IMPORT_REPORT:-/tmp/papergraph-import.report}" "$db" @import.args

        """;

    private StreamWriter Writer(string file, List<string> order, Func<string> header)
    {
        if (_files.TryGetValue(file, out var w)) return w;
        w = new StreamWriter(Path.Combine(directory, file), false, Utf8, 1 << 16) { NewLine = "\n" };
        w.Write(header());
        w.Write('\n');
        _files[file] = w;
        order.Add(file);
        return w;
    }

    private static string Header(IReadOnlyList<PropertyDef> defs, string idColumn, string labelColumn)
    {
        var cols = new List<string> { idColumn, labelColumn };
        cols.AddRange(defs.Skip(1).Select(d => d.CsvHeader));
        return string.Join(CsvText.Delimiter, cols);
    }

    private static string Header(IReadOnlyList<PropertyDef> defs) => string.Join(CsvText.Delimiter, defs.Select(d => d.CsvHeader));

    private void AppendField(object? value, PropertyDef def)
    {
        switch (value)
        {
            case null: break;
            case string s:
                if (CsvText.HasLineBreak(s)) _multiline = true;
                _line.Append(CsvText.Field(s));
                break;
            case string[] a:
                if (a.Any(CsvText.HasLineBreak)) _multiline = true;
                _line.Append(CsvText.Array(a));
                break;
            case long l: _line.Append(CsvText.Int(l)); break;
            case double d: _line.Append(CsvText.Double(d)); break;
            case DateOnly d: _line.Append(CsvText.Date(d)); break;
            default: throw new InvalidOperationException($"Unexpected value type {value.GetType().Name} for {def.Name}.");
        }
    }
}
