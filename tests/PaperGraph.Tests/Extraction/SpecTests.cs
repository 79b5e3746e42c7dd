using System.Text.Json;
using PaperGraph.Extraction;
using PaperGraph.Graph;
using PaperGraph.Ingest;
using PaperGraph.Pipeline;
using PaperGraph.Resolution;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Extraction;

/// <summary>
/// Spec files of examples (Extraction/Specs/**/*.json): a title and abstract in, the facts that must be extracted
/// ("expect") and the facts that must NOT be ("forbid") out. Names compare as exact aliases (NameKey), against the
/// entity's name or any of its aliases. Format:
/// {"rule": "…", "about": "…", "title": null, "abstract": "…",
///  "expect": {"entities": [{"name","type"}], "proposes": [..], "evaluated_on": [{"model","benchmark","value"?,"metric"?}],
///             "backbones": [{"model","backbone"}], "used_as_tool": [..]},
///  "forbid": { same keys }}
/// </summary>
public class SpecTests
{
    private static readonly string SpecDir = Path.Combine(Paths.Repo, "tests", "PaperGraph.Tests", "Extraction", "Specs");

    public static TheoryData<string> SpecFiles()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(SpecDir, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(SpecDir, f));
        return data;
    }

    [Theory]
    [MemberData(nameof(SpecFiles))]
    public void EachSpecExampleExtractsWhatItExpectsAndNothingItForbids(string spec)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(SpecDir, spec)));
        var root = doc.RootElement;
        var title = root.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        var abs = root.GetProperty("abstract").GetString()!;
        var paper = new Paper(Ids.ForPaper(abs), new PaperInfo { Title = title, Abstract = abs });
        var x = DefaultComponents.CreateExtractor().Extract(paper);
        var got = Facts.Of(x);

        if (root.TryGetProperty("expect", out var expect))
            foreach (var (kind, item) in Facts.Items(expect))
                got.Contains(kind, item).Should().BeTrue($"{spec}: expected {kind} {item} — extracted:\n{got}");
        if (root.TryGetProperty("forbid", out var forbid))
            foreach (var (kind, item) in Facts.Items(forbid))
                got.Contains(kind, item).Should().BeFalse($"{spec}: forbidden {kind} {item} was extracted:\n{got}");
    }

    /// <summary>The extracted facts of one paper in comparable form.</summary>
    private sealed class Facts
    {
        private readonly List<(string Kind, string[] Keys, ExtractedEntity?[] Entities, decimal? Value)> _facts = [];
        private readonly Dictionary<string, ExtractedEntity> _byKey = new(StringComparer.Ordinal);

        public static Facts Of(PaperExtraction x)
        {
            var f = new Facts();
            foreach (var e in x.Entities)
            {
                f._facts.Add(("entities", [NameKey.Of(e.Name)], [e], null));
                f._byKey.TryAdd(NameKey.Of(e.Name), e);
                foreach (var a in e.Aliases) f._byKey.TryAdd(NameKey.Of(a), e);
            }
            ExtractedEntity? E(string? n) => n is null ? null : f._byKey.GetValueOrDefault(NameKey.Of(n));
            foreach (var fact in x.Facts)
            {
                var kind = fact.Kind switch
                {
                    FactKind.Proposes => "proposes", FactKind.EvaluatedOn => "evaluated_on",
                    FactKind.BasedOn => "backbones", FactKind.UsedAsTool => "used_as_tool", _ => "?",
                };
                ExtractedEntity?[] ents = fact.Subject is null ? [E(fact.Object)] : [E(fact.Subject), E(fact.Object)];
                f._facts.Add((kind, fact.Subject is null ? [NameKey.Of(fact.Object)] : [NameKey.Of(fact.Subject), NameKey.Of(fact.Object)], ents, fact.Value));
            }
            return f;
        }

        public static IEnumerable<(string Kind, JsonElement Item)> Items(JsonElement section)
        {
            foreach (var p in section.EnumerateObject())
                foreach (var item in p.Value.EnumerateArray())
                    yield return (p.Name, item);
        }

        private static bool Same(string wanted, string key, ExtractedEntity? e) =>
            NameKey.Of(wanted) == key || (e is not null && (NameKey.Of(e.Name) == NameKey.Of(wanted) || e.Aliases.Any(a => NameKey.Of(a) == NameKey.Of(wanted))
                || (e.KnownAs is not null && NameKey.Of(e.KnownAs) == NameKey.Of(wanted))));

        public bool Contains(string kind, JsonElement item)
        {
            foreach (var (k, keys, ents, value) in _facts)
            {
                if (k != kind) continue;
                switch (kind)
                {
                    case "entities":
                        if (!Same(item.GetProperty("name").GetString()!, keys[0], ents[0])) continue;
                        if (item.TryGetProperty("type", out var ty) && ents[0]!.Type.CypherName() != ty.GetString()) continue;
                        return true;
                    case "proposes" or "used_as_tool":
                        if (Same(item.GetString()!, keys[0], ents[0])) return true;
                        continue;
                    case "evaluated_on":
                        if (keys.Length != 2 || !Same(item.GetProperty("model").GetString()!, keys[0], ents[0]) ||
                            !Same(item.GetProperty("benchmark").GetString()!, keys[1], ents[1])) continue;
                        if (item.TryGetProperty("value", out var v) && (v.ValueKind == JsonValueKind.Null ? value is not null : value != v.GetDecimal())) continue;
                        return true;
                    case "backbones":
                        var model = item.TryGetProperty("model", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                        var backbone = item.GetProperty("backbone").GetString()!;
                        if (keys.Length == 2 && (model is null || Same(model, keys[0], ents[0])) && Same(backbone, keys[1], ents[1])) return true;
                        if (keys.Length == 1 && model is null && Same(backbone, keys[0], ents[0])) return true;
                        continue;
                }
            }
            return false;
        }

        public override string ToString() => string.Join("\n", _facts.Select(f => $"  {f.Kind}: {string.Join(" -> ", f.Entities.Select(e => e?.Name + (e is null ? "" : $" ({e.Type})")))}{(f.Value is null ? "" : $" = {f.Value}")}"));
    }
}
