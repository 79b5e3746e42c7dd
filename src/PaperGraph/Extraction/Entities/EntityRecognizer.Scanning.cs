using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using PaperGraph.Graph;
using PaperGraph.Ingest;
using PaperGraph.Resolution;

namespace PaperGraph.Extraction.Entities;

/// <summary>Token scanning: knowledge-base matches, sized variants, name shapes, lists and title-cased phrases.</summary>
public sealed partial class EntityRecognizer
{
    private void ScanTokens(Sentence s, List<NameToken> toks, List<(int Start, int End)> covered, List<Cand> cands,
        Dictionary<string, Cand> shortForms, HashSet<string> notEntities, string? titleName, bool isTitle)
    {
        var text = s.Text;
        int n = toks.Count;
        for (int i = 0; i < n; i++)
        {
            var t = toks[i];
            if (!t.IsWord || t.IsLatex) continue;
            if (Covered(covered, t.Start, t.End)) continue;

            // Knowledge base: longest span of tokens starting here (an allocation-free first-token test first).
            int maxTokens = KnownNameLength(text.AsSpan(t.Start, t.Length));
            // A known acronym that this paper defined as something else ("SAM (Sharpness-Aware Minimization)").
            if (maxTokens > 0 && shortForms.Count > 0 && shortForms.TryGetValue(text[t.Start..t.End], out var redefined)
                && (redefined.Known is null || !ReferenceEquals(redefined.Known, _kb.Find(text.AsSpan(t.Start, t.Length))))) maxTokens = 0;
            if (maxTokens > 0)
            {
                int best = -1;
                KbEntry? bestEntry = null;
                for (int j = Math.Min(n - 1, i + maxTokens - 1); j >= i; j--)
                {
                    if (!toks[j].IsWord && text[toks[j].Start] != ')' && text[toks[j].Start] != '+') continue;
                    var e = _kb.Find(text.AsSpan(t.Start, toks[j].End - t.Start));
                    // The plural of a known acronym ("GANs", "VAEs") names the class, not one entity.
                    if (e is null && toks[j].Length > 2 && text[toks[j].End - 1] == 's' && char.IsUpper(text[toks[j].End - 2]) && _kb.Find(text.AsSpan(t.Start, toks[j].End - t.Start - 1)) is not null)
                    { best = j; bestEntry = null; break; }
                    if (e is not null) { best = j; bestEntry = e; break; }
                }
                if (best >= 0 && bestEntry is null) { i = best; continue; }
                if (bestEntry is not null)
                {
                    if (bestEntry.IsGeneric) { i = best; continue; }
                    // A known method written as ordinary lower-case words ("supervised fine-tuning") is a generic use
                    // unless the text abbreviates it (definitions are read before this scan).
                    // ("Supervised fine-tuning on X yields …": a capital opening the sentence does not make a name.)
                    if (bestEntry.Type == NodeLabel.Method && IsLowerWords(text[(t.Start == 0 ? t.Start + 1 : t.Start)..toks[best].End]) && (best > i || text.AsSpan(t.Start, t.Length).Contains('-'))) { i = best; continue; }
                    int end = toks[best].End;
                    bool variant = false;
                    // "Qwen2.5-VL 7B", "LLaVA-1.5 13B", "Claude 3 Opus", "OmniParser V2": a size, variant word or version
                    // after a known model.
                    while (bestEntry.Type == NodeLabel.Model && best + 1 < n && toks[best + 1].IsWord && toks[best + 1].Start == end + 1
                        && (NameShape.IsModelSize(text.AsSpan(toks[best + 1].Start, toks[best + 1].Length)) || VariantWords.Contains(text[toks[best + 1].Start..toks[best + 1].End])
                            || NameShape.IsVersion(text.AsSpan(toks[best + 1].Start, toks[best + 1].Length))))
                    {
                        var longer = _kb.Find(text[t.Start..toks[best + 1].End]);
                        if (longer is not null) bestEntry = longer; else variant = true;
                        best++;
                        end = toks[best].End;
                    }
                    // "RefCOCO/+/g", "Kinetics-400/600": short variants after slashes belong to the name as written.
                    if (end < text.Length && text[end] == '/' && SlashVariants().Match(text, end) is { Success: true } sv)
                    {
                        end += sv.Length;
                        variant = true;
                        while (best + 1 < n && toks[best + 1].Start < end) best++;
                    }
                    var surface = text[t.Start..end];
                    cands.Add(new Cand
                    {
                        Surface = surface, Start = s.Start + t.Start, SentenceIndex = s.Index, Known = variant ? null : bestEntry,
                        Type = bestEntry.Type, Rule = variant ? "entity.kb-variant" : "entity.kb", Confidence = variant ? 0.85 : 0.9,
                    });
                    i = best;
                    continue;
                }
            }

            // An ordinary lower-case word can only be a name through the knowledge base (checked above).
            if (!HasUpperOrDigit(text.AsSpan(t.Start, t.Length))) continue;
            var word = text[t.Start..t.End];
            // "LLMs-Video-LLaMA": a class plural joined to a name by a dash used as punctuation; the name follows it.
            int from = t.Start;
            if (ClassPrefixLength(word) is > 0 and var skip)
            {
                from += skip;
                word = word[skip..];
                if (_kb.Find(word) is { } named)
                {
                    if (!named.IsGeneric)
                        cands.Add(new Cand { Surface = word, Start = s.Start + from, SentenceIndex = s.Index, Known = named, Type = named.Type, Rule = "entity.kb", Confidence = 0.85 });
                    continue;
                }
            }
            if (notEntities.Contains(word) || ShapeStopWords.Contains(word)) continue;
            if (shortForms.TryGetValue(word, out var longMention))
            {
                cands.Add(new Cand { Surface = word, Start = s.Start + from, SentenceIndex = s.Index, Known = longMention.Known, Type = longMention.Type, AliasOf = longMention.Surface, Rule = "entity.definition", Confidence = 0.8 });
                continue;
            }

            // "GPT-4o-based", "LLaVA-style": the name before a derivational suffix.
            var core = word;
            int dash = word.LastIndexOf('-');
            if (dash > 0 && (DerivationSuffixes.Contains(word[dash..]) || IsOrdinaryWordSuffix(word.AsSpan(dash + 1)))) core = word[..dash];
            if (IsQuantityCompound(core)) continue;
            // A plural acronym ("MCQs", "FFNs", "GANs") names a class of things, not one.
            if (core.Length > 2 && core[^1] == 's' && NameShape.IsAllCaps(core.AsSpan(0, core.Length - 1)) && _kb.Find(core[..^1]) is null) continue;
            if (core.Length > 2 && core[^1] == 's' && char.IsUpper(core[^2]))
            {
                // Plural of an acronym: "MLLMs", "VLMs".
                var singular = _kb.Find(core[..^1]);
                if (singular is not null && singular.IsGeneric) continue;
            }
            if (!ReferenceEquals(core, word))
            {
                var e = _kb.Find(core);
                if (e is not null)
                {
                    if (!e.IsGeneric)
                        cands.Add(new Cand { Surface = core, Start = s.Start + from, SentenceIndex = s.Index, Known = e, Type = e.Type, Rule = "entity.kb", Confidence = 0.85 });
                    continue;
                }
                if (shortForms.TryGetValue(core, out var lm))
                {
                    cands.Add(new Cand { Surface = core, Start = s.Start + from, SentenceIndex = s.Index, Known = lm.Known, Type = lm.Type, AliasOf = lm.Surface, Rule = "entity.definition", Confidence = 0.8 });
                    continue;
                }
            }

            // A sized or variant form of a known model: "Qwen2.5-VL-7B-Instruct", "InternVL2-8B".
            var family = core.AsSpan().IndexOfAny('-', '_') > 0 ? ModelNames.FamilyOf(core) : null;
            if (family is not null && _kb.Find(family) is { Type: NodeLabel.Model })
            {
                cands.Add(new Cand { Surface = core, Start = s.Start + from, SentenceIndex = s.Index, Type = NodeLabel.Model, Rule = "entity.kb-variant", Confidence = 0.85 });
                continue;
            }

            if (!NameShape.IsNameLike(core)) continue;
            if (ShapeStopWords.Contains(core)) continue;
            // "GeoAI", "MedicalAI": a field of study or an application area, not a name.
            if (core.Length > 3 && core.EndsWith("AI", StringComparison.Ordinal) && char.IsLower(core[^3])) continue;
            if (SpellsAcronym(core, text, toks)) continue;
            // An unknown name, extended by a version ("OmniParser V2") or a size ("MGM 7B").
            int last = i;
            while (last + 1 < n && toks[last + 1].IsWord && toks[last + 1].Start == toks[last].End + 1
                && (NameShape.IsVersion(text.AsSpan(toks[last + 1].Start, toks[last + 1].Length)) || NameShape.IsModelSize(text.AsSpan(toks[last + 1].Start, toks[last + 1].Length))
                    || text.AsSpan(toks[last + 1].Start, toks[last + 1].Length).SequenceEqual("Bench")))
                last++;
            var name = last == i ? core : text[from..toks[last].End];
            cands.Add(new Cand { Surface = name, Start = s.Start + from, SentenceIndex = s.Index, Rule = isTitle && name == titleName ? "entity.title-name" : "entity.shape", Confidence = 0.55 });
            i = last;
        }
    }

