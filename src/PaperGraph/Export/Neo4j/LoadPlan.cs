using System.Collections.Immutable;
using System.Text;
using PaperGraph.Graph;

namespace PaperGraph.Export.Neo4j;

/// <summary>The phase of a load statement: constraints, then nodes, then relationships.</summary>
public enum LoadPhase
{
    Constraints,
    Nodes,
    Relationships,
}

/// <summary>
/// One parameterised statement and the rows it runs on (as <c>$rows</c>), cut into batches. Every row holds a
/// value for each of <see cref="Fields"/> (never null: a property a row lacks is set to NULL in the statement text
/// of its shape, so rows of one statement all have the same shape and types).
/// </summary>
public sealed record LoadStatement(LoadPhase Phase, string Description, string Text, ImmutableArray<PropertyDef> Fields, ImmutableArray<ImmutableArray<object[]>> Batches)
{
    public int RowCount => Batches.Sum(b => b.Length);
}

/// <summary>
/// What a Neo4j load runs, built purely from a graph: uniqueness constraints first, then nodes per label, then
/// relationships per type and end labels, each as <c>UNWIND $rows AS row MERGE …</c> batches. MERGE keys are the
/// node ids and the edge ids, so running a plan twice creates nothing the second time. The single source for
/// load.cypher, the HTTP loader and the Kùzu conformance test. Labels, types and property names come from the closed
/// enums and <see cref="Neo4jProperties"/>; values are only ever parameters.
/// </summary>
public sealed class LoadPlan
{
    /// <summary>Rows per batch unless told otherwise.</summary>
    public const int DefaultBatchSize = 5000;

    private LoadPlan(ImmutableArray<LoadStatement> statements) => Statements = statements;

    public ImmutableArray<LoadStatement> Statements { get; }

    public int NodeRows => Statements.Where(s => s.Phase == LoadPhase.Nodes).Sum(s => s.RowCount);
    public int RelationshipRows => Statements.Where(s => s.Phase == LoadPhase.Relationships).Sum(s => s.RowCount);

    /// <summary>The uniqueness constraints on <c>id</c>, one per label (Neo4j only: <c>IF NOT EXISTS</c> makes them
    /// idempotent).</summary>
    public static IReadOnlyList<string> ConstraintStatements() =>
        [.. RelTypeNames.AllLabels.Select(l =>
            $"CREATE CONSTRAINT {CypherText.Identifier(l.IdPrefix() + "_id")} IF NOT EXISTS FOR (n:{CypherText.Label(l)}) REQUIRE n.id IS UNIQUE")];

    /// <exception cref="ArgumentOutOfRangeException">The batch size is below 1.</exception>
    public static LoadPlan Build(KnowledgeGraph graph, int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var statements = ImmutableArray.CreateBuilder<LoadStatement>();
        foreach (var c in ConstraintStatements())
            statements.Add(new LoadStatement(LoadPhase.Constraints, "constraint", c, [], [[]]));

        // Nodes: per label, per shape (which optional properties are present), in graph (id) order.
        foreach (var label in RelTypeNames.AllLabels)
        {
            var defs = Neo4jProperties.For(label);
            var groups = new SortedDictionary<ulong, List<object?[]>>();
            foreach (var n in graph.Nodes)
            {
                if (n.Label != label) continue;
                var values = Neo4jProperties.Values(n);
                Group(groups, values).Add(values);
            }
            foreach (var (mask, rows) in groups)
            {
                var fields = Present(defs, mask);
                var text = $"UNWIND $rows AS row MERGE (n:{CypherText.Label(label)} {{id: row.id}}) SET {Assignments("n", defs, mask, skipFirst: true)}";
                statements.Add(new LoadStatement(LoadPhase.Nodes, label.CypherName() + " nodes", text, fields, Batch(rows, mask, batchSize)));
            }
        }

        // Relationships: per type, start label, end label and shape.
        var defsR = Neo4jProperties.Relationship;
        var relGroups = new SortedDictionary<(RelType, NodeLabel, NodeLabel), SortedDictionary<ulong, List<object?[]>>>();
        foreach (var e in graph.Edges)
        {
            var key = (e.Type, graph[e.From].Label, graph[e.To].Label);
            if (!relGroups.TryGetValue(key, out var groups)) relGroups[key] = groups = [];
            var values = Neo4jProperties.Values(e);
            var withEnds = new object?[values.Length + 2];
            withEnds[0] = e.From;
            withEnds[1] = e.To;
            values.CopyTo(withEnds, 2);
            Group(groups, values).Add(withEnds);
        }
        ImmutableArray<PropertyDef> ends = [new("from", PropertyType.String), new("to", PropertyType.String)];
        foreach (var ((type, from, to), groups) in relGroups)
        {
            foreach (var (mask, rows) in groups)
            {
                var fields = ends.AddRange(Present(defsR, mask));
                var text = $"UNWIND $rows AS row MATCH (a:{CypherText.Label(from)} {{id: row.from}}) MATCH (b:{CypherText.Label(to)} {{id: row.to}}) " +
                           $"MERGE (a)-[r:{CypherText.Type(type)} {{id: row.id}}]->(b) SET {Assignments("r", defsR, mask, skipFirst: true)}";
                statements.Add(new LoadStatement(LoadPhase.Relationships, $"{type.CypherName()} {from.CypherName()}→{to.CypherName()}", text, fields,
                    Batch(rows, (mask << 2) | 3, batchSize)));
            }
        }
        return new LoadPlan(statements.ToImmutable());
    }

