using System.Collections.Frozen;
using System.Text.RegularExpressions;
using PaperGraph.Graph;
using PaperGraph.Ingest;

namespace PaperGraph.Extraction.Entities;

/// <summary>Proposals: which mentions the paper itself introduces, and the word-level helpers they share.</summary>
public sealed partial class EntityRecognizer
{
    /// <summary>Words that mark the paper's own thing without a proposal verb of its subject: "the proposed X", "a newly
    /// constructed X benchmark", "the new X family", "construct the X dataset".</summary>
    /// <remarks>A known name is the paper's own only when announced as new ("the new X family", "a newly built X",
    /// "X, the first …"): "we train X" or "construct the X dataset" use a known one.</remarks>
    private static bool OwnByContext(string text, int rel, int length, bool known = false)
    {
        // "… release the X, the first benchmark for …", "X (ours) reaches …", "X, our proposed router, …".
        var next = text.AsSpan(rel + length);
        if (next.StartsWith(", the first ", StringComparison.Ordinal) || next.StartsWith(" (ours)", StringComparison.OrdinalIgnoreCase) ||
            OurApposition().IsMatch(next)) return true;
        var before = PrevWords(text, rel, 6);
        int k = 0;
        bool isNew = false;
        while (k < before.Count && (SkipBeforeName.Contains(before[k]) || before[k].EndsWith("-based", StringComparison.Ordinal)) &&
               !before[k].Equals("our", StringComparison.OrdinalIgnoreCase))
            isNew |= before[k++].Equals("new", StringComparison.OrdinalIgnoreCase);
        if (k >= before.Count) return false;
        var w = before[k];
        var after = NextWords(text, rel + length, 1);
        var head = after.Count == 1 ? after[0].ToLowerInvariant() : "";
        if (known)
            return (k + 1 < before.Count && before[k + 1].Equals("newly", StringComparison.OrdinalIgnoreCase)) ||
                (isNew && head is "family" or "series" or "model" or "models" or "benchmark" or "dataset" or "suite");
        // "the proposed X", "our proposed X" (with nothing but modifiers between).
        if (w.Equals("proposed", StringComparison.OrdinalIgnoreCase) && k + 1 < before.Count &&
            before[k + 1] is "the" or "The" or "our" or "Our")
            return true;
        // "The resulting model, X", "we train X", "we obtain X", "we curate … and train X".
        if (k + 1 < before.Count && before[k + 1].Equals("resulting", StringComparison.OrdinalIgnoreCase) && w is "model" or "models" or "dataset" or "benchmark" or "system" or "agent" or "policy")
            return true;
        if (k + 1 < before.Count && w is "train" or "obtain" or "pretrain" or "pre-train" && (before[k + 1] is "we" or "We" || (before[k + 1] is "and" && OwnWordRegex().IsMatch(text.AsSpan(0, rel)))))
            return true;
        // "we fine-tune Qwen2-VL on 20K charts to obtain X", "…, yielding X": what the paper's own step produces.
        if (k + 1 < before.Count && (w is "obtain" or "produce" or "derive" or "form" or "create" or "build" or "construct" or "compile" or "assemble" && before[k + 1] is "to" || w is "yielding" or "producing") &&
            OwnWordRegex().IsMatch(text.AsSpan(0, rel)))
            return true;
        // "our dataset and the accompanying X benchmark".
        if (w.Equals("accompanying", StringComparison.OrdinalIgnoreCase)) return true;
        // "a newly constructed/introduced X".
        if (k + 1 < before.Count && before[k + 1].Equals("newly", StringComparison.OrdinalIgnoreCase)) return true;
        // "the new X family/series/model/benchmark".
        if (isNew && head is "family" or "series" or "model" or "models" or "benchmark" or "dataset" or "suite")
            return true;
        // "construct the X dataset", "release a high-quality X benchmark".
        return DataVerbs.Contains(w) && head is "dataset" or "datasets" or "benchmark" or "corpus" or "suite";
    }

    [GeneratedRegex(@"\b(?:[Ww]e|[Oo]ur)\s", RegexOptions.CultureInvariant)]
    private static partial Regex OwnWordRegex();