    /// <summary>The most tokens a knowledge-base form starting with this token has (a plural acronym counts as its
    /// singular: "MLLMs"), or 0 when no form starts with it. Allocation-free for ASCII.</summary>
    private int KnownNameLength(ReadOnlySpan<char> token)
    {
        if (token.Length > 64) return 0;
        Span<char> buffer = stackalloc char[token.Length];
        int n = NameKey.Write(token, buffer);
        if (n < 0) return _firstTokenKeys.GetValueOrDefault(NameKey.Of(token.ToString()));
        var lookup = _firstTokenLookup;
        var key = buffer[..n];
        if (lookup.TryGetValue(key, out var count)) return count;
        return n > 2 && key[^1] == 's' && lookup.TryGetValue(key[..^1], out count) ? count : 0;
    }

    private static readonly FrozenSet<string> NameSuffixWords = new[]
    {
        "mini", "core", "lab", "base", "large", "small", "tiny", "pro", "plus", "lite", "turbo", "preview", "chat",
        "instruct", "it", "hd", "xl", "xxl", "medium", "nano", "max", "ultra", "flash", "v", "vl", "next", "omni", "zero",
        "adapter", "bench", "eval", "test", "val", "dev", "train", "hard", "easy", "lite", "cot", "sft", "rl", "r1", "o1",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"CLIP-blind", "DGE-verified", "LMMs-without": an ordinary lower-case word after the last hyphen.</summary>
    private static bool IsOrdinaryWordSuffix(ReadOnlySpan<char> last)
    {
        if (last.Length < 3) return false;
        foreach (var c in last) if (!char.IsLower(c)) return false;
        return !NameSuffixWords.Contains(last.ToString());
    }

    /// <summary>"8B-parameter", "7-DOF", "2D/3D", "300k+", "12-lead": quantities, not names.</summary>
    private static bool IsQuantityCompound(string w)
    {
        if (w.StartsWith("Fig", StringComparison.Ordinal) && w.Length > 3 && (w[3] == '.' || char.IsDigit(w[3]))) return true;
        // LaTeX remnants: "sim29.5K" (\sim 29.5K), "TextrightarrowASCII" (\textrightarrow).
        if (w.StartsWith("sim", StringComparison.Ordinal) && w.Length > 3 && char.IsDigit(w[3])) return true;
        if (w.Contains("rightarrow", StringComparison.OrdinalIgnoreCase) || w.Contains("leftarrow", StringComparison.OrdinalIgnoreCase)) return true;
        if (w.Length == 0 || !char.IsDigit(w[0])) return false;
        int cut = w.AsSpan().IndexOfAny(QuantityCuts);
        var first = cut < 0 ? w : w[..cut];
        return NameShape.IsQuantity(first) || first is "2D" or "3D" or "4D" || cut >= 0 && w[cut] == '.' && w.EndsWith(".ch", StringComparison.Ordinal);
    }

    /// <summary>In a list of at least three members of which at least two are names already, the other capitalised
    /// single-word members are names too, typed like their neighbours.</summary>
    private void ListMembers(Sentence s, List<NameToken> toks, List<(int Start, int End)> covered, List<Cand> cands, Dictionary<string, float[]> votes)
    {
        var text = s.Text;
        var byStart = new Dictionary<int, Cand>();
        foreach (var c in cands) if (c.SentenceIndex == s.Index) byStart.TryAdd(c.Start - s.Start, c);
        if (byStart.Count < 2) return;
        var members = new List<(int Start, int End, Cand? Cand)>();
        void Flush()
        {
            if (members.Count >= 3)
            {
                int named = 0;
                var typeVotes = new float[6];
                var knownVotes = new float[6];
                foreach (var m in members)
                    if (m.Cand is { } c) { named++; if (c.Type is { } t) { typeVotes[(int)t]++; if (c.Known is not null) knownVotes[(int)t]++; } }
                if (named >= 2)
                {
                    NodeLabel? type = null, knownType = null;
                    float best = 0, bestKnown = 0;
                    foreach (var t in TypeOrder)
                    {
                        if (typeVotes[(int)t] > best) { best = typeVotes[(int)t]; type = t; }
                        if (knownVotes[(int)t] > bestKnown) { bestKnown = knownVotes[(int)t]; knownType = t; }
                    }
                    foreach (var m in members)
                    {
                        // "(ImageNet, Kinetics-700, Moments-in-Time)": an unknown name found by its shape is typed like
                        // the known names beside it.
                        if (m.Cand is { Known: null, Type: null, AliasOf: null, Rule: "entity.shape" } other && knownType is { } tk) Vote(votes, KeyOf(other), tk, 1.5f);
                        if (m.Cand is not null) continue;
                        var w = text[m.Start..m.End];
                        int skip = ClassPrefixLength(w);
                        w = w[skip..];
                        if (w.Length < 3 || !char.IsUpper(w[0]) || ShapeStopWords.Contains(w) || _kb.Find(w) is { IsGeneric: true }) continue;
                        if (Covered(covered, m.Start, m.End)) continue;
                        var cand = new Cand { Surface = w, Start = s.Start + m.Start + skip, SentenceIndex = s.Index, Rule = "entity.list", Confidence = 0.5 };
                        cands.Add(cand);
                        if (type is { } ty) Vote(votes, KeyOf(cand), ty, 2f);
                    }
                }
            }
            members.Clear();
        }
        bool expectMember = true;
        // "A, B and C, X outperforms …": the member after the closing 'and'/'or' ends the list.
        bool afterConjunction = false, closed = false;
        for (int i = 0; i < toks.Count; i++)
        {
            var t = toks[i];
            if (expectMember)
            {
                if (!t.IsWord) { Flush(); afterConjunction = false; continue; }
                closed = afterConjunction;
                if (byStart.TryGetValue(t.Start, out var c))
                {
                    int end = t.Start + c.Surface.Length;
                    while (i + 1 < toks.Count && toks[i + 1].Start < end) i++;
                    // "GenEval Position", "T2I-CompBench Spatial": a name with a capitalised qualifier (a subset).
                    if (i + 1 < toks.Count && toks[i + 1].IsWord && toks[i + 1].Start == end + 1 && char.IsUpper(text[toks[i + 1].Start]) && !byStart.ContainsKey(toks[i + 1].Start))
                        end = toks[++i].End;
                    members.Add((t.Start, end, c));
                }
                else members.Add((t.Start, t.End, null));
                expectMember = false;
                continue;
            }
            // "Zorb (+98%), Quux (2.1%)": a parenthesised number after a member is skipped.
            if (!t.IsWord && text[t.Start] == '(' && i + 1 < toks.Count && (!toks[i + 1].IsWord || char.IsDigit(text[toks[i + 1].Start])))
            {
                int close = i + 1;
                while (close < toks.Count && close < i + 12 && (toks[close].IsWord || text[toks[close].Start] is not (')' or '('))) close++;
                if (close < toks.Count && close < i + 12 && text[toks[close].Start] == ')') { i = close; continue; }
            }
            // A separator: ',', 'and', 'or', ', and'.
            if (!closed && !t.IsWord && text[t.Start] == ',')
            {
                expectMember = true;
                if (i + 1 < toks.Count && toks[i + 1].IsWord && text[toks[i + 1].Start..toks[i + 1].End] is "and" or "or") { i++; afterConjunction = true; }
                continue;
            }
            if (!closed && t.IsWord && text[t.Start..t.End] is "and" or "or") { expectMember = true; afterConjunction = true; continue; }
            Flush();
            afterConjunction = closed = false;
            // This token may start a new list.
            if (t.IsWord) { i--; expectMember = true; }
        }
        Flush();
    }

    /// <summary>"MultiModal", "tO": a shape-only name of letters alone that the paper also writes as an ordinary
    /// lower-case word, or a two-letter word starting in lower case, is an oddly cased word, not a name: dropped.</summary>
    private static void OddlyCasedWords(List<Cand> cands, ImmutableArray<Sentence> sentences)
    {
        HashSet<string>? lowerWords = null;
        cands.RemoveAll(c =>
        {
            if (c.Rule != "entity.shape" || c.Known is not null || !c.Surface.All(char.IsAsciiLetter)) return false;
            if (c.Surface.Length == 2 && char.IsLower(c.Surface[0])) return true;
            lowerWords ??= LowerWordsOf(sentences);
            return lowerWords.Contains(c.Surface.ToLowerInvariant());
        });
    }

    /// <summary>"LLM-Answerable" (questions): a generic class joined to a capitalised ordinary word that the paper also writes
    /// in lower case ("answerable") is a label, not a name: dropped.</summary>
    private void ClassPlusOrdinaryWord(List<Cand> cands, ImmutableArray<Sentence> sentences)
    {
        HashSet<string>? lowerWords = null;
        cands.RemoveAll(c =>
        {
            if (c.Rule != "entity.shape" || c.Known is not null || c.Proposed) return false;
            int dash = c.Surface.IndexOf('-');
            if (dash <= 0 || dash + 2 >= c.Surface.Length || c.Surface.IndexOf('-', dash + 1) >= 0) return false;
            var rest = c.Surface[(dash + 1)..];
            if (!char.IsUpper(rest[0]) || rest.AsSpan(1).ContainsAnyExcept(LowerLetters) || rest.Length < 4) return false;
            // (a model class: "LLM", "MLLM", "VLM"; not a domain word such as "ECG").
            var prefix = c.Surface[..dash].TrimEnd('s');
            if (!prefix.EndsWith('M') || !NameShape.IsAllCaps(prefix) || _kb.Find(prefix) is not { IsGeneric: true }) return false;
            lowerWords ??= LowerWordsOf(sentences);
            return lowerWords.Contains(rest.ToLowerInvariant());
        });
    }

    /// <summary>"… Benchmarking for Visual Spatial Reasoning": title case capitalises every word, so a known name made
    /// of ordinary capitalised words in the title is likely the phrase, not the name; it counts only when the abstract
    /// names the same entry too.</summary>
    private static void TitleCasedKnownPhrases(List<Cand> cands)
    {
        List<Cand>? doubtful = null;
        foreach (var c in cands)
            if (c.SentenceIndex == 0 && c.Known is not null && c.AliasOf is null && IsPlainWords(c.Surface)) (doubtful ??= []).Add(c);
        if (doubtful is null) return;
        foreach (var c in doubtful)
            if (!cands.Exists(o => ReferenceEquals(o.Known, c.Known) && (o.SentenceIndex > 0 || o.AliasOf == c.Surface))) cands.Remove(c);
    }

    /// <summary>"… Towards General Medical AI" then "toward GMAI": an unknown acronym that spells the initials of a field
    /// named in the title ("… AI", "… Systems") is that field, not a name: dropped.</summary>
    private static void FieldAcronymsOfTitle(List<Cand> cands, string title)
    {
        string[]? words = null;
        cands.RemoveAll(c =>
        {
            if (c.Rule != "entity.shape" || c.Known is not null || c.AliasOf is not null || c.Surface.Length is < 3 or > 6 || !NameShape.IsAllCaps(c.Surface) || !c.Surface.All(char.IsAsciiLetter)) return false;
            words ??= title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (int j = 0; j < words.Length; j++)
            {
                if (!NameShape.FieldHeads.Contains(words[j].TrimEnd(SubtitleTrim))) continue;
                // The capitals of the words up to the head, right to left: "General Medical AI" → "GMAI".
                var initials = "";
                for (int w = j; w >= 0 && initials.Length < c.Surface.Length; w--)
                {
                    var word = words[w].TrimEnd(SubtitleTrim);
                    if (word.Length == 0) break;
                    initials = (NameShape.IsAllCaps(word) ? word : char.ToUpperInvariant(word[0]).ToString()) + initials;
                }
                if (initials == c.Surface) return true;
            }
            return false;
        });
    }

    /// <summary>The words a paper writes in lower case.</summary>
    private static HashSet<string> LowerWordsOf(ImmutableArray<Sentence> sentences)
    {
        var lowerWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
            foreach (var w in sentence.Text.Split(LowerWordSeparators, StringSplitOptions.RemoveEmptyEntries))
                if (IsLowerWords(w)) lowerWords.Add(w);
        return lowerWords;
    }

    private static readonly char[] LowerWordSeparators = [' ', ',', '.', ';', ':', '(', ')', '"', '\''];

    /// <summary>Length of a leading class plural and dash ("LLMs-" in "LLMs-Video-LLaMA", a dash used as punctuation),
    /// else 0.</summary>
    private int ClassPrefixLength(string word)
    {
        int dash = word.IndexOf('-');
        return dash > 2 && word[dash - 1] == 's' && dash + 1 < word.Length && char.IsUpper(word[dash + 1])
            && _kb.Find(word[..(dash - 1)]) is { IsGeneric: true } ? dash + 1 : 0;
    }

    private static bool HasUpperOrDigit(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (char.IsUpper(c) || char.IsDigit(c)) return true;
        return false;
    }

    private static bool IsLowerWords(string s)
    {
        foreach (var c in s) if (char.IsUpper(c)) return false;
        return true;
    }
}
