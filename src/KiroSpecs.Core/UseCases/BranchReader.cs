using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// Reads alternative flows, exception flows and extensions into <see cref="UseCaseBranch"/> records: the
/// anchor ("At step 3", "3a", "At any step", "*a"), the condition, the branch's own steps, and the ending
/// ("Continue with step 5", "Skip steps 4-5, proceed to step 6", "Flow terminates").
/// </summary>
internal static partial class BranchReader
{
    /// <summary>Splits a group section (no per-branch labels) into drafts.</summary>
    public static List<BranchDraft> SplitGroup(SectionBuffer group, List<SameAsReference> sameAs, Action<OutlineEntry>? prose = null)
    {
        var drafts = new List<BranchDraft>();
        var defaultKind = group.Kind == SectionKind.ExceptionFlows ? BranchKind.Exception : BranchKind.Alternative;
        var minDepth = int.MaxValue;
        foreach (var entry in group.Content)
        {
            if (entry.Kind is OutlineKind.Item or OutlineKind.Line)
            {
                minDepth = Math.Min(minDepth, entry.Depth);
            }
        }

        var eachBulletAFlow = EachBulletIsAFlow(group.Content, minDepth);
        BranchDraft? current = null;
        for (var i = 0; i < group.Content.Count; i++)
        {
            var entry = group.Content[i];
            if (eachBulletAFlow && entry.Kind == OutlineKind.Item && entry.Depth == minDepth && TextOf(entry) is { Length: > 0 } whole)
            {
                current = new BranchDraft(whole, entry.Position, defaultKind, false) { WholeInOneBullet = true };
                drafts.Add(current);
                continue;
            }

            if (entry.Kind == OutlineKind.TableRow && entry.IsHeaderRow)
            {
                var end = BranchTable.End(group.Content, i);

                if (current is { Lines.Count: 0, WholeInOneBullet: false } && StepReader.HasActorColumn(entry.Cells))
                {
                    // "**AF-1: Urgent referral** (from step 3)" over "| # | Actor | Action |": the rows are the steps
                    // of that flow, not flows of their own.
                    current.Lines.AddRange(group.Content.Skip(i).Take(end - i));
                    i = end - 1;
                    continue;
                }

                if (BranchTable.TryRead(group.Content, i, end, group.Kind, drafts))
                {
                    current = null;
                    i = end - 1;
                    continue;
                }
            }

            if (entry.Kind == OutlineKind.Break)
            {
                // "---" between two alternates: what follows is another branch.
                current = null;
                continue;
            }

            if (prose is not null && entry.Kind == OutlineKind.Line && entry.Depth <= minDepth && i > 0 && group.Content[i - 1].Kind == OutlineKind.Item
                && current is { FromTable: false } && group.Content.Take(i).Any(e => e.Kind == OutlineKind.Item && e.Depth == minDepth)
                && TextOf(entry) is { Length: > 0 } paragraph && TextPatterns.SafeMatch(TextPatterns.BranchHeader, paragraph) is null
                && TextPatterns.SafeMatch(TextPatterns.ExtensionHeader, paragraph) is null)
            {
                // "- **E3 (step 5, …):** …" then, as a paragraph of its own, "If an Ops agent ends a ride, …" (a flow of its
                // own) or "Note — step 7 has to be atomic …" (the use case's prose): not a line of the list's last flow.
                current = null;
                if (!StartsWithCondition(paragraph) && !(TextPatterns.SafeMatch(TextPatterns.Anchor, paragraph) is { Index: < 4 })
                    && !(TextPatterns.SafeMatch(TextPatterns.AnyStep, paragraph) is { Index: < 4 }))
                {
                    prose(entry);
                    continue;
                }
            }

            var text = TextOf(entry);
            if (text.Length == 0)
            {
                continue;
            }

            if (current is { WholeParagraph: true } && entry.Kind == OutlineKind.Line && TextPatterns.SafeMatch(TextPatterns.ExtensionHeader, text) is null
                && Texts.SentenceEnd(text) > 0 && !s_nestedExtensionStep.IsMatch(text))
            {
                // "**7a — …** Se a operadora negar …" written whole in its paragraph, then "**Cancelamento.** O médico pode
                // cancelar …": the next paragraph is a flow of its own, not a step of the one before.
                current = new BranchDraft(text, entry.Position, defaultKind, false) { WholeInOneBullet = true };
                drafts.Add(current);
                continue;
            }

            var same = TextPatterns.SafeMatch(TextPatterns.SameAs, text);
            if (same is not null && current is null)
            {
                sameAs.Add(new SameAsReference(group.Label, UseCaseAssembler.NormalizeId(same.Groups["id"].Value), entry.Position));
                continue;
            }

            var extension = TextPatterns.SafeMatch(TextPatterns.ExtensionHeader, text);
            if (extension is not null && (group.Kind == SectionKind.Extensions || current?.IsExtension == true || extension.Groups["sub"].Success == false && LooksLikeExtensionId(text)))
            {
                if (!extension.Groups["sub"].Success)
                {
                    var kind = group.Kind == SectionKind.ExceptionFlows ? BranchKind.Exception
                        : FailureWords.LooksLikeFailure(Sequences.Keywords.Unquoted(extension.Groups["rest"].Value)) ? BranchKind.Exception : defaultKind;
                    current = new BranchDraft(text, entry.Position, kind, true) { WholeParagraph = entry.Kind == OutlineKind.Line && Texts.SentenceEnd(text) > 0 };
                    drafts.Add(current);
                    continue;
                }

                if (current is not null)
                {
                    current.Lines.Add(entry);
                    continue;
                }
            }

            var header = TextPatterns.SafeMatch(TextPatterns.BranchHeader, text);
            if (header is not null && current is not null && IsStepOf(IdOf(header), IdOf(TextPatterns.SafeMatch(TextPatterns.BranchHeader, current.Header))))
            {
                // "A1.1 The system …" under "Alternate flow A1: …": a step of A1, not a branch of its own.
                current.Lines.Add(entry);
                continue;
            }

            var hasChildren = i + 1 < group.Content.Count && group.Content[i + 1].Depth > entry.Depth;
            var anchored = TextPatterns.SafeMatch(TextPatterns.Anchor, text) is not null || TextPatterns.SafeMatch(TextPatterns.AnyStep, text) is not null;
            var startsAnchor = anchored || StartsWithCondition(text);
            var atTop = entry.Depth == minDepth || entry.Kind == OutlineKind.TableRow;
            if (header is not null
                || current is null
                || (atTop && hasChildren)
                || (atTop && startsAnchor && !current.IsExtension && !NumbersOn(current, entry)
                    && ((anchored ? current.Lines.Count > 0 : OwnLinesEnd(current, entry)) || (entry.Kind == OutlineKind.Item && StartsWithCondition(current.Header)))))
            {
                var kind = header is not null ? KindOfId(header.Groups["id"].Value, defaultKind) : defaultKind;
                current = new BranchDraft(text, entry.Position, kind, false);
                if (header is null && !startsAnchor && ContinuesNumbering(group.Content, i) is var restated and > 1)
                {
                    current.RestatedStep = restated;
                }

                drafts.Add(current);
                continue;
            }

            current.Lines.Add(entry);
        }

        return drafts;
    }

    /// <summary>
    /// "**Edge cases**" over bullets of several sentences each, none with an id or items under it ("- Two people edit
    /// the same line at once. The second save gets a 409. …"): each bullet is a flow of its own, not the next step of
    /// the one before. True when the group holds two or more such bullets and nothing else but single-sentence ones.
    /// </summary>
    private static bool EachBulletIsAFlow(IReadOnlyList<OutlineEntry> content, int minDepth)
    {
        var whole = 0;
        for (var i = 0; i < content.Count; i++)
        {
            var entry = content[i];
            if (entry.Kind is OutlineKind.TableRow or OutlineKind.Label || (entry.Kind == OutlineKind.Line && TextOf(entry).Length > 0))
            {
                return false;
            }

            if (entry.Kind != OutlineKind.Item)
            {
                continue;
            }

            var text = TextOf(entry);
            if (entry.Depth != minDepth || TextPatterns.SafeMatch(TextPatterns.BranchHeader, text) is not null || TextPatterns.SafeMatch(TextPatterns.ExtensionHeader, text) is not null)
            {
                return false;
            }

            if (Texts.SentenceEnd(text) > 0 && Texts.Sentences(text).Count >= 2)
            {
                whole++;
            }
        }

        return whole >= 2;
    }

