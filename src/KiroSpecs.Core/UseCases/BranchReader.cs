using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// Reads alternative flows, exception flows and extensions into <see cref="UseCaseBranch"/> records: the
/// anchor ("At step 3", "3a", "At any step", "*a"), the condition, the branch's own steps, and the ending
/// ("Continue with step 5", "Skip steps 4-5, proceed to step 6", "Flow terminates").
/// </summary>
internal static class BranchReader
{
    /// <summary>Splits a group section (no per-branch labels) into drafts.</summary>
    public static List<BranchDraft> SplitGroup(SectionBuffer group, List<SameAsReference> sameAs)
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

        BranchDraft? current = null;
        for (var i = 0; i < group.Content.Count; i++)
        {
            var entry = group.Content[i];
            var text = TextOf(entry);
            if (text.Length == 0)
            {
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
                        : FailureWords.LooksLikeFailure(extension.Groups["rest"].Value) ? BranchKind.Exception : defaultKind;
                    current = new BranchDraft(text, entry.Position, kind, true);
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
            var hasChildren = i + 1 < group.Content.Count && group.Content[i + 1].Depth > entry.Depth;
            var startsAnchor = TextPatterns.SafeMatch(TextPatterns.Anchor, text) is not null || TextPatterns.SafeMatch(TextPatterns.AnyStep, text) is not null
                || StartsWithCondition(text);
            var atTop = entry.Depth == minDepth || entry.Kind == OutlineKind.TableRow;
            if (header is not null
                || current is null
                || (atTop && hasChildren)
                || (atTop && startsAnchor && current.Lines.Count > 0 && !current.IsExtension))
            {
                var kind = header is not null ? KindOfId(header.Groups["id"].Value, defaultKind) : defaultKind;
                current = new BranchDraft(text, entry.Position, kind, false);
                drafts.Add(current);
                continue;
            }

            current.Lines.Add(entry);
        }

        return drafts;
    }

    public static BranchDraft FromSection(SectionBuffer section)
    {
        var draft = new BranchDraft(section.Label, section.Position, section.BranchKind, section.IsExtension || LooksLikeExtensionId(section.Label));
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

        var extension = draft.IsExtension ? TextPatterns.SafeMatch(TextPatterns.ExtensionHeader, title) : null;
        if (extension is not null)
        {
            var stepPart = extension.Groups["step"].Value;
            id = stepPart.Replace(" ", string.Empty) + extension.Groups["letter"].Value;
            title = extension.Groups["rest"].Value.Trim().TrimEnd(':', '：').Trim();
            anchor = AnchorOfExtension(stepPart);
            condition = title;
        }
        else
        {
            var header = TextPatterns.SafeMatch(TextPatterns.BranchHeader, title);
            if (header is not null)
            {
                id = Texts.Clean(header.Groups["id"].Value);
                title = header.Groups["rest"].Value.Trim();
            }

            // One-line branches: "Invalid card - At step 3, if the card is declined, System shows an error".
            var inline = TryReadAnchor(title, out var titleAnchor, out var titleCondition, out var anchorStart);
            if (inline)
            {
                anchor = titleAnchor;
                condition = SplitClauses(titleCondition, headerActions);
                var before = title.Substring(0, anchorStart).Trim().TrimEnd(':', '-', '–', '—', ',', '.', '：').Trim();
                title = before.Length > 0 ? before : condition;
            }

            title = title.TrimEnd(':', '：').Trim();
        }

        if (id.Length == 0)
        {
            id = (draft.Kind == BranchKind.Exception ? "Exception " : "Alternative ") + index.ToString(CultureInfo.InvariantCulture);
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

        entries.AddRange(draft.Lines);
        for (var e = 0; e < entries.Count; e++)
        {
            var entry = entries[e];
            var text = TextOf(entry);
            if (text.Length == 0)
            {
                continue;
            }

            var number = string.Empty;
            var sub = extension is not null ? TextPatterns.SafeMatch(TextPatterns.ExtensionHeader, text) : null;
            if (sub is not null && sub.Groups["sub"].Success)
            {
                number = id + sub.Groups["sub"].Value;
                text = sub.Groups["rest"].Value.Trim();
            }
            else if (entry.Marker.Length > 0)
            {
                number = extension is not null ? id + entry.Marker : entry.Marker;
            }
            else
            {
                var numbered = TextPatterns.SafeMatch(TextPatterns.NumberedLine, text);
                if (numbered is not null)
                {
                    number = extension is not null ? id + numbered.Groups["n"].Value : numbered.Groups["n"].Value;
                    text = numbered.Groups["text"].Value.Trim();
                }
            }

            if (steps.Count == 0 && anchor.Kind == AnchorKind.None && TryReadAnchor(text, out var lineAnchor, out var lineCondition, out _))
            {
                anchor = lineAnchor;
                var more = new List<string>();
                condition = SplitClauses(lineCondition, more);
                for (var m = 0; m < more.Count; m++)
                {
                    entries.Insert(e + 1 + m, new OutlineEntry(OutlineKind.Line, 0, entry.Depth, string.Empty, more[m], EquatableArray<string>.Empty, false, entry.Position));
                }

                continue;
            }

            if (steps.Count == 0 && condition.Length == 0 && StartsWithCondition(text))
            {
                var c = TextPatterns.SafeMatch(TextPatterns.Condition, text);
                condition = c is not null ? Trim(c.Groups["cond"].Value) : text;
                continue;
            }

            if (TryReadEnding(text, entry.Position, ref ending))
            {
                continue;
            }

            counter++;
            steps.Add(new UseCaseStep(number, 0, text, string.Empty, entry.Position, EquatableArray<UseCaseStep>.Empty));
        }

        if (condition.Length == 0)
        {
            condition = title;
        }

        return new UseCaseBranch(id, title, draft.Kind, anchor, condition, steps.ToEquatableArray(), ending, draft.Position);
    }

    /// <summary>Reads an ending line; returns true when the line is only control text (not a step).</summary>
    internal static bool TryReadEnding(string text, SourcePosition position, ref BranchEnding ending)
    {
        var skip = TextPatterns.SafeMatch(TextPatterns.Skip, text);
        var next = TextPatterns.SafeMatch(TextPatterns.ContinueAt, text);
        var stop = TextPatterns.SafeMatch(TextPatterns.Terminates, text);
        if (skip is null && next is null && stop is null)
        {
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
            step = ParseInt(next.Groups["step"].Value);
            remaining = remaining.Replace(next.Value, " ");
        }

        if (stop is not null)
        {
            kind = EndingKind.Terminates;
            remaining = remaining.Replace(stop.Value, " ");
        }

        ending = new BranchEnding(kind, step, skipFrom, skipTo, Texts.Clean(text), position);
        return CountMeaningfulWords(remaining) <= 3;
    }

    private static int CountMeaningfulWords(string text)
    {
        var cleaned = text.Replace(",", " ").Replace(".", " ").Replace(";", " ");
        var count = 0;
        foreach (var word in cleaned.Split(' '))
        {
            if (word.Length > 0 && !(word.Equals("then", StringComparison.OrdinalIgnoreCase) || word.Equals("and", StringComparison.OrdinalIgnoreCase)
                || word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("system", StringComparison.OrdinalIgnoreCase)))
            {
                count++;
            }
        }

        return count;
    }

    private static bool TryReadAnchor(string text, out BranchAnchor anchor, out string condition, out int start)
    {
        anchor = BranchAnchor.None;
        condition = string.Empty;
        start = 0;
        Match? match = TextPatterns.SafeMatch(TextPatterns.AnyStep, text);
        if (match is not null)
        {
            anchor = BranchAnchor.AnyStep;
        }
        else
        {
            match = TextPatterns.SafeMatch(TextPatterns.Anchor, text);
            if (match is null)
            {
                return false;
            }

            var from = ParseInt(match.Groups["from"].Value);
            var to = match.Groups["to"].Success ? ParseInt(match.Groups["to"].Value) : from;
            anchor = new BranchAnchor(AnchorKind.Step, from, Math.Max(from, to));
        }

        start = match.Index;
        var after = text.Substring(match.Index + match.Length);
        var c = TextPatterns.SafeMatch(TextPatterns.Condition, after);
        condition = c is not null ? Trim(c.Groups["cond"].Value) : Trim(after);
        return true;
    }

    private static BranchAnchor AnchorOfExtension(string stepPart)
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

    private static BranchKind KindOfId(string id, BranchKind fallback)
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

    private static bool StartsWithCondition(string text)
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

        if (i == 0 || i >= t.Length || t[i] < 'a' || t[i] > 'z')
        {
            return false;
        }

        i++;
        while (i < t.Length && t[i] >= '0' && t[i] <= '9')
        {
            i++;
        }

        return i < t.Length && t[i] is '.' or ')' or ':';
    }

