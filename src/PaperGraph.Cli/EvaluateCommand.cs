using System.CommandLine;
using System.Globalization;
using PaperGraph.Evaluation;
using PaperGraph.Export.Facts;
using Spectre.Console;

namespace PaperGraph.Cli;

/// <summary><c>papergraph evaluate --gold FILE --facts out/facts.jsonl [--explain]</c>: scores extracted facts against gold annotations.</summary>
public static class EvaluateCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Gold annotations (JSON Lines, e.g. ../shared/gold/dev.jsonl).", Required = true };
        var facts = new Option<string>("--facts") { Description = "facts.jsonl of a build.", DefaultValueFactory = _ => Path.Combine("out", FactsOutput.FileName) };
        var explain = new Option<bool>("--explain") { Description = "List every false positive and false negative with its sentence (reads graph.jsonl beside facts.jsonl)." };
        var oracle = new Option<string[]>("--oracle-entities")
        {
            Description = "Measuring aid: rebuild these inputs with the gold entities as the recognised mentions (relation extractors scored alone), write to --facts' folder, then score.",
            AllowMultipleArgumentsPerToken = true,
        };
        var cmd = new Command("evaluate", "Score a build's facts.jsonl against gold annotations (precision, recall, F1 and value accuracy).") { gold, facts, explain, oracle };
        cmd.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(facts)!, parse.GetValue(explain), Console.Out, parse.GetValue(oracle) ?? []));
        return cmd;
    }

    internal static int Run(string goldPath, string factsPath, bool explain, TextWriter output, string[]? oracleInputs = null)
    {
        var console = AnsiConsole.Console;
        if (oracleInputs is { Length: > 0 } && File.Exists(goldPath))
        {
            var extractor = new Extraction.RuleBasedExtractor(new GoldMentionRecognizer(FactsReader.Read(goldPath)), Extraction.Relations.DefaultRelations.Create());
            var pipeline = new Pipeline.PipelineBuilder().UseDefaults().UseExtractor(extractor)
                .AddOutput(new Export.Json.JsonLinesOutput()).AddOutput(new FactsOutput()).Build();
            pipeline.Run(oracleInputs, Path.GetDirectoryName(Path.GetFullPath(factsPath))!);
        }
        foreach (var f in new[] { goldPath, factsPath })
        {
            if (File.Exists(f)) continue;
            console.MarkupLineInterpolated($"[red]error:[/] {f} not found.");
            return ExitCodes.Usage;
        }
        EvaluationResult result;
        EvidenceIndex? evidence = null;
        try
        {
            result = Scorer.Evaluate(FactsReader.Read(goldPath), FactsReader.Read(factsPath));
            var graphFile = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(factsPath))!, Export.Json.JsonLinesOutput.FileName);
            if (explain && File.Exists(graphFile)) evidence = new EvidenceIndex(Export.Json.JsonLinesGraphReader.Read(graphFile));
        }
        catch (FormatException ex)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return ExitCodes.Failure;
        }
        Write(output, result, explain, evidence);
        return ExitCodes.Ok;
    }

    internal static void Write(TextWriter w, EvaluationResult r, bool explain, EvidenceIndex? evidence)
    {
        static string F(double d) => d.ToString("0.000", CultureInfo.InvariantCulture);
        void Line(string name, Score s) =>
            w.WriteLine($"{name,-36} P={F(s.Precision)} R={F(s.Recall)} F1={F(s.F1)}  (tp={s.Tp} fp={s.Fp} fn={s.Fn})");
        w.WriteLine($"papers: {r.MatchedPapers} of {r.GoldPapers} gold papers found in the facts");
        foreach (var (type, s) in r.EntitiesByType) Line($"entities {type} (strict)", s);
        Line("entities (strict)", r.EntitiesStrict);
        foreach (var (group, s) in r.EntitiesLenientByGroup) Line($"entities {group} (lenient)", s);
        Line("entities (lenient)", r.EntitiesLenient);
        Line("proposes", r.Proposes);
        Line("evaluated_on", r.EvaluatedOn);
        Line("backbones", r.Backbones);
        w.WriteLine($"{"value accuracy",-36} {F(r.ValueAccuracy)}  ({r.ValuesCorrect} of {r.ValuesTotal})");
        if (!explain) return;
        foreach (var group in r.Discrepancies.GroupBy(d => d.AbstractStart))
        {
            var first = group.First();
            w.WriteLine();
            w.WriteLine($"== {first.Title ?? first.AbstractStart}");
            foreach (var d in group.OrderBy(d => d.Kind).ThenBy(d => d.FalsePositive))
            {
                var tag = d.Kind == ScoreKind.Value ? "VALUE" : d.FalsePositive ? "FP" : "FN";
                w.WriteLine($"  {tag} {Name(d.Kind)}: {d.Text}");
                if (evidence is null) continue;
                foreach (var line in evidence.Explain(d)) w.WriteLine("      " + line);
            }
        }
    }

    private static string Name(ScoreKind k) => k switch
    {
        ScoreKind.Entity => "entity", ScoreKind.Proposes => "proposes", ScoreKind.EvaluatedOn => "evaluated_on",
        ScoreKind.Backbone => "backbones", _ => "value",
    };
}
