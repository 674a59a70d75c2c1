using System;
using System.Collections.Generic;
using System.Globalization;
using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// Alternative and exception flows written as a table (<c>| ID | Step | Condition | Handling |</c>,
/// <c>| Extension | Condition | Action |</c>): each row is one branch whose id, anchor, condition and handling come
/// from their own columns, found by the header words below (data, not code).
/// </summary>
internal static class BranchTable
{
    private static readonly string[] s_idHeaders =
    {
        "id", "#", "no", "no.", "ref", "ref.", "code", "key", "extension", "ext", "ext.", "flow", "flow id", "branch", "alt", "alt.",
        "exception", "exception id", "alternative", "alternate", "af", "ef", "番号", "id.",
    };

    private static readonly string[] s_stepHeaders =
    {
        "step", "steps", "at step", "step #", "step no", "step no.", "anchor", "from step", "branches from", "branch point",
        "where", "at", "trigger step", "main step", "base step", "ステップ", "発生ステップ", "分岐元",
    };

    private static readonly string[] s_conditionHeaders =
    {
        "condition", "conditions", "trigger", "when", "if", "cause", "error", "situation", "event", "scenario", "case", "failure",
        "problem", "exception", "description", "error condition", "trigger condition", "条件", "発生条件", "事象", "例外",
    };

    private static readonly string[] s_actionHeaders =
    {
        "handling", "action", "actions", "response", "system response", "resolution", "result", "outcome", "recovery",
        "behaviour", "behavior", "what happens", "then", "flow", "steps", "system action", "reaction", "expected behaviour",
        "expected behavior", "対応", "処理", "振る舞い",
    };

    private static readonly string[] s_nameHeaders = { "name", "title", "summary", "名前", "名称" };

    private static readonly string[] s_endingHeaders = { "resume", "resumes at", "returns to", "next", "ending", "end", "outcome step", "continue at", "戻り先" };

    /// <summary>The index just past the rows of the table whose header row is at <paramref name="header"/>.</summary>
    public static int End(IReadOnlyList<OutlineEntry> content, int header)
    {
        var end = header + 1;
        while (end < content.Count && content[end].Kind == OutlineKind.TableRow && !content[end].IsHeaderRow)
        {
            end++;
        }

        return end;
    }

