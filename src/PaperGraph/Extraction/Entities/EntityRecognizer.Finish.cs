using System.Collections.Immutable;
using PaperGraph.Graph;
using PaperGraph.Ingest;
using PaperGraph.Resolution;

namespace PaperGraph.Extraction.Entities;

/// <summary>Finishing: the typer's features, grouping mentions by key and deciding each name's type.</summary>
public sealed partial class EntityRecognizer
{
    /// <summary>The features of an unknown name for the learned typer: its shape, the words around (up to five of)
    /// its mentions, whether it is proposed or in the title, and the rule votes.</summary>
    private static List<TyperFeature> TyperFeatures(string key, List<Cand> kept, float[]? votes, bool proposed, ImmutableArray<Sentence> sentences, bool hasTitle)
    {
        var f = new List<TyperFeature>(24);
        Cand? first = null;
        int mentions = 0;
        foreach (var c in kept)
        {
            if (c.Key != key) continue;
            first ??= c;
            if (++mentions > 5) continue;
            if (c.SentenceIndex < 0 || c.SentenceIndex >= sentences.Length) continue;
            var s = sentences[c.SentenceIndex];
            int rel = c.Start - s.Start;
            if (rel < 0 || rel + c.Surface.Length > s.Text.Length) continue;
            var next = NextWords(s.Text, rel + c.Surface.Length, 2);
            if (next.Count > 0) f.Add(new("n:" + next[0].ToLowerInvariant(), 1));
            if (next.Count > 1) f.Add(new("n2:" + next[1].ToLowerInvariant(), 0.5f));
            var prev = PrevWords(s.Text, rel, 2);
            if (prev.Count > 0) f.Add(new("p:" + prev[0].ToLowerInvariant(), 1));
            if (prev.Count > 1) f.Add(new("p2:" + prev[1].ToLowerInvariant(), 0.5f));
            if (hasTitle && c.SentenceIndex == 0) f.Add(new("title", 1));
            f.Add(new("rule:" + c.Rule, 1));
        }
        var name = first?.AliasOf ?? first?.Surface ?? key;
        var lower = name.ToLowerInvariant();
        if (lower.Length >= 3) f.Add(new("s3:" + lower[^3..], 1));
        if (lower.Length >= 4) f.Add(new("s4:" + lower[^4..], 1));
        if (lower.Length >= 2) f.Add(new("s2:" + lower[^2..], 1));
        int dash = lower.LastIndexOfAny(['-', ' ']);
        if (dash > 0 && dash < lower.Length - 1) f.Add(new("last:" + lower[(dash + 1)..], 1));
        if (NameShape.IsAllCaps(name)) f.Add(new("allcaps", 1));
        bool digit = false, inner = false, space = false;
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsDigit(name[i])) digit = true;
            if (i > 0 && char.IsUpper(name[i]) && char.IsLower(name[i - 1])) inner = true;
            if (name[i] == ' ') space = true;
        }
        if (digit) f.Add(new("digit", 1));
        if (inner) f.Add(new("camel", 1));
        if (space) f.Add(new("words", 1));
        if (name.Length <= 4) f.Add(new("short", 1));
        if (proposed) f.Add(new("proposed", 1));
        if (NameShape.TypeFromSuffix(name) is { } ts) f.Add(new("suffix:" + ts, 1));
        if (votes is not null)
        {
            float best = 0;
            NodeLabel? top = null;
            foreach (var t in TypeOrder)
            {
                if (votes[(int)t] <= 0) continue;
                f.Add(new("vote:" + t, MathF.Log(1 + votes[(int)t])));
                if (votes[(int)t] > best) { best = votes[(int)t]; top = t; }
            }
            if (top is { } tt) f.Add(new("top:" + tt, 1));
        }
        else f.Add(new("novote", 1));
        return f;
    }

    private static string KeyOf(Cand c) => NameKey.Of(c.AliasOf ?? c.Surface);

    // Paper stands for "not an entity" ("REC tasks"): it wins only with the strongest votes.
    private static readonly NodeLabel[] TypeOrder = [NodeLabel.Model, NodeLabel.Benchmark, NodeLabel.Method, NodeLabel.Dataset, NodeLabel.Metric, NodeLabel.Paper];

    /// <summary>Groups candidates into entities (known ones by canonical name, others by name key), gives each group
    /// one type and one name (its first surface), and returns the mentions.</summary>
    private List<EntityMention> Finish(List<Cand> cands, Dictionary<string, float[]> votes, ImmutableArray<Sentence> sentences, bool hasTitle,
        List<(string Name, List<string> Surfaces, List<TyperFeature> Features)>? sink)
    {
        cands.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Surface.Length.CompareTo(a.Surface.Length));
        var groupName = new Dictionary<string, string>(cands.Count, StringComparer.Ordinal);
        var groupType = new Dictionary<string, NodeLabel>(cands.Count, StringComparer.Ordinal);
        var groupProposed = new HashSet<string>(StringComparer.Ordinal);
        // Drop candidates overlapping an earlier, longer one.
        var kept = new List<Cand>(cands.Count);
        List<string>? droppedProposed = null;
        int coveredTo = -1;
        foreach (var c in cands)
        {
            if (c.Start < coveredTo)
            {
                // "We present Dual-Path Reasoning via RL for VLMs (DP-RL)": a proposed long form cut by an overlapping
                // name still makes its short form the paper's own.
                if (c.Proposed && c.Known is null && c.AliasOf is null) (droppedProposed ??= []).Add(NameKey.Of(c.Surface));
                continue;
            }
            kept.Add(c);
            coveredTo = c.Start + c.Surface.Length;
        }
        foreach (var c in kept)
        {
            c.Key = c.Known is not null ? "kb:" + c.Known.Name : NameKey.Of(c.AliasOf ?? c.Surface);
            // A name that a definition or the knowledge base gave another key joins it.
            groupName.TryAdd(c.Key, c.AliasOf ?? c.Surface);
            if (c.Proposed) groupProposed.Add(c.Key);
            if (c.Type is { } t) groupType.TryAdd(c.Key, t);
        }
        if (droppedProposed is not null)
            foreach (var c in kept)
                if (c.AliasOf is not null && c.Known is null && droppedProposed.Contains(c.Key)) groupProposed.Add(c.Key);
        // "Geo-Llama-2D", "Zorb-8B", "ABC-Bench-core": a variant of a proposed name is proposed too.
        var proposedNames = new List<string>();
        foreach (var c in kept)
            if (groupProposed.Contains(c.Key))
            {
                proposedNames.Add(c.AliasOf ?? c.Surface);
                // "ZAP-MoE-L" is a variant of the proposed "Zonal Attention Pooling (ZAP)".
                if (c.AliasOf is not null && c.Surface.Length >= 3) proposedNames.Add(c.Surface);
            }
        foreach (var c in kept)
        {
            if (c.Known is not null || groupProposed.Contains(c.Key)) continue;
            foreach (var p in proposedNames)
                // "Zorblin2", "ZorblinNet": written on to a proposed name that ends in a lower-case letter.
                if (c.Surface.Length > p.Length && c.Surface.StartsWith(p, StringComparison.Ordinal) &&
                    (c.Surface.Length > p.Length + 1 && c.Surface[p.Length] is '-' or ' ' ||
                     p.Length >= 3 && (char.IsUpper(c.Surface[p.Length]) || char.IsDigit(c.Surface[p.Length])) && char.IsLower(p[^1])))
                { groupProposed.Add(c.Key); break; }
        }
        var result = new List<EntityMention>(kept.Count);
        foreach (var c in kept)
        {
            if (!groupType.TryGetValue(c.Key, out var type))
            {
                type = NodeLabel.Model;
                bool voted = false;
                votes.TryGetValue(NameKey.Of(c.AliasOf ?? c.Surface), out var v);
                if (v is not null)
                {
                    float best = 0;
                    foreach (var t in TypeOrder) if (v[(int)t] > best) { best = v[(int)t]; type = t; voted = true; }
                }
                // A name no rule voted for is typed by the learned typer (from its shape and the words around it)
                // instead of defaulting to Model; the rules' votes decide otherwise (cross-validation on train.jsonl
                // did not show the typer beating them where they vote).
                if (type != NodeLabel.Paper && (_typer is not null && !voted || sink is not null))
                {
                    var features = TyperFeatures(c.Key, kept, v, groupProposed.Contains(c.Key), sentences, hasTitle);
                    if (sink is not null)
                    {
                        var surfaces = new List<string>();
                        foreach (var m in kept) if (m.Key == c.Key) surfaces.Add(m.Surface);
                        sink.Add((groupName[c.Key], surfaces, features));
                    }
                    if (_typer is not null && !voted) type = _typer.Predict(features).Type;
                }
                groupType[c.Key] = type;
            }
            if (type == NodeLabel.Paper) continue;
            // A short unknown acronym ("CXR", "BEV") with nothing around it saying what it is: not kept.
            if (c.Rule == "entity.shape" && c.Known is null && c.AliasOf is null && !groupProposed.Contains(c.Key) && c.Surface.Length <= 3
                && NameShape.IsAllCaps(c.Surface) && !votes.ContainsKey(NameKey.Of(c.Surface)))
                continue;
            var name = groupName[c.Key];
            result.Add(new EntityMention
            {
                Surface = c.Surface, Type = type, Start = c.Start, Length = c.Surface.Length, SentenceIndex = c.SentenceIndex,
                AliasOf = name == c.Surface ? null : name, KnownAs = c.Known?.Name, Proposed = groupProposed.Contains(c.Key),
                Rule = c.Rule, Confidence = c.Confidence,
            });
        }
        return result;
    }
}
