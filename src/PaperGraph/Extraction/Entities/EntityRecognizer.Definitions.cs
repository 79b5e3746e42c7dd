using System.Collections.Frozen;
using System.Text.RegularExpressions;
using PaperGraph.Graph;
using PaperGraph.Ingest;

namespace PaperGraph.Extraction.Entities;

/// <summary>Definitions and abbreviations: "Full Name (FN)", "FN (Full Name)", "X, a …".</summary>
public sealed partial class EntityRecognizer
{
    private void FindDefinitions(Sentence s, List<NameToken> toks, List<Cand> cands, Dictionary<string, Cand> shortForms, HashSet<string> notEntities, List<(int, int)> covered)
    {
        var text = s.Text;
        // Definitions inside an enumeration of tasks or categories ("five tasks: Spatial Measurement (SM), …") name
        // tasks, not entities.
        // (found lazily: most sentences have no parenthesis)
        int tasksFrom = -1;
        for (int k = 0; k < toks.Count; k++)
        {
            if (toks[k].IsWord || text[toks[k].Start] != '(') continue;
            if (tasksFrom < 0) tasksFrom = EnumerationOfTasks().Match(text) is { Success: true } em ? em.Index : int.MaxValue;
            if (toks[k].Start > tasksFrom)
            {
                int close0 = text.IndexOf(')', toks[k].Start);
                if (close0 > 0 && Abbreviations.IsShortForm(text.AsSpan(toks[k].Start + 1, close0 - toks[k].Start - 1).Trim()))
                {
                    // "audio question answering (AVQA)": a short form that does not spell the words before it names the
                    // data set of that task, not the task.
                    var sf0 = text[(toks[k].Start + 1)..close0].Trim();
                    int from0 = text.AsSpan(0, toks[k].Start).LastIndexOfAny(",;:()") + 1;
                    if (Abbreviations.LongFormStart(sf0, text.AsSpan(from0, toks[k].Start - from0).TrimEnd()) >= 0 || !NameShape.IsAllCaps(sf0)) notEntities.Add(sf0);
                    continue;
                }
            }
            // Find the closing parenthesis and the content.
            int close = -1;
            for (int j = k + 1; j < toks.Count && j < k + 40; j++)
            {
                char c = text[toks[j].Start];
                if (!toks[j].IsWord && c == ')') { close = j; break; }
                if (!toks[j].IsWord && c == '(') break;
            }
            if (close < 0 || close == k + 1) continue;
            int contentStart = toks[k + 1].Start;
            int contentEnd = toks[close - 1].End;
            // Content cut at the first ',' or ';' ("(GRPO, Shao et al.)").
            for (int j = k + 1; j < close; j++)
                if (!toks[j].IsWord && text[toks[j].Start] is ',' or ';') { contentEnd = toks[j - 1 >= k + 1 ? j - 1 : k + 1].End; break; }
            if (contentEnd <= contentStart) continue;
            var content = text[contentStart..contentEnd].Trim();
            // "(general medical AI, GMAI)": a long form and the short form that spells it.
            if (contentEnd < toks[close - 1].End && content.Contains(' ') && text.AsSpan(contentEnd).TrimStart(" ,").Length > 0)
            {
                int sfStart = contentEnd + 1;
                while (sfStart < toks[close - 1].End && text[sfStart] is ' ' or ',') sfStart++;
                var sf = text[sfStart..toks[close - 1].End];
                if (Abbreviations.IsShortForm(sf) && !sf.Contains(' ') && Abbreviations.LongFormStart(sf, content) == 0)
                {
                    AddDefinition(s, content, contentStart, sf, sfStart, cands, shortForms, notEntities, covered, shortFirst: false);
                    continue;
                }
            }
            // "(SAT, MMSI)": a list, not a definition; "(MRM, with three variants)" is one with a remark.
            if (contentEnd < toks[close - 1].End && !RemarkAfterComma(text, contentEnd, toks[close - 1].End)) continue;

            if (Abbreviations.IsShortForm(content) && k > 0 && toks[k - 1].IsWord)
            {
                // "Long Form (LF)"
                int windowStart = 0;
                int words = 0;
                for (int j = k - 1; j >= 0; j--)
                {
                    var t = toks[j];
                    if (!t.IsWord && text[t.Start] is ',' or ';' or ':' or '(' or ')' or '"' or '\u201c' or '\u201d') { windowStart = t.End; break; }
                    if (t.IsWord && ++words > Abbreviations.MaxWords(content.Length)) { windowStart = t.End; break; }
                }
                var before = text.AsSpan(windowStart, toks[k].Start - windowStart).TrimEnd();
                int lf = Abbreviations.LongFormStart(content, before);
                if (lf < 0) continue;
                lf = Abbreviations.ExtendToInitials(content, before, lf);
                var longForm = before[lf..].ToString().Trim();
                if (longForm.Length <= content.Length + 1 || longForm.Equals(content, StringComparison.OrdinalIgnoreCase)) continue;
                AddDefinition(s, longForm, windowStart + lf + (before[lf..].Length - before[lf..].TrimStart().Length), content, contentStart, cands, shortForms, notEntities, covered, shortFirst: false);
            }
            else if (k > 0 && toks[k - 1].IsWord && Abbreviations.IsShortForm(text.AsSpan(toks[k - 1].Start, toks[k - 1].Length)) && content.Contains(' '))
            {
                // "LF (Long Form)": the whole content must spell the short form.
                var sf = text[toks[k - 1].Start..toks[k - 1].End];
                if (Abbreviations.LongFormStart(sf, content) != 0) continue;
                AddDefinition(s, content, contentStart, sf, toks[k - 1].Start, cands, shortForms, notEntities, covered, shortFirst: true);
            }
        }
    }

