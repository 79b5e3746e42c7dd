using System.Collections.Immutable;
using PaperGraph.Graph;
using PaperGraph.Ingest;

namespace PaperGraph.Extraction.Relations;

/// <summary>
/// USED_AS_TOOL (<c>tool.cue</c>): a model the paper uses to generate, annotate, curate, filter or judge data
/// ("annotated by GPT-4o", "a curation pipeline with GPT-4o", "GPT-4 as a judge", "GPT-4V-generated captions",
/// "using GPT-4 to rewrite"). One fact per model and paper, from its first such sentence; not when the sentence
/// describes earlier work ("previous approaches relying on GPT-4 to generate data"). The same models are kept
/// out of EVALUATED_ON (<see cref="EvaluationExtractor"/>).
/// </summary>
public sealed class ToolUseExtractor : IRelationExtractor
{
    public IEnumerable<ExtractedFact> Extract(Paper paper, ImmutableArray<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(mentions);
        mentions = PaperContext.Consistent(mentions);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            foreach (var m in mentions)
            {
                if (m.SentenceIndex != s.Index || m.Type != NodeLabel.Model || m.Proposed || !Cues.IsToolUse(s, m)) continue;
                // "Previous approaches relying on X for data generation": other work's tool, not this paper's (X stays
                // out of EVALUATED_ON all the same).
                if (Cues.IsOtherWorkBefore(s, m)) continue;
                var name = m.AliasOf ?? m.Surface;
                if (seen.Add(name))
                    yield return new ExtractedFact { Kind = FactKind.UsedAsTool, Object = name, SentenceIndex = s.Index, Rule = "tool.cue", Confidence = 0.7 };
            }
        }
    }
}
