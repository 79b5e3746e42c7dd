using System.Collections.Immutable;
using PaperGraph.Extraction;
using PaperGraph.Graph;

namespace PaperGraph.Resolution;

/// <summary>
/// Resolves entities across papers by exact aliases only (see <see cref="NameKey"/>): the knowledge-base name when
/// the extractor matched one, otherwise the name as written. A node's label is the type most papers gave it; when no
/// label holds a clear majority, each MENTIONS edge keeps the type its own paper gave (used by the facts export).
/// Sized and variant models get a VARIANT_OF edge to their family node (created when no paper named it).
/// </summary>
public sealed class ExactAliasResolver : IResolver
{
    private readonly Extraction.Entities.KnowledgeBase? _kb;

    /// <summary>A resolver without a knowledge base: families are linked by exact name key only.</summary>
    public ExactAliasResolver() { }

    /// <summary>A resolver that names families by their knowledge-base canonical name ("LLaVA-v1.5-7B" → family
    /// "LLaVA-1.5", not a second "LLaVA-v1.5" node).</summary>
    public ExactAliasResolver(Extraction.Entities.KnowledgeBase kb) { _kb = kb ?? throw new ArgumentNullException(nameof(kb)); }

    private sealed class Cluster
    {
        public readonly Dictionary<string, int> Surfaces = new(StringComparer.Ordinal);
        public readonly Dictionary<NodeLabel, int> Votes = [];
        public string? Known;
        public string Id = "";
        public string Name = "";
        public NodeLabel Label;
    }

