namespace PaperGraph.Cli;

/// <summary>Process exit codes of <c>papergraph</c>.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>A runtime failure (an output could not be written, a server refused).</summary>
    public const int Failure = 1;
    /// <summary>Wrong usage: unknown option, missing argument, input path that does not exist.</summary>
    public const int Usage = 2;
    /// <summary>Some records were rejected and <c>--strict</c> was given.</summary>
    public const int InputErrors = 3;
}
