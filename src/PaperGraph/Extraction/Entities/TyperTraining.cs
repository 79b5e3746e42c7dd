using PaperGraph.Export.Facts;
using PaperGraph.Graph;
using PaperGraph.Ingest;
using PaperGraph.Resolution;

namespace PaperGraph.Extraction.Entities;

/// <summary>
/// Builds the <see cref="EntityTyper"/>'s training examples: the papers of a gold file (found in the corpus by their
/// whitespace-folded <c>abstract_start</c>) are read by the rule recogniser without the typer; every unknown name it
/// finds whose name or a surface form matches a gold entity (by <see cref="NameKey"/>) becomes one example labelled
/// with the gold type. Pure: the caller reads the files.
/// </summary>
public static class TyperTraining
{
    /// <summary>One labelled example and the gold paper it came from.</summary>
    public sealed record Example(int Paper, string Name, IReadOnlyList<TyperFeature> Features, NodeLabel Label);

    /// <summary>The labelled examples of the gold papers found among <paramref name="papers"/>, in gold order.</summary>
    public static List<Example> Examples(IReadOnlyList<Paper> papers, IReadOnlyList<PaperFacts> gold, KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentNullException.ThrowIfNull(gold);
        var byStart = new Dictionary<string, Paper>(StringComparer.Ordinal);
        foreach (var p in papers) byStart.TryAdd(Text.FoldWhitespace(PaperFacts.StartOf(p.Info.Abstract)), p);
        var recognizer = new EntityRecognizer(kb, null);
        var result = new List<Example>();
        for (int gi = 0; gi < gold.Count; gi++)
        {
            if (!byStart.TryGetValue(Text.FoldWhitespace(gold[gi].AbstractStart), out var paper)) continue;
            var types = new Dictionary<string, NodeLabel>(StringComparer.Ordinal);
            foreach (var e in gold[gi].Entities)
            {
                if (!Enum.TryParse<NodeLabel>(e.Type, out var t) || t == NodeLabel.Paper) continue;
                types.TryAdd(NameKey.Of(e.Name), t);
                foreach (var a in e.Aliases) types.TryAdd(NameKey.Of(a), t);
            }
            foreach (var (name, surfaces, features) in recognizer.TyperExamples(paper, SentenceSplitter.Split(paper.Text)))
            {
                NodeLabel? label = types.TryGetValue(NameKey.Of(name), out var l) ? l : null;
                foreach (var s in surfaces) if (label is null && types.TryGetValue(NameKey.Of(s), out var ls)) label = ls;
                if (label is { } y) result.Add(new Example(gi, name, features, y));
            }
        }
        return result;
    }

    /// <summary>Trains the typer on all examples.</summary>
    public static EntityTyper Train(IReadOnlyList<Example> examples, int epochs = 300, float rate = 0.5f, float l2 = 0.03f)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var rows = new List<(IReadOnlyList<TyperFeature>, NodeLabel)>(examples.Count);
        foreach (var e in examples) rows.Add((e.Features, e.Label));
        return EntityTyper.Train(rows, epochs, rate, l2);
    }

    /// <summary>K-fold cross-validation by paper (fold = gold index mod k): the typer's accuracy on held-out papers,
    /// and for comparison the accuracy of the rule votes alone (their top vote, else Model).</summary>
    public static (double Typer, double Rules, double Hybrid, int Count) CrossValidate(IReadOnlyList<Example> examples, int folds = 4, int epochs = 300, float rate = 0.5f, float l2 = 0.03f)
    {
        ArgumentNullException.ThrowIfNull(examples);
        int typerRight = 0, rulesRight = 0, hybridRight = 0, count = 0;
        for (int k = 0; k < folds; k++)
        {
            var train = new List<Example>();
            foreach (var e in examples) if (e.Paper % folds != k) train.Add(e);
            var typer = Train(train, epochs, rate, l2);
            foreach (var e in examples)
            {
                if (e.Paper % folds != k) continue;
                count++;
                if (typer.Predict(e.Features).Type == e.Label) typerRight++;
                if (RuleType(e.Features) == e.Label) rulesRight++;
                if (Hybrid(typer, e.Features) == e.Label) hybridRight++;
            }
        }
        return count == 0 ? (0, 0, 0, 0) : ((double)typerRight / count, (double)rulesRight / count, (double)hybridRight / count, count);
    }

    /// <summary>The rules' top vote when there is one, else the typer (what the recogniser does).</summary>
    public static NodeLabel Hybrid(EntityTyper typer, IReadOnlyList<TyperFeature> features)
    {
        ArgumentNullException.ThrowIfNull(typer);
        ArgumentNullException.ThrowIfNull(features);
        foreach (var f in features) if (f.Name.StartsWith("top:", StringComparison.Ordinal)) return RuleType(features);
        return typer.Predict(features).Type;
    }

    private static NodeLabel RuleType(IReadOnlyList<TyperFeature> features)
    {
        foreach (var f in features)
            if (f.Name.StartsWith("top:", StringComparison.Ordinal) && Enum.TryParse<NodeLabel>(f.Name[4..], out var t)) return t;
        return NodeLabel.Model;
    }
}
