using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using PaperGraph.Graph;
using PaperGraph.Ingest;

namespace PaperGraph.Extraction.Entities;

/// <summary>Context votes for a mention's type ("the X benchmark", "X, a … framework") and the paper's own parts.</summary>
public sealed partial class EntityRecognizer
{
    private static void Vote(Dictionary<string, float[]> votes, string key, NodeLabel type, float weight)
    {
        if (!votes.TryGetValue(key, out var v)) votes[key] = v = new float[6];
        v[(int)type] += weight;
    }

    /// <summary>Proposal patterns and the words around each mention of the sentence.</summary>
    private void ReadContext(Sentence s, List<NameToken> toks, List<Cand> cands, Dictionary<string, float[]> votes)
    {
        // The candidates of this sentence, in order.
        var here = new List<Cand>();
        foreach (var c in cands) if (c.SentenceIndex == s.Index) here.Add(c);
        here.Sort((a, b) => a.Start.CompareTo(b.Start));
        var text = s.Text;

        foreach (var c in here)
        {
            if (c.Known is not null) continue;
            var key = KeyOf(c);
            int rel = c.Start - s.Start;
            int end = rel + c.Surface.Length;
            // Next word(s): "X benchmark", "X dataset", "X model", "X framework"; skip a closing parenthesis group.
            var after = NextWords(text, end, 3);
            if (after.Count > 0 && after[0] is "task" or "tasks" or "subtask" or "subtasks" or "setting" or "settings" or "format" or "formats" or "score" or "scores" or "tokens" or "token"
                    or "robot" or "robots" or "arm" or "simulator" or "engine" or "GPU" or "GPUs")
                // ("X scores 71.0%": the verb, not the noun.)
                if (!(after[0] is "scores" && after.Count > 1 && char.IsDigit(after[1][0])))
                Vote(votes, key, NodeLabel.Paper, 3f); // Paper stands for "not an entity"
            if (after.Count > 0 && NameShape.HeadNouns.TryGetValue(after[0], out var t1) && (t1 != NodeLabel.Metric || after[0].StartsWith("metric", StringComparison.OrdinalIgnoreCase))) Vote(votes, key, ScoredOn(t1, text), 3f);
            else if (after.Count > 1 && NameShape.SplitType(after[0], after[1]) is { } tsplit) Vote(votes, key, tsplit, 3f);
            else if (after.Count > 1 && (IsModifier(after[0]) || after[0].All(char.IsLower)) && NameShape.HeadNouns.TryGetValue(after[1], out var t2) && t2 != NodeLabel.Metric) Vote(votes, key, t2, 2f);
            // "the A, B and C benchmarks": the head noun after a coordinated list types every member.
            int listEnd = CoordinatedListEnd(here, s.Start, text, end);
            if (listEnd > end && NextWords(text, listEnd, 1) is [var head] && head.EndsWith('s') && NameShape.HeadNouns.TryGetValue(head, out var tl)
                && (tl != NodeLabel.Metric || head == "metrics"))
                Vote(votes, key, ScoredOn(tl, text), 2.5f);
            // Apposition: "X, a new benchmark …", "X is a … framework".
            var appo = AppositionHead(text, end);
            if (appo is { } ta) Vote(votes, key, ta, 4f);
            // Before: "the benchmark X", "a new dataset, X", "on X".
            var before = PrevWords(text, rel, 10);
            // Walk back over a coordinated list of names ("on A, B and C").
            int k0 = 0;
            while (k0 < before.Count - 1 && k0 < 9 && (before[k0] is "and" or "or" or "including" or "like" or "as" or "such" or "e.g" or "the" || SkipBeforeName.Contains(before[k0])
                || char.IsUpper(before[k0][0]) && (NameShape.IsNameLike(before[k0]) || NameShape.IsAllCaps(before[k0]) || before[k0].Contains('-')))) k0++;
            for (int k = k0; k < before.Count && k < k0 + 4; k++)
            {
                // "we benchmark A, B and C": the verb, not the noun.
                if (before[k] is "benchmark" && k + 1 < before.Count && before[k + 1] is "we" or "We" or "to") break;
                if (NameShape.HeadNouns.TryGetValue(before[k], out var tb) && tb != NodeLabel.Metric)
                { Vote(votes, key, ScoredOn(tb, text), k == k0 ? 2f : 1.5f); break; }
                // "an evaluation set X", "the training split X" (not "On A validation set, X achieves").
                if (k == 0 && k + 1 < before.Count && NameShape.SplitType(before[k + 1], before[k]) is { } tsb && text.AsSpan(0, rel).TrimEnd().EndsWith(before[k], StringComparison.Ordinal))
                { Vote(votes, key, tsb, 2f); break; }
                // "benchmarks show that X …": a head noun in another clause says nothing about X.
                if (before[k] is "that" or "which" or "where" or "while" or "when" or "whereas") break;
                // "based on X", "relies on X": what X is built from, not where it is scored.
                if (before[k] is "on" && k + 1 < before.Count && before[k + 1] is "based" or "built" or "relies" or "rely" or "relying" or "depends" or "depend" or "conditioned" or "focus" or "focuses" or "focusing")
                    break;
                if (before[k] is "on" or "across")
                {
                    // "evaluated on X" names a benchmark; "pre-trained on X", "fine-tuning on X" a data set.
                    var on = k + 1 < before.Count && IsTrainingWord(before[k + 1]) ? NodeLabel.Dataset : NodeLabel.Benchmark;
                    if (k == k0 || (k == k0 + 1 && before[k0] == "the")) Vote(votes, key, on, 1.5f);
                    break;
                }
                if (before[k] is "in" or "of" or "for" or "with" or "by" or "to" or "from" or "than" or "and" or "or") break;
            }
            // The name's ending votes once per name, not once per mention.
            if (NameShape.TypeFromSuffix(c.Surface) is { } ts && votes.TryAdd("\u0001suffix:" + key, [])) Vote(votes, key, ts, 2f);
            if (c.Rule == "entity.definition" && c.AliasOf is null) Vote(votes, key, NameShape.TypeFromHead(c.Surface), 1f);
        }

        // "our X"
        foreach (var c in here)
        {
            if (c.AliasOf is not null) continue;
            // A known model or benchmark can be the paper's own ("within the new Med-X family" of the paper that made it).
            if (c.Known is not null)
            {
                if (c.Known.Type is NodeLabel.Model or NodeLabel.Benchmark or NodeLabel.Dataset && OwnByContext(text, c.Start - s.Start, c.Surface.Length, known: true)) c.Proposed = true;
                continue;
            }
            var before = PrevWords(text, c.Start - s.Start, 4);
            for (int k = 0; k < before.Count; k++)
            {
                if (before[k].Equals("our", StringComparison.OrdinalIgnoreCase)) { c.Proposed = true; if (c.Rule == "entity.shape") c.Rule = "entity.our"; break; }
                // "our X", "our novel X", "our model, X", "our proposed method, X", "Our approach - X".
                if (!SkipBeforeName.Contains(before[k]) && before[k] is not ("-" or "–" or "—") && before[k] is not "proposed" && !before[k].EndsWith("ing", StringComparison.Ordinal) && !before[k].EndsWith("-based", StringComparison.Ordinal) &&
                    !NameShape.HeadNouns.ContainsKey(before[k])) break;
            }
            // "X, a new/novel …" opening the sentence.
            if (c.Start == s.Start && StartsApposition(text, c.Surface.Length)) c.Proposed = true;
            // "we take a step … with GarageVQA, a suite of 5K questions": an unknown name set off by an indefinite noun
            // phrase with a head noun in a sentence about the paper's own work (not "on X, a popular benchmark").
            if (!c.Proposed && c.Rule != "entity.definition" && OwnWordRegex().IsMatch(text) &&
                ApposedIndefinite().Match(text, c.Start - s.Start + c.Surface.Length) is { Success: true } ai && ai.Index == c.Start - s.Start + c.Surface.Length &&
                NameShape.HeadNouns.TryGetValue(ai.Groups["h"].Value, out var aht) && aht != NodeLabel.Metric && !OthersWords().IsMatch(ai.Groups["m"].Value) &&
                !PrevWords(text, c.Start - s.Start, 2).Exists(w => w is "on" or "than" or "over" or "against" or "from" or "like" or "as" or "compared" or "versus" or "vs" or "outperforms" or "surpasses" or "beats" or "of" or "to" or "and" or "e.g" or "including" or "such"))
                c.Proposed = true;
            if (!c.Proposed && OwnByContext(text, c.Start - s.Start, c.Surface.Length)) c.Proposed = true;
            if (!c.Proposed && NewlyDefinedPart(c, text, c.Start - s.Start)) c.Proposed = true;
            // "Building on this, 4D Reinforcement Learning (4DRL) further tackles …": a new definition opening a step of
            // the paper's own pipeline.
            if (!c.Proposed && c.Rule == "entity.definition" && SentenceOpening().IsMatch(text.AsSpan(0, c.Start - s.Start)) &&
                NextWords(text, c.Start - s.Start + c.Surface.Length, 1) is ["further" or "then" or "subsequently" or "additionally"])
                c.Proposed = true;
            // "we scale up … within the Zeta-SI family": an unknown name of a model family in a sentence about the
            // paper's own work.
            if (!c.Proposed && NextWords(text, c.Start - s.Start + c.Surface.Length, 1) is ["family" or "series"] && OwnWordRegex().IsMatch(text) &&
                !PrevWords(text, c.Start - s.Start, 5).Exists(w => w is "and" or "or" || UsedFamilyVerb().IsMatch(w)))
                c.Proposed = true;
        }

        // "our novel Context Fusion Module", "release a high-quality Gait Captions dataset": an announced run of
        // capitalised words no other rule found.
        OwnSetOffWords(s, here, cands, votes);
        IntroducedAppositions(s, here, cands, votes);
        AnnouncedPhrases(s, here, cands, votes);
        ApposedPhrases(s, here, cands, votes);

        // "we introduce/propose/present … X"
        // One run of the trigger per sentence, and only when a proposal verb stem occurs at all.
        var triggers = text.AsSpan().IndexOfAny(ProposalStems) >= 0 ? ProposalTrigger().Matches(text) : null;
        var starts = new List<int>();
        foreach (Match m in (IEnumerable<Match>?)triggers ?? []) starts.Add(m.Index + m.Length);
        // "Zorb+ introduces a unified tokenizer, TwinTok": the paper's own (earlier proposed) thing as subject.
        if (triggers is not null && OwnSubjectTrigger().Match(text) is { Success: true } st &&
            (st.Groups["s"].Value is "It" || st.Groups["s"].Value.Contains(' ') ||
             cands.Exists(c => c.Proposed && c.SentenceIndex < s.Index && c.Surface == st.Groups["s"].Value)))
            starts.Add(st.Index + st.Length);
        foreach (var start in starts)
        {
            // "we propose the concept of X": the name comes after the abstract noun.
            int from = ConceptOf().Match(text, start) is { Success: true } co ? co.Index + co.Length : start;
            int limit = ClauseEnd(text, from);
            Cand? first = null;
            // "we present Drovix. Drovix …", "we propose Brovix, a compact reader, and release …": one capitalised word
            // right after the verb that ends there is the announced name, even when a later name follows.
            if (VerbObjectWord(text, from) is { } vw && !here.Exists(c => c.Start - s.Start < vw.Start + vw.Length && vw.Start < c.Start - s.Start + c.Surface.Length))
            {
                var cand = new Cand { Surface = text.Substring(vw.Start, vw.Length), Start = s.Start + vw.Start, SentenceIndex = s.Index, Rule = "entity.we-introduce", Confidence = 0.6 };
                cands.Add(cand);
                here.Add(cand);
                here.Sort((a, b) => a.Start.CompareTo(b.Start));
                Vote(votes, KeyOf(cand), NameShape.TypeFromHead(cand.Surface), 1f);
                if (AppositionHead(text, vw.Start + vw.Length) is { } ta) Vote(votes, KeyOf(cand), ta, 3f);
            }
            foreach (var c in here)
            {
                int rel = c.Start - s.Start;
                if (rel < from || rel >= limit) continue;
                // A known method or metric after a proposal verb is used, not proposed ("a novel Mixture-of-Experts
                // (MoE) strategy"); a known model or benchmark right after it may be the paper's own.
                if (c.Known is not null && (c.Known.Type is NodeLabel.Method or NodeLabel.Metric || WordsBetween(text, from, rel) > 3)) continue;
                // "a causal Q-Former structure": a known name that modifies a part noun names what the new part is built from.
                if (c.Known is not null && NextWords(text, rel + c.Surface.Length, 1) is [var partNoun] && PartOfNouns.Contains(partNoun)) continue;
                if (c.AliasOf is not null) continue;
                if (first is null)
                {
                    // Only "announced" names: nothing but modifiers and head nouns between the verb and the name.
                    if (!OnlyModifiersBetween(text, from, rel) && !HeadNounBefore(text, from, rel)) break;
                    first = c;
                    Propose(c, votes, text, from, rel);
                    continue;
                }
                // Further names joined by "and"/"," right after the first ("we propose A and B").
                var gap = text.AsSpan(first.Start - s.Start + first.Surface.Length, Math.Max(0, rel - (first.Start - s.Start + first.Surface.Length))).Trim();
                if (gap.Length <= 5 && (gap.SequenceEqual("and") || gap.SequenceEqual(",") || gap.SequenceEqual(", and")))
                { Propose(c, votes, text, from, rel); first = c; }
                // "we propose A, a benchmark for …, and B, a dataset …", "a new benchmark, A, and a baseline model, B".
                else if (gap.Length <= 120 && gap.StartsWith(",") && AndThenName().IsMatch(gap))
                { Propose(c, votes, text, from, rel); first = c; }
                else break;
            }
            // "the first benchmark for video hallucination, VidHallu, …": after a qualified noun only a name-shaped one.
            if (first is null && NounCommaName().Match(text, from) is { Success: true } nc && nc.Index < limit &&
                (!nc.Groups["for"].Success || HasUpperOrDigit(nc.Groups["n"].ValueSpan)))
            {
                // "we propose a new adapter architecture, q-adapter, which …": the name after "<noun>,".
                var g = nc.Groups["n"];
                var existing = here.Find(c => c.Start - s.Start == g.Index);
                if (existing is not null)
                {
                    // "a novel benchmark, VQA-vague,": the whole name, not the part the shape rule cut off.
                    if (existing.Known is null && existing.AliasOf is null && existing.Surface.Length < g.Length) existing.Surface = g.Value;
                    if (existing.Known is null) Propose(existing, votes, text, from, g.Index);
                }
                else
                {
                    var cand = new Cand { Surface = g.Value, Start = s.Start + g.Index, SentenceIndex = s.Index, Proposed = true, Rule = "entity.we-introduce", Confidence = 0.65 };
                    cands.Add(cand);
                    Propose(cand, votes, text, from, g.Index);
                }
                first = existing ?? cands[^1];
            }
            // "we present an any-to-any multimodal system, Zeta-GPT.", "a lightweight approach, Key-frame Video LLM
            // (Koala), that …": the name set off by a comma after an announced noun phrase of any head noun.
            // "we build a benchmark of 5K questions over indoor scans (PorchBench)": the bracketed name closing the announced
            // noun phrase.
            if (first is null && BracketedAfterNounPhrase(s, here, cands, from, limit) is { } bracketed)
            {
                Propose(bracketed, votes, text, from, bracketed.Start - s.Start);
                first = bracketed;
            }
            if (first is null && ApposedAfterNounPhrase(s, here, cands, from, limit) is { } named)
            {
                Propose(named, votes, text, from, named.Start - s.Start);
                first = named;
            }
            if (first is null)
            {
                // "we propose a Visual Anchor Search method": a run of capitalised words after the verb.
                var phrase = CapitalisedPhrase(text, from, limit);
                if (phrase is { } p)
                {
                    var cand = new Cand { Surface = text.Substring(p.Start, p.Length), Start = s.Start + p.Start, SentenceIndex = s.Index, Proposed = true, Rule = "entity.we-introduce", Confidence = 0.6 };
                    cands.Add(cand);
                    var after = NextWords(text, p.Start + p.Length, 1);
                    var key = KeyOf(cand);
                    if (after.Count == 1 && NameShape.HeadNouns.TryGetValue(after[0], out var th) && th != NodeLabel.Metric) Vote(votes, key, th, 3f);
                    else Vote(votes, key, NameShape.TypeFromHead(cand.Surface), 1f);
                    var appo = AppositionHead(text, p.Start + p.Length);
                    if (appo is { } ta) Vote(votes, key, ta, 3f);
                }
                // "we propose region-anchored thinking, a reasoning process …": a bare lower-case phrase (no
                // article) right after the verb, set off by an apposition or a relative clause, names a method.
                else if (LowerCaseProposal(text, from, limit) is { } lp)
                {
                    var cand = new Cand { Surface = text.Substring(lp.Start, lp.Length), Start = s.Start + lp.Start, SentenceIndex = s.Index, Proposed = true, Rule = "entity.we-introduce", Confidence = 0.55 };
                    cands.Add(cand);
                    var key = KeyOf(cand);
                    Vote(votes, key, NodeLabel.Method, 1f);
                    if (AppositionHead(text, lp.Start + lp.Length) is { } ta) Vote(votes, key, ta, 3f);
                }
            }
        }

        // "(1) Cross-View Drift, (2) Step Order Recall": numbered capitalised phrases in a proposal sentence.
        var ptrig = triggers is { Count: > 0 } ? triggers[0] : Match.Empty;
        if (ptrig.Success || text.Contains(" introduces ", StringComparison.Ordinal))
        {
            int from0 = ptrig.Success ? ptrig.Index : text.IndexOf(" introduces ", StringComparison.Ordinal);
            foreach (Match nm in NumberedPhrase().Matches(text, from0))
            {
                // Only lists of the paper's own parts ("three metrics: (1) …", "two components: (1) …"), not of
                // parts of a benchmark or of advantages.
                if (!ListOfOwnParts().IsMatch(text.AsSpan(from0, nm.Index - from0))) break;
                var g = nm.Groups["p"];
                // A known method in the list ("2) Supervised Fine-Tuning") is used, not proposed.
                if (here.Find(c => c.Start - s.Start == g.Index) is { } listed) { if (listed.Known is null) listed.Proposed = true; continue; }
                var cand = new Cand { Surface = g.Value, Start = s.Start + g.Index, SentenceIndex = s.Index, Proposed = true, Rule = "entity.we-introduce", Confidence = 0.6 };
                cands.Add(cand);
                var key = KeyOf(cand);
                var head = text.AsSpan(from0, nm.Index - from0);
                if (head.Contains("metric", StringComparison.OrdinalIgnoreCase)) Vote(votes, key, NodeLabel.Metric, 3f);
                else if (head.Contains("benchmark", StringComparison.OrdinalIgnoreCase)) Vote(votes, key, NodeLabel.Benchmark, 3f);
                else if (head.Contains("dataset", StringComparison.OrdinalIgnoreCase)) Vote(votes, key, NodeLabel.Dataset, 3f);
                else Vote(votes, key, NodeLabel.Method, 1f);
            }
        }

        // "we develop two pretraining tasks, cross-view token matching and in-view patch shuffling, which …":
        // lower-case phrases set off after a counted plural of the paper's own parts.
        if (ptrig.Success && CountedLowerCasePair().Match(text, ptrig.Index) is { Success: true } pair &&
            starts.Exists(f => f <= pair.Index && OnlyModifiersBetween(text, f, pair.Index)))
            foreach (var g in (Group[])[pair.Groups["a"], pair.Groups["b"]])
                if (!here.Exists(c => c.Start - s.Start < g.Index + g.Length && g.Index < c.Start - s.Start + c.Surface.Length))
                {
                    var cand = new Cand { Surface = g.Value, Start = s.Start + g.Index, SentenceIndex = s.Index, Proposed = true, Rule = "entity.we-introduce", Confidence = 0.55 };
                    cands.Add(cand);
                    Vote(votes, KeyOf(cand), NodeLabel.Method, 1f);
                }

        // "we design three modules: a Temporal Aggregator, a Spatial Refiner and a Memory Bank": capitalised phrases
        // listed after a colon that follows the paper's own parts.
        if (ptrig.Success && text.IndexOf(':', ptrig.Index) is int colon and > 0 && ListOfOwnParts().IsMatch(text.AsSpan(ptrig.Index, colon - ptrig.Index)))
        {
            var head = text.AsSpan(ptrig.Index, colon - ptrig.Index);
            var partType = head.Contains("metric", StringComparison.Ordinal) ? NodeLabel.Metric : head.Contains("benchmark", StringComparison.Ordinal) ? NodeLabel.Benchmark :
                head.Contains("dataset", StringComparison.Ordinal) ? NodeLabel.Dataset : head.Contains("model", StringComparison.Ordinal) ? NodeLabel.Model : NodeLabel.Method;
            OwnPartsAfterColon(s, colon + 1, partType, here, cands, votes);
        }

        // "we construct two datasets: the synthetic X dataset and …": after a proposal verb, a name that a dataset or
        // benchmark noun follows, set off by an article (not by "from/on/of": data the paper draws on).
        if (triggers is { Count: > 0 } && triggers[0] is { Success: true } dtrig)
            foreach (var c in here)
            {
                int rel = c.Start - s.Start;
                if (c.Proposed || c.Known is not null || c.AliasOf is not null || rel <= dtrig.Index) continue;
                var after = NextWords(text, rel + c.Surface.Length, 1);
                if (after.Count == 0 || after[0] is not ("dataset" or "benchmark" or "corpus")) continue;
                var before = PrevWords(text, rel, 4);
                int k = 0;
                while (k < before.Count - 1 && k < 3 && before[k].All(ch => char.IsLower(ch) || ch == '-') && before[k] is not ("the" or "a" or "an" or "from" or "on" or "of" or "in" or "with" or "using")) k++;
                if (k < before.Count && before[k] is "the" or "a" or "an" && (k + 1 >= before.Count || before[k + 1] is not ("from" or "on" or "of" or "in" or "with" or "using" or "to" or "by")))
                    c.Proposed = true;
            }
        // Definitions after a proposal verb are the paper's own ("we propose A (AA) and B (BB)"), but not the tasks a
        // proposed benchmark covers ("… to evaluate three tasks, which include Video Grounding (VG), …").
        if (starts.Count > 0)
            foreach (var c in here)
                if (c.Known is null && c.Rule == "entity.definition" && c.AliasOf is null && c.Start - s.Start > starts.Min() &&
                    !UsedAfter(PrevWords(text, c.Start - s.Start, 2)) && !TasksWord().IsMatch(text.AsSpan(starts.Min(), c.Start - s.Start - starts.Min())))
                    c.Proposed = true;
        // "we employ Noise-Shaped Tuning (NST), which …": a new long form with its abbreviation right after a verb of use is
        // the paper's own (a known one is used).
        foreach (Match um in OwnUseVerb().Matches(text))
            foreach (var c in here)
                if (c.Known is null && c.Rule == "entity.definition" && c.AliasOf is null && c.Start - s.Start >= um.Index + um.Length &&
                    c.Start - s.Start - (um.Index + um.Length) <= 40 && OnlyModifiersBetween(text, um.Index + um.Length, c.Start - s.Start))
                { c.Proposed = true; break; }
        // "An audio-visual benchmark (AVEB) is also proposed": the last name before the passive verb.
        if (PassiveProposal().Match(text) is { Success: true } pass)
        {
            Cand? last = null;
            foreach (var c in here)
                if (c.Start - s.Start < pass.Index && c.Known is null) last = c.AliasOf is null ? c : last ?? c;
            if (last is not null && WordsBetween(text, last.Start - s.Start + last.Surface.Length, pass.Index) <= 8) { last.Proposed = true; }
            // "a base MLLM, Kakapo, is built": a one-word name set off after a head noun right before the passive verb.
            else if (PassiveSetOffName().Match(text[..pass.Index]) is { Success: true } pn && NameShape.HeadNouns.ContainsKey(pn.Groups["h"].Value) && !here.Exists(c => c.Start - s.Start == pn.Groups["n"].Index))
            {
                var cand = new Cand { Surface = pn.Groups["n"].Value, Start = s.Start + pn.Groups["n"].Index, SentenceIndex = s.Index, Proposed = true, Rule = "entity.we-introduce", Confidence = 0.6 };
                cands.Add(cand);
                here.Add(cand);
                here.Sort((a, b) => a.Start.CompareTo(b.Start));
                if (NameShape.HeadNouns.TryGetValue(pn.Groups["h"].Value, out var th) && th != NodeLabel.Metric) Vote(votes, KeyOf(cand), th, 3f);
            }
        }

        // "Our methodology includes a Difference Area Generator …, followed by a Caption Writer …".
        if (OwnPartsSentence().Match(text) is { Success: true } parts)
            OwnPartsAfterArticle(s, parts.Index + parts.Length, here, cands, votes);

        // "… called/named/dubbed X"
        CalledPhrases(s, here, cands, starts.Count > 0 || PassiveProposal().IsMatch(text));
        foreach (var c in here)
        {
            if (c.Known is not null || c.AliasOf is not null) continue;
            int rel = c.Start - s.Start;
            if (rel > 0 && CalledBefore(PrevWords(text, rel, 5)))
            {
                c.Proposed = true;
                if (c.Rule == "entity.shape") c.Rule = "entity.called";
                // "a novel Spatial Sense and Reasoning method, dubbed SSR": a short form of the name right before is its alias.
                if (ShortFormOfPrevious(s, cands, c, rel) is { } longName) { c.AliasOf = longName; continue; }
                // "a benchmark called X": the noun before "called" types it.
                var before = PrevWords(text, rel, 3);
                bool typed = false;
                for (int k = 1; k < before.Count && !typed; k++)
                    if (NameShape.HeadNouns.TryGetValue(before[k], out var tb) && tb != NodeLabel.Metric) { Vote(votes, KeyOf(c), tb, 3f); typed = true; }
                // "a Large Spoken Benchmark which covers 9 tasks, named as X": the nearest singular head noun of the clause.
                if (!typed)
                    foreach (var w in PrevWords(text, rel, 25))
                        if (!w.EndsWith('s') && NameShape.HeadNouns.TryGetValue(w, out var tf) && tf != NodeLabel.Metric) { Vote(votes, KeyOf(c), tf, 2f); break; }
                PhraseBeforeNamingWord(c, s, here, cands);
            }
        }
    }

