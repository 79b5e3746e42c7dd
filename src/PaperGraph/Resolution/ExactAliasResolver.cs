using System.Collections.Immutable;
using PaperGraph.Extraction;
using PaperGraph.Graph;

namespace PaperGraph.Resolution;

/// <summary>
/// Resolves entities across papers by exact aliases only (see <see cref="NameKey"/>): the knowledge-base name when
/// the extractor matched one, otherwise the name as written. A node's label is the type most papers gave it.
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
        Cluster ClusterOf(string name, string? known)
        {
            var key = NameKey.Of(known ?? name);
            if (!clusters.TryGetValue(key, out var c)) clusters[key] = c = new Cluster();
            if (known is not null) c.Known ??= known;
            return c;
        }

        // Per paper: entity name → cluster (so facts can refer to names).
        var perPaper = new List<Dictionary<string, Cluster>>(extractions.Count);
        foreach (var x in extractions)
        {
            var map = new Dictionary<string, Cluster>(StringComparer.Ordinal);
            foreach (var e in x.Entities)
            {
                var c = ClusterOf(e.Name, e.KnownAs);
                c.Surfaces[e.Name] = c.Surfaces.GetValueOrDefault(e.Name) + 1;
                foreach (var a in e.Aliases) c.Surfaces[a] = c.Surfaces.GetValueOrDefault(a);
                c.Votes[e.Type] = c.Votes.GetValueOrDefault(e.Type) + 1;
                map[e.Name] = c;
                foreach (var a in e.Aliases) map.TryAdd(a, c);
            }
            perPaper.Add(map);
        }

        // Families of sized/variant models.
        var familyOf = new Dictionary<Cluster, Cluster>();
        foreach (var (key, c) in clusters.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList())
        {
            if (Winner(c.Votes) != NodeLabel.Model) continue;
            var name = c.Known ?? MostFrequent(c.Surfaces);
            var family = ModelNames.FamilyOf(name);
            if (family is null || NameKey.Of(family) == key) continue;
            var known = _kb?.Find(family) is { Type: NodeLabel.Model } entry ? entry.Name : null;
            if (known is not null && NameKey.Of(known) == key) continue;
            // A family another paper typed as something else (a benchmark, a method) is not this model's family.
            if (clusters.TryGetValue(NameKey.Of(known ?? family), out var existing) && existing.Votes.Count > 0 && Winner(existing.Votes) != NodeLabel.Model) continue;
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
        void AddEdge(Edge e)
        {
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
                AddEdge(new Edge
                {
                    Id = Ids.ForEdge(RelType.Mentions, paperId, c.Id), Type = RelType.Mentions, From = paperId, To = c.Id,
                    Surfaces = [.. new[] { e.Name }.Concat(e.Aliases).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
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

    private static string Head(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77).TrimEnd(), "…");

    private static string MostFrequent(Dictionary<string, int> counts) =>
        counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;

    private static readonly NodeLabel[] Priority = [NodeLabel.Model, NodeLabel.Benchmark, NodeLabel.Method, NodeLabel.Dataset, NodeLabel.Metric];

    private static NodeLabel Winner(Dictionary<NodeLabel, int> votes) =>
        votes.Count == 0 ? NodeLabel.Method : votes.OrderByDescending(kv => kv.Value).ThenBy(kv => Array.IndexOf(Priority, kv.Key)).First().Key;
}
