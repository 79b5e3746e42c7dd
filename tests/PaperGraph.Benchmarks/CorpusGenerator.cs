using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PaperGraph.Benchmarks;

/// <summary>
/// Writes a synthetic corpus in each input layout: deterministic (seeded), with realistic model, method and
/// benchmark names and the sentence shapes abstracts use ("we introduce X", "X achieves N% on B", "built on Y").
/// Every generated abstract is unique; none is copied from a real paper.
/// </summary>
public sealed class CorpusGenerator(int seed = 20251123)
{
    private static readonly string[] Families = ["GPT-4o", "Qwen2.5-VL", "LLaVA-1.5", "InternVL2", "Llama-3.1", "CLIP", "SigLIP", "Gemini 1.5 Pro", "Claude 3.5 Sonnet", "Phi-3", "Mistral", "DeepSeek-VL", "BLIP-2", "Idefics2", "MiniCPM-V", "CogVLM"];
    private static readonly string[] Sizes = ["", "-7B", "-13B", "-72B", "-2B", "-8B", "-1.5B"];
    private static readonly string[] Benchmarks = ["MMMU", "MathVista", "ChartQA", "DocVQA", "TextVQA", "MMBench", "SEED-Bench", "POPE", "GQA", "VQAv2", "ScienceQA", "MME", "RealWorldQA", "Video-MME", "MMVet", "AI2D", "OCRBench", "HallusionBench"];
    private static readonly string[] Methods = ["LoRA", "DPO", "GRPO", "chain-of-thought prompting", "PPO", "QLoRA", "RLHF", "instruction tuning"];
    private static readonly string[] Metrics = ["accuracy", "F1", "exact match", "CIDEr", "success rate"];
    private static readonly string[] Prefixes = ["Vi", "Spa", "Chart", "Doc", "Geo", "Med", "Robo", "Vid", "Math", "Omni", "Lumi", "Astra", "Nova", "Pixel", "Tempo", "Graph"];
    private static readonly string[] Suffixes = ["Sage", "Lens", "Mind", "Former", "Agent", "VLM", "Coder", "Reasoner", "Bench", "Scope", "Net", "Pilot"];
    private static readonly string[] Topics = ["spatial reasoning", "chart understanding", "document parsing", "video question answering", "visual grounding", "mathematical reasoning", "GUI navigation", "medical image analysis", "embodied planning", "hallucination mitigation"];
    private static readonly string[] Fillers =
    [
        "Extensive experiments show consistent gains across model scales and data regimes.",
        "We release code, data and checkpoints to support future research.",
        "Ablation studies confirm that each component contributes to the final performance.",
        "Our analysis reveals that current systems rely heavily on language priors rather than visual evidence.",
        "The approach requires no additional human annotation and scales to millions of examples.",
        "We further show that the learned representations transfer to downstream tasks without fine-tuning.",
    ];

    public sealed record SyntheticPaper(string Title, string Abstract, string ArxivId, DateOnly Created, int Authors);