    /// <summary>"a novel Spatial Sense and Reasoning method, dubbed SSR": the capitalised phrase right before the naming
    /// word and the name after it are one entity, the name; the phrase stays as its alias only when the name spells it
    /// (a definition), else it is dropped.</summary>
    private static void PhraseBeforeNamingWord(Cand named, Sentence s, List<Cand> here, List<Cand> cands)
    {
        var text = s.Text;
        int rel = named.Start - s.Start;
        Cand? phrase = null;
        foreach (var c in cands)
            if (c != named && c.SentenceIndex == s.Index && c.Start < named.Start && c.Start + c.Surface.Length <= named.Start && (phrase is null || c.Start > phrase.Start)) phrase = c;
        if (phrase is not { Known: null, AliasOf: null, Rule: "entity.we-introduce" or "entity.our" } || !phrase.Surface.Contains(' ')) return;
        int end = phrase.Start - s.Start + phrase.Surface.Length;
        // Only a head noun (or nothing) and the naming word between them.
        var between = Words(text.AsSpan(end, rel - end));
        if (between.Count is 0 or > 3 || !(between[^1] is "dubbed" or "termed" or "called" or "named" or "coined" || between[^1] is "as" && between.Count > 1)) return;
        if (between.Count > 1 && !(NameShape.HeadNouns.ContainsKey(between[0]) || between[0] is "dubbed" or "termed" or "called" or "named" or "coined")) return;
        if (Abbreviations.LongFormStart(named.Surface, phrase.Surface) == 0 && char.IsUpper(named.Surface[0]) && NameShape.IsAllCaps(named.Surface.AsSpan(0, Math.Min(2, named.Surface.Length))))
        {
            phrase.AliasOf = named.Surface;
            phrase.Rule = "entity.definition";
        }
        else
        {
            cands.Remove(phrase);
            here.Remove(phrase);
        }
    }

