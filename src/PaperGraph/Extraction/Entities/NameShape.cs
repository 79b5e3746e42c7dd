using System.Collections.Frozen;
using PaperGraph.Graph;

namespace PaperGraph.Extraction.Entities;

/// <summary>
/// What the written shape of a token says: whether it looks like a name (CamelCase, inner capitals, letters mixed
/// with digits), and which type its suffix suggests ("-Bench", "QA" → Benchmark; "-7B" → Model; "-8M" → Dataset).
/// </summary>
public static class NameShape
{
    /// <summary>A name-like token: starts with a letter or digit, has a letter, and has an inner capital
    /// ("LLaVA", "MMBench", "iPlan") or mixes letters with digits after a capital ("Qwen2", "Ego4D").</summary>
    public static bool IsNameLike(ReadOnlySpan<char> s)
    {
        if (s.Length < 2 || IsQuantity(s) || IsOrdinaryCompound(s) || StartsWithOrdinaryWord(s)) return false;
        bool letter = false, digit = false, innerUpper = false;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsLetter(c)) { letter = true; if (i > 0 && char.IsUpper(c)) innerUpper = true; }
            else if (char.IsDigit(c)) digit = true;
        }
        if (!letter) return false;
        if (innerUpper) return true;
        return digit && (char.IsUpper(s[0]) || char.IsDigit(s[0])) && HasLetterRun(s);
    }

    /// <summary>"Vision-Language", "Zero-Shot", "non-English": hyphenated ordinary words, not a name. Words ending in
    /// a benchmark suffix ("Video-Bench", "Lumen-Eval") are names.</summary>
    public static bool IsOrdinaryCompound(ReadOnlySpan<char> s)
    {
        int lastDash = s.LastIndexOf('-');
        if (lastDash < 0) return false;
        if (lastDash > 0 && s[(lastDash + 1)..] is "Bench" or "Eval" or "Arena") return false;
        foreach (var range in s.Split('-'))
        {
            var part = s[range];
            if (part.Length == 0) continue;
            for (int i = 0; i < part.Length; i++)
            {
                char c = part[i];
                if (!char.IsLetter(c)) return false;
                if (i > 0 && char.IsUpper(c)) return false;
            }
            if (part.Length == 1 && char.IsUpper(part[0])) return false;
        }
        return true;
    }

    /// <summary>"human-AI", "image-QAs", "raster-to-SVG": a compound opening with an ordinary lower-case word of three
    /// or more letters is a phrase, not a name.</summary>
    private static bool StartsWithOrdinaryWord(ReadOnlySpan<char> s)
    {
        int dash = s.IndexOf('-');
        if (dash < 3) return false;
        foreach (var c in s[..dash]) if (!char.IsAsciiLetterLower(c)) return false;
        return true;
    }

    private static bool HasLetterRun(ReadOnlySpan<char> s)
    {
        // "Qwen2", "Ego4D", "R2R", "4M": a digit-letter mix, but not a plain quantity ("2x", "10k", "3D" handled by the KB).
        int letters = 0;
        foreach (var c in s) if (char.IsLetter(c)) letters++;
        return letters >= 1 && !IsQuantity(s);
    }

    /// <summary>"7B", "1.5B", "10K", "3x", "2nd", "1st", "4th": numbers with a unit or ordinal suffix.</summary>
    public static bool IsQuantity(ReadOnlySpan<char> s)
    {
        int i = 0;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] is '.' or ',')) i++;
        if (i == 0) return false;
        var rest = s[i..];
        return rest.Length == 0 || rest.Length <= 2 && (rest.Equals("B", StringComparison.OrdinalIgnoreCase) || rest.Equals("M", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("K", StringComparison.OrdinalIgnoreCase) || rest.Equals("T", StringComparison.OrdinalIgnoreCase) || rest.Equals("x", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("st", StringComparison.Ordinal) || rest.Equals("nd", StringComparison.Ordinal) || rest.Equals("rd", StringComparison.Ordinal)
            || rest.Equals("th", StringComparison.Ordinal) || rest.Equals("D", StringComparison.Ordinal) || rest.Equals("s", StringComparison.Ordinal)
            || rest.Equals("h", StringComparison.Ordinal) || rest.Equals("GB", StringComparison.Ordinal) || rest.Equals("ms", StringComparison.Ordinal));
    }

    /// <summary>A model size token: "7B", "72B", "1.5B", "500M", "8x7B".</summary>
    public static bool IsModelSize(ReadOnlySpan<char> s)
    {
        if (s.Length < 2 || s[^1] is not ('B' or 'M' or 'b')) return false;
        for (int i = 0; i < s.Length - 1; i++) if (!char.IsAsciiDigit(s[i]) && s[i] is not ('.' or 'x')) return false;
        return char.IsAsciiDigit(s[0]);
    }

    /// <summary>A version token that extends a name: "v2", "V2", "2.0", "1.5", "3".</summary>
    public static bool IsVersion(ReadOnlySpan<char> s)
    {
        if (s.Length == 0 || s.Length > 6) return false;
        int i = s[0] is 'v' or 'V' ? 1 : 0;
        if (i >= s.Length || !char.IsAsciiDigit(s[i])) return false;
        for (; i < s.Length; i++) if (!char.IsAsciiDigit(s[i]) && s[i] != '.') return false;
        // "v2", "V2", "2.0"; not a score such as "7.4".
        return s[0] is 'v' or 'V' || s.EndsWith(".0", StringComparison.Ordinal);
    }

    /// <summary>All capitals (and digits): "CSS", "MMMU", "GPT".</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> s)
    {
        int letters = 0;
        foreach (var c in s)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2;
    }

    private static readonly string[] BenchmarkSuffixes = ["Bench", "Benchmark", "QA", "VQA", "Eval", "Arena", "Exam", "Test"];
    private static readonly string[] ModelSuffixes = ["LLM", "VLM", "MLLM", "LMM", "GPT", "-VL", "Net", "Former", "former", "CLIP", "BERT", "LLaVA", "-VLA", "VLA", "Diffusion", "ViT", "-R1", "-o1"];
    private static readonly string[] DatasetSuffixes = ["-Instruct", "Instruct", "-Set", "Set", "-Data", "Data", "Corpus"];
    private static readonly string[] MethodSuffixes = ["PO", "-SFT", "SFT", "-CoT", "CoT", "-RL", "RL", "Prompting", "Tuning", "-Search", "Search"];

    /// <summary>The type the name's ending suggests, or null.</summary>
    public static NodeLabel? TypeFromSuffix(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var s in BenchmarkSuffixes)
            if (name.Length > s.Length && name.EndsWith(s, StringComparison.Ordinal)) return NodeLabel.Benchmark;
        int dash = name.LastIndexOf('-');
        if (dash > 0 && dash < name.Length - 1)
        {
            var last = name.AsSpan(dash + 1);
            // "-7B", "-350M" are parameter counts; "-8M", "-5.5M" (under a hundred million) count samples of a data set.
            if (IsModelSize(last) && !(last[^1] == 'M' && double.TryParse(last[..^1], System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var millions) && millions < 100))
                return NodeLabel.Model;
            // "GeoCaps-3M", "Scene-590K", "StepLadder-26k": a sample count names a data set.
            if (last.Length >= 2 && last[^1] is 'K' or 'k' or 'M' && char.IsAsciiDigit(last[0]) && IsQuantity(last)) return NodeLabel.Dataset;
            if (last.Equals("Bench", StringComparison.OrdinalIgnoreCase)) return NodeLabel.Benchmark;
        }
        if (name.EndsWith("-Instruct", StringComparison.Ordinal) && name.Length > 9 && ContainsModelSize(name)) return NodeLabel.Model;
        foreach (var s in DatasetSuffixes)
            if (name.Length > s.Length && name.EndsWith(s, StringComparison.Ordinal)) return NodeLabel.Dataset;
        foreach (var s in ModelSuffixes)
            if (name.Length > s.Length && name.EndsWith(s, StringComparison.Ordinal)) return NodeLabel.Model;
        foreach (var s in MethodSuffixes)
            if (name.Length > s.Length && name.EndsWith(s, StringComparison.Ordinal)) return NodeLabel.Method;
        if (ContainsModelSize(name)) return NodeLabel.Model;
        return null;
    }

    private static bool ContainsModelSize(string name)
    {
        foreach (var part in name.Split('-', '_', ' '))
            if (IsModelSize(part)) return true;
        return false;
    }

    /// <summary>Head nouns that type the name they describe ("the X benchmark", "X, a new dataset", "X model").</summary>
    public static readonly FrozenDictionary<string, NodeLabel> HeadNouns = new Dictionary<string, NodeLabel>(StringComparer.OrdinalIgnoreCase)
    {
        ["benchmark"] = NodeLabel.Benchmark, ["benchmarks"] = NodeLabel.Benchmark, ["testbed"] = NodeLabel.Benchmark,
        ["suite"] = NodeLabel.Benchmark, ["leaderboard"] = NodeLabel.Benchmark, ["arena"] = NodeLabel.Benchmark,
        ["dataset"] = NodeLabel.Dataset, ["datasets"] = NodeLabel.Dataset, ["corpus"] = NodeLabel.Dataset, ["corpora"] = NodeLabel.Dataset,
        ["model"] = NodeLabel.Model, ["models"] = NodeLabel.Model, ["LLM"] = NodeLabel.Model, ["MLLM"] = NodeLabel.Model,
        ["VLM"] = NodeLabel.Model, ["LMM"] = NodeLabel.Model, ["LVLM"] = NodeLabel.Model, ["encoder"] = NodeLabel.Model,
        ["agent"] = NodeLabel.Model, ["assistant"] = NodeLabel.Model, ["backbone"] = NodeLabel.Model, ["generalist"] = NodeLabel.Model,
        ["tokenizer"] = NodeLabel.Model, ["detector"] = NodeLabel.Model, ["VLA"] = NodeLabel.Model, ["chatbot"] = NodeLabel.Model, ["transformer"] = NodeLabel.Model, ["network"] = NodeLabel.Model,
        ["framework"] = NodeLabel.Method, ["method"] = NodeLabel.Method, ["approach"] = NodeLabel.Method, ["algorithm"] = NodeLabel.Method,
        ["strategy"] = NodeLabel.Method, ["technique"] = NodeLabel.Method, ["paradigm"] = NodeLabel.Method, ["pipeline"] = NodeLabel.Method,
        ["module"] = NodeLabel.Method, ["mechanism"] = NodeLabel.Method, ["scheme"] = NodeLabel.Method, ["recipe"] = NodeLabel.Method,
        ["loss"] = NodeLabel.Method, ["objective"] = NodeLabel.Method, ["system"] = NodeLabel.Method, ["architecture"] = NodeLabel.Model,
        ["metric"] = NodeLabel.Metric, ["metrics"] = NodeLabel.Metric, ["measure"] = NodeLabel.Metric, ["score"] = NodeLabel.Metric,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>"test set", "evaluation split" → Benchmark; "training set", "train split" → Dataset; else null.</summary>
    public static NodeLabel? SplitType(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (second is not ("set" or "sets" or "split" or "splits")) return null;
        if (first is "test" or "testing" or "evaluation" or "validation" or "val" or "dev") return NodeLabel.Benchmark;
        if (first is "training" or "train" or "pre-training" or "pretraining" or "instruction" or "fine-tuning") return NodeLabel.Dataset;
        return null;
    }

    /// <summary>The type a multi-word long form's last word gives ("… Benchmark", "… Dataset", "… Model",
    /// "… Accuracy"); Method otherwise ("… Optimization", "… Tuning").</summary>
    public static NodeLabel TypeFromHead(string longForm)
    {
        ArgumentNullException.ThrowIfNull(longForm);
        var trimmed = longForm.TrimEnd();
        // "Latent Action Pretraining for general Action models": the head comes before a preposition.
        foreach (var prep in (string[])[" for ", " via ", " with "])
            if (trimmed.IndexOf(prep, StringComparison.Ordinal) is > 0 and var at) { trimmed = trimmed[..at]; break; }
        int space = trimmed.AsSpan().LastIndexOfAny(' ', '-');
        var last = space < 0 ? trimmed : trimmed[(space + 1)..];
        if (HeadNouns.TryGetValue(last, out var t) && t != NodeLabel.Metric) return t;
        if (last.Equals("Evaluation", StringComparison.OrdinalIgnoreCase) || last.Equals("Bench", StringComparison.OrdinalIgnoreCase) || last.Equals("Test", StringComparison.OrdinalIgnoreCase)) return NodeLabel.Benchmark;
        if (last.Equals("Set", StringComparison.OrdinalIgnoreCase) || last.Equals("Data", StringComparison.OrdinalIgnoreCase) || last.Equals("Collection", StringComparison.OrdinalIgnoreCase)) return NodeLabel.Dataset;
        if (last.Equals("Network", StringComparison.OrdinalIgnoreCase) || last.Equals("Networks", StringComparison.OrdinalIgnoreCase) || last.Equals("Transformer", StringComparison.OrdinalIgnoreCase) || last.Equals("Expert", StringComparison.OrdinalIgnoreCase)) return NodeLabel.Model;
        if (last.Equals("Accuracy", StringComparison.OrdinalIgnoreCase) || last.Equals("Rate", StringComparison.OrdinalIgnoreCase) || last.Equals("Score", StringComparison.OrdinalIgnoreCase)
            || last.Equals("Consistency", StringComparison.OrdinalIgnoreCase) || last.Equals("Error", StringComparison.OrdinalIgnoreCase) || last.Equals("Distance", StringComparison.OrdinalIgnoreCase))
            return NodeLabel.Metric;
        return NodeLabel.Method;
    }

    /// <summary>Last words of a long form that name a field of study or an application area, not an entity
    /// ("Geographic Information Systems", "Embodied AI", "Medical Informatics").</summary>
    public static readonly FrozenSet<string> FieldHeads = new[]
    {
        "AI", "Intelligence", "intelligence", "Systems", "Science", "Sciences", "science", "sciences", "Engineering",
        "engineering", "Robotics", "robotics", "Informatics", "informatics", "Computing", "computing",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Last words of a lower-case long form that name a task, not an entity ("visual question answering").</summary>
    public static readonly FrozenSet<string> TaskHeads = new[]
    {
        "answering", "recognition", "detection", "segmentation", "generation", "understanding", "reasoning", "navigation",
        "captioning", "retrieval", "classification", "estimation", "interaction", "grounding", "editing", "tracking",
        "forecasting", "synthesis", "translation", "summarization", "localization", "prediction", "learning", "intelligence",
        "processing", "vision", "models", "model", "networks", "network", "agents", "tasks", "task", "modeling", "tokens",
        "token", "transformers", "transformer", "systems", "system", "language", "languages", "comprehension", "analysis",
        "planning", "manipulation", "driving", "perception", "inference", "hallucination", "hallucinations", "imaging",
        "resonance", "tomography", "sensing", "parsing", "extraction", "completion", "alignment",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
