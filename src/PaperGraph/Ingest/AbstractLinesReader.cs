using PaperGraph.Graph;

namespace PaperGraph.Ingest;

/// <summary>One abstract per line, each line starting <c>Abstract:</c>; no title. Blank lines are ignored.</summary>
public sealed class AbstractLinesReader : IRecordReader
{
    private const string Prefix = "Abstract:";

    public string Format => "abstract-lines";

    public bool Detect(IReadOnlyList<string> headLines)
    {
        ArgumentNullException.ThrowIfNull(headLines);
        var first = headLines.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l));
        return first is not null && first.TrimStart().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);
    }

    public IEnumerable<ReadResult> Read(IEnumerable<SourceLine> lines, string file)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines)
        {
            var at = new SourceRef(file, line.Number);
            if (line.Problem != LineProblem.None) { yield return new Rejection(at, line.ProblemText); continue; }
            var text = line.Text.AsSpan().Trim();
            if (text.IsEmpty) continue;
            if (!text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            {
                yield return new Rejection(at, $"expected a line starting '{Prefix}', found '{Clip(text)}'");
                continue;
            }
            var body = text[Prefix.Length..].Trim();
            if (body.IsEmpty) { yield return new Rejection(at, "empty abstract after 'Abstract:'"); continue; }
            yield return new Record { Source = at, Format = Format, Abstract = body.ToString() };
        }
    }

    internal static string Clip(ReadOnlySpan<char> s) => s.Length <= 60 ? s.ToString() : string.Concat(s[..57], "...");
}
