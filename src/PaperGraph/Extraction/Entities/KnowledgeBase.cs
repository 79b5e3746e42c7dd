using System.Collections.Frozen;
using System.Reflection;
using PaperGraph.Graph;
using PaperGraph.Resolution;

namespace PaperGraph.Extraction.Entities;

/// <summary>One entry of the knowledge base: a widely known entity (or a generic class that is never an entity).</summary>
public sealed record KbEntry(string Name, NodeLabel? Type, IReadOnlyList<string> Aliases)
{
    /// <summary>True for generic classes, tasks and organisations ("LLMs", "VQA", "OpenAI"): never entities.</summary>
    public bool IsGeneric => Type is null;
}

/// <summary>
/// The curated knowledge base (<c>Resources/kb/entities.tsv</c>, schema <c>papergraph-kb</c> version 1): widely known
/// models, methods, benchmarks, datasets and metrics with their aliases, and generic classes that must not become
/// entities. Lookups are by exact alias key (<see cref="NameKey"/>) in a frozen dictionary; nothing is matched by
/// substring or similarity. Immutable and thread-safe.
/// </summary>
public sealed class KnowledgeBase
{
    public const string Schema = "papergraph-kb";
    public const int SupportedVersion = 1;

    private readonly FrozenDictionary<string, KbEntry> _byKey;
    // Keys whose every written form is all capitals ("CLIP", "SAM"): matched case-sensitively.
    private readonly FrozenDictionary<string, FrozenSet<string>> _exactCase;
    // Single-word keys written with capitals ("LLaVA", "Gemini"): never matched by an all-lower-case surface.
    private readonly FrozenSet<string> _needsCapital;
    // Keys whose every form is one word cased like an acronym inside a word ("DoRA", "mAP", "ReAct"): never matched by
    // an ordinary word that at most starts with a capital ("Dora", "Map", "React").
    private readonly FrozenSet<string> _needsInnerCapital;

    public IReadOnlyList<KbEntry> Entries { get; }

    /// <summary>Every written form the knowledge base matches: names, aliases and the plurals of lower-case ones.</summary>
    public IReadOnlyList<string> AllForms { get; }
    public int Version { get; }

    private KnowledgeBase(IReadOnlyList<KbEntry> entries, int version)
    {
        Entries = entries;
        Version = version;
        var byKey = new Dictionary<string, KbEntry>(StringComparer.Ordinal);
        var exact = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var allCapsOnly = new Dictionary<string, bool>(StringComparer.Ordinal);
        var needsCapital = new HashSet<string>(StringComparer.Ordinal);
        var innerCapitalOnly = new Dictionary<string, bool>(StringComparer.Ordinal);
        var allForms = new List<string>();
        foreach (var e in entries)
        {
            foreach (var form in WithPlurals(e))
            {
                allForms.Add(form);
                var key = NameKey.Of(form);
                if (key.Length == 0) continue;
                // First entry wins: entity types are listed before generic classes, so an entity is never hidden.
                byKey.TryAdd(key, e);
                bool caps = IsAllCaps(form);
                allCapsOnly[key] = allCapsOnly.GetValueOrDefault(key, true) && caps;
                if (!exact.TryGetValue(key, out var set)) exact[key] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(StripSeparators(form));
                // A word with a digit ("qwen2.5vl") is unambiguous in any case; a plain word ("clip") is not.
                if (!form.Contains(' ') && !form.Contains('-') && HasUpper(form) && !form.Any(char.IsDigit)) needsCapital.Add(key);
                innerCapitalOnly[key] = innerCapitalOnly.GetValueOrDefault(key, true) && IsInnerCapitalWord(form);
            }
        }
        _byKey = byKey.ToFrozenDictionary(StringComparer.Ordinal);
        _exactCase = exact.Where(kv => allCapsOnly[kv.Key]).ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        _needsCapital = needsCapital.ToFrozenSet(StringComparer.Ordinal);
        _needsInnerCapital = innerCapitalOnly.Where(kv => kv.Value).Select(kv => kv.Key).ToFrozenSet(StringComparer.Ordinal);
        AllForms = allForms;
    }

    /// <summary>The forms of an entry plus, for a form ending in a lower-case word, its plural ("success rates",
    /// "accuracies"), computed once here so that matching never inflects words.</summary>
    private static IEnumerable<string> WithPlurals(KbEntry e)
    {
        foreach (var form in Forms(e))
        {
            yield return form;
            int space = form.LastIndexOfAny([' ', '-']);
            var last = form[(space + 1)..];
            if (last.Length < 3 || !last.All(char.IsAsciiLetterLower)) continue;
            var plural = Plural(last);
            if (plural != last) yield return form[..(space + 1)] + plural;
        }
    }

    private static IEnumerable<string> Forms(KbEntry e)
    {
        yield return e.Name;
        foreach (var a in e.Aliases) yield return a;
    }

    /// <summary>The entry a surface form names, or null. Honours case: "CLIP" is the model, "clip" is not.</summary>
    public KbEntry? Find(string surface)
    {
        ArgumentNullException.ThrowIfNull(surface);
        var key = NameKey.Of(surface);
        if (!_byKey.TryGetValue(key, out var entry)) return null;
        if (_exactCase.TryGetValue(key, out var forms))
            return forms.Contains(StripSeparators(surface)) ? entry : null;
        if (_needsCapital.Contains(key) && !HasUpper(surface)) return null;
        if (_needsInnerCapital.Contains(key) && !HasUpper(surface.AsSpan(1))) return null;
        return entry;
    }

