namespace PaperGraph.Extraction.Entities;

/// <summary>
/// Finds the long form a short form abbreviates in the words before it, by the Schwartz–Hearst rule: every letter
/// and digit of the short form is found, in order, right to left in the long form, and its first character starts a
/// word. "Contrastive Span Sampling" ← "CSS"; "Group Relative Policy Optimization" ← "GRPO".
/// </summary>
public static class Abbreviations
{
    /// <summary>True when <paramref name="s"/> can be a short form: 2–12 characters, starts with a letter or digit,
    /// has a capital letter, at most two words.</summary>
    public static bool IsShortForm(ReadOnlySpan<char> s)
    {
        if (s.Length is < 2 or > 12 || !char.IsLetterOrDigit(s[0])) return false;
        int upper = 0, spaces = 0;
        foreach (var c in s)
        {
            if (char.IsUpper(c)) upper++;
            else if (c == ' ') spaces++;
        }
        return upper >= 1 && spaces <= 1 && (upper >= 2 || char.IsUpper(s[0]));
    }

    /// <summary>The offset in <paramref name="before"/> where the long form of <paramref name="shortForm"/> starts,
    /// or -1. <paramref name="before"/> is the text just before the parenthesis, ending at the long form's end.</summary>
    public static int LongFormStart(ReadOnlySpan<char> shortForm, ReadOnlySpan<char> before)
    {
        // "I^2L" ← "In-Image Learning", "M^2IXT" ← "MultiModal In-conteXt Tuning": a letter squared stands for two.
        if (shortForm.IndexOf('^') > 0) shortForm = Squared(shortForm);
        int s = shortForm.Length - 1;
        int l = before.Length - 1;
        while (s >= 0)
        {
            char c = char.ToLowerInvariant(shortForm[s]);
            if (!char.IsLetterOrDigit(c)) { s--; continue; }
            while (l >= 0 && (char.ToLowerInvariant(before[l]) != c || (s == 0 && l > 0 && char.IsLetterOrDigit(before[l - 1]))))
                l--;
            if (l < 0) return -1;
            l--;
            s--;
        }
        // Back to the start of the word holding the first matched character.
        int start = l + 1;
        while (start > 0 && !char.IsWhiteSpace(before[start - 1])) start--;
        return start;
    }

    private static ReadOnlySpan<char> Squared(ReadOnlySpan<char> shortForm)
    {
        var sb = new System.Text.StringBuilder(shortForm.Length + 4);
        for (int i = 0; i < shortForm.Length; i++)
        {
            if (shortForm[i] == '^' && i > 0 && i + 1 < shortForm.Length && shortForm[i + 1] is >= '2' and <= '3')
            {
                sb.Append(shortForm[i - 1], shortForm[i + 1] - '1');
                i++;
                continue;
            }
            sb.Append(shortForm[i]);
        }
        return sb.ToString();
    }

    /// <summary>Extends a long form found by <see cref="LongFormStart"/> to the words whose initials the short form
    /// spells: "Massive Multitask Multimodal Benchmark" for "MMMB", where the letter rule alone stops at
    /// "Multitask …" (the second M matched inside "Multimodal").</summary>
    public static int ExtendToInitials(ReadOnlySpan<char> shortForm, ReadOnlySpan<char> before, int start)
    {
        int capitals = 0;
        foreach (var c in shortForm) if (char.IsUpper(c)) capitals++;
        int words = 0;
        bool inWord = false;
        for (int i = start; i < before.Length; i++)
        {
            bool letter = !char.IsWhiteSpace(before[i]) && before[i] != '-';
            if (letter && !inWord) words++;
            inWord = letter;
        }
        while (words < capitals && start > 1)
        {
            int end = start - 1;
            while (end > 0 && char.IsWhiteSpace(before[end - 1])) end--;
            int ws = end;
            while (ws > 0 && !char.IsWhiteSpace(before[ws - 1])) ws--;
            if (ws >= end || char.ToLowerInvariant(before[ws]) != char.ToLowerInvariant(shortForm[0]) || !char.IsUpper(before[ws])) break;
            start = ws;
            words++;
        }
        return start;
    }

    /// <summary>How many words the long form of a short form may have: min(|short| + 5, 2·|short|).</summary>
    public static int MaxWords(int shortFormLength) => Math.Min(shortFormLength + 5, shortFormLength * 2);
}