    /// <summary>
    /// True when a bullet that opens with a condition starts a branch of its own after <paramref name="current"/>:
    /// the branch before it has its steps nested under it, or is itself a whole flow in one line ("- If the rest is
    /// 0, it is skipped.", "- Calendar full → suggests the next day"). Under a scenario written as bullets one after another
    /// ("- Loading fails. - If a configuration is returned at all, the application …") it is the scenario's next step.
    /// </summary>
    private static bool OwnLinesEnd(BranchDraft current, OutlineEntry entry) =>
        (current.Lines.Count > 0 && (current.Lines[current.Lines.Count - 1].Depth > entry.Depth || current.Lines[current.Lines.Count - 1].Kind == OutlineKind.TableRow))
        || StartsWithCondition(current.Header) || IsOneLiner(current.Header) || current.Header.IndexOf('→') > 0 || current.Header.IndexOf("->", StringComparison.Ordinal) > 0;

    /// <summary>
    /// "1. … 2. … 3. When the bank details are updated, the use case resumes at step 11.": an ordered item that goes on
    /// with the numbers of the flow's own items is its next step, whatever its first word.
    /// </summary>
    private static bool NumbersOn(BranchDraft current, OutlineEntry entry)
    {
        if (entry.Kind != OutlineKind.Item || current.Lines.Count == 0 || current.Lines[current.Lines.Count - 1] is not { Kind: OutlineKind.Item } last
            || last.Depth != entry.Depth)
        {
            return false;
        }

        var previous = LeadingNumber(last.Marker);
        return previous > 0 && LeadingNumber(entry.Marker) == previous + 1;
    }

    /// <summary>The number of an ordered item that the next item continues ("3)" then "4)"), else 0.</summary>
    private static int ContinuesNumbering(IReadOnlyList<OutlineEntry> content, int at)
    {
        if (at + 1 >= content.Count || content[at].Kind != OutlineKind.Item || content[at + 1].Kind != OutlineKind.Item)
        {
            return 0;
        }

        var first = LeadingNumber(content[at].Marker);
        return first > 0 && LeadingNumber(content[at + 1].Marker) == first + 1 ? first : 0;
    }

    private static int LeadingNumber(string marker)
    {
        var digits = new string(marker.TakeWhile(char.IsDigit).ToArray());
        return digits.Length is > 0 and < 6 ? int.Parse(digits, CultureInfo.InvariantCulture) : 0;
    }

    private static string ActorOf(Dictionary<OutlineEntry, string> actorOf, OutlineEntry entry) =>
        actorOf.TryGetValue(entry, out var actor) ? actor : string.Empty;

    /// <summary>
    /// "3a. If the lock is held → `409 Conflict`": a branch that says not how it ends and whose last step is an HTTP
    /// error status ends there: the status is the answer the request ends with.
    /// </summary>
    public static UseCaseBranch WithStatusEnding(UseCaseBranch branch)
    {
        if (branch.Ending.Kind != EndingKind.Unspecified || branch.Steps.Count == 0 || !s_errorStatus.IsMatch(branch.Steps[branch.Steps.Count - 1].Text))
        {
            return branch;
        }

        var last = branch.Steps[branch.Steps.Count - 1];
        return branch with { Ending = new BranchEnding(EndingKind.Terminates, 0, 0, 0, last.Text, last.Position) };
    }

    /// <summary>"`409 Conflict`", "HTTP 503 …": a step that is an HTTP error status, the answer a request ends with.</summary>
    private const string ErrorStatusPattern =
        @"^[`*_\s]*(?:HTTP\s+)?[45]\d\d(?![\d%])(?:\s+[A-Z][A-Za-z]*)*[`*_]*(?:[\s,.;:]|$)";

#if NET
    private static readonly Regex s_errorStatus = ErrorStatusRegex();

