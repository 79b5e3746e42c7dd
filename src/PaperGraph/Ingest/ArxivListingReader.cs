using System.Globalization;
using System.Text.RegularExpressions;
using PaperGraph.Graph;

namespace PaperGraph.Ingest;

/// <summary>
/// arXiv listing text: an abstract paragraph, optional comment lines ("Accepted at CVPR 2024", "29 pages, 16 figures"),
/// a line <c>arXiv:ID</c>, then <c>Created: DATE [Updated: DATE]</c>. Paragraphs are separated by blank lines.
/// A record that ends without its arXiv line is rejected as truncated.
/// </summary>
public sealed partial class ArxivListingReader : IRecordReader
{
    [GeneratedRegex(@"^arXiv:\s*(?<id>(\d{4}\.\d{4,5}|[a-z\-]+(\.[A-Z]{2})?/\d{7})(v\d+)?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ArxivLine();

    [GeneratedRegex(@"^Created:\s*(?<c>\d{4}-\d{2}-\d{2})(\s+Updated:\s*(?<u>\d{4}-\d{2}-\d{2}))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CreatedLine();

    public string Format => "arxiv-listing";

    public bool Detect(IReadOnlyList<string> headLines)
    {
        ArgumentNullException.ThrowIfNull(headLines);
        return headLines.Any(l => ArxivLine().IsMatch(l.Trim())) && headLines.Any(l => CreatedLine().IsMatch(l.Trim()));
    }

    public IEnumerable<ReadResult> Read(IEnumerable<SourceLine> lines, string file)
    {
        ArgumentNullException.ThrowIfNull(lines);
        // Pending record: the abstract line, comment lines, then arXiv id; closed by Created (or by the next abstract).
        SourceLine? abstractLine = null;
        var comments = new List<string>();
        string? arxiv = null;
        foreach (var line in lines)
        {
            var at = new SourceRef(file, line.Number);
            if (line.Problem != LineProblem.None)
            {
                if (abstractLine is { } pending) yield return new Rejection(new SourceRef(file, pending.Number), $"record broken by line {line.Number}: {line.ProblemText}");
                else yield return new Rejection(at, line.ProblemText);
                abstractLine = null; comments.Clear(); arxiv = null;
                continue;
            }
            var text = line.Text.Trim();
            if (text.Length == 0) continue;
            var idMatch = ArxivLine().Match(text);
            if (idMatch.Success)
            {
                if (abstractLine is null) { yield return new Rejection(at, "arXiv line without an abstract before it"); continue; }
                arxiv = idMatch.Groups["id"].Value;
                continue;
            }
            var created = CreatedLine().Match(text);
            if (created.Success)
            {
                if (abstractLine is not { } abs) { yield return new Rejection(at, "Created line without an abstract before it"); continue; }
                yield return Make(file, abs, comments, arxiv, created);
                abstractLine = null; comments.Clear(); arxiv = null;
                continue;
            }
            if (abstractLine is null) { abstractLine = line; continue; }
            if (arxiv is null && !LooksLikeAbstract(text)) { comments.Add(text); continue; }
            // A new abstract begins before the previous record was closed.
            yield return Truncated(file, abstractLine.Value, arxiv is null ? "no arXiv line" : "no Created line");
            abstractLine = line; comments.Clear(); arxiv = null;
        }
        if (abstractLine is { } last)
        {
            if (arxiv is not null) yield return Make(file, last, comments, arxiv, null);
            else yield return Truncated(file, last, "end of file before its arXiv line");
        }
    }

    private static Rejection Truncated(string file, SourceLine at, string what) =>
        new(new SourceRef(file, at.Number), $"truncated record: {what}");

    /// <summary>An abstract is prose: long, several words, ending like a sentence.</summary>
    private static bool LooksLikeAbstract(string text) => text.Length >= 200 && text.Count(c => c == ' ') >= 25;

    private Record Make(string file, SourceLine abs, List<string> comments, string? arxiv, Match? created) => new()
    {
        Source = new SourceRef(file, abs.Number),
        Format = Format,
        Abstract = abs.Text.Trim(),
        ArxivId = arxiv,
        Comment = comments.Count == 0 ? null : string.Join(" | ", comments),
        Created = created is null ? null : ParseDate(created.Groups["c"].Value),
        Updated = created is { } m && m.Groups["u"].Success ? ParseDate(m.Groups["u"].Value) : null,
    };

    private static DateOnly? ParseDate(string s) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