    /// <summary>"we introduce SAT, Spatial Aptitude Training, which …": a short form set off by commas from the
    /// capitalised words it spells is a definition too.</summary>
    private void FindCommaDefinitions(Sentence s, List<NameToken> toks, List<Cand> cands, Dictionary<string, Cand> shortForms, HashSet<string> notEntities, List<(int, int)> covered)
    {
        var text = s.Text;
        for (int k = 1; k + 2 < toks.Count; k++)
        {
            if (toks[k].IsWord || text[toks[k].Start] != ',' || !toks[k - 1].IsWord || !toks[k + 1].IsWord) continue;
            var sf = text[toks[k - 1].Start..toks[k - 1].End];
            if (!NameShape.IsAllCaps(sf) || !Abbreviations.IsShortForm(sf) || Covered(covered, toks[k - 1].Start, toks[k - 1].End)) continue;
            // The capitalised words up to the next comma.
            int j = k + 1, words = 0;
            while (j < toks.Count && toks[j].IsWord && (char.IsUpper(text[toks[j].Start]) || text[toks[j].Start..toks[j].End] is "of" or "for" or "and" or "in" or "with"))
            { j++; words++; }
            if (j >= toks.Count || text[toks[j].Start] != ',' || words < 2 || words > Abbreviations.MaxWords(sf.Length)) continue;
            int start = toks[k + 1].Start, end = toks[j - 1].End;
            var longForm = text[start..end];
            if (Abbreviations.LongFormStart(sf, longForm) != 0 || Abbreviations.ExtendToInitials(sf, longForm, 0) != 0) continue;
            AddDefinition(s, longForm, start, sf, toks[k - 1].Start, cands, shortForms, notEntities, covered, shortFirst: true);
        }
    }

    /// <summary>Whether the rest of a parenthesis after its first comma is a lower-case remark ("with three variants").</summary>
    private static bool RemarkAfterComma(string text, int from, int to)
    {
        var rest = text.AsSpan(from, to - from).TrimStart(" ,;");
        return rest.Length > 0 && char.IsLower(rest[0]) && !rest.StartsWith("e.g", StringComparison.Ordinal) && !rest.StartsWith("i.e", StringComparison.Ordinal) && !rest.Contains("et al", StringComparison.Ordinal);
    }