    private static string TextOf(OutlineEntry entry) =>
        entry.Kind == OutlineKind.TableRow ? (entry.IsHeaderRow ? string.Empty : Texts.Clean(string.Join(". ", entry.Cells.Where(c => c.Trim().Length > 0)))) : Texts.Clean(entry.Text);

    /// <summary>
    /// Splits a one-line branch "the card is declined, System shows an error. Flow terminates." into the
    /// condition and the actions after it (at ". ", ": ", ", then " or ", " before a capitalised word).
    /// </summary>
    internal static string SplitClauses(string text, List<string> actions)
    {
        var rest = new List<string>();
        var condition = text;
        var dot = condition.IndexOf(". ", StringComparison.Ordinal);
        if (dot > 0)
        {
            rest.AddRange(condition.Substring(dot + 2).Split(new[] { ". " }, StringSplitOptions.RemoveEmptyEntries));
            condition = condition.Substring(0, dot);
        }

        var colon = condition.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0)
        {
            rest.Insert(0, condition.Substring(colon + 2));
            condition = condition.Substring(0, colon);
        }
        else
        {
            var then = condition.IndexOf(", then ", StringComparison.OrdinalIgnoreCase);
            var split = then > 0 ? then : -1;
            for (var i = 0; split < 0 && i + 2 < condition.Length; i++)
            {
                if (condition[i] == ',' && condition[i + 1] == ' ' && char.IsUpper(condition[i + 2]))
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
            var clean = r.Trim().TrimEnd('.').Trim();
            if (clean.Length > 0)
            {
                actions.Add(clean);
            }
        }

        return Trim(condition.TrimEnd('.'));
    }

    private static string Trim(string text)
    {
        var t = Texts.Clean(text).TrimEnd(':', '：', ',', ';').Trim();
        if (t.StartsWith("で、", StringComparison.Ordinal) || t.StartsWith("で,", StringComparison.Ordinal))
        {
            t = t.Substring(2).Trim();
        }

        return t;
    }

    private static int ParseInt(string text) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
