using System.CommandLine;
using PaperGraph.Evaluation;
using PaperGraph.Export.Facts;
using PaperGraph.Extraction.Relations.Learning;

namespace PaperGraph.Cli;

/// <summary>
/// <c>papergraph train-relations --gold ../shared/gold/train.jsonl --inputs ../shared/seeds [--folds 2] [--write FILE]</c>:
/// trains the learned EVALUATED_ON decision on the gold papers found in the inputs (with the recognised mentions and,
/// for more examples, the gold mentions), prints a by-paper cross-validation beside the hand rules, and writes the
/// weights (the file embedded as <c>src/PaperGraph/Resources/relations/evaluated-on.tsv</c>). Never train on the file
/// you report figures on.
/// </summary>
public static class TrainRelationsCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Gold annotations to learn from (train.jsonl only).", Required = true };
        var inputs = new Option<string[]>("--inputs") { Description = "Corpus files or folders holding the gold papers.", Required = true, AllowMultipleArgumentsPerToken = true };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds (by paper).", DefaultValueFactory = _ => 2 };
        var l2 = new Option<double>("--l2") { Description = "L2 regularisation strength.", DefaultValueFactory = _ => 2.0 };
        var write = new Option<string?>("--write") { Description = "Write the trained weights to this file." };
        var cmd = new Command("train-relations", "Train the learned EVALUATED_ON decision on gold annotations and cross-validate it.") { gold, inputs, folds, l2, write };
        cmd.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(inputs) ?? [], parse.GetValue(folds), parse.GetValue(l2), parse.GetValue(write), Console.Out));
        return cmd;
    }

    internal static int Run(string goldPath, string[] inputs, int folds, double l2, string? writePath, TextWriter output)
    {
        if (!File.Exists(goldPath)) { output.WriteLine($"error: {goldPath} not found."); return ExitCodes.Usage; }
        var goldRecords = FactsReader.Read(goldPath);
        var lookup = EvaluationTrainer.GoldLookup(goldRecords);
        var build = new Pipeline.PipelineBuilder().UseDefaults().Build().Run(inputs, null);
        var recogniser = new Extraction.Entities.EntityRecognizer();
        var oracle = new GoldMentionRecognizer(goldRecords);
        var papers = new List<TrainingPaper>();
        foreach (var x in build.Extractions)
        {
            if (lookup(x.Paper) is not { } g) continue;
            papers.Add(new TrainingPaper(x.Paper, x.Sentences, recogniser.Recognize(x.Paper, x.Sentences), g, true));
            papers.Add(new TrainingPaper(x.Paper, x.Sentences, oracle.Recognize(x.Paper, x.Sentences), g, false));
        }
        output.WriteLine($"{papers.Count / 2} gold papers found in the inputs");
        var (report, threshold) = EvaluationTrainer.CrossValidate(papers, Math.Max(2, folds), l2);
        output.Write(report);
        var model = LogisticModel.Train(EvaluationTrainer.Examples(papers), l2, threshold: threshold);
        output.WriteLine($"trained on all: {model.Weights.Count} weights, threshold {threshold:0.00}");
        if (writePath is not null) File.WriteAllText(writePath, model.Save());
        return ExitCodes.Ok;
    }
}