    private void AddDefinition(Sentence s, string longForm, int longStart, string shortForm, int shortStart, List<Cand> cands,
        Dictionary<string, Cand> shortForms, HashSet<string> notEntities, List<(int, int)> covered, bool shortFirst)
    {
        var knownShort = _kb.Find(shortForm);
        var knownLong = _kb.Find(longForm);
        // "SAM (Sharpness-Aware Minimization)": a known acronym spelled out as something other than the long form the
        // knowledge base gives it names another thing here.
        if (knownShort is { IsGeneric: false } && knownLong is null && HasOtherLongForm(knownShort)) knownShort = null;
        // "Masked Language Modeling (MLM)": a known long form wins over a short form that is generic elsewhere.
        if (knownShort?.IsGeneric == true && knownLong is { IsGeneric: false }) knownShort = null;
        if (knownShort?.IsGeneric == true || knownLong?.IsGeneric == true)
        {
            notEntities.Add(shortForm);
            // "video Large Language Models (vLLMs)": the singular "vLLM" names the class too.
            if (shortForm.Length > 3 && shortForm[^1] == 's' && char.IsUpper(shortForm[^2])) notEntities.Add(shortForm[..^1]);
            covered.Add((longStart, longStart + longForm.Length));
            return;
        }
        // "Visual Instruction Tuning (VIT)": a known long form names the entry even when the short form is another's.
        var known = knownLong is { IsGeneric: false } ? knownLong : knownShort ?? knownLong;
        // "Out-of-Distribution (OOD)", "Region of Interest (ROI)": a short form that is never a name.
        if (known is null && ShapeStopWords.Contains(shortForm))
        {
            notEntities.Add(shortForm);
            covered.Add((longStart, longStart + longForm.Length));
            return;
        }
        // A plural short form names a class of things ("multiple-choice questions (MCQs)").
        if (known is null && shortForm.Length > 2 && shortForm[^1] == 's' && NameShape.IsAllCaps(shortForm.AsSpan(0, shortForm.Length - 1)))
        {
            notEntities.Add(shortForm);
            return;
        }
        if (known is null)
        {
            bool lower = true;
            foreach (var c in longForm) if (char.IsUpper(c)) { lower = false; break; }
            int lastSpace = longForm.AsSpan().LastIndexOfAny(SpaceOrHyphen);
            var head = lastSpace < 0 ? longForm : longForm[(lastSpace + 1)..];
            bool pluralHead = head.Length > 3 && head[^1] == 's' && head[^2] != 's';
            // "video Large Language Models (vLLMs)", "generative reward models (VL-GenRMs)": a plural short form of a
            // plural long form names a class, in the singular too; "Geographic Information Systems (GIS)", "general
            // medical AI (GMAI)": a field of study.
            if ((pluralHead && shortForm.Length > 3 && shortForm[^1] == 's' && char.IsUpper(shortForm[^2])) || NameShape.FieldHeads.Contains(head))
            {
                notEntities.Add(shortForm);
                if (shortForm[^1] == 's') notEntities.Add(shortForm[..^1]);
                covered.Add((longStart, longStart + longForm.Length));
                return;
            }
            // "Existing methods for Multimodal Multi-hop Question Answering (MMQA)": a capitalised task name (a task head such
            // as "Answering", "Detection" last, no data or model noun after the short form, no proposal verb before) is
            // the task, not a benchmark or a method.
            if (!lower && TitleCaseTaskHeads.Contains(head) && !ProposalTrigger().IsMatch(s.Text.AsSpan(0, longStart))
                && NextWords(s.Text, AfterBracket(s.Text, shortFirst ? longStart + longForm.Length : shortStart + shortForm.Length), 1) is var nextWord
                && !(nextWord.Count == 1 && (NameShape.HeadNouns.ContainsKey(nextWord[0]) || NameShape.SplitType(nextWord[0], "set") is not null || nextWord[0] is "subset" or "split" or "task" or "tasks" or "track")))
            {
                notEntities.Add(shortForm);
                covered.Add((longStart, longStart + longForm.Length));
                return;
            }
            // "Small-scale MLLM (s-MLLM)", "a compact VLM (c-VLM)": a generic class after ordinary lower-case modifiers is
            // a kind of that class, not a name.
            if (GenericClassWithModifiers(longForm))
            {
                notEntities.Add(shortForm);
                covered.Add((longStart, longStart + longForm.Length));
                return;
            }
            // "culture-agnostic (CA) subset": one lower-case hyphenated adjective names a property, not a thing.
            if (lower && !longForm.Contains(' ') && longForm.LastIndexOf('-') is > 0 and var dash && (DerivationSuffixes.Contains(longForm[dash..]) || longForm.EndsWith("-agnostic", StringComparison.Ordinal) || longForm.EndsWith("-dependent", StringComparison.Ordinal) || longForm.EndsWith("-independent", StringComparison.Ordinal)))
            {
                notEntities.Add(shortForm);
                covered.Add((longStart, longStart + longForm.Length));
                return;
            }
            // "we propose axis-first plot parsing (APP)": a lower-case long form that a proposal verb announces names the
            // paper's own method, whatever its head.
            if (lower && (NameShape.TaskHeads.Contains(head) && !AnnouncedByProposal(s.Text, longStart) || pluralHead || !longForm.Contains(' ') && !longForm.Contains('-')))
            {
                notEntities.Add(shortForm);
                return;
            }
            // ("Latent Action Pretraining for general Action models (LAPA)": capitalised words inside the long form, not
            // only a sentence-initial capital, make it a name whose last word happens to be a class noun.)
            if (!lower && NameShape.TaskHeads.Contains(head) && head.Length > 0 && char.IsLower(head[0]) && !HasInnerCapitalisedWords(longForm))
            {
                notEntities.Add(shortForm);
                return;
            }
        }
        covered.Add((longStart, longStart + longForm.Length));
        covered.Add((shortStart, shortStart + shortForm.Length));
        NodeLabel? type = known?.Type ?? NameShape.TypeFromHead(longForm);
        var main = new Cand
        {
            Surface = shortFirst ? shortForm : longForm, Start = s.Start + (shortFirst ? shortStart : longStart), SentenceIndex = s.Index,
            Known = known, Type = known is not null || type != NodeLabel.Method ? type : null,
            Rule = known is null ? "entity.definition" : "entity.kb", Confidence = known is null ? 0.8 : 0.9,
        };
        var alias = new Cand
        {
            Surface = shortFirst ? longForm : shortForm, Start = s.Start + (shortFirst ? longStart : shortStart), SentenceIndex = s.Index,
            Known = known, Type = main.Type, AliasOf = main.Surface, Rule = main.Rule, Confidence = main.Confidence,
        };
        cands.Add(main);
        cands.Add(alias);
        shortForms.TryAdd(shortForm, main);
        if (main.Type is null) main.Type = null; // typed later by votes (the head gave only a default)
        _ = type;
    }

