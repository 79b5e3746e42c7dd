using System.Globalization;
using System.Text.Json;

namespace PaperGraph.Export.Neo4j;

/// <summary>Writes load-plan parameters as JSON (the Query API's <c>parameters</c>, and the plan file the Kùzu
/// conformance test runs). Strings go through <see cref="JsonText"/>; dates are ISO strings (the statements call
/// <c>date()</c>); floats are JSON numbers (the statements multiply by 1.0).</summary>
public static class LoadPlanJson
{
    /// <summary><c>{"rows": [{field: value, …}, …]}</c> for one batch of a statement.</summary>
    public static void WriteParameters(Utf8JsonWriter json, LoadStatement statement, IReadOnlyList<object[]> batch)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(batch);
        json.WriteStartObject();
        json.WritePropertyName("rows");
        WriteRows(json, statement, batch);
        json.WriteEndObject();
    }

    /// <summary>The whole plan: <c>{"statements": [{"phase", "description", "text", "batches": [[row…]…]}…]}</c>.</summary>
    public static void WritePlan(Stream stream, LoadPlan plan)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(plan);
        using var json = new Utf8JsonWriter(stream, Json.JsonLinesSink.WriterOptions);
        json.WriteStartObject();
        json.WriteStartArray("statements");
        foreach (var s in plan.Statements)
        {
            json.WriteStartObject();
            json.WriteString("phase", s.Phase.ToString());
            json.WriteString("description", s.Description);
            json.WriteString("text", s.Text);
            json.WriteStartArray("batches");
            foreach (var b in s.Batches) WriteRows(json, s, b);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRows(Utf8JsonWriter json, LoadStatement statement, IReadOnlyList<object[]> batch)
    {
        json.WriteStartArray();
        foreach (var row in batch)
        {
            json.WriteStartObject();
            for (int i = 0; i < statement.Fields.Length; i++)
            {
                json.WritePropertyName(statement.Fields[i].Name);
                WriteValue(json, row[i]);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter json, object value)
    {
        switch (value)
        {
            case string s: json.WriteStringValue(JsonText.Safe(s)); break;
            case string[] a:
                json.WriteStartArray();
                foreach (var x in a) json.WriteStringValue(JsonText.Safe(x));
                json.WriteEndArray();
                break;
            case long l: json.WriteNumberValue(l); break;
            case double d: json.WriteNumberValue(d); break;
            case DateOnly d: json.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            default: throw new InvalidOperationException($"Unexpected property value type {value.GetType().Name}.");
        }
    }
}