    public KnowledgeGraph Resolve(IReadOnlyList<PaperExtraction> extractions)
    {
        ArgumentNullException.ThrowIfNull(extractions);
        var clusters = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        // The same names recur in many papers: compute each name's key once.
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        string KeyOf(string name)
        {
            if (!keys.TryGetValue(name, out var k)) keys[name] = k = NameKey.Of(name);
            return k;
        }
        // Keys of clusters merged into another (see MergeThroughDistinctiveAliases) → the key of the one kept.
        var redirect = new Dictionary<string, string>(StringComparer.Ordinal);
        Cluster ClusterOf(string name, string? known)
        {
            var key = KeyOf(known ?? name);
            key = redirect.GetValueOrDefault(key, key);
            if (!clusters.TryGetValue(key, out var c)) clusters[key] = c = new Cluster();
            if (known is not null) c.Known ??= known;
            return c;
        }

        // Per paper: entity name → cluster (so facts can refer to names).
        var perPaper = new List<Dictionary<string, Cluster>>(extractions.Count);
        // Per paper: cluster → that paper's own votes (its typing and the roles its facts give).
        var paperVotes = new List<Dictionary<Cluster, Dictionary<NodeLabel, int>>>(extractions.Count);
        foreach (var x in extractions)
        {
            var map = new Dictionary<string, Cluster>(StringComparer.Ordinal);
            var own = new Dictionary<Cluster, Dictionary<NodeLabel, int>>();
            void Vote(Cluster c, NodeLabel label, int weight)
            {
                c.Votes[label] = c.Votes.GetValueOrDefault(label) + weight;
                if (!own.TryGetValue(c, out var v)) own[c] = v = [];
                v[label] = v.GetValueOrDefault(label) + weight;
            }
            foreach (var e in x.Entities)
            {
                var c = ClusterOf(e.Name, e.KnownAs);
                c.Surfaces[e.Name] = c.Surfaces.GetValueOrDefault(e.Name) + 1;
                foreach (var a in e.Aliases) c.Surfaces[a] = c.Surfaces.GetValueOrDefault(a);
                Vote(c, e.Type, TypeVote);
                map[e.Name] = c;
                foreach (var a in e.Aliases) map.TryAdd(a, c);
            }
            // The role a fact gives an entity is evidence of its type: what a model is evaluated on is a benchmark
            // (or a data set), what is evaluated or built upon is a model. It outweighs one paper's typing.
            var typeIn = x.Entities.GroupBy(e => e.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Type, StringComparer.Ordinal);
            void Role(string? name, NodeLabel label, params NodeLabel[] alreadyFine)
            {
                if (name is null || !map.TryGetValue(name, out var c)) return;
                if (typeIn.TryGetValue(name, out var t) && (t == label || alreadyFine.Contains(t))) return;
                Vote(c, label, RoleVote);
            }
            foreach (var f in x.Facts)
            {
                if (f.Kind == FactKind.EvaluatedOn) { Role(f.Object, NodeLabel.Benchmark, NodeLabel.Dataset); Role(f.Subject, NodeLabel.Model, NodeLabel.Method); }
                else if (f.Kind == FactKind.BasedOn) Role(f.Object, NodeLabel.Model);
            }
            perPaper.Add(map);
            paperVotes.Add(own);
        }

        MergeThroughDistinctiveAliases(clusters, redirect, perPaper, paperVotes, KeyOf);

        // Families of sized/variant models.
        var familyOf = new Dictionary<Cluster, Cluster>();
        foreach (var (key, c) in clusters.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList())
        {
            if (Winner(c.Votes) != NodeLabel.Model) continue;
            var name = c.Known ?? MostFrequent(c.Surfaces);
            var family = ModelNames.FamilyOf(name);
            if (family is null || KeyOf(family) == key) continue;
            var known = _kb?.Find(family) is { Type: NodeLabel.Model } entry ? entry.Name : null;
            if (known is not null && KeyOf(known) == key) continue;
            // A family another paper typed as something else (a benchmark, a method) is not this model's family.
            var familyKey = KeyOf(known ?? family);
            clusters.TryGetValue(redirect.GetValueOrDefault(familyKey, familyKey), out var existing);
            if (existing is not null && existing.Votes.Count > 0 && Winner(existing.Votes) != NodeLabel.Model) continue;
            // A family is made up only from a size ("MMaDA-8B" → "MMaDA"); a variant word alone ("SVE-Math",
            // "Foo-Chat") may be part of the name, so it links only to a family the knowledge base or a paper names.
            if (existing is null && known is null && !ModelNames.IsSized(name)) continue;
            var f = ClusterOf(known ?? family, known);
            if (f.Surfaces.Count == 0) { f.Surfaces[family] = 0; f.Votes[NodeLabel.Model] = 0; }
            familyOf[c] = f;
        }

        // Names, labels and ids (slug collisions get a hash suffix, in key order, so ids are stable).
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, c) in clusters.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            c.Label = Winner(c.Votes);
            c.Name = c.Known ?? MostFrequent(c.Surfaces);
            var id = Ids.ForEntity(c.Label, c.Name);
            if (!usedIds.Add(id)) { id = id + "-" + Ids.Hash(key, 6); usedIds.Add(id); }
            c.Id = id;
        }

        var nodes = new List<Node>();
        foreach (var x in extractions)
        {
            var info = x.Paper.Info;
            nodes.Add(new Node { Id = x.Paper.Id, Label = NodeLabel.Paper, Name = info.Title ?? Head(info.Abstract), Paper = info });
        }
        foreach (var c in clusters.Values)
        {
            nodes.Add(new Node
            {
                Id = c.Id, Label = c.Label, Name = c.Name,
                Aliases = [.. c.Surfaces.Keys.Where(s => s != c.Name).Order(StringComparer.Ordinal)],
            });
        }

        var edges = new Dictionary<string, Edge>(StringComparer.Ordinal);
        var labelOf = new Dictionary<string, NodeLabel>(StringComparer.Ordinal);
        foreach (var n in nodes) labelOf[n.Id] = n.Label;
        void AddEdge(Edge e)
        {
            // The graph model's typing of every relationship; a fact whose ends resolved to other types is dropped.
            if (!Fits(e.Type, labelOf[e.From], labelOf[e.To])) return;
            if (!edges.TryGetValue(e.Id, out var old) || (old.Evidence?.Confidence ?? 0) < (e.Evidence?.Confidence ?? 0))
                edges[e.Id] = e;
        }
        foreach (var (c, f) in familyOf)
            AddEdge(new Edge { Id = Ids.ForEdge(RelType.VariantOf, c.Id, f.Id), Type = RelType.VariantOf, From = c.Id, To = f.Id });

        for (int i = 0; i < extractions.Count; i++)
        {
            var x = extractions[i];
            var map = perPaper[i];
            var paperId = x.Paper.Id;
            Evidence Ev(int sentence, string rule, double confidence)
            {
                var s = x.Sentences[Math.Clamp(sentence, 0, x.Sentences.Length - 1)];
                return new Evidence { PaperId = paperId, Sentence = s.Text, Start = s.Start, Length = s.Length, Rule = rule, Confidence = confidence };
            }
            foreach (var e in x.Entities)
            {
                var c = map[e.Name];
                var mine = Winner(paperVotes[i][c]);
                AddEdge(new Edge
                {
                    PaperLabel = mine != c.Label && Contested(c.Votes) ? mine : null,
                    Id = Ids.ForEdge(RelType.Mentions, paperId, c.Id), Type = RelType.Mentions, From = paperId, To = c.Id,
                    Surfaces = e.Aliases.IsDefaultOrEmpty ? [e.Name] : [.. new[] { e.Name }.Concat(e.Aliases).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                    Evidence = Ev(e.SentenceIndex, e.Rule, e.Confidence),
                });
            }
            foreach (var f in x.Facts)
            {
                if (!map.TryGetValue(f.Object, out var obj)) continue;
                Cluster? subj = f.Subject is null ? null : map.GetValueOrDefault(f.Subject);
                var ev = Ev(f.SentenceIndex, f.Rule, f.Confidence);
                switch (f.Kind)
                {
                    case FactKind.Proposes:
                        AddEdge(new Edge { Id = Ids.ForEdge(RelType.Proposes, paperId, obj.Id), Type = RelType.Proposes, From = paperId, To = obj.Id, Evidence = ev });
                        break;
                    case FactKind.EvaluatedOn when subj is not null:
                        var value = f.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture);
                        AddEdge(new Edge
                        {
                            Id = Ids.ForEdge(RelType.EvaluatedOn, subj.Id, obj.Id, paperId, f.Metric, value, f.Unit),
                            Type = RelType.EvaluatedOn, From = subj.Id, To = obj.Id, Metric = f.Metric, Value = f.Value, Unit = f.Unit, Evidence = ev,
                        });
                        break;
                    case FactKind.BasedOn:
                        // An unnamed model built on a backbone: the paper stands for "the paper's model".
                        var from = subj?.Id ?? paperId;
                        AddEdge(new Edge { Id = Ids.ForEdge(RelType.BasedOn, from, obj.Id, paperId), Type = RelType.BasedOn, From = from, To = obj.Id, Evidence = ev });
                        break;
                    case FactKind.UsedAsTool:
                        AddEdge(new Edge { Id = Ids.ForEdge(RelType.UsedAsTool, obj.Id, paperId), Type = RelType.UsedAsTool, From = obj.Id, To = paperId, Evidence = ev });
                        break;
                }
            }
        }
        return new KnowledgeGraph(nodes, edges.Values);
    }

    /// <summary>
    /// One paper defines "Diffusion Transformer (DiT)", another names "DiT" alone: the alias, written exactly the same
    /// (case included; separators aside) as a name or alias of another node of the same type, joins the two nodes. Only distinctive
    /// aliases join (a lower-case letter and an inner capital or a digit: "DiT", "VTInstruct", "MoE"): all-capital
    /// abbreviations ("VSR", "VIT") are coined afresh by many papers for different things, so they never merge, and
    /// nor does anything on substring, spelling distance or similarity. Clusters merged away are redirected, so a later
    /// lookup of their key finds the merged node.
    /// </summary>
    private static void MergeThroughDistinctiveAliases(Dictionary<string, Cluster> clusters, Dictionary<string, string> redirect, List<Dictionary<string, Cluster>> perPaper,
        List<Dictionary<Cluster, Dictionary<NodeLabel, int>>> paperVotes, Func<string, string> keyOf)
    {
        var into = new Dictionary<Cluster, Cluster>();
        Cluster Root(Cluster c) { while (into.TryGetValue(c, out var p)) c = p; return c; }
        foreach (var (key, c0) in clusters.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList())
        {
            foreach (var alias in c0.Surfaces.Keys.Order(StringComparer.Ordinal).ToList())
            {
                if (!IsDistinctiveAlias(alias)) continue;
                var otherKey = keyOf(alias);
                if (otherKey == key || !clusters.TryGetValue(otherKey, out var o0)) continue;
                Cluster c = Root(c0), o = Root(o0);
                if (ReferenceEquals(c, o) || !o.Surfaces.Keys.Any(sf => SameLetters(sf, alias))) continue;
                if (c.Known is not null && o.Known is not null && c.Known != o.Known) continue;
                if (Winner(c.Votes) != Winner(o.Votes)) continue;
                // The node the knowledge base knows, else the one more papers named, absorbs the other.
                var (keep, gone) = o.Known is not null && c.Known is null || o.Surfaces.Values.Sum() > c.Surfaces.Values.Sum() ? (o, c) : (c, o);
                foreach (var (sf, n) in gone.Surfaces) keep.Surfaces[sf] = keep.Surfaces.GetValueOrDefault(sf) + n;
                foreach (var (l, n) in gone.Votes) keep.Votes[l] = keep.Votes.GetValueOrDefault(l) + n;
                keep.Known ??= gone.Known;
                into[gone] = keep;
            }
        }
        if (into.Count == 0) return;
        var keyOfCluster = clusters.ToDictionary(kv => kv.Value, kv => kv.Key);
        foreach (var (k, c) in clusters.ToList())
        {
            var r = Root(c);
            if (ReferenceEquals(r, c)) continue;
            clusters.Remove(k);
            redirect[k] = keyOfCluster[r];
        }
        foreach (var map in perPaper)
            foreach (var k in map.Keys.ToList()) map[k] = Root(map[k]);
        for (int i = 0; i < paperVotes.Count; i++)
        {
            var merged = new Dictionary<Cluster, Dictionary<NodeLabel, int>>();
            foreach (var (c, v) in paperVotes[i])
            {
                var r = Root(c);
                if (!merged.TryGetValue(r, out var m)) merged[r] = m = [];
                foreach (var (l, n) in v) m[l] = m.GetValueOrDefault(l) + n;
            }
            paperVotes[i] = merged;
        }
    }

    /// <summary>The same letters and digits in the same case, separators aside ("VTInstruct" = "VT-Instruct", not "VTINSTRUCT").</summary>
    private static bool SameLetters(string a, string b) =>
        a.Where(char.IsLetterOrDigit).SequenceEqual(b.Where(char.IsLetterOrDigit));

    private static bool IsDistinctiveAlias(string s)
    {
        if (s.Length < 3) return false;
        bool lower = false, inner = false;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsLower(s[i])) lower = true;
            else if (i > 0 && (char.IsUpper(s[i]) && s[i - 1] is not (' ' or '-') || char.IsDigit(s[i]))) inner = true;
        }
        return lower && inner;
    }

    /// <summary>Weight of one paper's typing of an entity, and of the role a fact gives it (see Resolve).</summary>
    private const int TypeVote = 2, RoleVote = 3;

    /// <summary>Which labels each relationship type joins (the graph model; the SHACL shapes say the same).</summary>
    public static bool Fits(RelType type, NodeLabel from, NodeLabel to) => type switch
    {
        RelType.Proposes or RelType.Mentions => from == NodeLabel.Paper && to != NodeLabel.Paper,
        RelType.EvaluatedOn => from is NodeLabel.Model or NodeLabel.Method && to is NodeLabel.Benchmark or NodeLabel.Dataset,
        RelType.BasedOn => from is NodeLabel.Model or NodeLabel.Method or NodeLabel.Paper && to == NodeLabel.Model,
        RelType.VariantOf => from == NodeLabel.Model && to == NodeLabel.Model,
        RelType.UsedAsTool => from is NodeLabel.Model or NodeLabel.Method && to == NodeLabel.Paper,
        _ => false,
    };

    private static string Head(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77).TrimEnd(), "…");

    private static string MostFrequent(Dictionary<string, int> counts) =>
        counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;

    private static readonly NodeLabel[] Priority = [NodeLabel.Model, NodeLabel.Benchmark, NodeLabel.Method, NodeLabel.Dataset, NodeLabel.Metric];

    /// <summary>No label holds a clear majority of a name's votes across papers: each paper's own typing stands.</summary>
    private static bool Contested(Dictionary<NodeLabel, int> votes) => 4 * votes.Values.Max() < 3 * votes.Values.Sum();

    private static NodeLabel Winner(Dictionary<NodeLabel, int> votes) =>
        votes.Count == 0 ? NodeLabel.Method : votes.OrderByDescending(kv => kv.Value).ThenBy(kv => Array.IndexOf(Priority, kv.Key)).First().Key;
}
