using System.CommandLine;

namespace PaperGraph.Cli;

/// <summary>Wires the commands; the work lives in the library and in one file per command.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Parses and runs a command line, writing to the given writers. A parse error (unknown option, missing
    /// argument) is reported with the command's help and gives <see cref="ExitCodes.Usage"/>.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var parse = CreateRoot().Parse(args);
        var code = parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
        return parse.Errors.Count > 0 && code == ExitCodes.Failure ? ExitCodes.Usage : code;
    }

    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("PaperGraph: a knowledge graph of ML research (models, methods, benchmarks, datasets, metrics and results) built from paper abstracts.");
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(QueryCommand.Create());
        root.Subcommands.Add(LoadCommand.Create());
        root.Subcommands.Add(EvaluateCommand.Create());
        root.Subcommands.Add(TrainRelationsCommand.Create());
        return root;
    }
}
