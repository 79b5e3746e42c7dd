using PaperGraph.Extraction;
using PaperGraph.Graph;

namespace PaperGraph.Resolution;

/// <summary>The resolution stage: every paper's extraction in, one graph out with one node per real thing. Pure.</summary>
public interface IResolver
{
    KnowledgeGraph Resolve(IReadOnlyList<PaperExtraction> extractions);
}
