namespace PaperGraph.Extraction.Entities;

/// <summary>A token of a sentence: offsets into the sentence text, and whether it is a word (else one punctuation char).</summary>
public readonly record struct NameToken(int Start, int End, bool IsWord, bool IsLatex)
{
    public int Length => End - Start;
}

/// <summary>
/// Splits a sentence into name-friendly tokens: a word keeps its inner connectors, so "Qwen2.5-VL-7B", "GPT-4o",
/// "RefCOCO+", "NLVR^2" and "ViT-L/14" are one token each; a trailing possessive ('s) is not part of the word; any
/// other non-space character is a one-character token. A word right after a backslash is a LaTeX command.
/// Allocation-free apart from the result list.
/// </summary>
public static class NameTokenizer
{
    public static List<NameToken> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<NameToken>(text.Length / 5 + 4);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (!char.IsLetterOrDigit(c))
            {
                tokens.Add(new NameToken(i, i + 1, false, false));
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < text.Length)
            {
                char d = text[i];
                if (char.IsLetterOrDigit(d)) { i++; continue; }
                // "precision.We": a full stop before a capitalised word ends the word (a missing space after a sentence).
                if (d == '.' && i + 2 < text.Length && char.IsUpper(text[i + 1]) && char.IsLower(text[i + 2])) break;
                if (IsConnector(d) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])) { i += 2; continue; }
                // "ViT-L/14", "Epic-Kitchens-55/100": a slash joins only before a digit ("LLaVA/GPT-4V" are two names).
                if (d == '/' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])) { i += 2; continue; }
                if (d == '+') { i++; continue; } // RefCOCO+, HumanEval+, MiniWoB++
                break;
            }
            int end = i;
            // A possessive is not part of the name: "GPT-4o's" → "GPT-4o".
            if (end - start > 2 && (text[end - 1] is 's' or 'S') && text[end - 2] is '\'' or '\u2019') end -= 2;
            bool latex = start > 0 && text[start - 1] == '\\';
            tokens.Add(new NameToken(start, end, true, latex));
        }
        return tokens;
    }

    private static bool IsConnector(char c) => c is '-' or '.' or '_' or '\'' or '\u2019' or '^' or '&' or '\u2010' or '\u2011';
}