    /// <summary><see cref="Find(string)"/> over a span, without allocating when nothing matches.</summary>
    public KbEntry? Find(ReadOnlySpan<char> surface)
    {
        if (surface.Length > 128) return Find(surface.ToString());
        Span<char> buffer = stackalloc char[surface.Length];
        int n = NameKey.Write(surface, buffer);
        if (n < 0) return Find(surface.ToString());
        if (!_byKey.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buffer[..n], out var entry)) return null;
        return Find(surface.ToString()) is { } e && ReferenceEquals(e, entry) ? entry : null;
    }

    /// <summary>True when the key is known at all (case ignored): a cheap first test before <see cref="Find(string)"/>.</summary>
    public bool ContainsKey(string key) => _byKey.ContainsKey(key);

    /// <summary>The regular English plural of a lower-case noun: "accuracy" → "accuracies", "match" → "matches",
    /// "rate" → "rates". (Humanizer's inflector gives the same results for these words but costs most of a second
    /// to initialise; the knowledge base only needs the regular rules.)</summary>
    internal static string Plural(string word)
    {
        if (word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal))
            return word + "es";
        if (word.Length > 1 && word[^1] == 'y' && "aeiou".IndexOf(word[^2]) < 0) return word[..^1] + "ies";
        return word + "s";
    }

    private static string StripSeparators(string s)
    {
        var buffer = new char[s.Length];
        int n = 0;
        foreach (var c in s)
            if (!char.IsWhiteSpace(c) && c is not ('-' or '_' or '.' or '\u2010' or '\u2011' or '\u2013')) buffer[n++] = c;
        return new string(buffer, 0, n);
    }

    /// <summary>One word of letters with a capital after its first letter, not opening with two capitals: "DoRA",
    /// "mAP", "ImageNet" (but not "LLaVA", whose "Llava" is still the model, nor "CLIP", matched by exact case).</summary>
    private static bool IsInnerCapitalWord(string form) =>
        form.Length >= 3 && form.All(char.IsAsciiLetter) && HasUpper(form.AsSpan(1)) && !(char.IsUpper(form[0]) && char.IsUpper(form[1]));

    private static bool HasUpper(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (char.IsUpper(c)) return true;
        return false;
    }

    private static bool IsAllCaps(string s)
    {
        int letters = 0;
        foreach (var c in s)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2;
    }

    private static readonly Lazy<KnowledgeBase> DefaultInstance = new(() =>
    {
        // The resource is named after its path (Resources/kb/entities.tsv); the folder separator depends on the build host.
        var assembly = typeof(KnowledgeBase).Assembly;
        string? name = null;
        foreach (var n in assembly.GetManifestResourceNames())
            if (n.Replace('\\', '.').Replace('/', '.') == "PaperGraph.Resources.kb.entities.tsv") name = n;
        using var stream = (name is null ? null : assembly.GetManifestResourceStream(name))
            ?? throw new InvalidOperationException("The knowledge base resource Resources/kb/entities.tsv is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    });

    /// <summary>The knowledge base shipped with PaperGraph.</summary>
    public static KnowledgeBase Default => DefaultInstance.Value;

    /// <summary>Parses the TSV format: a <c>#schema papergraph-kb 1</c> line, '#' comments, then
    /// <c>type TAB name TAB aliases</c> with aliases separated by '|'. Type <c>Generic</c> marks a non-entity.</summary>
    /// <exception cref="FormatException">The schema line is missing or a line is malformed.</exception>
    public static KnowledgeBase Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<KbEntry>();
        int version = 0;
        int lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("#schema", StringComparison.Ordinal))
            {
                var parts = line.Split('\t');
                if (parts.Length < 3 || parts[1] != Schema || !int.TryParse(parts[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out version) || version > SupportedVersion)
                    throw new FormatException($"Line {lineNo}: unsupported knowledge base schema '{line}'.");
                continue;
            }
            if (line.Length == 0 || line[0] == '#') continue;
            if (version == 0) throw new FormatException("The knowledge base must start with a '#schema\\tpapergraph-kb\\t1' line.");
            var cols = line.Split('\t');
            if (cols.Length is < 2 or > 3 || cols[1].Length == 0)
                throw new FormatException($"Line {lineNo}: expected 'type<TAB>name<TAB>aliases'.");
            NodeLabel? type = cols[0] switch
            {
                "Model" => NodeLabel.Model,
                "Method" => NodeLabel.Method,
                "Benchmark" => NodeLabel.Benchmark,
                "Dataset" => NodeLabel.Dataset,
                "Metric" => NodeLabel.Metric,
                "Generic" => null,
                _ => throw new FormatException($"Line {lineNo}: unknown type '{cols[0]}'."),
            };
            var aliases = cols.Length == 3 && cols[2].Length > 0 ? cols[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            entries.Add(new KbEntry(cols[1].Trim(), type, aliases));
        }
        if (version == 0) throw new FormatException("The knowledge base has no schema line.");
        return new KnowledgeBase(entries, version);
    }
}