    /// <summary>Whether a proposal verb ("we propose", "we introduce a simple") announces the text at <paramref name="at"/>.</summary>
    private static bool AnnouncedByProposal(string text, int at)
    {
        if (at <= 0 || at > text.Length) return false;
        // "… termed scale-first answer generation (SFAG)".
        if (PrevWords(text, at, 1) is ["called" or "termed" or "named" or "dubbed" or "coined"]) return true;
        if (text.AsSpan(0, at).IndexOfAny(ProposalStems) < 0) return false;
        Match? last = null;
        foreach (Match m in ProposalTrigger().Matches(text[..at])) last = m;
        return last is not null && OnlyModifiersBetween(text, last.Index + last.Length, at);
    }

    /// <summary>The offset after a closing bracket (and spaces) at <paramref name="at"/>, else <paramref name="at"/>.</summary>
    private static int AfterBracket(string text, int at)
    {
        int i = at;
        while (i < text.Length && text[i] == ' ') i++;
        return i < text.Length && text[i] == ')' ? i + 1 : at;
    }

    /// <summary>Last words of a capitalised long form that name a task ("… Question Answering", "… Object Detection").</summary>
    private static readonly FrozenSet<string> TitleCaseTaskHeads = new[]
    {
        "Answering", "Recognition", "Detection", "Segmentation", "Captioning", "Retrieval", "Classification", "Estimation",
        "Grounding", "Tracking", "Summarization", "Translation", "Localization", "Forecasting", "Navigation", "Editing",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"Small-scale MLLM", "lightweight VLMs": a known generic class after lower-case words (a capital opening the
    /// sentence aside).</summary>
    private bool GenericClassWithModifiers(string longForm)
    {
        var words = longForm.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return false;
        var last = words[^1];
        if ((_kb.Find(last) ?? (last.Length > 2 && last[^1] == 's' ? _kb.Find(last[..^1]) : null)) is not { IsGeneric: true }) return false;
        for (int i = 0; i < words.Length - 1; i++)
            if (!IsLowerWords(i == 0 ? words[i][1..] : words[i]) || !words[i].Any(char.IsLetter)) return false;
        return true;
    }

    /// <summary>At least two capitalised words after the first word ("Latent Action Pretraining for general Action models").</summary>
    private static bool HasInnerCapitalisedWords(string longForm)
    {
        int n = 0;
        var words = longForm.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 1; i < words.Length; i++) if (char.IsUpper(words[i][0])) n++;
        return n >= 2;
    }

    private static bool HasOtherLongForm(KbEntry e)
    {
        if (e.Name.Contains(' ', StringComparison.Ordinal)) return true;
        foreach (var a in e.Aliases) if (a.Contains(' ', StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool Covered(List<(int Start, int End)> covered, int start, int end)
    {
        foreach (var (a, b) in covered) if (start < b && end > a) return true;
        return false;
    }
}
