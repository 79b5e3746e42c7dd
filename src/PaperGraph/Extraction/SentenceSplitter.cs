using System.Collections.Immutable;

namespace PaperGraph.Extraction;

/// <summary>
/// Splits paper text into sentences: the title line is its own sentence; elsewhere a sentence ends at '.', '!' or '?'
/// followed by white space and an upper-case letter, digit or opening bracket — except after common abbreviations
/// (e.g., i.e., et al., vs., Fig.) and inside brackets.
/// </summary>
public static class SentenceSplitter
{
    private static readonly string[] Abbreviations = ["e.g", "i.e", "et al", "vs", "cf", "Fig", "Eq", "Sec", "etc", "approx", "resp", "Tab", "No"];

    public static ImmutableArray<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = ImmutableArray.CreateBuilder<Sentence>();
        int start = 0;
        int depth = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}') depth = Math.Max(0, depth - 1);
            bool end = false;
            if (c == '\n') end = true;
            else if (c is '.' or '!' or '?' && depth == 0 && i + 2 < text.Length && char.IsWhiteSpace(text[i + 1]))
            {
                int j = i + 1;
                while (j < text.Length && text[j] == ' ') j++;
                if (j < text.Length && (char.IsUpper(text[j]) || char.IsDigit(text[j]) || text[j] is '(' or '[' or '"' or '\u201c'))
                    end = c != '.' || !EndsWithAbbreviation(text, start, i);
            }
            if (!end) continue;
            Add(result, text, start, c == '\n' ? i : i + 1);
            start = i + 1;
            depth = 0;
        }
        Add(result, text, start, text.Length);
        return result.ToImmutable();
    }

    private static void Add(ImmutableArray<Sentence>.Builder result, string text, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(text[from])) from++;
        while (to > from && char.IsWhiteSpace(text[to - 1])) to--;
        if (to > from) result.Add(new Sentence(result.Count, from, text[from..to]));
    }

    private static bool EndsWithAbbreviation(string text, int start, int dot)
    {
        var before = text.AsSpan(start, dot - start);
        foreach (var a in Abbreviations)
        {
            if (before.EndsWith(a, StringComparison.Ordinal) &&
                (before.Length == a.Length || !char.IsLetter(before[before.Length - a.Length - 1])))
                return true;
        }
        // A single capital letter before the dot: an initial ("J. Smith").
        return before.Length >= 1 && char.IsUpper(before[^1]) && (before.Length == 1 || before[^2] == ' ');
    }
}