    /// <summary>Reads rows <paramref name="start"/> (the header) to <paramref name="end"/> as branches; false when the header is not a branch table.</summary>
    public static bool TryRead(List<OutlineEntry> content, int start, int end, SectionKind groupKind, List<BranchDraft> drafts)
    {
        var header = content[start].Cells;
        int id = -1, step = -1, condition = -1, action = -1, name = -1, ending = -1;
        for (var i = 0; i < header.Count; i++)
        {
            var h = SectionClassifier.Normalize(header[i]);
            if (step < 0 && Has(s_stepHeaders, h))
            {
                step = i;
            }
            else if (id < 0 && Has(s_idHeaders, h) && !(h is "exception" or "flow" && condition >= 0))
            {
                id = i;
            }
            else if (condition < 0 && Has(s_conditionHeaders, h))
            {
                condition = i;
            }
            else if (action < 0 && Has(s_actionHeaders, h))
            {
                action = i;
            }
            else if (name < 0 && Has(s_nameHeaders, h))
            {
                name = i;
            }
            else if (ending < 0 && Has(s_endingHeaders, h))
            {
                ending = i;
            }
        }

        if (condition < 0 && action < 0)
        {
            return false;
        }

        var defaultKind = groupKind == SectionKind.ExceptionFlows ? BranchKind.Exception : BranchKind.Alternative;
        for (var r = start + 1; r < end; r++)
        {
            var row = content[r];
            var idText = Cell(row, id);
            var conditionText = Cell(row, condition);
            if (idText.Length > 0 && conditionText.Length == 0 && !LooksLikeId(idText))
            {
                // "| Exception | Handling |" with the exception written out: the first column is the condition.
                conditionText = idText;
                idText = string.Empty;
            }

            var anchor = AnchorOf(Cell(row, step));
            var extension = TextPatterns.SafeMatch(TextPatterns.ExtensionHeader, idText);
            if (extension is not null && extension.Value.Trim().Length == idText.Length && !extension.Groups["sub"].Success)
            {
                if (anchor.Kind == AnchorKind.None)
                {
                    anchor = BranchReader.AnchorOfExtension(extension.Groups["step"].Value);
                }
            }

            if (anchor.Kind == AnchorKind.None && conditionText.Length > 0
                && BranchReader.TryReadAnchor(conditionText, out var inCondition, out var rest, out var anchorAt, out _))
            {
                // "At step 3, the card is declined" / "Payroll Service is down at step 4" in the condition column.
                anchor = inCondition;
                conditionText = rest.Length > 0 ? rest : conditionText.Substring(0, anchorAt).Trim().TrimEnd(',', ';', ':', '-', '–', '—').Trim();
            }

            var kind = BranchReader.KindOfId(idText, defaultKind);
            if (groupKind == SectionKind.Extensions || (groupKind != SectionKind.ExceptionFlows && idText.Length == 0))
            {
                kind = FailureWords.LooksLikeFailure(conditionText) ? BranchKind.Exception : kind;
            }

            var draft = new BranchDraft(idText.Length > 0 ? idText : conditionText, row.Position, kind, extension is not null)
            {
                FromTable = true,
                TableId = idText,
                TableAnchor = anchor,
                TableCondition = TrimCondition(conditionText),
                TableTitle = Cell(row, name),
            };
            SplitActions(Cell(row, action), draft.TableActions);
            var endingText = Cell(row, ending);
            if (endingText.Length > 0)
            {
                draft.TableActions.Add(int.TryParse(endingText.TrimEnd('.'), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
                    ? "Resume at step " + n.ToString(CultureInfo.InvariantCulture)
                    : endingText);
            }

            drafts.Add(draft);
        }

        return true;
    }

    private static bool Has(string[] words, string header)
    {
        foreach (var w in words)
        {
            if (string.Equals(w, header, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Cell(OutlineEntry row, int column) =>
        column >= 0 && column < row.Cells.Count ? Texts.Clean(row.Cells[column]) : string.Empty;

    /// <summary>"E1", "AF-2", "3a", "*a", "EX-01": short and shaped like an id, not a sentence.</summary>
    private static bool LooksLikeId(string text)
    {
        if (text.Length > 12 || text.IndexOf(' ') >= 0 && Texts.CountWords(text) > 2)
        {
            return false;
        }

        if (TextPatterns.SafeMatch(TextPatterns.BranchHeader, text) is not null || TextPatterns.SafeMatch(TextPatterns.ExtensionHeader, text) is not null)
        {
            return true;
        }

        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"3", "3-4", "Step 3", "any", "*", "all" → the anchor; "" → none.</summary>
    private static BranchAnchor AnchorOf(string text)
    {
        var t = text.Trim().TrimEnd('.');
        if (t.Length == 0 || Texts.IsNone(t))
        {
            return BranchAnchor.None;
        }

        if (t == "*" || t.Equals("any", StringComparison.OrdinalIgnoreCase) || t.Equals("all", StringComparison.OrdinalIgnoreCase)
            || TextPatterns.SafeMatch(TextPatterns.AnyStep, t) is not null || t is "全て" or "任意")
        {
            return BranchAnchor.AnyStep;
        }

        if (BranchReader.TryReadAnchor(t, out var anchor, out _, out _, out _))
        {
            return anchor;
        }

        var extension = TextPatterns.SafeMatch(TextPatterns.ExtensionHeader, t);
        if (extension is not null && extension.Groups["rest"].Value.Length == 0)
        {
            return BranchReader.AnchorOfExtension(extension.Groups["step"].Value);
        }

        var digits = t.TrimStart('#');
        var dash = digits.IndexOfAny(new[] { '-', '–', '~', '〜', '～' });
        if (dash > 0
            && int.TryParse(digits.Substring(0, dash).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var from)
            && int.TryParse(digits.Substring(dash + 1).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var to))
        {
            return new BranchAnchor(AnchorKind.Step, from, Math.Max(from, to));
        }

        return int.TryParse(digits, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
            ? new BranchAnchor(AnchorKind.Step, n, n)
            : BranchAnchor.None;
    }

    private static string TrimCondition(string text)
    {
        var t = text.Trim();
        foreach (var word in new[] { "if ", "when ", "whenever ", "in case " })
        {
            if (t.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                t = t.Substring(word.Length);
                break;
            }
        }

        return t.TrimEnd('.', ':', '：', ',').Trim();
    }

    /// <summary>Splits a handling cell into actions at '; ', '. ' and "<br>"-joined lines.</summary>
    private static void SplitActions(string text, List<string> actions)
    {
        foreach (var sentence in text.Split(new[] { ". ", "; ", "<br>", "<br/>", "<br />", "。" }, StringSplitOptions.RemoveEmptyEntries))
        {
            var clean = sentence.Trim().TrimEnd('.', ';').Trim();
            if (clean.Length > 0 && !Texts.IsNone(clean))
            {
                actions.Add(clean);
            }
        }
    }
}
