using System.Collections.Immutable;
using PaperGraph.Graph;

namespace PaperGraph.Export.Facts;

/// <summary>An entity as one paper names it in <c>facts.jsonl</c>: canonical name, type, the paper's other surface forms.</summary>
public sealed record FactEntity(string Name, string Type, ImmutableArray<string> Aliases);

/// <summary>One EVALUATED_ON fact of a paper; metric, value and unit only when the text ties a score to the pair.</summary>
public sealed record FactEvaluation(string Model, string Benchmark, string? Metric, decimal? Value, string? Unit);

/// <summary>One BASED_ON fact of a paper; <see cref="Model"/> is null when the resulting model is unnamed.</summary>
public sealed record FactBackbone(string? Model, string Backbone);

/// <summary>
/// The facts of one paper with exactly the keys of the gold annotation records (<c>../shared/gold/README.md</c>):
/// the format scorers read.
/// </summary>
public sealed record PaperFacts
{
    /// <summary>Number of leading abstract characters kept in <see cref="AbstractStart"/>.</summary>
    public const int AbstractStartLength = 120;

    public string? Title { get; init; }
    public string? Arxiv { get; init; }
    public required string AbstractStart { get; init; }
    public ImmutableArray<FactEntity> Entities { get; init; } = [];
    public ImmutableArray<string> Proposes { get; init; } = [];
    public ImmutableArray<FactEvaluation> EvaluatedOn { get; init; } = [];
    public ImmutableArray<FactBackbone> Backbones { get; init; } = [];

    /// <summary>The first <see cref="AbstractStartLength"/> characters of an abstract, exactly as in the source.</summary>
    public static string StartOf(string abstractText)
    {
        ArgumentNullException.ThrowIfNull(abstractText);
        return abstractText.Length <= AbstractStartLength ? abstractText : abstractText[..AbstractStartLength];
    }

    /// <summary>
    /// Derives every paper's facts from a resolved graph, in paper-id order: entities from the paper's MENTIONS edges
    /// (canonical node name, the paper's own type of it or else the node label, the paper's surface forms as aliases), PROPOSES from the paper, and the
    /// EVALUATED_ON and BASED_ON facts whose evidence is the paper (BASED_ON from the paper node = unnamed model).
    /// Lists are sorted so the output is deterministic. Pure.
    /// </summary>
    public static IReadOnlyList<PaperFacts> FromGraph(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var entities = new Dictionary<string, List<FactEntity>>(StringComparer.Ordinal);
        var proposes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var evals = new Dictionary<string, List<FactEvaluation>>(StringComparer.Ordinal);
        var backbones = new Dictionary<string, List<FactBackbone>>(StringComparer.Ordinal);
        static List<T> Of<T>(Dictionary<string, List<T>> d, string paper)
        {
            if (!d.TryGetValue(paper, out var l)) d[paper] = l = [];
            return l;
        }

        foreach (var e in graph.Edges)
        {
            switch (e.Type)
            {
                case RelType.Mentions:
                    var node = graph[e.To];
                    Of(entities, e.From).Add(new FactEntity(node.Name, (e.PaperLabel ?? node.Label).CypherName(),
                        [.. e.Surfaces.Where(s => !string.Equals(s, node.Name, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]));
                    break;
                case RelType.Proposes:
                    Of(proposes, e.From).Add(graph[e.To].Name);
                    break;
                case RelType.EvaluatedOn when e.Evidence is { } ev:
                    Of(evals, ev.PaperId).Add(new FactEvaluation(graph[e.From].Name, graph[e.To].Name, e.Metric, e.Value, e.Unit));
                    break;
                case RelType.BasedOn when e.Evidence is { } ev:
                    var from = graph[e.From];
                    Of(backbones, ev.PaperId).Add(new FactBackbone(from.Label == NodeLabel.Paper ? null : from.Name, graph[e.To].Name));
                    break;
            }
        }

        var result = new List<PaperFacts>();
        foreach (var n in graph.Nodes)
        {
            if (n.Label != NodeLabel.Paper || n.Paper is not { } info) continue;
            result.Add(new PaperFacts
            {
                Title = info.Title,
                Arxiv = info.ArxivId,
                AbstractStart = StartOf(info.Abstract),
                Entities = [.. entities.GetValueOrDefault(n.Id, []).DistinctBy(x => (x.Name, x.Type))
                    .OrderBy(x => x.Type, StringComparer.Ordinal).ThenBy(x => x.Name, StringComparer.Ordinal)],
                Proposes = [.. proposes.GetValueOrDefault(n.Id, []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                EvaluatedOn = [.. evals.GetValueOrDefault(n.Id, []).Distinct()
                    .OrderBy(x => x.Model, StringComparer.Ordinal).ThenBy(x => x.Benchmark, StringComparer.Ordinal)
                    .ThenBy(x => x.Metric ?? "", StringComparer.Ordinal).ThenBy(x => x.Value ?? decimal.MinValue).ThenBy(x => x.Unit ?? "", StringComparer.Ordinal)],
                Backbones = [.. backbones.GetValueOrDefault(n.Id, []).Distinct()
                    .OrderBy(x => x.Model ?? "", StringComparer.Ordinal).ThenBy(x => x.Backbone, StringComparer.Ordinal)],
            });
        }
        return result;
    }
}