    [GeneratedRegex(ErrorStatusPattern, RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial Regex ErrorStatusRegex();
#else
    private static readonly Regex s_errorStatus = new(ErrorStatusPattern, RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>"At step 1 of A1 (or …), if …": a branch that starts in another flow, and its condition.</summary>
    private const string StepOfAnotherFlowPattern =
        @"^\s*(?:at|in|during|after)\s+step\s+\d+\s+of\s+(?<flow>\p{Lu}{1,3}-?\d+|UC[-\w]*)\b[^,:]*(?:\([^)]*\))?\s*,?\s*(?:if|when)\s+(?<cond>.+?)[:.]?\s*$";

#if NET
    private static readonly Regex s_stepOfAnotherFlow = StepOfAnotherFlowRegex();

    [GeneratedRegex(StepOfAnotherFlowPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial Regex StepOfAnotherFlowRegex();
#else
    private static readonly Regex s_stepOfAnotherFlow = new(StepOfAnotherFlowPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>"4c2a. Patron declines …": an extension of step 4c2 inside extension 4c, one of its lines.</summary>
    private const string NestedExtensionStepPattern =
        @"^\s*\d+[a-z]\d+[a-z]\d*[.):]";

#if NET
    private static readonly Regex s_nestedExtensionStep = NestedExtensionStepRegex();

    [GeneratedRegex(NestedExtensionStepPattern, RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial Regex NestedExtensionStepRegex();
#else
    private static readonly Regex s_nestedExtensionStep = new(NestedExtensionStepPattern, RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    private const string HeadingIdPattern =
        @"^(?<id>\p{Lu}{1,2}\d{1,2}(?:\.\d{1,2})?)\s*[:.\-–—)]?\s+(?<rest>\S.*)$";

#if NET
    private static readonly Regex s_headingId = HeadingIdRegex();

    [GeneratedRegex(HeadingIdPattern, RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial Regex HeadingIdRegex();
#else
    private static readonly Regex s_headingId = new(HeadingIdPattern, RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    public static BranchDraft FromSection(SectionBuffer section)
    {
        var draft = new BranchDraft(section.Label, section.Position, section.BranchKind, section.IsExtension || LooksLikeExtensionId(section.Label)) { FromHeading = true };
        foreach (var entry in section.Content)
        {
            if (entry.Kind is OutlineKind.Item or OutlineKind.Line or OutlineKind.TableRow)
            {
                draft.Lines.Add(entry);
            }
        }

        return draft;
    }

    public static UseCaseBranch Read(BranchDraft draft, int index)
    {
        var id = string.Empty;
        var title = Texts.Clean(draft.Header);
        var headerActions = new List<string>();
        var anchor = BranchAnchor.None;
        var condition = string.Empty;
        var steps = new List<UseCaseStep>();
        var ending = BranchEnding.Unspecified;

        var extension = draft.IsExtension && !draft.FromTable ? TextPatterns.SafeMatch(TextPatterns.ExtensionHeader, title) : null;
        if (draft.FromTable)
        {
            id = draft.TableId;
            anchor = draft.TableAnchor;
            condition = draft.TableCondition;
            title = draft.TableTitle.Length > 0 ? draft.TableTitle : condition;
            headerActions.AddRange(draft.TableActions);
        }
        else if (extension is not null)
        {
            var stepPart = extension.Groups["step"].Value;
            id = stepPart.Replace(" ", string.Empty) + extension.Groups["dot"].Value + extension.Groups["letter"].Value;
            var rest = extension.Groups["rest"].Value.Trim().TrimStart('—', '–', '-', ' ');
            anchor = AnchorOfExtension(stepPart);
            if (IsOneLiner(rest))
            {
                // "2a) If the card is expired, the system shows "Expired" and the use case ends."
                // "3a. Invalid PIN: System asks again; returns to step 2."
                condition = SplitClauses(StripConditionWord(rest, out var ifClause), headerActions, ifClause);
                title = condition;
            }
            else
            {
                title = rest.TrimEnd(':', '：').Trim();
                condition = title;
            }
        }
        else
        {
            var header = TextPatterns.SafeMatch(TextPatterns.BranchHeader, title);
            if (header is not null)
            {
                id = IdOf(header);
                title = header.Groups["rest"].Value.Trim();
            }
            else if (draft.FromHeading && s_headingId.Match(title) is { Success: true } own)
            {
                // "#### B1 Controller rejects batch" under "Alternative Flows": the author's own id of the flow.
                id = own.Groups["id"].Value;
                title = own.Groups["rest"].Value.Trim();
            }

            // "Exception E1 (at step 3): Valve does not respond": the anchor in parentheses.
            title = TakeParentheticalAnchor(title, ref anchor, out var parenthesized);
            if (parenthesized.Length > 0)
            {
                // "E3 (step 5, PSP timeout > 10 s): treat like decline …": the condition is in the parenthesis with
                // the step, and what follows it is what happens.
                if (title.Length > 0 && draft.Lines.Count == 0)
                {
                    headerActions.AddRange(Texts.Sentences(title).Select(a => a.Trim()).Where(a => a.Length > 0));
                }

                condition = parenthesized;
                title = title.Length > 0 && draft.Lines.Count > 0 ? title : parenthesized;
            }

            // One-line branches: "Invalid card - At step 3, if the card is declined, System shows an error".
            if (anchor.Kind == AnchorKind.None && TryReadAnchor(title, out var titleAnchor, out var titleCondition, out var anchorStart, out var titleIf))
            {
                anchor = titleAnchor;
                var before = title.Substring(0, anchorStart).Trim().TrimEnd(':', '-', '–', '—', ',', '.', '：').Trim();
                condition = ConditionAround(before, titleCondition, titleIf, headerActions, out var lead);
                title = lead ?? (before.Length > 0 ? before : condition);
            }
            else if (anchor.Kind == AnchorKind.None && draft.Lines.Count == 0 && StartsWithCondition(title) && IsOneLiner(title))
            {
                // "If the Feedback API fails, the app keeps the comment and retries later."
                condition = SplitClauses(StripConditionWord(title, out _), headerActions, true);
                title = condition;
            }
            else if ((header is not null || draft.WholeInOneBullet) && draft.Lines.Count == 0 && TitleThenReaction(title))
            {
                // "E3. Disk full: the system shows a warning and returns to step 1.", "**FE4 – Adjunto no válido** (paso
                // 9): el sistema indica qué fichero falla y vuelve al paso 8.": the flow's name, then what happens.
                condition = SplitClauses(title.Trim().TrimStart(':', '：').Trim(), headerActions);
                title = condition;
            }
            else if ((header is not null || draft.WholeInOneBullet) && draft.Lines.Count == 0 && Texts.SentenceEnd(title) is var end and > 0)
            {
                // "- **AF-01 (step 3) Save as draft.** The applicant presses "Save". The use case ends.": the first
                // sentence names the flow, the sentences after it are what happens.
                headerActions.AddRange(Texts.Sentences(title.Substring(end + 2)));
                title = Texts.SentenceBefore(title, end);
                condition = title;
            }

            title = title.TrimEnd(':', '：').Trim();
            if (anchor.Kind == AnchorKind.None && draft.RestatedStep > 0)
            {
                anchor = new BranchAnchor(AnchorKind.Step, draft.RestatedStep, draft.RestatedStep);
            }
        }

        if (id.Length == 0)
        {
            id = (draft.Kind == BranchKind.Exception ? "Exception " : "Alternative ") + index.ToString(CultureInfo.InvariantCulture);
        }

        // "2.2.1 Course Offering Full": the document's section number is not part of the title.
        title = StripOutlineNumber(title);
        if (anchor.Kind == AnchorKind.AnyStep)
        {
            // "*a. At any time, the guest cancels" → "the guest cancels".
            var any = TextPatterns.SafeMatch(TextPatterns.AnyStep, condition);
            if (any is not null && any.Index <= 3 && condition.Length > any.Index + any.Length + 3)
            {
                condition = Trim(condition.Substring(any.Index + any.Length));
            }

            var anyInTitle = TextPatterns.SafeMatch(TextPatterns.AnyStep, title);
            if (anyInTitle is not null && anyInTitle.Index <= 3 && title.Length > anyInTitle.Index + anyInTitle.Length + 3)
            {
                title = Trim(title.Substring(anyInTitle.Index + anyInTitle.Length));
            }
        }

        var minDepth = int.MaxValue;
        foreach (var entry in draft.Lines)
        {
            minDepth = Math.Min(minDepth, entry.Depth);
        }

        var counter = 0;
        var entries = new List<OutlineEntry>(draft.Lines.Count + headerActions.Count);
        foreach (var action in headerActions)
        {
            entries.Add(new OutlineEntry(OutlineKind.Line, 0, 0, string.Empty, action, EquatableArray<string>.Empty, false, draft.Position));
        }

        var actorOf = new Dictionary<OutlineEntry, string>(ByReference<OutlineEntry>.Instance);
        var columns = (Number: -1, Actor: -1, Action: -1, System: -1);
        foreach (var line in draft.Lines)
        {
            if (line.Kind != OutlineKind.TableRow)
            {
                entries.Add(line);
                continue;
            }

            if (line.IsHeaderRow && StepReader.HasActorColumn(line.Cells))
            {
                columns = StepReader.Columns(line.Cells);
                continue;
            }

            if (!line.IsHeaderRow && columns.Actor >= 0 && columns.Action < line.Cells.Count && Texts.Clean(line.Cells[columns.Action]) is { Length: > 0 } action)
            {
                // "| 3.1 | Referring Physician | Marks urgency … |": one step, numbered and done by whom its row says.
                var number = columns.Number >= 0 && columns.Number < line.Cells.Count ? Texts.Clean(line.Cells[columns.Number]) : string.Empty;
                var row = new OutlineEntry(OutlineKind.Line, 0, line.Depth, number, action, EquatableArray<string>.Empty, false, line.Position);
                actorOf[row] = columns.Actor < line.Cells.Count ? Texts.Clean(line.Cells[columns.Actor]) : string.Empty;
                entries.Add(row);
                continue;
            }

            // A step table under the branch ("Actor Action | System Response"): each filled cell is a step of
            // its own, in the order of the columns.
            foreach (var cell in line.IsHeaderRow ? Enumerable.Empty<string>() : line.Cells)
            {
                if (Texts.Clean(cell).Length > 0)
                {
                    entries.Add(new OutlineEntry(OutlineKind.Line, 0, line.Depth, string.Empty, cell, EquatableArray<string>.Empty, false, line.Position));
                }
            }
        }

        var endedAt = -1;
        var endedText = string.Empty;
        for (var e = 0; e < entries.Count; e++)
        {
            var entry = entries[e];
            var text = TextOf(entry);
            if (text.Length == 0)
            {
                continue;
            }

            var number = string.Empty;
            if (s_nestedExtensionStep.Match(text) is { Success: true } nested)
            {
                // "2a2a. Rider gives up": numbered as the author numbers it, read from its own words.
                number = nested.Value.Trim().TrimEnd('.', ')', ':');
                text = text.Substring(nested.Length).Trim();
            }

            var sub = extension is not null && number.Length == 0 ? TextPatterns.SafeMatch(TextPatterns.ExtensionHeader, text) : null;
            var named = sub is null && number.Length == 0 ? TextPatterns.SafeMatch(TextPatterns.BranchStepNumber, text) : null;
            if (sub is not null && sub.Groups["sub"].Success)
            {
                number = id + sub.Groups["sub"].Value;
                text = sub.Groups["rest"].Value.Trim();
            }
            else if (named is not null)
            {
                number = named.Groups["n"].Value;
                text = named.Groups["text"].Value.Trim();
            }
            else if (entry.Marker.Length > 0 && number.Length == 0)
            {
                number = extension is not null ? id + entry.Marker : entry.Marker;
            }
            else if (number.Length == 0)
            {
                var numbered = TextPatterns.SafeMatch(TextPatterns.NumberedLine, text);
                if (numbered is not null)
                {
                    number = extension is not null ? id + numbered.Groups["n"].Value : numbered.Groups["n"].Value;
                    text = numbered.Groups["text"].Value.Trim();
                }
            }

            if (steps.Count == 0 && anchor.Kind == AnchorKind.None && !draft.FromTable && TryReadAnchor(text, out var lineAnchor, out var lineCondition, out var lineStart, out var lineIf))
            {
                anchor = lineAnchor;
                var more = new List<string>();
                condition = ConditionAround(text.Substring(0, lineStart).Trim().TrimEnd(',', '.').Trim(), lineCondition, lineIf, more, out _);
                if (condition.Length == 0)
                {
                    condition = lineCondition;
                }
                for (var m = 0; m < more.Count; m++)
                {
                    entries.Insert(e + 1 + m, new OutlineEntry(OutlineKind.Line, 0, entry.Depth, string.Empty, more[m], EquatableArray<string>.Empty, false, entry.Position));
                }

                continue;
            }

            if (steps.Count == 0 && anchor.Kind == AnchorKind.None && s_stepOfAnotherFlow.Match(text) is { Success: true } elsewhere)
            {
                // "At step 1 of A1 (or at step 4 of A3), if the report has been resubmitted 3 times:": a step of
                // another flow, no step of the basic flow; what follows "if" is the condition.
                condition = Trim(elsewhere.Groups["cond"].Value);
                anchor = new BranchAnchor(AnchorKind.None, 0, 0) { InFlow = elsewhere.Groups["flow"].Value };
                continue;
            }

            if (steps.Count == 0 && condition.Length == 0 && StartsWithCondition(text))
            {
                // "If the slot is taken, a warning is displayed.": the condition, then what happens.
                var c = TextPatterns.SafeMatch(TextPatterns.Condition, text);
                var more = new List<string>();
                condition = c is not null ? SplitClauses(Trim(c.Groups["cond"].Value), more, true) : text;
                for (var m = 0; m < more.Count; m++)
                {
                    entries.Insert(e + 1 + m, new OutlineEntry(OutlineKind.Line, 0, entry.Depth, string.Empty, more[m], EquatableArray<string>.Empty, false, entry.Position));
                }

                continue;
            }

            var earlier = ending;
            if (TryReadEnding(text, entry.Position, ref ending, out var before))
            {
                if (endedAt >= 0 && (earlier.Kind != ending.Kind || earlier.Step != ending.Step))
                {
                    // "4a2. Member cancels a hold; the use case returns to step 4." / "4a3. Member decides not to
                    // cancel: the use case ends in failure.": two ways the branch goes, so the earlier one keeps its
                    // words in its step; the branch ends as its last step says.
                    steps[endedAt] = steps[endedAt] with { Text = endedText };
                }

                // "picks another network → back to step 3": the arrow led to the ending, not to more of the action.
                before = before.TrimEnd(':', '：', ';', ',', ' ', '→', '-', '>', '–', '—').TrimEnd();
                if (before.Length > 0)
                {
                    KeepEndingInItsStep(steps, ref endedAt, endedText);
                    // "System shows the error and returns to step 2": the action is a step, the rest the ending.
                    steps.Add(new UseCaseStep(number, 0, before, ActorOf(actorOf, entry), entry.Position, EquatableArray<UseCaseStep>.Empty));
                    endedAt = steps.Count - 1;
                    endedText = text;
                }

                continue;
            }

            counter++;
            KeepEndingInItsStep(steps, ref endedAt, endedText);
            steps.Add(new UseCaseStep(number, 0, text, ActorOf(actorOf, entry), entry.Position, EquatableArray<UseCaseStep>.Empty));
        }

        if (condition.Length == 0)
        {
            condition = title;
        }

        if (ending.Kind == EndingKind.Terminates && steps.Count > 0 && OutcomeReader.SaysSuccess(ending.Text)
            && OutcomeReader.StepOf(TextPatterns.SafeMatch(TextPatterns.ContinueAt, steps[steps.Count - 1].Text)) is > 0 and var resumes)
        {
            // "… se salta los pasos 8 y 9 y continúa en el paso 10. El caso de uso termina con éxito.": the flow goes
            // on at step 10; the success the last line states is where that leads.
            ending = ending with { Kind = EndingKind.ContinueAt, Step = resumes };
        }

        return new UseCaseBranch(id, title, draft.Kind, anchor, condition, steps.ToEquatableArray(), ending, draft.Position);
    }

    /// <summary>
    /// "4b2. Supervisor approves: continue at step 5." followed by "4b3. Supervisor rejects: …": a step that states
    /// where the flow goes, with another step after it, is one way out of the branch; it keeps its words.
    /// </summary>
    private static void KeepEndingInItsStep(List<UseCaseStep> steps, ref int endedAt, string endedText)
    {
        if (endedAt >= 0 && endedAt < steps.Count)
        {
            steps[endedAt] = steps[endedAt] with { Text = endedText };
        }

        endedAt = -1;
    }

    private const string ChoicePattern =
        @"\beither\b|\bou\b.*\bou\b|\bor\s+(?:the\s+use\s+case\s+)?(?:ends|terminates|stops|aborts)\b";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_choice = ChoiceRegex();

    [System.Text.RegularExpressions.GeneratedRegex(ChoicePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex ChoiceRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_choice = new(ChoicePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>
    /// Reads an ending line; returns true when the line is control text. <paramref name="before"/> is the action
    /// written ahead of the ending on the same line ("System shows "Expired" and the use case ends"), else empty.
    /// </summary>
    internal static bool TryReadEnding(string text, SourcePosition position, ref BranchEnding ending, out string before)
    {
        before = string.Empty;
        if (!MayEnd(text))
        {
            return false;
        }

        // On an all-ASCII line a pattern's letters match only their ASCII cases, so a pattern whose every match
        // holds one of a few words runs only on a line that has one: most lines of a long list of endings say
        // "Flow terminates", and need neither the skip nor the two continuation patterns.
        var ascii = IgnoreCase.IsAscii(text);
        var skip = !ascii || Sequences.Keywords.Any(text, s_skipWords) ? TextPatterns.SafeMatch(TextPatterns.Skip, text) : null;
        var next = (!ascii || Sequences.Keywords.Any(text, s_continueAtWords) ? TextPatterns.SafeMatch(TextPatterns.ContinueAt, text) : null)
            ?? (!ascii || Sequences.Keywords.Any(text, s_rejoinsWords) ? TextPatterns.SafeMatch(TextPatterns.Rejoins, text) : null);
        var stop = TextPatterns.SafeMatch(TextPatterns.Terminates, text);
        if (skip is null && next is null && stop is null)
        {
            return false;
        }

        if ((next is not null && stop is not null) || s_choice.IsMatch(text))
        {
            // "Continues at step 4 or ends", "either creates … or terminates the use case": the author gives a
            // choice, not one ending; the line stays a step in the author's words.
            return false;
        }

        var kind = ending.Kind;
        var step = ending.Step;
        var skipFrom = ending.SkipFrom;
        var skipTo = ending.SkipTo;
        var remaining = text;
        if (skip is not null)
        {
            skipFrom = ParseInt(skip.Groups["from"].Value);
            skipTo = skip.Groups["to"].Success ? ParseInt(skip.Groups["to"].Value) : skipFrom;
            remaining = remaining.Replace(skip.Value, " ");
            if (next is null)
            {
                kind = EndingKind.ContinueAt;
                step = skipTo + 1;
            }
        }

        if (next is not null)
        {
            kind = EndingKind.ContinueAt;

            // Without a step number ("the use case continues") the step is the one after the anchor, set once
            // the anchor is known (BranchEnding.Rejoin).
            step = next.Groups["step"].Success ? ParseInt(next.Groups["step"].Value) : BranchEnding.NextStep;
            remaining = remaining.Replace(next.Value, " ");
        }

        if (stop is not null)
        {
            kind = EndingKind.Terminates;
            remaining = remaining.Replace(stop.Value, " ");
        }

        // The ending in the author's words: the line, or the part after the action written ahead of it.
        var first = int.MaxValue;
        foreach (var m in new[] { skip, next, stop })
        {
            if (m is not null)
            {
                first = Math.Min(first, m.Index);
            }
        }

        var lead = TrimConnectors(text.Substring(0, Math.Min(first, text.Length)));
        var own = Texts.CountWords(lead) >= 2 && !IsSubjectOnly(lead) ? Texts.Clean(text.Substring(Math.Min(first, text.Length))) : Texts.Clean(text);
        ending = new BranchEnding(kind, step, skipFrom, skipTo, own.Length > 0 ? char.ToUpperInvariant(own[0]) + own.Substring(1) : own, position);
        if (CountMeaningfulWords(remaining) == 0)
        {
            return true;
        }

        if (IsSubjectOnly(lead))
        {
            // "The course admin terminates the use case.": the lead is who ends it, not an action.
            return true;
        }

        if (Texts.CountWords(lead) >= 2 || (lead.Length >= 4 && HasWideLetters(lead)))
        {
            before = lead;
            return true;
        }

        return CountMeaningfulWords(remaining) <= 3;
    }

    /// <summary>Words every ending pattern needs one of: a line without any is not an ending, and no pattern runs on it.</summary>
    private static readonly string[] s_endingWords =
    {
        "step", "skip", "end", "termin", "abort", "stop", "cancel", "fail", "exit", "quit", "shut", "contin", "resum", "proceed",
        "return", "back", "rejoin", "jump", "loop", "goes", "go ", "retorna", "volta", "regressa", "prossegue", "vuelve", "regresa",
        "ステップ", "終了", "paso", "passo", "schritt", "endet", "finaliza", "acaba", "zurück", "weiter", "same flow", "mismo flujo", "mesmo fluxo",
        "encerra", "conclude", "finisce", "beendet", "bricht ab", "prend fin", "fin du cas",
    };

    [MethodImpl(HotPath.Optimized)]
    private static bool MayEnd(string text) => IgnoreCase.ContainsAny(text, s_endingWords);

    /// <summary>The word every match of <see cref="TextPatterns.Skip"/> on an ASCII line holds.</summary>
    private static readonly string[] s_skipWords = { "skip", "salta", "omite", "pula" };

    /// <summary>The words of which every match of <see cref="TextPatterns.ContinueAt"/> on an ASCII line holds one.</summary>
    private static readonly string[] s_continueAtWords = { "step", "paso", "passo", "schritt", "flow", "flujo", "fluxo" };

    /// <summary>Words of which every match of <see cref="TextPatterns.AnyStep"/> on an ASCII line holds one.</summary>
    private static readonly string[] s_anyStepWords = { "any", "step", "cualquier", "qualquer", "jedem", "jederzeit" };

    /// <summary>Words of which every match of <see cref="TextPatterns.Rejoins"/> on an ASCII line holds one.</summary>
    private static readonly string[] s_rejoinsWords = { "contin", "resum", "proceed", "return", "back", "rejoin", "fluxo", "flujo" };

    private static bool IsSubjectOnly(string lead)
    {
        // "Supervisor approves: continue at step 5": the punctuation before the ending is not part of the verb. In a
        // step whose actor is in a column of its own, the verb opens the line ("Corrects it; returns to step 2").
        var words = lead.TrimEnd(':', '：', ',', ';', '.', ' ').Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 4 && !HasWideLetters(lead) && !StartsWithCondition(lead)
            && words.Select((w, i) => (w, i)).All(p => !(p.w.Length > 3 && (char.IsLower(p.w[0]) || (p.i == 0 && words.Length > 1)) && p.w.EndsWith("s", StringComparison.Ordinal) && !p.w.EndsWith("ss", StringComparison.Ordinal)));
    }

    /// <summary>Drops the connectors between an action and the ending that follows it ("…, and the", "…; then").</summary>
    [MethodImpl(HotPath.Optimized)]
    /// <summary><c>text.EndsWith(" " + word, StringComparison.OrdinalIgnoreCase)</c>, without making the string to compare.</summary>
    private static bool EndsWithWord(string text, string word) =>
        text.Length > word.Length && text[text.Length - word.Length - 1] == ' ' && text.EndsWith(word, StringComparison.OrdinalIgnoreCase);

    private static string TrimConnectors(string text)
    {
        var t = Texts.Clean(text);
        while (true)
        {
            var trimmed = t.TrimEnd(s_connectorMarks).Trim();
            foreach (var word in s_connectors)
            {
                var wide = HasWideLetters(word);
                if (((wide ? trimmed.EndsWith(word, StringComparison.Ordinal) : EndsWithWord(trimmed, word))
                    || trimmed.Equals(word, StringComparison.OrdinalIgnoreCase))
                    && !NamesAnObject(trimmed, word))
                {
                    trimmed = trimmed.Substring(0, trimmed.Length - word.Length).Trim();
                    break;
                }
            }

            if (trimmed == t)
            {
                // 「エラーを表示して」ステップ2に戻る: the action in its plain form.
                if (HasWideLetters(t) && t.EndsWith("して", StringComparison.Ordinal))
                {
                    return t.Substring(0, t.Length - 2) + "する";
                }

                return t;
            }

            t = trimmed;
        }
    }

    /// <summary>Words between an action and its ending, and the subjects of the ending ("… and the use case ends").</summary>
    /// <summary>"… the Associated Information of this use case": the noun is the object of the action, not the ending's subject.</summary>
    private static bool NamesAnObject(string text, string word)
    {
        if (word is not ("use case" or "flow" or "scenario" or "process"))
        {
            return false;
        }

        var before = text.Substring(0, text.Length - word.Length).TrimEnd();
        var space = before.LastIndexOf(' ');
        var previous = space >= 0 ? before.Substring(space + 1) : before;
        return previous.Equals("this", StringComparison.OrdinalIgnoreCase) || previous.Equals("of", StringComparison.OrdinalIgnoreCase)
            || previous.Equals("that", StringComparison.OrdinalIgnoreCase) || previous.Equals("its", StringComparison.OrdinalIgnoreCase);
    }

    // Built once: TrimStart/TrimEnd(params char[]) would build the array again on every call.
    private static readonly char[] s_connectorMarks = { ' ', ',', ';', '.', '-', '–', '—', '、', '。', '，', '(', '（', '[' };

    private static readonly char[] s_trailingMarks = { ':', '：', ',', ';' };

    private static readonly char[] s_leadingMarks = { ',', ';', ':', '：', '、', '-', '–', '—' };

    private static readonly string[] s_connectors =
    {
        "and", "then", "the", "and then", "so", "otherwise", "use case", "the use case", "flow", "the flow", "basic flow", "main flow",
        "scenario", "process", "the process", "ユースケースを", "ユースケースは", "フローを", "フローは", "処理を", "処理は",
        "y", "e", "se", "y se", "e se", "y entonces se", "entonces", "und", "dann", "el caso de uso", "o caso de uso", "der anwendungsfall",
    };

    [MethodImpl(HotPath.Optimized)]
    private static bool HasWideLetters(string text)
    {
        foreach (var c in text)
        {
            if (c > 0x2E80 && char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] s_fillers =
    {
        "then", "and", "the", "system", "use", "case", "flow", "basic", "main", "scenario", "otherwise", "at", "this", "point", "here", "-", "–", "—",
    };

    private static int CountMeaningfulWords(string text)
    {
        var cleaned = text.Replace(",", " ").Replace(".", " ").Replace(";", " ");
        var count = 0;
        foreach (var word in cleaned.Split(' '))
        {
            if (word.Length > 0 && Array.FindIndex(s_fillers, f => f.Equals(word, StringComparison.OrdinalIgnoreCase)) < 0)
            {
                count++;
            }
        }

        return count;
    }

    private static readonly string[] s_goesOnVerbs = { "resumes", "resume", "returns", "return", "goes", "jumps", "proceeds", "rejoins", "contin", "vuelve", "volta", "retorna", "prossegue" };

    /// <summary>True when the words right before a step reference say the flow goes on there ("continues from step 4").</summary>
    private static bool ContinuesBefore(string text, int at)
    {
        var before = text.Substring(0, at).TrimEnd();
        var words = before.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        for (var k = Math.Max(0, words.Length - 3); k < words.Length; k++)
        {
            var word = words[k].Trim(',', ';', '.').ToLowerInvariant();
            if (s_goesOnVerbs.Any(v => word == v || (v == "contin" && word.StartsWith(v, StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool TryReadAnchor(string text, out BranchAnchor anchor, out string condition, out int start, out bool ifClause)
    {
        anchor = BranchAnchor.None;
        condition = string.Empty;
        start = 0;
        ifClause = false;

        // As for endings: on an all-ASCII line a pattern runs only when the line has a word every match holds
        // (every match of Anchor on such a line holds one of the words of ContinueAt's).
        var ascii = IgnoreCase.IsAscii(text);
        Match? match = !ascii || Sequences.Keywords.Any(text, s_anyStepWords) ? TextPatterns.SafeMatch(TextPatterns.AnyStep, text) : null;
        if (match is not null)
        {
            anchor = BranchAnchor.AnyStep;
        }
        else
        {
            match = !ascii || Sequences.Keywords.Any(text, s_continueAtWords) ? TextPatterns.SafeMatch(TextPatterns.Anchor, text) : null;
            if (match is null)
            {
                return false;
            }

            if (ContinuesBefore(text, match.Index) || TextPatterns.SafeMatch(TextPatterns.Skip, text.Substring(match.Index)) is { Index: 0 })
            {
                // "…, and the flow continues from step 4", "steps 1–3 are skipped": where the flow goes on, or what it
                // leaves out, not where the branch starts.
                return false;
            }

            var from = ParseInt(match.Groups["from"].Value);
            var to = match.Groups["to"].Success ? ParseInt(match.Groups["to"].Value) : from;
            if (from > 1 && to == from && (match.Value.StartsWith("before", StringComparison.OrdinalIgnoreCase) || match.Value.StartsWith("antes", StringComparison.OrdinalIgnoreCase)))
            {
                // "If the doctor cancels before step 3": after step 2, while step 3 has not happened.
                from = to = from - 1;
            }
            anchor = new BranchAnchor(AnchorKind.Step, from, Math.Max(from, to));
        }

        start = match.Index;
        var after = text.Substring(match.Index + match.Length);
        var c = TextPatterns.SafeMatch(TextPatterns.Condition, after);
        if (c is not null && ((Texts.SentenceEnd(after) is var end and >= 0 && c.Index > end) || ArrowAfterAnchor(after) is var arrow and >= 0 && arrow < c.Index))
        {
            // "Customer cancels before step 10 → DELETE …, refund if paid, end": what follows the arrow happens.
            // "Passo 2: paciente ainda não aceitou o termo. Sistema mostra o termo. Se o paciente aceita, …": an
            // if-clause of a later sentence is part of what happens, not the condition of the branch.
            c = null;
        }

        condition = c is not null ? Trim(c.Groups["cond"].Value) : Trim(after);
        ifClause = c is not null || StartsWithCondition(text);
        return true;
    }

    /// <summary>
    /// The condition of a line whose step is named in it: what follows the step ("At step 3, if the card is declined,
    /// …"); when the step closes a sentence, that sentence before it ("Some lines fail validation at step 2. The
    /// submit button stays disabled …", "If customs asks for an inspection, the agent sets a hold at step 4. Steps
    /// 5–9 wait …"); when it sits inside an if-clause, the clause around it ("Se o médico cancelar a alta antes do
    /// passo 3, o leito volta …"). The clauses after the condition, and the sentences after its sentence, go to
    /// <paramref name="actions"/>; <paramref name="lead"/> is what stands before the condition's sentence ("Alta
    /// cancelada" of "Alta cancelada. Se o médico …"), null when the condition's sentence opens the line.
    /// </summary>
    private static string ConditionAround(string before, string after, bool ifClause, List<string> actions, out string? lead)
    {
        lead = null;
        var sentence = before;
        for (var end = Texts.SentenceEnd(before); end >= 0; end = Texts.SentenceEnd(before, end + 2))
        {
            lead = Texts.SentenceBefore(before, end).Trim();
            sentence = before.Substring(end + 2).Trim();
        }

        if (sentence.Length > 0 && !StartsWithAnchorWords(sentence) && ArrowAfterAnchor(after) is var arrow and >= 0)
        {
            // "Label scan doesn't match the reservation at step 5 → courier app shows a warning", "Compartment empty at
            // step 5 (nothing there) → status MISSING": the words before the step (and an aside after it) are the
            // condition, what follows the arrow is what happens.
            var aside = after.Substring(0, arrow).Trim().TrimEnd('-', '→').Trim();
            actions.AddRange(Texts.Sentences(after.Substring(after[arrow] == '→' ? arrow + 1 : arrow + 2).Trim()));
            lead = sentence;
            return aside.Length > 0 ? sentence + " " + aside : sentence;
        }

        if (after.StartsWith(".", StringComparison.Ordinal) && sentence.Length > 0 && !StartsWithAnchorWords(sentence))
        {
            var opening = StripConditionWord(sentence, out var opensWithIf);
            var condition = SplitClauses(opening, actions, opensWithIf);
            actions.AddRange(Texts.Sentences(after.Substring(1).Trim()));
            lead ??= opensWithIf ? condition : sentence;
            return condition;
        }

        if (OpensWithIf(sentence) is var word and > 0 && !StartsWithCondition(after))
        {
            // The step inside the if-clause. "If the owner is flagged, Front Desk is shown a warning at step 9 and must
            // ask …": the condition ended at its comma, and the action goes on past the step; "Se o médico cancelar
            // a alta antes do passo 3, o leito volta …": the step closes the condition, and the action follows it.
            var clause = sentence.Substring(word).Trim();
            var comma = Texts.IndexOutsideBrackets(clause, ", ");
            var rest = after.TrimStart(',', ' ');
            string condition;
            if (comma > 0)
            {
                condition = clause.Substring(0, comma);
                var sentences = Texts.Sentences(rest);
                actions.Add(clause.Substring(comma + 2) + (sentences.Count > 0 ? " " + sentences[0] : string.Empty));
                actions.AddRange(sentences.Skip(1));
            }
            else
            {
                condition = clause;
                actions.AddRange(Texts.Sentences(rest));
            }

            lead ??= condition;
            return condition;
        }

        lead = null;
        return SplitClauses(after, actions, ifClause);
    }

    /// <summary>
    /// Where the arrow of "at step 5 → …" or "at step 5 (an aside) → …" stands in what follows the step: right after it,
    /// or after one parenthesis; -1 otherwise.
    /// </summary>
    private static int ArrowAfterAnchor(string after)
    {
        var at = 0;
        while (at < after.Length && after[at] is ' ' or ',' or ':')
        {
            at++;
        }

        if (at < after.Length && after[at] == '(' && after.IndexOf(')', at) is var close and > 0)
        {
            at = close + 1;
            while (at < after.Length && after[at] == ' ')
            {
                at++;
            }
        }

        return at < after.Length && (after[at] == '→' || string.CompareOrdinal(after, at, "->", 0, 2) == 0) ? at : -1;
    }

    /// <summary>
    /// The length of the word that opens an if-clause ("If ", "When ", "Se o …", "Si el …", "Quando ", "Cuando "), 0
    /// when none does; "Se"/"Si" count only before an article ("Se envía el correo" is no condition).
    /// </summary>
    private static int OpensWithIf(string text)
    {
        foreach (var word in s_ifWords)
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return word.Length;
            }
        }

        foreach (var word in new[] { "se ", "si " })
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && text.Substring(3).Split(' ') is { Length: > 1 } next
                && next[0].ToLowerInvariant() is "o" or "a" or "os" or "as" or "el" or "la" or "los" or "las" or "um" or "uma" or "un" or "una")
            {
                return word.Length;
            }
        }

        return 0;
    }

    private static readonly string[] s_ifWords = { "if ", "when ", "whenever ", "in case ", "quando ", "cuando ", "caso " };

    /// <summary>"At", "In", "On", "During" alone before the step: the words of the anchor, not a sentence.</summary>
    private static bool StartsWithAnchorWords(string before) =>
        before.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length <= 1;

    /// <summary>Takes "(at step 3)" / "(any step)" out of a branch title and reads it as the anchor.</summary>
    private static string TakeParentheticalAnchor(string title, ref BranchAnchor anchor, out string condition)
    {
        condition = string.Empty;
        var open = title.IndexOfAny(new[] { '(', '（' });
        var close = open >= 0 ? title.IndexOfAny(new[] { ')', '）' }, open + 1) : -1;
        if (close < 0)
        {
            return title;
        }

        var inner = title.Substring(open + 1, close - open - 1);
        if (!TryReadAnchor(inner, out var found, out var said, out _, out _) || found.Kind == AnchorKind.None)
        {
            return title;
        }

        anchor = found;
        if (said.Trim(' ', ',', ';', ':').Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length >= 2)
        {
            // "(step 5, PSP timeout > 10 s)": what the parenthesis says besides the step.
            condition = Texts.Clean(said.Trim(' ', ',', ';', ':', '-', '–'));
        }

        var rest = (title.Substring(0, open) + " " + title.Substring(close + 1)).Trim().TrimStart(':', '：', '-', '–', '—', '.').Trim();
        return Texts.Clean(rest);
    }

    /// <summary>An extension written on one line: a condition followed by what happens ("Invalid PIN: System asks again").</summary>
    private const int MaxTitleWords = 8;

    /// <summary>
    /// "Disk full: the system shows a warning …": a short name (at most a few words, no sentence end) before the first
    /// colon outside brackets, and a clause of two words or more after it.
    /// </summary>
    private static bool TitleThenReaction(string title)
    {
        var t = title.Trim().TrimStart(':', '：').Trim();
        var colon = Texts.IndexOutsideBrackets(t, ": ");
        if (colon <= 0)
        {
            return false;
        }

        var name = t.Substring(0, colon);
        return Texts.CountWords(name) <= MaxTitleWords && Texts.SentenceEnd(name) < 0 && Texts.CountWords(t.Substring(colon + 2)) >= 2;
    }

    private static bool IsOneLiner(string rest)
    {
        var r = rest.Trim().TrimEnd('.', ':', '：').Trim();
        return r.IndexOf(": ", StringComparison.Ordinal) > 0 || r.IndexOf("; ", StringComparison.Ordinal) > 0 || Texts.SentenceEnd(r) > 0
            || (StartsWithCondition(r) && r.IndexOf(", ", StringComparison.Ordinal) > 0);
    }

    /// <summary>Drops a leading "If"/"When"/"In case" from a condition clause.</summary>
    private static string StripConditionWord(string text, out bool stripped)
    {
        var t = text.TrimStart();
        foreach (var word in new[] { "if ", "when ", "whenever ", "in case " })
        {
            if (t.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                stripped = true;
                return t.Substring(word.Length).TrimStart();
            }
        }

        stripped = false;
        return t;
    }

    /// <summary>The id of a branch header: the code when one is written ("Alternate flow A1" → "A1"), else the id.</summary>
    internal static string IdOf(Match? header)
    {
        if (header is null)
        {
            return string.Empty;
        }

        var code = header.Groups["code"];
        return Texts.Clean(code.Success ? code.Value : header.Groups["id"].Value);
    }

    /// <summary>"A1.1" is a step of "A1"; "E2.3" of "E2".</summary>
    private static bool IsStepOf(string id, string parent) =>
        parent.Length > 0 && id.Length > parent.Length + 1 && id.StartsWith(parent, StringComparison.OrdinalIgnoreCase)
        && id[parent.Length] == '.' && char.IsDigit(id[parent.Length + 1]);

    internal static BranchAnchor AnchorOfExtension(string stepPart)
    {
        if (stepPart == "*")
        {
            return BranchAnchor.AnyStep;
        }

        var dash = stepPart.IndexOfAny(new[] { '-', '–' });
        if (dash > 0)
        {
            var from = ParseInt(stepPart.Substring(0, dash));
            var to = ParseInt(stepPart.Substring(dash + 1));
            return new BranchAnchor(AnchorKind.Step, from, Math.Max(from, to));
        }

        var step = ParseInt(stepPart);
        return new BranchAnchor(AnchorKind.Step, step, step);
    }

    internal static BranchKind KindOfId(string id, BranchKind fallback)
    {
        var t = id.TrimStart();
        if (t.Length == 0)
        {
            return fallback;
        }

        return char.ToUpperInvariant(t[0]) == 'E' || t.StartsWith("例外", StringComparison.Ordinal) ? BranchKind.Exception
            : char.ToUpperInvariant(t[0]) == 'A' || t.StartsWith("代替", StringComparison.Ordinal) ? BranchKind.Alternative
            : fallback;
    }

    internal static bool StartsWithCondition(string text)
    {
        var t = text.TrimStart();
        return t.StartsWith("if ", StringComparison.OrdinalIgnoreCase) || t.StartsWith("when ", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("whenever ", StringComparison.OrdinalIgnoreCase) || t.StartsWith("in case ", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("condition:", StringComparison.OrdinalIgnoreCase) || t.StartsWith("trigger:", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"3a.", "*a)", "4b:" — digits or '*', one letter, optional digits, then '.', ')' or ':'.</summary>
    private static bool LooksLikeExtensionId(string text)
    {
        var t = text.TrimStart();
        var i = 0;
        if (i < t.Length && t[i] == '*')
        {
            i++;
        }
        else
        {
            while (i < t.Length && t[i] >= '0' && t[i] <= '9')
            {
                i++;
            }
        }

        var dotted = i > 0 && i + 1 < t.Length && t[i] == '.' && t[i + 1] is >= 'a' and <= 'z';
        if (dotted)
        {
            // "2.a Connection timeout …": the step and its letter joined by a dot, which marks the id by itself.
            i++;
        }

        if (i == 0 || i >= t.Length || t[i] < 'a' || t[i] > 'z')
        {
            return false;
        }

        i++;
        while (i < t.Length && t[i] >= '0' && t[i] <= '9')
        {
            i++;
        }

        if (i < t.Length && (t[i] is '.' or ')' or ':' || (dotted && t[i] == ' ')))
        {
            return true;
        }

        // "7a — Operadora nega ou não responde.": the id, then a dash between spaces.
        return i + 2 < t.Length && t[i] == ' ' && t[i + 1] is '—' or '–' or '-' && t[i + 2] == ' ';
    }

    private static string TextOf(OutlineEntry entry) =>
        entry.Kind == OutlineKind.TableRow ? (entry.IsHeaderRow ? string.Empty : Texts.Clean(string.Join(". ", entry.Cells.Where(c => c.Trim().Length > 0)))) : Texts.Clean(entry.Text);

    /// <summary>"If a warden opens the dock by hand, steps 1–3 are skipped …": the comma before a skip or a way back, else -1.</summary>
    private static int CommaBeforeAnEnding(string condition)
    {
        for (var at = condition.IndexOf(", ", StringComparison.Ordinal); at > 0; at = condition.IndexOf(", ", at + 2, StringComparison.Ordinal))
        {
            var rest = condition.Substring(at + 2);
            if (TextPatterns.SafeMatch(TextPatterns.Skip, rest) is { Index: 0 } || TextPatterns.SafeMatch(TextPatterns.ContinueAt, rest) is { Index: < 12 }
                || rest.StartsWith("the flow ", StringComparison.OrdinalIgnoreCase))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>
    /// Splits a one-line branch "the card is declined, System shows an error. Flow terminates." into the
    /// condition and the actions after it (at ". ", ": ", ", then " or ", " before a capitalised word).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    internal static string SplitClauses(string text, List<string> actions, bool ifClause = false)
    {
        var rest = new List<string>();
        var condition = text;
        var dot = Texts.SentenceEnd(condition);
        if (dot > 0)
        {
            rest.AddRange(Texts.Sentences(condition.Substring(dot + 2)));
            condition = Texts.SentenceBefore(condition, dot);
        }

        var colon = Texts.IndexOutsideBrackets(condition, ": ");
        var semicolon = Texts.IndexOutsideBrackets(condition, "; ");
        while (semicolon > 0 && (condition.Substring(semicolon + 2).StartsWith("or ", StringComparison.OrdinalIgnoreCase)
            || condition.Substring(semicolon + 2).StartsWith("and ", StringComparison.OrdinalIgnoreCase)))
        {
            // "if the code is wrong; or expired; …": the condition goes on.
            semicolon = Texts.IndexOutsideBrackets(condition, "; ", semicolon + 2);
        }

        // "if there is no response within 20 seconds, the PMS retries once; if the retry also fails, …": the
        // condition ends at the comma before who acts, even when a semicolon comes later; "If a warden opens the dock
        // by hand, steps 1–3 are skipped and …": or at the comma before a skip or a way back.
        var clause = ifClause ? ClauseAfterCondition(condition, colon > 0 ? colon : semicolon) : -1;
        if (ifClause && clause < 0)
        {
            clause = CommaBeforeAnEnding(condition);
        }

        if (clause > 0)
        {
            rest.Insert(0, condition.Substring(clause + 2));
            condition = condition.Substring(0, clause);
        }
        else if (colon > 0)
        {
            rest.Insert(0, condition.Substring(colon + 2));
            condition = condition.Substring(0, colon);
        }
        else if (semicolon > 0)
        {
            rest.Insert(0, condition.Substring(semicolon + 2));
            condition = condition.Substring(0, semicolon);
        }
        else
        {
            var then = condition.IndexOf(", then ", StringComparison.OrdinalIgnoreCase);
            var split = then > 0 ? then : -1;
            for (var i = 0; split < 0 && i + 2 < condition.Length; i++)
            {
                if (condition[i] == ',' && condition[i + 1] == ' '
                    && (char.IsUpper(condition[i + 2]) || (ifClause && StartsWithSubject(condition.Substring(i + 2)))))
                {
                    split = i;
                }
            }

            if (split > 0)
            {
                var action = condition.Substring(split + 2).Trim();
                if (action.StartsWith("then ", StringComparison.OrdinalIgnoreCase))
                {
                    action = action.Substring(5);
                }

                rest.Insert(0, action);
                condition = condition.Substring(0, split);
            }
        }

        foreach (var r in rest)
        {
            foreach (var part in r.Split(new[] { "; " }, StringSplitOptions.RemoveEmptyEntries))
            {
                var clean = part.Trim().TrimEnd('.', ';').Trim();
                if (clean.Length > 0)
                {
                    actions.Add(clean);
                }
            }
        }

        return Trim(condition.TrimEnd('.'));
    }

    /// <summary>
    /// The comma that ends an "if" condition before a later colon or semicolon (<paramref name="limit"/>, -1 for
    /// none): the first one followed by who acts ("…, the PMS retries once; …", "…, staff offer …"); -1 if none.
    /// </summary>
    private static int ClauseAfterCondition(string condition, int limit)
    {
        if (limit <= 0)
        {
            return -1;
        }

        for (var i = 0; i + 2 < limit; i++)
        {
            if (condition[i] == ',' && condition[i + 1] == ' ' && StartsWithSubject(condition.Substring(i + 2)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The clause after "If …," opens with who acts ("the system shows", "then …", "it asks", "staff offer", a
    /// person's word and its verb).
    /// </summary>
    private static bool StartsWithSubject(string text) => StartsWithPersonWord(text) ||
        text.StartsWith("then ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("the ", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("system ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("it ", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("we ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("they ", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("you ", StringComparison.OrdinalIgnoreCase) || IsStatement(text) || StartsWithRomanceSubject(text);

    /// <summary>
    /// "…, el sistema muestra …", "…, o sistema exibe …", "…, la reserva se mantiene …", "…, se reintenta …": after
    /// "si"/"se"/"caso …,", a clause with an article and its noun, or a passive "se", opens what happens.
    /// </summary>
    private static bool StartsWithRomanceSubject(string text)
    {
        var words = Interactions.Words.Of(text);
        return words.Count > 2 && (words[0] is "el" or "la" or "los" or "las" or "o" or "os" or "se" || (words[0] == "as" && !char.IsUpper(text[0])))
            && words[1] is not ("paso" or "passo" or "pasos" or "passos" or "caso");
    }

    private static bool StartsWithPersonWord(string text)
    {
        var words = Interactions.Words.Of(text);
        return words.Count > 2 && Interactions.Lexicon.PersonWords.MatchAt(words, 0) > 0 && Interactions.Lexicon.Prepositions.MatchAt(words, 1) == 0
            && Interactions.Lexicon.Determiners.MatchAt(words, 1) == 0 && words[1] is not ("and" or "or" or "is" or "are" or "was" or "were" or "has" or "have");
    }

    private const string ShortStatementPattern =
        @"^\S+\s+(?:\S+\s+){0,3}(?:is|are|will|gets|appears|remains)\b";

#if NET
    private static readonly Regex s_shortStatement = ShortStatementRegex();

    [GeneratedRegex(ShortStatementPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial Regex ShortStatementRegex();
#else
    private static readonly Regex s_shortStatement = new(ShortStatementPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>"a warning is displayed", "an e-mail is sent": a clause with a subject of its own and a verb.</summary>
    private static bool IsStatement(string text) =>
        (text.StartsWith("a ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("an ", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("no ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("this ", StringComparison.OrdinalIgnoreCase))
        && s_shortStatement.IsMatch(text);

    [MethodImpl(HotPath.Optimized)]
    private static string Trim(string text)
    {
        var t = Texts.Clean(text).TrimEnd(s_trailingMarks).TrimStart(s_leadingMarks).Trim();
        if (t.StartsWith("で、", StringComparison.Ordinal) || t.StartsWith("で,", StringComparison.Ordinal))
        {
            t = t.Substring(2).Trim();
        }
        else if (t.Length > 2 && t[0] == 'で' && HasWideLetters(t.Substring(1, 1)))
        {
            // "ステップ5で入力内容が不正な場合" → "入力内容が不正".
            t = t.Substring(1).Trim();
        }

        if (t.Length > 2 && (t.EndsWith("な", StringComparison.Ordinal) || t.EndsWith("の", StringComparison.Ordinal)) && HasWideLetters(t.Substring(t.Length - 2, 1)))
        {
            t = t.Substring(0, t.Length - 1);
        }

        return t;
    }

    private static string StripOutlineNumber(string title)
    {
        var i = 0;
        while (i < title.Length && (char.IsDigit(title[i]) || title[i] == '.'))
        {
            i++;
        }

        return i > 0 && i < title.Length && title[i] == ' ' && title.Substring(0, i).IndexOf('.') > 0 ? title.Substring(i + 1).Trim() : title;
    }

    private static int ParseInt(string text) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
