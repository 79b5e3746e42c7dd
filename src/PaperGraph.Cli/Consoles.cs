using System.CommandLine;
using Spectre.Console;

namespace PaperGraph.Cli;

/// <summary>Spectre consoles over the writers of an invocation, so commands can be run and captured in-process.</summary>
internal static class Consoles
{
    /// <summary>True when the writer is this process's real, unredirected terminal.</summary>
    public static bool IsTerminal(TextWriter writer) =>
        (ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected) ||
        (ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected);

    public static IAnsiConsole For(TextWriter writer)
    {
        var terminal = IsTerminal(writer);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        // Pipes and logs have no width: do not wrap file paths and reasons at an assumed 80 columns.
        if (!terminal) console.Profile.Width = 1000;
        return console;
    }

    public static TextWriter Output(ParseResult parse) => parse.InvocationConfiguration.Output;
    public static TextWriter Error(ParseResult parse) => parse.InvocationConfiguration.Error;
}
