using System.CommandLine;

namespace PaperGraph.Cli;

/// <summary>Wires the commands; the work lives in the library and in one file per command.</summary>
public static class Program
{
    public static int Main(string[] args) => CreateRoot().Parse(args).Invoke();

    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("PaperGraph: a knowledge graph of ML research (models, methods, benchmarks, datasets, metrics and results) built from paper abstracts.");
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(QueryCommand.Create());
        root.Subcommands.Add(EvaluateCommand.Create());
        root.Subcommands.Add(TrainRelationsCommand.Create());
        return root;
    }
}