    /// <summary>The start of a sentence, after at most a short opening clause ("Building on this, ").</summary>
    [GeneratedRegex(@"^(?:[^,]{0,40},\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceOpening();

    /// <summary>A verb that uses a model family rather than makes it ("fine-tune the X family", "evaluate the X series").</summary>
    [GeneratedRegex(@"^(?:fine-?tun|finetun|train|use|using|adopt|employ|appl|evaluat|benchmark|compar|test|prompt)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UsedFamilyVerb();

    /// <summary>"followed by an Offline-to-Online Search (O2O) module": a new long form with its abbreviation, introduced by
    /// an indefinite article and typed by a head noun, is a part of the paper's own method.</summary>
    private static bool NewlyDefinedPart(Cand c, string text, int rel)
    {
        int end = rel + c.Surface.Length;
        // "an Offline-to-Online search (O2O) method": the abbreviation of a long form the definition rule did not pair.
        bool bracketed = rel > 0 && text[rel - 1] == '(' && end < text.Length && text[end] == ')';
        if (c.Rule != "entity.definition" && !bracketed) return false;
        var after = NextWords(text, bracketed ? end + 1 : end, 1);
        if (after.Count == 0 || (NameShape.HeadNouns.TryGetValue(after[0], out var t) ? t is NodeLabel.Model : !PartNouns.Contains(after[0])) ||
            (!bracketed && !text.AsSpan(end).TrimStart().StartsWith("("))) return false;
        // An indefinite article opens the phrase: right before the long form, or up to six words before the bracket.
        var before = PrevWords(text, rel, bracketed ? 7 : 4);
        int k = 0;
        while (k < before.Count && (bracketed ? !NotInAnnouncedPhrase.Contains(before[k]) && before[k] is not ("the" or "and") : SkipBeforeName.Contains(before[k])) && before[k] is not ("a" or "an")) k++;
        return k < before.Count && before[k] is "a" or "an";
    }

    /// <summary>"called X", "named as X", "which we call X", "we term it X", "dubbed as X".</summary>
    private static bool CalledBefore(List<string> before)
    {
        if (before.Count == 0) return false;
        if (before[0] is "called" or "named" or "dubbed" or "termed" or "coined" or "entitled") return true;
        // "(which we) refer to as X", "referred to as X".
        if (before.Count > 2 && before[0] is "as" && before[1] is "to" && before[2] is "refer" or "referred") return true;
        // "we call X", "a method we term X".
        if (before[0] is "call" or "term" or "dub" or "name" && before.Count > 1 && before[1] is "we" or "We") return true;
        // "we name our model X".
        if (before.Count > 2 && NameShape.HeadNouns.ContainsKey(before[0]) && before[1] is "our" or "this" or "the" &&
            before[2] is "name" or "call" or "term" or "dub") return true;
        // "we release it as X", "and package them as X".
        if (before.Count > 2 && before[0] is "as" && before[1] is "it" or "them" && before[2] is "release" or "releases" or "released" or "present" or "package" or "denote" or "introduce" or "open-source")
            return true;
        // "we refer to this module as X", "we refer to it as X".
        if (before.Count > 3 && before[0] is "as" && (before[1] is "it" || before[2] is "this" or "our" or "the") && (before[2] is "to" && before[3] is "refer" || before.Count > 4 && before[3] is "to" && before[4] is "refer"))
            return true;
        // "named as X", "we call it X", "we term our model X".
        return before.Count > 1 && before[0] is "as" or "it" or "this" or "them" &&
            before[1] is "named" or "called" or "dubbed" or "termed" or "denoted" or "call" or "term" or "dub" or "name" or "coin";
    }

    private static void Propose(Cand c, Dictionary<string, float[]> votes, string text, int from, int rel)
    {
        c.Proposed = true;
        if (c.Rule == "entity.shape") c.Rule = "entity.we-introduce";
        // "a new benchmark, COCO-occluded,": the announced name is the whole hyphenated word, not the (known) part
        // before an ordinary-word suffix, when the word stands alone ("a CLIP-guided decoder" modifies a noun).
        int end = rel + c.Surface.Length, j = end;
        if (c.AliasOf is null && end + 1 < text.Length && text[end] == '-' && char.IsLower(text[end + 1]))
        {
            while (j < text.Length && (char.IsLetterOrDigit(text[j]) || text[j] == '-')) j++;
            if (!DerivationSuffixes.Contains(text[end..j]) && (j == text.Length || text[j] is ',' or ':' or ';' || text.AsSpan(j).StartsWith(" (")))
            {
                c.Surface = text[rel..j];
                c.Known = null;
                c.Type = null;
                c.Rule = "entity.we-introduce";
            }
        }
        c.Confidence = Math.Max(c.Confidence, 0.7);
        // "we introduce a new benchmark, X": the head noun between the verb and the name types it.
        if (c.Known is not null) return;
        string prev = "";
        foreach (var w in Words(text.AsSpan(from, rel - from)))
        {
            if (NameShape.SplitType(prev, w) is { } ts) Vote(votes, KeyOf(c), ts, 3f);
            else if (NameShape.HeadNouns.TryGetValue(w, out var t) && (t != NodeLabel.Metric || w is "metric" or "measure")) Vote(votes, KeyOf(c), t, 3f);
            prev = w;
        }
    }

    /// <summary>"build an OCR-free document understanding evaluation set X": an article, then lower-case words (no
    /// preposition or verb) that end with a head noun right before the name.</summary>
    private static bool HeadNounBefore(string text, int from, int to)
    {
        var words = Words(text.AsSpan(from, to - from), 12);
        if (words.Count < 2 || words.Count > 10 || words[0] is not ("a" or "an" or "the")) return false;
        for (int i = 1; i < words.Count; i++)
            if (NotInAnnouncedPhrase.Contains(words[i]) || !(char.IsLower(words[i][0]) || words[i].Contains('-'))) return false;
        return NameShape.HeadNouns.ContainsKey(words[^1]) || NameShape.SplitType(words[^2], words[^1]) is not null;
    }

    private static bool OnlyModifiersBetween(string text, int from, int to)
    {
        int count = 0;
        foreach (var w in Words(text.AsSpan(from, to - from), 11))
        {
            if (++count > 10) return false;
            if (SkipBeforeName.Contains(w) || NameShape.HeadNouns.ContainsKey(w) || w is "called" or "named" or "dubbed" or "termed" or "coined" or "as" or "here" or "which" or "we" or "call" or "for" or "evaluation" or "training" or "data" or "test" or "video" or "visual" or "instruction" or "tuning" or "reasoning" or "spatial" or "benchmarking" or "chart" or "image" or "text" or "language" or "vision-language" or "reinforcement" or "learning" or "fine-tuning" or "dataset,"
                || w is "two" or "three" or "four" or "five" or "several" or "multiple" or "both" or "namely" or "(")
                continue;
            if (w.EndsWith("-based", StringComparison.Ordinal) || w.EndsWith("-aware", StringComparison.Ordinal) || w.EndsWith("-free", StringComparison.Ordinal) || w.EndsWith("-scale", StringComparison.Ordinal) || w.EndsWith("-grained", StringComparison.Ordinal) || w.EndsWith("-quality", StringComparison.Ordinal) || w.EndsWith("ive", StringComparison.Ordinal) || w.EndsWith("al", StringComparison.Ordinal))
                continue;
            return false;
        }
        return true;
    }

    private static int WordsBetween(string text, int from, int to)
    {
        int count = 0;
        bool inWord = false;
        for (int i = from; i < to; i++)
        {
            bool sep = text[i] is ' ' or ',' or '\t';
            if (!sep && !inWord) count++;
            inWord = !sep;
        }
        return count;
    }

    private static List<string> Words(ReadOnlySpan<char> span, int max = int.MaxValue)
    {
        var list = new List<string>(8);
        int i = 0;
        while (i < span.Length && list.Count < max)
        {
            while (i < span.Length && span[i] is ' ' or ',' or '\t') i++;
            int j = i;
            while (j < span.Length && span[j] is not (' ' or ',' or '\t')) j++;
            if (j > i) list.Add(span[i..j].ToString());
            i = j;
        }
        return list;
    }

    private static int ClauseEnd(string text, int from)
    {
        for (int i = from; i < text.Length; i++)
            if (text[i] is ';' or ':' || (text[i] == '.' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])))) return i;
        return text.Length;
    }

    private static (int Start, int Length)? CapitalisedPhrase(string text, int from, int limit)
    {
        // Skip modifiers, then take ≥ 2 capitalised words (hyphenated words count as one).
        int i = from;
        while (true)
        {
            while (i < limit && text[i] == ' ') i++;
            int j = i;
            while (j < limit && !char.IsWhiteSpace(text[j]) && text[j] is not (',' or '(' or ')')) j++;
            if (j == i) return null;
            var w = text[i..j];
            if (SkipBeforeName.Contains(w)) { i = j; continue; }
            break;
        }
        int start = i, end = i, words = 0, beforeJoin = -1, wordsBeforeJoin = 0;
        while (i < limit)
        {
            while (i < limit && text[i] == ' ') i++;
            int j = i;
            while (j < limit && !char.IsWhiteSpace(text[j]) && text[j] is not (',' or '(' or ')' or '.')) j++;
            if (j == i) break;
            var w = text.AsSpan(i, j - i);
            // "Spatial Sense and Reasoning method": a joining word between capitalised words, kept below only when a
            // head noun follows the whole phrase.
            if (words > 0 && beforeJoin < 0 && w is "and" or "of" or "for" && j + 1 < limit && char.IsUpper(text[j + 1]))
            {
                beforeJoin = end;
                wordsBeforeJoin = words;
                i = j;
                continue;
            }
            if (!char.IsUpper(w[0])) break;
            words++;
            end = j;
            i = j;
        }
        if (beforeJoin >= 0 && (end <= beforeJoin || !(NextWords(text, end, 1) is [var h] && NameShape.HeadNouns.ContainsKey(h))))
        {
            end = beforeJoin;
            words = wordsBeforeJoin;
        }
        // A task before a data noun ("a new Visual Question Answering dataset") says what the data is for; it is no name.
        if (words >= 2)
            return NameShape.TaskHeads.Contains(text[(text.LastIndexOfAny(SpaceOrHyphenChars, end - 1) + 1)..end]) &&
                NextWords(text, end, 1) is ["dataset" or "datasets" or "benchmark" or "corpus"] ? null : (start, end - start);
        // One capitalised word announced with an apposition or a relative clause: "we present Lyrebird, a unified model",
        // "we present Sparrow, which …".
        if (words == 1 && end < limit && (text.AsSpan(end).StartsWith(", a ", StringComparison.Ordinal) || text.AsSpan(end).StartsWith(", an ", StringComparison.Ordinal) ||
                                          text.AsSpan(end).StartsWith(", which ", StringComparison.Ordinal)))
            return (start, end - start);
        // One capitalised word shaped like a name (a hyphen, digit or inner capital) before a head noun: "our Geo-Llama
        // model", "the new Med-X family" ("a new Transformer model" names a class).
        if (words == 1 && NextWords(text, end, 1) is [var head] && head is "model" or "benchmark" or "dataset" or "framework" or "agent" or "suite" or "family" or "series"
            && (HasUpperOrDigit(text.AsSpan(start + 1, end - start - 1)) || text.AsSpan(start, end - start).Contains('-')))
            return (start, end - start);
        return null;
    }

    /// <summary>One capitalised word right after a proposal verb that the sentence, a bracket, an apposition, a relative
    /// clause or "to" ends: "we present Drovix.", "we propose Brovix, a …", "we introduce Erovix: …", "we propose Frovix to …".</summary>
    private static (int Start, int Length)? VerbObjectWord(string text, int from)
    {
        int i = from;
        while (i < text.Length && text[i] == ' ') i++;
        if (i == from || OneWordName().Match(text, i) is not { Success: true } m || m.Length < 3) return null;
        var w = m.Value;
        if (w.EndsWith('.')) w = w.TrimEnd('.');
        if (NotNameWords.Contains(w)) return null;
        int end = i + w.Length;
        var rest = text.AsSpan(end);
        bool ends = rest.IsEmpty || rest[0] is '.' or ':' or ';' ||
            rest.StartsWith(", a ", StringComparison.Ordinal) || rest.StartsWith(", an ", StringComparison.Ordinal) || rest.StartsWith(", which ", StringComparison.Ordinal) ||
            rest.StartsWith(", the first ", StringComparison.Ordinal) || rest.StartsWith(" (", StringComparison.Ordinal) || rest.StartsWith(" to ", StringComparison.Ordinal) ||
            rest.StartsWith(" that ", StringComparison.Ordinal) || rest.StartsWith(" which ", StringComparison.Ordinal) || rest.StartsWith(" as a ", StringComparison.Ordinal) ||
            rest.StartsWith(" as an ", StringComparison.Ordinal);
        return ends ? (i, w.Length) : null;
    }

    /// <summary>Capitalised words that are no names where a name could stand.</summary>
    private static readonly FrozenSet<string> NotNameWords = new[]
    {
        "It", "This", "These", "That", "Those", "Our", "The", "Its", "Their", "They", "We", "Here", "There", "And", "But", "For",
        "In", "On", "With", "To", "As", "By", "From", "Both", "Each", "All", "Such", "Also", "Further", "Finally", "First", "Second",
        "Third", "Then", "Moreover", "Additionally", "Specifically", "However", "Thus", "Hence", "Therefore", "Experiments", "Results",
        "Extensive", "English", "Chinese", "Japanese", "German", "French", "Spanish", "Korean", "Arabic", "Transformer", "Transformers",
        "Gaussian", "Bayesian", "Euclidean", "Markov", "Python", "Wikipedia", "Internet", "Appendix", "Section", "Figure", "Table",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotPhraseStarts = new[]
    {
        "a", "an", "the", "our", "this", "these", "that", "those", "it", "its", "their", "them", "to", "how", "what", "which",
        "in", "on", "for", "with", "by", "about", "from", "as", "at", "into", "several", "various", "multiple", "more", "new",
        "novel", "two", "three", "four", "five", "six", "both", "each", "all", "some", "many", "such", "further", "also", "here",
        "some", "one", "first", "several", "different", "extensive", "comprehensive", "and", "or", "not", "no", "using", "leveraging",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"region-anchored thinking, a reasoning process": 2–6 lower-case words (letters and hyphens) from
    /// <paramref name="from"/> to a comma followed by "a", "an", "which" or "that".</summary>
    private static (int Start, int Length)? LowerCaseProposal(string text, int from, int limit)
    {
        int i = from;
        while (i < limit && text[i] == ' ') i++;
        int start = i, words = 0, end = i;
        bool firstWord = true;
        while (i < limit)
        {
            int j = i;
            while (j < limit && (char.IsLower(text[j]) || text[j] == '-')) j++;
            if (j == i || j < limit && text[j] is not (' ' or ',')) return null;
            var w = text.AsSpan(i, j - i);
            if (firstWord && (NotPhraseStarts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w) || w.EndsWith("ing") && !w.Contains('-') || w.EndsWith("ly") && j < limit && text[j] == ',')) return null;
            firstWord = false;
            if (++words > 6) return null;
            end = j;
            if (j < limit && text[j] == ',') break;
            i = j + 1;
        }
        if (words < 2 || end >= limit) return null;
        var rest = text.AsSpan(end);
        if (!(rest.StartsWith(", a ", StringComparison.Ordinal) || rest.StartsWith(", an ", StringComparison.Ordinal)
            || rest.StartsWith(", which ", StringComparison.Ordinal) || rest.StartsWith(", that ", StringComparison.Ordinal)
            || rest.StartsWith(", the first ", StringComparison.Ordinal))) return null;
        // A plural head ("contrastive losses, which") is a class of things.
        if (text[end - 1] == 's' && text[end - 2] != 's') return null;
        return (start, end - start);
    }

    /// <summary>The end (sentence offset) of the last name of a list "X, Y(,) and Z" that starts with the name ending at
    /// <paramref name="end"/>, or <paramref name="end"/> when no other name follows it.</summary>
    private static int CoordinatedListEnd(List<Cand> here, int sentenceStart, string text, int end)
    {
        while (true)
        {
            int j = end;
            if (text.AsSpan(j).StartsWith(", and ", StringComparison.Ordinal)) j += 6;
            else if (text.AsSpan(j).StartsWith(" and ", StringComparison.Ordinal) || text.AsSpan(j).StartsWith(", or ", StringComparison.Ordinal)) j += 5;
            else if (text.AsSpan(j).StartsWith(" or ", StringComparison.Ordinal)) j += 4;
            else if (text.AsSpan(j).StartsWith(", ", StringComparison.Ordinal)) j += 2;
            else return end;
            var next = here.Find(c => c.Start - sentenceStart == j);
            if (next is null) return end;
            end = j + next.Surface.Length;
        }
    }

    /// <summary>"UNiversal", "Image-TExt", "lightWeight": an ordinary word whose capitals spell part of an acronym of the
    /// same sentence ("UNITER", "SWIFT") belongs to the acronym's long form, not a name of its own.</summary>
    private static bool SpellsAcronym(string word, string text, List<NameToken> toks)
    {
        Span<char> caps = stackalloc char[4];
        int n = 0, letters = 0;
        foreach (var ch in word)
        {
            if (char.IsUpper(ch)) { if (n == caps.Length) return false; caps[n++] = ch; }
            else if (!char.IsLower(ch) && ch != '-') return false;
            else if (char.IsLower(ch)) letters++;
        }
        if (n == 0 || letters < 2 || n == word.Length) return false;
        foreach (var t in toks)
        {
            if (!t.IsWord || t.Length < 4 || t.Length <= n) continue;
            var tok = text.AsSpan(t.Start, t.Length);
            if (!NameShape.IsAllCaps(tok) || tok.SequenceEqual(word)) continue;
            if (tok.IndexOf(caps[..n]) >= 0) return true;
        }
        return false;
    }

    /// <summary>"trained", "pre-training", "fine-tuned", "finetuning", "tuned": a verb of training.</summary>
    private static bool IsTrainingWord(string w) =>
        w.EndsWith("trained", StringComparison.OrdinalIgnoreCase) || w.EndsWith("training", StringComparison.OrdinalIgnoreCase)
        || w.EndsWith("tuned", StringComparison.OrdinalIgnoreCase) || w.EndsWith("tuning", StringComparison.OrdinalIgnoreCase);

    private static bool IsModifier(string w) => w.EndsWith("-based", StringComparison.Ordinal) || w is "multimodal" or "vision-language" or "video" or "evaluation" or "foundation" or "language" or "reward" or "instruction" or "training" or "reasoning" or "generative" or "diffusion";

    private static List<string> NextWords(string text, int from, int count)
    {
        var list = new List<string>(count);
        int i = from;
        // Skip a parenthesised group right after the name: "CSS (ours) framework".
        while (i < text.Length && text[i] == ' ') i++;
        if (i < text.Length && text[i] == '(')
        {
            int close = text.IndexOf(')', i);
            if (close > 0 && close - i < 60) i = close + 1;
        }
        while (list.Count < count && i < text.Length)
        {
            while (i < text.Length && text[i] == ' ') i++;
            int j = i;
            while (j < text.Length && (char.IsLetterOrDigit(text[j]) || text[j] is '-' or '\'')) j++;
            if (j == i) break;
            list.Add(text[i..j]);
            i = j;
        }
        return list;
    }

    private static List<string> PrevWords(string text, int to, int count)
    {
        var list = new List<string>(count);
        int i = to - 1;
        while (list.Count < count && i >= 0)
        {
            while (i >= 0 && text[i] is ' ' or ',' or '(' or ':') i--;
            int j = i;
            while (j >= 0 && (char.IsLetterOrDigit(text[j]) || text[j] is '-' or '\'' or '+' or '.')) j--;
            if (j == i) break;
            list.Add(text[(j + 1)..(i + 1)]);
            i = j;
        }
        return list;
    }

    private static bool StartsApposition(string text, int end)
    {
        var rest = text.AsSpan(end);
        return rest.StartsWith(", a ", StringComparison.Ordinal) || rest.StartsWith(", an ", StringComparison.Ordinal)
            || rest.StartsWith(" is a novel", StringComparison.Ordinal) || rest.StartsWith(" is a new", StringComparison.Ordinal)
            || rest.StartsWith(" is the first ", StringComparison.Ordinal) || rest.StartsWith(" is an open", StringComparison.Ordinal)
            // "X is a retrieval framework that …": a sentence that opens by defining a name with a head noun.
            || ((rest.StartsWith(" is a ", StringComparison.Ordinal) || rest.StartsWith(" is an ", StringComparison.Ordinal)) && AppositionHead(text, end) is not null);
    }

    /// <summary>"X, a large-scale benchmark …", "X is an efficient framework …": the first head noun within 8 words.</summary>
    private static NodeLabel? AppositionHead(string text, int end)
    {
        // Skip a parenthesised group right after the name: "PT (Path Tracer), a benchmark …".
        if (end + 1 < text.Length && text[end] == ' ' && text[end + 1] == '(')
        {
            int close = text.IndexOf(')', end);
            if (close > 0 && close - end < 120) end = close + 1;
        }
        // "\textsc{X}, a …": the name's closing brace.
        if (end < text.Length && text[end] == '}') end++;
        var rest = text.AsSpan(end);
        int skip;
        if (rest.StartsWith(", a ", StringComparison.Ordinal)) skip = 4;
        else if (rest.StartsWith(", an ", StringComparison.Ordinal)) skip = 5;
        else if (rest.StartsWith(", the ", StringComparison.Ordinal)) skip = 6;
        else if (rest.StartsWith(" is a ", StringComparison.Ordinal)) skip = 6;
        else if (rest.StartsWith(" is an ", StringComparison.Ordinal)) skip = 7;
        else if (rest.StartsWith(" as a ", StringComparison.Ordinal)) skip = 6;
        else return null;
        var words = NextWords(text, end + skip, 8);
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (i > 0 && NameShape.SplitType(words[i - 1], w) is { } ts) return ts;
            // "X, a new dataset and benchmark for …": data released to score models on is a benchmark.
            if (NameShape.HeadNouns.TryGetValue(w, out var t) && t == NodeLabel.Dataset && i + 2 < words.Count && words[i + 1] == "and"
                && NameShape.HeadNouns.TryGetValue(words[i + 2], out var t2) && t2 == NodeLabel.Benchmark) return NodeLabel.Benchmark;
            // "X, an improved metric that …": "metric"/"measure" (not "score") names a metric.
            if (w is "metric" or "measure") return NodeLabel.Metric;
            // "X, a family of models …", "a series of lightweight MLLMs": what the family is of.
            if (w is "family" or "series" && i + 1 < words.Count && words[i + 1] == "of")
            {
                for (int j = i + 2; j < words.Count && j <= i + 5; j++)
                {
                    var wj = words[j].EndsWith('s') && words[j].Length > 3 && NameShape.HeadNouns.ContainsKey(words[j][..^1]) ? words[j][..^1] : words[j];
                    if (NameShape.HeadNouns.TryGetValue(wj, out var tf) && tf != NodeLabel.Metric) return tf;
                }
                return null;
            }
            if (NameShape.HeadNouns.TryGetValue(w, out t) && t != NodeLabel.Metric)
            {
                // "the first multimodal agent benchmark", "a benchmark dataset": in a compound of head nouns a
                // benchmark noun wins (what the name is scored as); otherwise the last noun heads it.
                // "an end-to-end vision tokenizer tuning approach": the last head noun of the phrase heads it.
                for (int j = i + 1; j < words.Count && j <= i + 3; j++)
                {
                    var wj = words[j];
                    if (wj is "that" or "which" or "for" or "to" or "with" or "of" or "in" or "on" or "by" or "from" or "and" or "or" or "as" or "is" or "are" || wj.EndsWith("ed", StringComparison.Ordinal) || !wj.All(ch => char.IsLower(ch) || ch == '-') && !NameShape.HeadNouns.ContainsKey(wj)) break;
                    if (NameShape.HeadNouns.TryGetValue(wj, out var tj) && tj != NodeLabel.Metric && t != NodeLabel.Benchmark) t = tj;
                }
                return t;
            }
            if (w is "that" or "which" or "for" or "to" or "with" or "of" or "in") return null;
        }
        return null;
    }
}
