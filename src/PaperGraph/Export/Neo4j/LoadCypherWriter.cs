using System.Text;

namespace PaperGraph.Export.Neo4j;

/// <summary>
/// Writes a <see cref="LoadPlan"/> as <c>load.cypher</c> for <c>cypher-shell -f load.cypher</c>: the constraints, then
/// for every batch a <c>:param rows => […]</c> line (the values as Cypher literals, escaped by <see cref="CypherText"/>)
/// followed by the parameterised statement. Idempotent like the plan.
/// </summary>
public static class LoadCypherWriter
{
    public const string FileName = "load.cypher";

    public static void Write(TextWriter writer, LoadPlan plan)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(plan);
        writer.Write("// PaperGraph load script: uniqueness constraints, then nodes, then relationships, as UNWIND $rows MERGE batches.\n");
        writer.Write("// Run with `cypher-shell -f load.cypher` (each :param line is a cypher-shell command ending at its line end). Safe to run again: MERGE on ids creates nothing twice.\n");
        var sb = new StringBuilder();
        foreach (var s in plan.Statements)
        {
            if (s.Phase == LoadPhase.Constraints)
            {
                writer.Write(s.Text);
                writer.Write(";\n");
                continue;
            }
            foreach (var batch in s.Batches)
            {
                sb.Clear();
                sb.Append(":param rows => [");
                for (int r = 0; r < batch.Length; r++)
                {
                    if (r > 0) sb.Append(", ");
                    sb.Append('{');
                    for (int i = 0; i < s.Fields.Length; i++)
                    {
                        if (i > 0) sb.Append(", ");
                        sb.Append(CypherText.Identifier(s.Fields[i].Name)).Append(": ");
                        AppendLiteral(sb, batch[r][i]);
                    }
                    sb.Append('}');
                }
                sb.Append("]\n");
                writer.Write(sb.ToString());
                writer.Write(s.Text);
                writer.Write(";\n");
            }
        }
    }

    private static void AppendLiteral(StringBuilder sb, object value)
    {
        switch (value)
        {
            case string s: sb.Append(CypherText.String(s)); break;
            case string[] a:
                sb.Append('[');
                for (int i = 0; i < a.Length; i++)
                {
                    if (i > 0) sb.Append(", ");
                    sb.Append(CypherText.String(a[i]));
                }
                sb.Append(']');
                break;
            case long l: sb.Append(CypherText.Integer(l)); break;
            case double d: sb.Append(CypherText.Float(d)); break;
            case DateOnly d: sb.Append(CypherText.String(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))); break;
            default: throw new InvalidOperationException($"Unexpected property value type {value.GetType().Name}.");
        }
    }
}