    /// <summary>The batch of rows of the same shape (bit i set = property i present).</summary>
    private static List<object?[]> Group(SortedDictionary<ulong, List<object?[]>> groups, object?[] values)
    {
        if (values.Length > 64) throw new InvalidOperationException("At most 64 properties per shape.");
        ulong mask = 0;
        for (int i = 0; i < values.Length; i++)
            if (values[i] is not null) mask |= 1UL << i;
        if (!groups.TryGetValue(mask, out var list)) groups[mask] = list = [];
        return list;
    }

    private static ImmutableArray<PropertyDef> Present(IReadOnlyList<PropertyDef> defs, ulong mask) =>
        [.. defs.Where((d, i) => (mask & (1UL << i)) != 0)];

    /// <summary><c>n.name = row.name, n.value = row.value * 1.0, n.created = date(row.created), n.unit = NULL</c>:
    /// present properties from the row (floats times 1.0 because JSON's 40 reads as an Integer), absent ones NULL
    /// (removed in Neo4j), so a node or relationship ends up exactly as in the graph, whatever was loaded before.</summary>
    private static string Assignments(string variable, IReadOnlyList<PropertyDef> defs, ulong mask, bool skipFirst)
    {
        var sb = new StringBuilder();
        for (int i = skipFirst ? 1 : 0; i < defs.Count; i++)
        {
            if (sb.Length > 0) sb.Append(", ");
            var name = CypherText.Identifier(defs[i].Name);
            sb.Append(variable).Append('.').Append(name).Append(" = ");
            if ((mask & (1UL << i)) == 0) { sb.Append("NULL"); continue; }
            sb.Append(defs[i].Type switch
            {
                PropertyType.Float => $"row.{name} * 1.0",
                PropertyType.Date => $"date(row.{name})",
                _ => $"row.{name}",
            });
        }
        return sb.ToString();
    }

    /// <summary>Keeps the present values (in field order) and cuts the rows into batches.</summary>
    private static ImmutableArray<ImmutableArray<object[]>> Batch(List<object?[]> rows, ulong mask, int batchSize)
    {
        var batches = ImmutableArray.CreateBuilder<ImmutableArray<object[]>>();
        for (int start = 0; start < rows.Count; start += batchSize)
        {
            var batch = ImmutableArray.CreateBuilder<object[]>(Math.Min(batchSize, rows.Count - start));
            for (int r = start; r < Math.Min(rows.Count, start + batchSize); r++)
            {
                var row = rows[r];
                var kept = new object[System.Numerics.BitOperations.PopCount(mask)];
                int k = 0;
                for (int i = 0; i < row.Length; i++)
                    if ((mask & (1UL << i)) != 0) kept[k++] = row[i]!;
                batch.Add(kept);
            }
            batches.Add(batch.MoveToImmutable());
        }
        return batches.ToImmutable();
    }
}
