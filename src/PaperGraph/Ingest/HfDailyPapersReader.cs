using System.Globalization;
using System.Text.RegularExpressions;
using PaperGraph.Graph;

namespace PaperGraph.Ingest;

/// <summary>
/// Text copied from a Hugging Face daily-papers page: page chrome ("new", "Get trending papers…", "Subscribe",
/// "Daily Papers", "byAK and the research community", the page date), then title / abstract pairs, each optionally
/// followed by metadata lines: <c>• N authors</c> or an organisation line ("nvidia NVIDIA"), <c>·</c>, and a date
/// with an optional upvote count ("Dec 10, 2024", "May 27 1").
/// </summary>
public sealed partial class HfDailyPapersReader : IRecordReader
{
    private static readonly HashSet<string> Chrome = new(StringComparer.OrdinalIgnoreCase)
    {
        "new", "Get trending papers in your email inbox!", "Subscribe", "Daily Papers", "byAK and the research community",
        "Trending Papers", "Papers",
    };

    [GeneratedRegex(@"^•\s*(?<n>\d+)\s+authors?$", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorsLine();

    [GeneratedRegex(@"^(?<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?<d>\d{1,2})(,\s*(?<y>\d{4}))?(\s+(?<up>\d+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    public string Format => "hf-daily";

    public bool Detect(IReadOnlyList<string> headLines)
    {
        ArgumentNullException.ThrowIfNull(headLines);
        return headLines.Any(l => l.Contains("Get trending papers", StringComparison.OrdinalIgnoreCase)
                                  || l.Contains("byAK and the research community", StringComparison.OrdinalIgnoreCase)
                                  || AuthorsLine().IsMatch(l.Trim()));
    }

    /// <summary>A title is one short line; an abstract is prose. Used to tell the two apart and to find truncation.</summary>
    internal static bool LooksLikeAbstract(string text) => text.Length >= 200 && text.Count(c => c == ' ') >= 25;

    public IEnumerable<ReadResult> Read(IEnumerable<SourceLine> lines, string file)
    {
        ArgumentNullException.ThrowIfNull(lines);
        // Work on non-blank lines; a one-line look-ahead decides whether a short line is metadata or a title.
        var items = new List<SourceLine>();
        foreach (var l in lines) if (!l.IsBlank) items.Add(l);

        int i = 0;
        bool inChrome = true;
        while (i < items.Count)
        {
            var line = items[i];
            var at = new SourceRef(file, line.Number);
            if (line.Problem != LineProblem.None)
            {
                // A broken title line takes its abstract and metadata with it: one record, one rejection.
                yield return new Rejection(at, line.ProblemText);
                i++;
                if (!LooksLikeAbstract(line.Text.Trim()) && i < items.Count && items[i].Problem == LineProblem.None && LooksLikeAbstract(items[i].Text.Trim()))
                {
                    i++;
                    SkipMeta(items, ref i);
                }
                inChrome = false;
                continue;
            }
            var text = line.Text.Trim();
            if (inChrome && (Chrome.Contains(text) || DateLine().IsMatch(text))) { i++; continue; }
            inChrome = false;
            if (IsMeta(items, i))
            {
                yield return new Rejection(at, $"metadata line '{AbstractLinesReader.Clip(text)}' without a paper before it");
                i++;
                continue;
            }
            // Title, then abstract.
            string? title = null;
            SourceLine abs;
            if (LooksLikeAbstract(text))
            {
                abs = line; // an abstract with no title line before it
                i++;
            }
            else
            {
                title = text;
                if (i + 1 >= items.Count)
                {
                    yield return new Rejection(at, "truncated record: title at end of file without an abstract");
                    i++;
                    continue;
                }
                var next = items[i + 1];
                if (next.Problem != LineProblem.None)
                {
                    yield return new Rejection(new SourceRef(file, next.Number), $"abstract of '{AbstractLinesReader.Clip(title)}': {next.ProblemText}");
                    i += 2;
                    SkipMeta(items, ref i);
                    continue;
                }
                if (!LooksLikeAbstract(next.Text.Trim()) && (IsMeta(items, i + 1) || i + 2 >= items.Count || !LooksLikeAbstract(items[i + 2].Text) || LooksLikeTitle(next.Text.Trim())))
                {
                    yield return new Rejection(at, $"truncated record: title '{AbstractLinesReader.Clip(title)}' without an abstract");
                    i++;
                    SkipMeta(items, ref i);
                    continue;
                }
                abs = next;
                i += 2;
            }
            int? authors = null; string? org = null; DateOnly? published = null; int? upvotes = null;
            while (i < items.Count && IsMeta(items, i))
            {
                var m = items[i].Text.Trim();
                var am = AuthorsLine().Match(m);
                var dm = DateLine().Match(m);
                if (am.Success) authors = int.Parse(am.Groups["n"].Value, CultureInfo.InvariantCulture);
                else if (dm.Success)
                {
                    if (dm.Groups["y"].Success && DateOnly.TryParseExact(
                            $"{dm.Groups["m"].Value} {dm.Groups["d"].Value} {dm.Groups["y"].Value}", "MMM d yyyy",
                            CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                        published = d;
                    if (dm.Groups["up"].Success) upvotes = int.Parse(dm.Groups["up"].Value, CultureInfo.InvariantCulture);
                }
                else if (m != "·") org = m;
                i++;
            }
            yield return new Record
            {
                Source = new SourceRef(file, title is null ? abs.Number : line.Number),
                Format = Format,
                Title = title,
                Abstract = abs.Text.Trim(),
                AuthorCount = authors,
                Organisation = org,
                Published = published,
                Upvotes = upvotes,
            };
        }
    }

    private static bool LooksLikeTitle(string s) => s.Length is > 0 and < 300 && !s.EndsWith('.');

    private static void SkipMeta(List<SourceLine> items, ref int i)
    {
        while (i < items.Count && IsMeta(items, i)) i++;
    }

    /// <summary>Metadata: an authors line, a lone "·", a date line directly after "·", or the line before a "·".</summary>
    private static bool IsMeta(List<SourceLine> items, int i)
    {
        var t = items[i].Text.Trim();
        if (t == "·" || AuthorsLine().IsMatch(t)) return true;
        if (i > 0 && items[i - 1].Text.Trim() == "·" && DateLine().IsMatch(t)) return true;
        return i + 1 < items.Count && items[i + 1].Text.Trim() == "·" && t.Length < 120 && !LooksLikeAbstract(t);
    }
}
