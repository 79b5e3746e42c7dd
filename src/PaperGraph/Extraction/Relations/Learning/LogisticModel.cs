using System.Globalization;
using System.Text;

namespace PaperGraph.Extraction.Relations.Learning;

/// <summary>One training example: the binary features that fire for a candidate fact, and whether it is true.</summary>
public sealed record Example(IReadOnlyList<string> Features, bool Label, string Group);

/// <summary>
/// Binary logistic regression over named binary features (cue words, positions, rule flags), in plain C#: full-batch
/// gradient descent with L2 regularisation, deterministic (fixed order, no random initialisation). Stored as a
/// tab-separated text file (<c>feature\tweight</c>, sorted; <c>#threshold</c> holds the decision threshold), so that the
/// learned weights are reviewable like code. Pure after loading; thread-safe for reading.
/// </summary>
public sealed class LogisticModel
{
    public const string Bias = "bias";
    private readonly Dictionary<string, double> _weights;

    public LogisticModel(IReadOnlyDictionary<string, double> weights, double threshold)
    {
        ArgumentNullException.ThrowIfNull(weights);
        _weights = new Dictionary<string, double>(weights, StringComparer.Ordinal);
        Threshold = threshold;
    }

    /// <summary>Probability at or above which a candidate is accepted.</summary>
    public double Threshold { get; }

    public IReadOnlyDictionary<string, double> Weights => _weights;

    public double Probability(IEnumerable<string> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        double z = _weights.GetValueOrDefault(Bias);
        foreach (var f in features) z += _weights.GetValueOrDefault(f);
        return 1 / (1 + Math.Exp(-z));
    }

    public bool Accepts(IEnumerable<string> features) => Probability(features) >= Threshold;

    /// <summary>Trains on <paramref name="examples"/> (features seen fewer than <paramref name="minCount"/> times are dropped).</summary>
    public static LogisticModel Train(IReadOnlyList<Example> examples, double l2 = 0.5, int iterations = 400, double rate = 0.5, int minCount = 3, double threshold = 0.5)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in examples)
            foreach (var f in e.Features.Distinct(StringComparer.Ordinal)) counts[f] = counts.GetValueOrDefault(f) + 1;
        var vocab = counts.Where(kv => kv.Value >= minCount).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        index[Bias] = 0;
        foreach (var f in vocab) index.TryAdd(f, index.Count);
        var rows = examples.Select(e => e.Features.Where(index.ContainsKey).Select(f => index[f]).Distinct().Order().ToArray()).ToArray();
        var w = new double[index.Count];
        var grad = new double[index.Count];
        int n = Math.Max(1, examples.Count);
        for (int it = 0; it < iterations; it++)
        {
            Array.Clear(grad);
            for (int i = 0; i < rows.Length; i++)
            {
                double z = w[0];
                foreach (var j in rows[i]) z += w[j];
                double err = 1 / (1 + Math.Exp(-z)) - (examples[i].Label ? 1 : 0);
                grad[0] += err;
                foreach (var j in rows[i]) grad[j] += err;
            }
            for (int j = 0; j < w.Length; j++)
                w[j] -= rate * (grad[j] / n + (j == 0 ? 0 : l2 * w[j] / n));
        }
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (f, j) in index)
            if (Math.Abs(w[j]) >= 1e-4) weights[f] = Math.Round(w[j], 4);
        return new LogisticModel(weights, threshold);
    }

    public LogisticModel WithThreshold(double threshold) => new(_weights, threshold);

    /// <summary>The model as sorted <c>feature\tweight</c> lines (invariant culture), threshold first.</summary>
    public string Save()
    {
        var sb = new StringBuilder();
        sb.Append("#threshold\t").Append(Threshold.ToString("0.00", CultureInfo.InvariantCulture)).Append('\n');
        foreach (var (f, w) in _weights.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            sb.Append(f).Append('\t').Append(w.ToString("0.0000", CultureInfo.InvariantCulture)).Append('\n');
        return sb.ToString();
    }

    public static LogisticModel Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        double threshold = 0.5;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0) throw new FormatException($"weights line without a tab: {line}");
            var value = double.Parse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture);
            if (line.StartsWith("#threshold", StringComparison.Ordinal)) threshold = value;
            else weights[line[..tab]] = value;
        }
        return new LogisticModel(weights, threshold);
    }

    /// <summary>Loads an embedded resource of this assembly (e.g. <c>PaperGraph.Resources.relations.evaluated-on.tsv</c>).</summary>
    public static LogisticModel? FromResource(string name)
    {
        // Resources are named after their path; the folder separator depends on the build host.
        var assembly = typeof(LogisticModel).Assembly;
        var found = assembly.GetManifestResourceNames().FirstOrDefault(n => n.Replace('\\', '.').Replace('/', '.') == name);
        using var stream = found is null ? null : assembly.GetManifestResourceStream(found);
        if (stream is null) return null;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Load(reader);
    }
}