    /// <summary>The items of a list "a A, a B and C" from <paramref name="from"/>: each that opens with a run of capitalised
    /// words (after an article) names one of the paper's own parts.</summary>
    private static void OwnPartsAfterColon(Sentence s, int from, NodeLabel partType, List<Cand> here, List<Cand> cands, Dictionary<string, float[]> votes)
    {
        var text = s.Text;
        int end = ClauseEnd(text, from);
        for (int at = from; at < end;)
        {
            int next = text.IndexOf(", ", at, end - at, StringComparison.Ordinal);
            int and = text.IndexOf(" and ", at, end - at, StringComparison.Ordinal);
            int stop = next < 0 ? (and < 0 ? end : and) : (and < 0 ? next : Math.Min(next, and));
            int i = at;
            while (i < stop && text[i] == ' ') i++;
            // ", and Final Correctness": the last item of a list with a serial comma.
            if (string.CompareOrdinal(text, i, "and ", 0, 4) == 0) i += 4;
            foreach (var article in (string[])["a ", "an ", "the "])
                if (string.CompareOrdinal(text, i, article, 0, article.Length) == 0) { i += article.Length; break; }
            // "two models: Aria-Base and Aria-Chat": a name another rule found as the whole item.
            if (here.Find(c => c.Start - s.Start == i) is { Known: null, AliasOf: null } whole && i + whole.Surface.Length >= stop - 1)
                whole.Proposed = true;
            else if (!here.Exists(c => c.Start - s.Start == i) && OneWordName().Match(text, i) is { Success: true } one && i + one.Length >= stop - 1 &&
                     (one.Value.Contains('-') || HasUpperOrDigit(one.ValueSpan[1..])))
            {
                // A one-word name shaped like a name ("Wren-Base").
                var cand = new Cand { Surface = one.Value, Start = s.Start + i, SentenceIndex = s.Index, Proposed = true, Rule = "entity.we-introduce", Confidence = 0.55 };
                cands.Add(cand);
                Vote(votes, KeyOf(cand), partType == NodeLabel.Method ? NameShape.TypeFromHead(cand.Surface) : partType, partType == NodeLabel.Method ? 1f : 3f);
            }
            else if (CapitalisedPhrase(text, i, stop) is { } p && p.Start == i && p.Length >= stop - i - 1 &&
                !here.Exists(c => c.Start - s.Start < p.Start + p.Length && p.Start < c.Start - s.Start + c.Surface.Length))
            {
                var cand = new Cand { Surface = text.Substring(p.Start, p.Length), Start = s.Start + p.Start, SentenceIndex = s.Index, Proposed = true, Rule = "entity.we-introduce", Confidence = 0.55 };
                cands.Add(cand);
                Vote(votes, KeyOf(cand), partType, partType == NodeLabel.Method ? 1f : 3f);
            }
            at = stop + (stop == next ? 2 : 5);
        }
    }