    /// <summary>The papers, in order; paper i is the same for every run with the same seed.</summary>
    public IEnumerable<SyntheticPaper> Papers(int count)
    {
        var rng = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            string Pick(string[] a) => a[rng.Next(a.Length)];
            var name = Pick(Prefixes) + Pick(Suffixes) + (i % 3 == 0 ? "-" + (i % 97).ToString(CultureInfo.InvariantCulture) : "");
            var model = Pick(Families) + Pick(Sizes);
            var other = Pick(Families) + Pick(Sizes);
            var bench = Pick(Benchmarks);
            var bench2 = Pick(Benchmarks);
            var topic = Pick(Topics);
            var score = (rng.Next(2000, 9500) / 100m).ToString(CultureInfo.InvariantCulture);
            var score2 = (rng.Next(2000, 9500) / 100m).ToString(CultureInfo.InvariantCulture);
            var sb = new StringBuilder(1400);
            sb.Append(CultureInfo.InvariantCulture, $"Large multimodal models still struggle with {topic}, especially when inputs are long or noisy (case {i}). ");
            sb.Append(CultureInfo.InvariantCulture, $"We introduce {name}, a {(rng.Next(2) == 0 ? "model" : "framework")} for {topic} built on {model} and trained with {Pick(Methods)}. ");
            sb.Append(Pick(Fillers)).Append(' ');
            sb.Append(CultureInfo.InvariantCulture, $"{name} achieves {score}% {Pick(Metrics)} on {bench}, outperforming {other} by a clear margin. ");
            sb.Append(CultureInfo.InvariantCulture, $"On {bench2}, it reaches {score2}%, compared with {rng.Next(20, 60)}.{rng.Next(10)}% for the strongest open baseline. ");
            sb.Append(Pick(Fillers)).Append(' ').Append(Pick(Fillers));
            var title = $"{name}: {char.ToUpperInvariant(topic[0])}{topic[1..]} with {Pick(Methods)} at Scale";
            var arxiv = $"25{(i / 99999 % 12 + 1):00}.{(i % 99999):00000}";
            yield return new SyntheticPaper(title, sb.ToString(), arxiv, new DateOnly(2025, 1 + i % 12, 1 + i % 28), 2 + rng.Next(20));
        }
    }

    public static IReadOnlyList<string> Formats { get; } = ["abstract-lines", "arxiv-listing", "hf-daily", "jsonl"];

    /// <summary>Writes <paramref name="count"/> papers in one format into <paramref name="path"/>.</summary>
    public void Write(string format, int count, string path) => Write(format, Papers(count), path);

    public static void Write(string format, IEnumerable<SyntheticPaper> papers, string path)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        if (format == "hf-daily") w.Write("new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nbyAK and the research community\n\nMar 14\n\n");
        foreach (var p in papers) WriteOne(w, format, p);
    }

    /// <summary>A folder with one file per format, each holding a quarter of <paramref name="count"/> papers
    /// (the same papers in every file, so the merger also has work). Cached by size under the temp dir.</summary>
    public static string Folder(int count, string? format = null)
    {
        var dir = Path.Combine(Path.GetTempPath(), "papergraph-bench", $"{format ?? "mixed"}-{count}");
        if (Directory.Exists(dir) && File.Exists(Path.Combine(dir, ".done"))) return dir;
        Directory.CreateDirectory(dir);
        var gen = new CorpusGenerator();
        if (format is not null) gen.Write(format, count, Path.Combine(dir, "corpus." + (format == "jsonl" ? "jsonl" : "txt")));
        else
        {
            // Four files of count/4 distinct papers each, plus overlap: file k holds papers [k*q, (k+1)*q + q/10).
            int q = count / 4;
            for (int k = 0; k < 4; k++)
            {
                var all = gen.Papers(Math.Min(count, (k + 1) * q + q / 10)).Skip(k * q).ToList();
                Write(Formats[k], all, Path.Combine(dir, $"{k}-{Formats[k]}.txt"));
            }
        }
        File.WriteAllText(Path.Combine(dir, ".done"), "");
        return dir;
    }

    private static void WriteOne(StreamWriter w, string format, SyntheticPaper p)
    {
        switch (format)
        {
            case "abstract-lines":
                w.Write("Abstract:"); w.WriteLine(p.Abstract);
                break;
            case "arxiv-listing":
                w.WriteLine(p.Abstract); w.WriteLine();
                if (p.Authors % 3 == 0) { w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{p.Authors} pages, {p.Authors % 9 + 1} figures")); w.WriteLine(); }
                w.WriteLine("arXiv:" + p.ArxivId);
                w.WriteLine("Created: " + p.Created.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); w.WriteLine();
                break;
            case "hf-daily":
                w.WriteLine(p.Title); w.WriteLine(); w.WriteLine(p.Abstract); w.WriteLine();
                w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  • {p.Authors} authors")); w.WriteLine("·");
                w.WriteLine(p.Created.ToString("MMM d, yyyy", CultureInfo.InvariantCulture) + " " + (p.Authors * 3).ToString(CultureInfo.InvariantCulture)); w.WriteLine();
                break;
            case "jsonl":
                w.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
                {
                    ["id"] = p.ArxivId, ["title"] = p.Title, ["abstract"] = p.Abstract,
                    ["authors"] = string.Join(", ", Enumerable.Range(1, p.Authors).Select(k => $"A. Author{k}")),
                    ["categories"] = "cs.CV cs.CL", ["update_date"] = p.Created.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["versions"] = new[] { new Dictionary<string, string> { ["version"] = "v1", ["created"] = "Mon, 6 Jan 2025 10:00:00 GMT" } },
                }));
                break;
            default: throw new ArgumentException($"Unknown format '{format}'.", nameof(format));
        }
    }
}
