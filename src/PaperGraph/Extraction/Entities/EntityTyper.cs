using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using PaperGraph.Graph;

namespace PaperGraph.Extraction.Entities;

/// <summary>One feature of a candidate entity: a name (shape, context word, rule vote) and its value.</summary>
public readonly record struct TyperFeature(string Name, float Value);

/// <summary>
/// A learned typer for names the knowledge base does not know: multinomial logistic regression over the features
/// of an entity's name (suffix, capitals, digits, size tokens), the words around its mentions, whether the paper
/// proposes it, and the rule votes. Trained on the gold annotations of train.jsonl (see <see cref="TyperTraining"/>)
/// and stored as <c>Resources/typer/weights.tsv</c>: <c>feature TAB w(Model) TAB w(Method) TAB w(Benchmark) TAB
/// w(Dataset) TAB w(Metric)</c>, the bias under the name <c>*bias</c>. Pure and thread-safe once built.
/// </summary>
public sealed class EntityTyper
{
    /// <summary>The classes, in weight-column order.</summary>
    public static readonly NodeLabel[] Classes = [NodeLabel.Model, NodeLabel.Method, NodeLabel.Benchmark, NodeLabel.Dataset, NodeLabel.Metric];

    private const string BiasName = "*bias";
    private readonly FrozenDictionary<string, float[]> _weights;
    private readonly FrozenDictionary<string, float[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public EntityTyper(IReadOnlyDictionary<string, float[]> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        _weights = weights.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _weights.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of features with weights.</summary>
    public int FeatureCount => _weights.Count;

    /// <summary>The class scores (unnormalised log-probabilities) of a feature list.</summary>
    public float[] Scores(IReadOnlyList<TyperFeature> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var s = new float[Classes.Length];
        if (_weights.TryGetValue(BiasName, out var b)) for (int k = 0; k < s.Length; k++) s[k] = b[k];
        foreach (var f in features)
            if (_lookup.TryGetValue(f.Name, out var w))
                for (int k = 0; k < s.Length; k++) s[k] += w[k] * f.Value;
        return s;
    }

    /// <summary>The most probable type and its probability.</summary>
    public (NodeLabel Type, float Probability) Predict(IReadOnlyList<TyperFeature> features)
    {
        var s = Scores(features);
        int best = 0;
        for (int k = 1; k < s.Length; k++) if (s[k] > s[best]) best = k;
        double z = 0;
        for (int k = 0; k < s.Length; k++) z += Math.Exp(s[k] - s[best]);
        return (Classes[best], (float)(1 / z));
    }

    private static int ClassIndex(NodeLabel t) => Array.IndexOf(Classes, t);

    /// <summary>Trains by full-batch gradient descent on the mean log-loss with L2 regularisation; deterministic
    /// (examples and features in the given order, no randomness).</summary>
    public static EntityTyper Train(IReadOnlyList<(IReadOnlyList<TyperFeature> Features, NodeLabel Label)> examples, int epochs = 300, float rate = 0.5f, float l2 = 0.002f)
    {
        ArgumentNullException.ThrowIfNull(examples);
        // Features seen in fewer than three examples are dropped: they cannot generalise, and the stored weights
        // then hold no one paper's words.
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (features, _) in examples)
            foreach (var f in features.Select(f => f.Name).Distinct(StringComparer.Ordinal)) seen[f] = seen.GetValueOrDefault(f) + 1;
        var index = new Dictionary<string, int>(StringComparer.Ordinal) { [BiasName] = 0 };
        var rows = new List<(int[] Idx, float[] Val, int Label)>(examples.Count);
        foreach (var (features, label) in examples)
        {
            int y = ClassIndex(label);
            if (y < 0) continue;
            var idx = new List<int>(features.Count + 1) { 0 };
            var val = new List<float>(features.Count + 1) { 1 };
            foreach (var f in features)
            {
                if (seen[f.Name] < 3) continue;
                if (!index.TryGetValue(f.Name, out var j)) index[f.Name] = j = index.Count;
                idx.Add(j); val.Add(f.Value);
            }
            rows.Add((idx.ToArray(), val.ToArray(), y));
        }
        int c = Classes.Length;
        var w = new float[index.Count * c];
        var grad = new float[w.Length];
        var p = new double[c];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            Array.Clear(grad);
            foreach (var (idx, val, y) in rows)
            {
                double max = double.NegativeInfinity;
                for (int k = 0; k < c; k++)
                {
                    double s = 0;
                    for (int i = 0; i < idx.Length; i++) s += w[idx[i] * c + k] * val[i];
                    p[k] = s;
                    if (s > max) max = s;
                }
                double z = 0;
                for (int k = 0; k < c; k++) { p[k] = Math.Exp(p[k] - max); z += p[k]; }
                for (int k = 0; k < c; k++)
                {
                    float g = (float)(p[k] / z - (k == y ? 1 : 0));
                    for (int i = 0; i < idx.Length; i++) grad[idx[i] * c + k] += g * val[i];
                }
            }
            float n = Math.Max(1, rows.Count);
            for (int i = 0; i < w.Length; i++) w[i] -= rate * (grad[i] / n + (i >= c ? l2 * w[i] : 0));
        }
        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var (name, j) in index)
        {
            var row = new float[c];
            bool any = false;
            for (int k = 0; k < c; k++) { row[k] = (float)Math.Round(w[j * c + k], 3) + 0f; any |= row[k] != 0; }
            if (any) weights[name] = row;
        }
        return new EntityTyper(weights);
    }

    /// <summary>The TSV form (features sorted ordinally, weights with three decimals): byte-identical for the same
    /// training data.</summary>
    public string Serialize()
    {
        var sb = new StringBuilder("#schema\tpapergraph-typer\t1\n");
        var names = _weights.Keys.ToArray();
        Array.Sort(names, StringComparer.Ordinal);
        foreach (var name in names)
        {
            sb.Append(name);
            foreach (var v in _weights[name]) sb.Append('\t').Append(v.ToString("0.###", CultureInfo.InvariantCulture));
            sb.Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>Parses the TSV form written by <see cref="Serialize"/>.</summary>
    /// <exception cref="FormatException">The schema line is missing or a line is malformed.</exception>
    public static EntityTyper Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r') != "#schema\tpapergraph-typer\t1") throw new FormatException("missing '#schema papergraph-typer 1' line");
        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (int i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0) continue;
            var parts = line.Split('\t');
            if (parts.Length != Classes.Length + 1) throw new FormatException($"line {i + 1}: expected {Classes.Length + 1} fields");
            var row = new float[Classes.Length];
            for (int k = 0; k < row.Length; k++) row[k] = float.Parse(parts[k + 1], NumberStyles.Float, CultureInfo.InvariantCulture);
            weights[parts[0]] = row;
        }
        return new EntityTyper(weights);
    }

    private static readonly Lazy<EntityTyper> DefaultInstance = new(() =>
    {
        var assembly = typeof(EntityTyper).Assembly;
        string? name = null;
        foreach (var n in assembly.GetManifestResourceNames())
            if (n.Replace('\\', '.').Replace('/', '.') == "PaperGraph.Resources.typer.weights.tsv") name = n;
        using var stream = (name is null ? null : assembly.GetManifestResourceStream(name))
            ?? throw new InvalidOperationException("The typer resource Resources/typer/weights.tsv is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    });

    /// <summary>The typer shipped with PaperGraph.</summary>
    public static EntityTyper Default => DefaultInstance.Value;
}
