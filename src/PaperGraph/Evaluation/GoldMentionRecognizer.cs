using System.Collections.Immutable;
using PaperGraph.Export.Facts;
using PaperGraph.Extraction;
using PaperGraph.Graph;
using PaperGraph.Ingest;

namespace PaperGraph.Evaluation;

/// <summary>
/// A measuring aid, never part of a product build: an entity recognizer that "recognises" exactly the entities a
/// gold file annotates for the paper (every occurrence of a gold name or alias, as a whole word, longest first).
/// Running the relation extractors on its mentions measures them apart from entity recognition
/// (<c>papergraph evaluate --oracle-entities</c>). Pure.
/// </summary>
public sealed class GoldMentionRecognizer : IEntityRecognizer
{
    private readonly Dictionary<string, PaperFacts> _gold = new(StringComparer.Ordinal);

    public GoldMentionRecognizer(IEnumerable<PaperFacts> gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        foreach (var g in gold) _gold.TryAdd(Text.FoldWhitespace(g.AbstractStart), g);
    }

    public IReadOnlyList<EntityMention> Recognize(Paper paper, ImmutableArray<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(paper);
        if (!_gold.TryGetValue(Text.FoldWhitespace(PaperFacts.StartOf(paper.Info.Abstract)), out var g)) return [];
        var text = paper.Text;
        var taken = new bool[text.Length];
        var found = new List<EntityMention>();
        var forms = g.Entities.SelectMany(e => new[] { e.Name }.Concat(e.Aliases).Select(f => (Form: f, Entity: e)))
            .Where(x => x.Form.Length > 0).OrderByDescending(x => x.Form.Length).ThenBy(x => x.Form, StringComparer.Ordinal);
        var proposed = new HashSet<string>(g.Proposes, StringComparer.Ordinal);
        foreach (var (form, e) in forms)
        {
            int at = 0;
            while ((at = text.IndexOf(form, at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                int end = at + form.Length;
                bool boundary = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end]));
                if (boundary && !taken.AsSpan(at, form.Length).Contains(true))
                {
                    taken.AsSpan(at, form.Length).Fill(true);
                    Add(at, text.Substring(at, form.Length));
                }
                at = end;
            }
            void Add(int start, string surface) => found.Add(new EntityMention
            {
                Surface = surface, Type = Enum.Parse<NodeLabel>(e.Type), Start = start, Length = surface.Length,
                SentenceIndex = SentenceAt(sentences, start), AliasOf = surface == e.Name ? null : e.Name,
                Proposed = proposed.Contains(e.Name), Rule = "gold.oracle", Confidence = 1,
            });
        }
        return [.. found.OrderBy(m => m.Start)];
    }

    private static int SentenceAt(ImmutableArray<Sentence> sentences, int offset)
    {
        int index = 0;
        foreach (var s in sentences)
        {
            if (s.Start > offset) break;
            index = s.Index;
        }
        return index;
    }
}