    /// <summary>"the concept of", "to train": words between a proposal verb and what it announces.</summary>
    [GeneratedRegex(@"\G\s+(?:(?:the\s+|a\s+new\s+)?(?:concept|notion|idea)\s+of|to\s+(?:train|build|learn|construct|design|develop|create))\b", RegexOptions.CultureInvariant)]
    private static partial Regex ConceptOf();

    /// <summary>A noun phrase right after a proposal verb, set off by a comma: "(an) end-to-end any-to-any system, ".</summary>
    [GeneratedRegex(@"\G\s*(?:(?:an?|the)\s+)?(?<np>[^,;:()]{1,100}?),\s+", RegexOptions.CultureInvariant)]
    private static partial Regex NounPhraseComma();

    /// <summary>Nouns of a method's parts that head an announced noun phrase as well as the head nouns do ("a newly
    /// introduced intermediate representation, X").</summary>
    private static readonly FrozenSet<string> PartNouns = new[]
    {
        "representation", "network", "adapter", "engine", "toolkit", "platform", "environment", "protocol", "layer",
        "head", "block", "token", "prompt", "evaluator", "simulator", "generator", "library",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>", our (proposed) router," right after a name: the name is the paper's own thing.</summary>
    [GeneratedRegex(@"^, our (?:[a-z][\w-]* ){0,2}?[a-z][\w-]*,", RegexOptions.CultureInvariant)]
    private static partial Regex OurApposition();

    /// <summary>"verifier", "router", "planner", "detector": a lower-case noun of a thing that acts.</summary>
    private static bool IsAgentNoun(string w) =>
        w.Length >= 6 && w.All(char.IsLower) && (w.EndsWith("er", StringComparison.Ordinal) || w.EndsWith("or", StringComparison.Ordinal)) && w is not ("other" or "either" or "neither" or "further" or "rather" or "better" or "larger" or "smaller" or "stronger" or "faster" or "longer" or "higher" or "lower" or "former" or "latter");

    /// <summary>Nouns after a known model's name that make the name a modifier: "a causal Q-Former structure".</summary>
    private static readonly FrozenSet<string> PartOfNouns = new[]
    {
        "structure", "module", "architecture", "layer", "layers", "block", "blocks", "design", "variant", "head", "adapter", "style",
        "backbone", "encoder", "decoder", "component",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that make the text after a proposal verb something other than a noun phrase naming what is proposed.</summary>
    private static readonly FrozenSet<string> NotInAnnouncedPhrase = new[]
    {
        "of", "on", "with", "using", "from", "by", "to", "than", "that", "which", "in", "into", "via", "over", "is", "are",
        "we", "our", "it", "its", "their", "this", "these", "both", "between", "across", "such", "as", "e.g.", "i.e.",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The name of "we propose a lightweight approach, Name, …" / "…, Long Name (LN), …": after a noun phrase of at
    /// most eight words that ends with a head noun and has no preposition, verb or known name in it, the unknown name right after the comma, or the one in
    /// brackets after its long form.</summary>
    private static Cand? ApposedAfterNounPhrase(Sentence s, List<Cand> here, List<Cand> cands, int from, int limit)
    {
        var text = s.Text;
        if (NounPhraseComma().Match(text, from) is not { Success: true } m) return null;
        int at = m.Index + m.Length;
        // "a simple yet effective method, i.e., Long Form (LF)".
        if (string.CompareOrdinal(text, at, "i.e., ", 0, 6) == 0) at += 6;
        if (at >= limit || here.Exists(c => c.Known is not null && c.Start - s.Start >= from && c.Start - s.Start < at)) return null;
        var np = Words(m.Groups["np"].ValueSpan, 9);
        if (np.Count == 0 || np.Count > 8 || np.Exists(NotInAnnouncedPhrase.Contains) || !(NameShape.HeadNouns.ContainsKey(np[^1]) || PartNouns.Contains(np[^1]) || IsAgentNoun(np[^1]))) return null;
        int nameAt = at;
        var named = here.Find(c => c.Start - s.Start == at);
        if (named is null && SetOffName().Match(text, at) is not { Success: true })
        {
            // "Key-frame Video LLM (Koala)": a long form the definition rule did not pair; the bracketed name.
            int open = text.IndexOf(" (", at, Math.Min(90, limit - at), StringComparison.Ordinal);
            if (open < 0 || text.AsSpan(at, open - at).IndexOfAny(',', ';') >= 0) return null;
            nameAt = open + 2;
            named = here.Find(c => c.Start - s.Start == nameAt);
        }
        if (named is null)
        {
            // A name no other rule found: one capitalised word-token set off by punctuation.
            if (SetOffName().Match(text, nameAt) is not { Success: true } sm) return null;
            named = new Cand { Surface = sm.Groups["n"].Value, Start = s.Start + nameAt, SentenceIndex = s.Index, Rule = "entity.we-introduce", Confidence = 0.6 };
            cands.Add(named);
            here.Add(named);
            here.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
        // A known method or metric there is used ("a sparse routing strategy, MoE,"); a known model or benchmark so set
        // off is the paper's own.
        return named is { AliasOf: null } && named.Known?.Type is null or NodeLabel.Model or NodeLabel.Benchmark or NodeLabel.Dataset ? named : null;
    }

    /// <summary>The one-token name in brackets that closes a noun phrase announced by a proposal verb: "a benchmark of 5K
    /// questions (PorchBench)" (an indefinite article opens the phrase, a head noun is in it, no comma or known name).</summary>
    private static Cand? BracketedAfterNounPhrase(Sentence s, List<Cand> here, List<Cand> cands, int from, int limit)
    {
        var text = s.Text;
        int i = from;
        while (i < limit && text[i] == ' ') i++;
        if (!(string.CompareOrdinal(text, i, "a ", 0, 2) == 0 || string.CompareOrdinal(text, i, "an ", 0, 3) == 0)) return null;
        int open = text.IndexOf(" (", i, Math.Min(160, limit - i), StringComparison.Ordinal);
        if (open < 0 || text.AsSpan(i, open - i).IndexOfAny(',', ';') >= 0) return null;
        int close = text.IndexOf(')', open);
        if (close < 0 || close > limit) return null;
        var words = Words(text.AsSpan(i, open - i), 30);
        if (!words.Exists(w => NameShape.HeadNouns.ContainsKey(w) || PartNouns.Contains(w))) return null;
        if (here.Exists(c => c.Start - s.Start >= i && c.Start - s.Start < open && (c.Known is not null || c.AliasOf is null))) return null;
        int at = open + 2;
        // "… in large language models (LMMs)": a short form of the words before the bracket defines them, it names no new thing.
        var content = text.AsSpan(at, close - at);
        if (Abbreviations.LongFormStart(content, text.AsSpan(i, open - i)) >= 0 || content.Length > 1 && content[^1] == 's' && char.IsUpper(content[^2])) return null;
        var found = here.Find(c => c.Start - s.Start == at);
        if (found is not null) return found.Known is null && found.Surface.Length == close - at ? found : null;
        if (SetOffName().Match(text, at) is not { Success: true } sm || at + sm.Length != close || NotNameWords.Contains(sm.Value)) return null;
        var cand = new Cand { Surface = sm.Groups["n"].Value, Start = s.Start + at, SentenceIndex = s.Index, Rule = "entity.we-introduce", Confidence = 0.6 };
        cands.Add(cand);
        here.Add(cand);
        here.Sort((a, b) => a.Start.CompareTo(b.Start));
        return cand;
    }

    [GeneratedRegex(@"\G[A-Z][\w\-+.]*[\w+]", RegexOptions.CultureInvariant)]
    private static partial Regex OneWordName();

    /// <summary>A one-token name with a capital, set off by punctuation or a bracket: "Omni-Weaver.", "Sparrow)".</summary>
    [GeneratedRegex(@"\G(?<n>[A-Z][\w\-+]*[\w+]|[a-z][\w\-+]*[A-Z][\w\-+]*)(?=[,.;)]|\s\()", RegexOptions.CultureInvariant)]
    private static partial Regex SetOffName();

    /// <summary>A sentence that opens by listing what the paper's own method holds: "Our methodology includes …", "The
    /// proposed framework consists of …".</summary>
    [GeneratedRegex(@"^(?:[^,]{0,40},\s*)?(?:Our|The\s+proposed)\s+(?:[\w-]+\s+){0,2}?(?:method|methodology|framework|approach|model|pipeline|system|architecture|design)\s+(?:mainly\s+|also\s+)?(?:includes|consists\s+of|comprises|contains|features|incorporates)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnPartsSentence();

    [GeneratedRegex(@"\b(?:an?|the)\s+(?=[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleBeforeCapital();

    /// <summary>Each run of at least two capitalised words after an article from <paramref name="from"/> names one of the
    /// paper's own parts (a name another rule found there is marked proposed unless it is a known one).</summary>
    private static void OwnPartsAfterArticle(Sentence s, int from, List<Cand> here, List<Cand> cands, Dictionary<string, float[]> votes)
    {
        var text = s.Text;
        int end = ClauseEnd(text, from);
        foreach (Match am in ArticleBeforeCapital().Matches(text[..end], from))
        {
            int at = am.Index + am.Length;
            if (here.Find(c => c.Start - s.Start == at) is { } found) { if (found.Known is null && found.AliasOf is null) found.Proposed = true; continue; }
            if (CapitalisedPhrase(text, at, end) is not { } p || p.Start != at ||
                here.Exists(c => c.Start - s.Start < p.Start + p.Length && p.Start < c.Start - s.Start + c.Surface.Length)) continue;
            var cand = new Cand { Surface = text.Substring(p.Start, p.Length), Start = s.Start + p.Start, SentenceIndex = s.Index, Proposed = true, Rule = "entity.our", Confidence = 0.55 };
            cands.Add(cand);
            here.Add(cand);
            Vote(votes, KeyOf(cand), NameShape.TypeFromHead(cand.Surface), 1f);
        }
        here.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>"two … tasks/objectives/modules, A and B, which …" with A and B lower-case phrases of 2–5 words.</summary>
    [GeneratedRegex(@"\b(?:two|three|four)\s+(?:[\w-]+\s+){0,3}?(?:tasks|objectives|losses|modules|strategies|components|techniques|mechanisms|methods),\s+(?<a>[a-z][a-z-]+(?:\s[a-z][a-z-]+){1,4}),?\s+and\s+(?<b>[a-z][a-z-]+(?:\s[a-z][a-z-]+){1,4})(?=,|\.|;)", RegexOptions.CultureInvariant)]
    private static partial Regex CountedLowerCasePair();

    /// <summary>"a method, namely Token Recycling, …", "we term this approach Latent Replay": a run of capitalised words
    /// after a naming word is a proposed name when no other rule found a name there ("namely" only in a proposal sentence:
    /// elsewhere it lists what the paper uses).</summary>
    private static void CalledPhrases(Sentence s, List<Cand> here, List<Cand> cands, bool proposing)
    {
        var text = s.Text;
        if (text.AsSpan().IndexOfAny(NamingStems) < 0) return;
        foreach (Match m in NamingWord().Matches(text))
        {
            int from = m.Index + m.Length;
            if ((!proposing && m.Value.StartsWith("namely", StringComparison.Ordinal)) || here.Exists(c => c.Start - s.Start == from)) continue;
            // "a unified MLLM named Merlin that …": one capitalised word that ends the name, in a proposal sentence.
            if (CapitalisedPhrase(text, from, ClauseEnd(text, from)) is not { } p)
            {
                if (!proposing || NamedWord().Match(text, from) is not { Success: true } nw) continue;
                p = (from, nw.Length);
            }
            var surface = text.Substring(p.Start, p.Length);
            // The name must end there: a lower-case word that goes on ("… Action model for Chatting") cuts a longer name.
            if (NextWords(text, p.Start + p.Length, 1) is [var next] && char.IsLower(next[0]) && text[p.Start + p.Length] == ' ' &&
                next is not ("and" or "that" or "which" or "to" or "for" or "with" or "in" or "is" or "as" or "on"))
            {
                // "… termed Visual Action model for Talking (VAT)": the bracketed short form names it.
                int open = text.IndexOf(" (", p.Start, Math.Min(100, ClauseEnd(text, p.Start) - p.Start), StringComparison.Ordinal);
                if (open > 0 && text.AsSpan(p.Start, open - p.Start).IndexOf(',') < 0 &&
                    here.Find(c => c.Start - s.Start == open + 2) is { Known: null } shortForm)
                    shortForm.Proposed = true;
                continue;
            }
            if (here.Exists(c => c.Start - s.Start < p.Start + p.Length && p.Start < c.Start - s.Start + c.Surface.Length)) continue;
            var cand = new Cand { Surface = surface, Start = s.Start + p.Start, SentenceIndex = s.Index, Proposed = true, Rule = "entity.called", Confidence = 0.6 };
            // "a novel Layered Depth Prompting method, dubbed LDP": a short form of the name right before is its alias.
            if (ShortFormOfPrevious(s, cands, cand, p.Start) is { } longName) cand.AliasOf = longName;
            cands.Add(cand);
            here.Add(cand);
        }
        here.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>The long name a short form after a naming word spells when that name ends at most a few words before it
    /// ("Layered Depth Prompting method, dubbed LDP").</summary>
    private static string? ShortFormOfPrevious(Sentence s, List<Cand> here, Cand c, int rel)
    {
        if (c.Known is not null || c.Surface.Contains(' ') || !Abbreviations.IsShortForm(c.Surface)) return null;
        Cand? prev = null;
        foreach (var o in here)
            if (o != c && o.SentenceIndex == s.Index && o.Known is null && o.Start - s.Start + o.Surface.Length <= rel && (prev is null || o.Start > prev.Start)) prev = o;
        if (prev is null || WordsBetween(s.Text, prev.Start - s.Start + prev.Surface.Length, rel) > 3) return null;
        var longName = prev.AliasOf ?? prev.Surface;
        return longName.Contains(' ') && Abbreviations.LongFormStart(c.Surface, longName) == 0 ? longName : null;
    }

    /// <summary>One capitalised word that a clause or punctuation ends: "Merlin that", "Lyra,".</summary>
    [GeneratedRegex(@"\G[A-Z][\w\-+]*[\w+](?=[,.;:)]|\s\(|\s(?:that|which|to|for|with|and|is|as|in|on)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex NamedWord();

    /// <summary>A naming word right before a name ("called", "namely", "we term this approach").</summary>
    [GeneratedRegex(@"\b(?:called|named|dubbed|termed|coined|namely|(?:refer(?:red)?\s+to|denoted)\s+as|[Ww]e\s+(?:call|term|name|dub)\s+(?:it|(?:this|our|the)\s+(?:resulting\s+|new\s+|proposed\s+)?[a-z]+)|[Ww]e\s+refer\s+to\s+(?:it|(?:this|our|the)\s+(?:resulting\s+|new\s+|proposed\s+)?[a-z]+)\s+as|(?:which|that)\s+we\s+(?:call|term|name|dub))\s+(?:the\s+)?(?=[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex NamingWord();

    private static readonly SearchValues<string> NamingStems = SearchValues.Create(["called", "named", "dubbed", "termed", "coined", "namely", "refer", "denoted", "call ", "term ", "name ", "dub "], StringComparison.Ordinal);

    /// <summary>"Our model, Crovix, …", "the resulting system, Srovix, …", "Our Brovix outperforms …": one plain capitalised
    /// word that the paper sets off as its own thing (no other rule found a name there) is a proposed name.</summary>
    private static void OwnSetOffWords(Sentence s, List<Cand> here, List<Cand> cands, Dictionary<string, float[]> votes)
    {
        var text = s.Text;
        if (!text.Contains("our ", StringComparison.OrdinalIgnoreCase) && !text.Contains("he resulting ", StringComparison.Ordinal) &&
            !text.Contains("he trained ", StringComparison.Ordinal) && !text.Contains("he final ", StringComparison.Ordinal)) return;
        bool added = false;
        foreach (var m in OwnHeadCommaWord().Matches(text).Concat(OurWordVerb().Matches(text)))
        {
            var g = m.Groups["n"];
            if (NotNameWords.Contains(g.Value) || g.Length < 3) continue;
            if (m.Groups["h"].Success && !(NameShape.HeadNouns.ContainsKey(m.Groups["h"].Value) || PartNouns.Contains(m.Groups["h"].Value) || IsAgentNoun(m.Groups["h"].Value))) continue;
            if (here.Exists(c => c.Start - s.Start < g.Index + g.Length && g.Index < c.Start - s.Start + c.Surface.Length)) continue;
            var cand = new Cand { Surface = g.Value, Start = s.Start + g.Index, SentenceIndex = s.Index, Proposed = true, Rule = "entity.our", Confidence = 0.55 };
            cands.Add(cand);
            here.Add(cand);
            added = true;
            if (m.Groups["h"].Success && NameShape.HeadNouns.TryGetValue(m.Groups["h"].Value, out var th) && th != NodeLabel.Metric) Vote(votes, KeyOf(cand), th, 3f);
            else Vote(votes, KeyOf(cand), NameShape.TypeFromHead(cand.Surface), 1f);
        }
        if (added) here.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>"a new chart benchmark, TickBench-Hard, …", "The resulting framework, PlotMind-R, …", "a reader model,
    /// TickReader-7B.": an unknown name set off right after an indefinite (or "the resulting/proposed", "our") noun phrase
    /// with a head noun introduces the paper's own thing, unless the phrase says it is someone else's ("a popular benchmark,
    /// X") or follows a comparison ("outperforms a strong baseline, X,").</summary>
    private static void IntroducedAppositions(Sentence s, List<Cand> here, List<Cand> cands, Dictionary<string, float[]> votes)
    {
        var text = s.Text;
        if (text.IndexOf(", ", StringComparison.Ordinal) < 0) return;
        foreach (Match m in IntroducedApposition().Matches(text))
        {
            var mods = m.Groups["m"].Value;
            if (OthersWords().IsMatch(mods)) continue;
            var h = m.Groups["h"].Value;
            if (!(NameShape.HeadNouns.ContainsKey(h) || PartNouns.Contains(h) || IsAgentNoun(h) || h == "set" && mods.TrimEnd().EndsWith("training", StringComparison.Ordinal))) continue;
            // "… as well as a reader model, X" adds one more of the paper's own things; "such as a …, X" lists others'.
            var prev = PrevWords(text, m.Index, 2);
            if (!(prev is ["as", "well"]) && prev.Exists(w => w is "than" or "over" or "against" or "outperforms" or "outperforming" or "surpasses" or "surpassing" or "beats" or "compared" or "versus" or "vs" or "like" or "as" or "from" or "of" or "on"))
                continue;
            var g = m.Groups["n"];
            var found = here.Find(c => c.Start - s.Start == g.Index);
            if (found is not null)
            {
                if (found.Known is null && found.AliasOf is null && !found.Proposed) { found.Proposed = true; if (NameShape.HeadNouns.TryGetValue(h, out var th) && th != NodeLabel.Metric) Vote(votes, KeyOf(found), th, 3f); }
                continue;
            }
            if (here.Exists(c => c.Start - s.Start < g.Index + g.Length && g.Index < c.Start - s.Start + c.Surface.Length) || NotNameWords.Contains(g.Value)) continue;
            var cand = new Cand { Surface = g.Value, Start = s.Start + g.Index, SentenceIndex = s.Index, Proposed = true, Rule = "entity.we-introduce", Confidence = 0.55 };
            cands.Add(cand);
            here.Add(cand);
            here.Sort((a, b) => a.Start.CompareTo(b.Start));
            if (NameShape.HeadNouns.TryGetValue(h, out var th2) && th2 != NodeLabel.Metric) Vote(votes, KeyOf(cand), th2, 3f);
            else Vote(votes, KeyOf(cand), NameShape.TypeFromHead(cand.Surface), 1f);
        }
    }

    [GeneratedRegex(@"\G, an? (?<m>(?:[\w-]+ ){0,4}?)(?<h>[a-z][\w-]*?)s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex ApposedIndefinite();

    [GeneratedRegex(@"\b(?:[Aa]n?|[Tt]he\s+(?:resulting|proposed))\s+(?<m>(?:[\w-]+\s+){0,4}?)(?<h>[a-z][\w-]*?)s?,\s+(?<n>[A-Z][\w\-+.]*[\w+])(?=,|\.|;|\s\()", RegexOptions.CultureInvariant)]
    private static partial Regex IntroducedApposition();

    [GeneratedRegex(@"\b(?:existing|popular|standard|widely|commonly|common|previous|prior|state-of-the-art|recent|well-known|representative|leading|off-the-shelf|classic|classical|conventional|strong|established|public|publicly|open-source|proprietary|commercial|closed-source|mainstream|typical|famous)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OthersWords();

    /// <summary>"our (proposed) memory module, Crovix,", "the resulting model, Srovix,".</summary>
    [GeneratedRegex(@"\b(?:[Oo]ur(?:\s+proposed)?|[Tt]he\s+(?:resulting|trained|final|proposed))\s+(?:[a-z][\w-]*\s+){0,2}?(?<h>[a-z][\w-]*),\s+(?<n>[A-Z][\w\-+]*[\w+])(?=,|\s\()", RegexOptions.CultureInvariant)]
    private static partial Regex OwnHeadCommaWord();

    /// <summary>"Our Brovix outperforms …": "our" right before a plain capitalised word and a verb of the paper's result.</summary>
    [GeneratedRegex(@"\b[Oo]ur\s+(?:proposed\s+)?(?<n>[A-Z][a-z][\w\-+]*[\w+])\s+(?:also\s+|further\s+|consistently\s+|significantly\s+|substantially\s+|clearly\s+|even\s+)?(?:outperforms|achieves|surpasses|attains|reaches|improves|beats|obtains|sets|yields|delivers|generali[sz]es|reduces|exhibits|demonstrates|shows|performs|is|can)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OurWordVerb();

    /// <summary>"our (proposed) Context Fusion Module", "construct the Gait Captions dataset": a run of capitalised
    /// words after "our" or after a data verb and an article (then followed by "dataset/benchmark/corpus") is a new,
    /// proposed name when no other rule found it.</summary>
    private static void AnnouncedPhrases(Sentence s, List<Cand> here, List<Cand> cands, Dictionary<string, float[]> votes)
    {
        var text = s.Text;
        for (int at = 0; at < text.Length; at++)
        {
            if (!char.IsLetter(text[at]) || (at > 0 && char.IsLetter(text[at - 1]))) continue;
            int from;
            bool dataOnly, isNew = false;
            if (string.CompareOrdinal(text, at, "our ", 0, 4) == 0 || string.CompareOrdinal(text, at, "Our ", 0, 4) == 0)
            {
                from = at + 4;
                if (string.CompareOrdinal(text, from, "proposed ", 0, 9) == 0) from += 9;
                // "Our approach, Sparse Expert Routing, …": the name set off after the head noun.
                int comma = text.IndexOf(", ", from, Math.Min(16, text.Length - from), StringComparison.Ordinal);
                if (comma > from && NameShape.HeadNouns.ContainsKey(text[from..comma])) from = comma + 2;
                dataOnly = false;
            }
            // "within the new Geo-Llama family": a name between "new" and a family/model/data noun.
            else if (string.CompareOrdinal(text, at, "new ", 0, 4) == 0)
            {
                from = at + 4;
                dataOnly = false;
                isNew = true;
            }
            else
            {
                int sp = text.IndexOf(' ', at);
                if (sp < 0 || sp - at < 5 || !DataVerbLookup.Contains(text.AsSpan(at, sp - at))) continue;
                from = sp + 1;
                if (!(string.CompareOrdinal(text, from, "the ", 0, 4) == 0 || string.CompareOrdinal(text, from, "a ", 0, 2) == 0 || string.CompareOrdinal(text, from, "an ", 0, 3) == 0)) continue;
                dataOnly = true;
            }
            if (CapitalisedPhrase(text, from, ClauseEnd(text, from)) is not { } p) continue;
            // Leave names that other rules found whole (or that start earlier); a shorter piece ("MPII") gives way.
            if (here.Exists(c => c.Start - s.Start < p.Start + p.Length && p.Start < c.Start - s.Start + c.Surface.Length &&
                                 (c.Start - s.Start < p.Start || c.Surface.Length >= p.Length))) continue;
            var after = NextWords(text, p.Start + p.Length, 1);
            var head = after.Count == 1 ? after[0].ToLowerInvariant() : "";
            if (dataOnly && head is not ("dataset" or "benchmark" or "corpus")) continue;
            if (isNew && head is not ("family" or "series" or "model" or "models" or "dataset" or "benchmark" or "corpus" or "suite")) continue;
            var surface = text.Substring(p.Start, p.Length);
            // "our RLX-trained Foo-VL": a participle word modifies a name, it is not part of one.
            if (ParticipleWord().IsMatch(surface)) continue;
            // Plural capitalised classes ("our Large Language Models") are not names.
            if (!dataOnly && surface.EndsWith('s') && !surface.EndsWith("ss", StringComparison.Ordinal)) continue;
            var cand = new Cand { Surface = surface, Start = s.Start + p.Start, SentenceIndex = s.Index, Proposed = true, Rule = "entity.our", Confidence = 0.6 };
            cands.Add(cand);
            here.Add(cand);
            var key = KeyOf(cand);
            if (NameShape.HeadNouns.TryGetValue(head, out var th) && th != NodeLabel.Metric) Vote(votes, key, th, 3f);
            else if (head is "family" or "series") Vote(votes, key, NodeLabel.Model, 3f);
            else Vote(votes, key, NameShape.TypeFromHead(surface), 1f);
            at = p.Start + p.Length;
        }
        here.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>"… via Stratified Random Ablation, a technique that …": a capitalised phrase set off by an apposition with
    /// a head noun, in a sentence about the paper's own work.</summary>
    private static void ApposedPhrases(Sentence s, List<Cand> here, List<Cand> cands, Dictionary<string, float[]> votes)
    {
        var text = s.Text;
        if (!text.Contains("we ", StringComparison.OrdinalIgnoreCase) && !text.Contains("our ", StringComparison.OrdinalIgnoreCase)) return;
        foreach (Match am in ApposedHead().Matches(text))
        {
            // Walk back over capitalised (possibly hyphenated) words.
            int end = am.Index, start = end, words = 0, i = end;
            while (true)
            {
                int wStart = i;
                while (wStart > 0 && (char.IsLetterOrDigit(text[wStart - 1]) || text[wStart - 1] == '-')) wStart--;
                if (wStart == i || !char.IsUpper(text[wStart])) break;
                start = wStart;
                words++;
                if (wStart < 2 || text[wStart - 1] != ' ') break;
                i = wStart - 1;
            }
            if (words < 2 || start == 0) continue;
            // Overlaps a name, or restates the name just before it ("we introduce PLUM, Procedural Logic …, a …").
            if (here.Exists(c => c.Start - s.Start < end && start < c.Start - s.Start + c.Surface.Length) ||
                (start >= 2 && text[start - 2] == ',' && here.Exists(c => c.Start - s.Start + c.Surface.Length == start - 2))) continue;
            var cand = new Cand { Surface = text[start..end], Start = s.Start + start, SentenceIndex = s.Index, Proposed = true, Rule = "entity.our", Confidence = 0.6 };
            cands.Add(cand);
            here.Add(cand);
            if (NameShape.HeadNouns.TryGetValue(am.Groups["h"].Value, out var th) && th != NodeLabel.Metric) Vote(votes, KeyOf(cand), th, 3f);
        }
        here.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>", a (new) technique/module/benchmark …" right after a name.</summary>
    [GeneratedRegex(@", an? (?:new |novel |simple |lightweight |general |unified )?(?<h>technique|method|framework|module|strategy|mechanism|approach|pipeline|algorithm|benchmark|dataset|model)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ApposedHead();

    /// <summary>A hyphenated participle ("VPD-trained", "CLIP-guided").</summary>
    [GeneratedRegex(@"-[a-z]+(?:ed|ing)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ParticipleWord();

    /// <summary>"… which endows Diffusion Transformer (DiT) models", "via the use of Optimal Transport (OT)": a name after
    /// a preposition or a verb of use is what the proposal works with, not part of it.</summary>
    private static bool UsedAfter(List<string> before)
    {
        int k = before.Count > 1 && before[0] is "the" or "a" or "an" ? 1 : 0;
        return k < before.Count && before[k] is "with" or "of" or "using" or "via" or "from" or "by" or "in"
            or "over" or "endows" or "combines" or "leverages" or "uses" or "employs" or "integrates" or "adopts" or "extends" or "than";
    }

    /// <summary>Verbs that make data ("we build a data engine and construct the X dataset").</summary>
    private static readonly FrozenSet<string> DataVerbs = new[]
    {
        "construct", "constructs", "build", "builds", "collect", "collects", "release", "releases", "create", "creates",
        "generate", "generates", "curate", "curates", "compile", "compiles", "assemble", "assembles", "constructing", "building",
        "collecting", "releasing", "creating", "generating", "curating", "compiling", "assembling",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DataVerbLookup = DataVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
}
