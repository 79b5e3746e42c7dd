using System.Globalization;
using PaperGraph.Export.Facts;
using PaperGraph.Extraction;
using PaperGraph.Graph;
using PaperGraph.Resolution;

namespace PaperGraph.Evaluation;

/// <summary>
/// Finds the sentence behind a discrepancy in a built graph: for a false positive, the evidence (rule, confidence,
/// sentence) of the edge that produced it; for a false negative, the sentences of the paper that name the missed
/// items (or say so when none does). Pure.
/// </summary>
public sealed class EvidenceIndex
{
    private readonly KnowledgeGraph _graph;
    private readonly Dictionary<string, Node> _paperByStart = new(StringComparer.Ordinal);
    private readonly ILookup<string, Edge> _edgesByPaper;

    public EvidenceIndex(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _graph = graph;
        foreach (var n in graph.Nodes)
            if (n.Paper is { } info) _paperByStart.TryAdd(Text.FoldWhitespace(PaperFacts.StartOf(info.Abstract)), n);
        _edgesByPaper = graph.Edges.Where(e => e.Evidence is not null).ToLookup(e => e.Evidence!.PaperId, StringComparer.Ordinal);
    }

    /// <summary>Lines explaining the discrepancy (each one "rule (confidence): sentence" or "sentence: …").</summary>
    public IReadOnlyList<string> Explain(Discrepancy d)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (!_paperByStart.TryGetValue(Text.FoldWhitespace(d.AbstractStart), out var paper)) return ["(paper not in the graph)"];
        var lines = new List<string>();
        if (d.FalsePositive || d.Kind == ScoreKind.Value)
        {
            var type = d.Kind switch
            {
                ScoreKind.Entity => RelType.Mentions, ScoreKind.Proposes => RelType.Proposes,
                ScoreKind.Backbone => RelType.BasedOn, _ => RelType.EvaluatedOn,
            };
            foreach (var e in _edgesByPaper[paper.Id])
            {
                if (e.Type != type || !Matches(e, d)) continue;
                var ev = e.Evidence!;
                var value = e.Value is { } v ? $" value={v.ToString(CultureInfo.InvariantCulture)}{e.Unit}" : "";
                lines.Add($"{ev.Rule} ({ev.Confidence.ToString("0.##", CultureInfo.InvariantCulture)}){value}: {ev.Sentence}");
            }
        }
        if (lines.Count > 0) return lines;
        var text = paper.Paper!.Title is { } t ? t + "\n" + paper.Paper.Abstract : paper.Paper.Abstract;
        var names = new[] { d.Name, d.Other }.Where(n => n is not null).Select(n => n!).ToList();
        foreach (var s in SentenceSplitter.Split(text))
            if (names.Count > 0 && names.All(n => s.Text.Contains(n, StringComparison.OrdinalIgnoreCase))) lines.Add("sentence: " + s.Text);
        if (lines.Count == 0)
            foreach (var s in SentenceSplitter.Split(text))
                if (names.Any(n => s.Text.Contains(n, StringComparison.OrdinalIgnoreCase))) lines.Add("sentence: " + s.Text);
        if (lines.Count == 0) lines.Add("(no sentence names it as written)");
        return lines;
    }

    private bool Matches(Edge e, Discrepancy d)
    {
        bool Named(string id, string? name) => name is null ||
            (_graph.TryGetNode(id, out var n) && (NameKey.Of(n.Name) == NameKey.Of(name) || n.Aliases.Any(a => NameKey.Of(a) == NameKey.Of(name))));
        return d.Kind switch
        {
            ScoreKind.Entity or ScoreKind.Proposes => Named(e.To, d.Name),
            ScoreKind.Backbone => (d.Name is null ? _graph[e.From].Label == NodeLabel.Paper : Named(e.From, d.Name)) && Named(e.To, d.Other),
            _ => Named(e.From, d.Name) && Named(e.To, d.Other),
        };
    }
}
