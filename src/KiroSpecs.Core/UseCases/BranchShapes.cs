using System;
using System.Collections.Generic;
using System.Linq;
using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// Branches written in one line: "Invalid input → System displays error message", "- 認証失敗: エラーメッセージを表示"
/// (condition, then what happens), several in a row under one label, and "None" written where a flow
/// would be. Each line becomes one branch with its condition and its one step; "None" is no branch.
/// </summary>
internal static partial class BranchShapes
{
    private static readonly string[] s_arrows = { " → ", "→", " -> ", " => ", " ⇒ " };
    private static readonly HashSet<string> s_none = new(StringComparer.OrdinalIgnoreCase)
    {
        "none", "n/a", "na", "-", "—", "nenhum", "nenhuma", "ninguno", "ninguna", "なし", "無し", "특별한 대안 흐름 없음", "없음",
    };

    public static List<UseCaseBranch> Normalize(List<UseCaseBranch> branches)
    {
        var result = new List<UseCaseBranch>(branches.Count);
        foreach (var branch in branches)
        {
            var condition = branch.Condition.Trim().TrimEnd('.', '。');
            if (branch.Steps.Count == 0 && (s_none.Contains(condition) || s_none.Contains(branch.Title.Trim().TrimEnd('.'))) && branch.Ending.Kind == EndingKind.Unspecified)
            {
                continue;
            }

            if (branch.Steps.Count > 0 && branch.Steps[0].Number.Length == 0 && TriggerStep(branch.Steps[0].Text) is { } trigger)
            {
                // "**Trigger:** The entered email is already registered (step 5)" written above the flow: the
                // branch's condition and its step, not a step of its own.
                var anchor = branch.Anchor.Kind == AnchorKind.None ? new BranchAnchor(AnchorKind.Step, trigger.Step, trigger.Step) : branch.Anchor;
                result.Add(branch with
                {
                    Condition = branch.Condition.Length > 0 && branch.Condition != branch.Title ? branch.Condition : trigger.Condition,
                    Anchor = anchor,
                    Steps = branch.Steps.Skip(1).ToEquatableArray(),
                });
                continue;
            }

            var split = Split(branch.Condition);
            if (split is null && IsGenerated(branch) && branch.Anchor.Kind == AnchorKind.None && branch.Ending.Kind == EndingKind.Unspecified
                && OneLineFlow(branch.Condition) is { } flow && branch.Steps.All(IsUnnumbered))
            {
                // "- If the rest time is 00:00, the rest is skipped. / - The user can pause at any time.": bullets that
                // are each a whole flow in one line, under one label: one branch each.
                result.Add(branch with { Condition = flow.Condition, Title = string.Empty, Steps = new[] { NewStep(flow.Reaction, branch.Position) }.ToEquatableArray() });
                foreach (var step in branch.Steps)
                {
                    var line = OneLineFlow(step.Text);
                    result.Add(branch with
                    {
                        Id = branch.Id + ".",
                        Title = string.Empty,
                        Condition = line?.Condition ?? string.Empty,
                        Steps = new[] { NewStep(line?.Reaction ?? step.Text, step.Position) }.ToEquatableArray(),
                        Position = step.Position,
                    });
                }

                continue;
            }

            if (split is null)
            {
                result.Add(branch);
                continue;
            }

            // Every step of the branch written the same way is a branch of its own ("- a: x", "- b: y").
            var own = new List<UseCaseStep>();
            var siblings = new List<(string Condition, UseCaseStep Step)>();
            foreach (var step in branch.Steps)
            {
                var sibling = IsUnnumbered(step) ? Split(step.Text) : null;
                if (sibling is { } s && own.Count == 0)
                {
                    siblings.Add((s.Condition, step with { Text = s.Reaction }));
                }
                else
                {
                    own.Add(step);
                }
            }

            if (siblings.Count > 0 && own.Count > 0)
            {
                result.Add(branch);
                continue;
            }

            var first = new UseCaseStep(string.Empty, 0, split.Value.Reaction, string.Empty, branch.Position, EquatableArray<UseCaseStep>.Empty);
            var title = branch.Title.IndexOf(split.Value.Reaction, StringComparison.Ordinal) >= 0 ? split.Value.Condition : branch.Title;
            result.Add(branch with { Title = title, Condition = split.Value.Condition, Steps = new[] { first }.Concat(own).ToEquatableArray() });
            foreach (var (siblingCondition, step) in siblings)
            {
                result.Add(branch with
                {
                    Id = branch.Id + "." + (siblings.IndexOf((siblingCondition, step)) + 2).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Title = string.Empty,
                    Condition = siblingCondition,
                    Steps = new[] { step with { Number = string.Empty } }.ToEquatableArray(),
                    Position = step.Position,
                });
            }
        }

        return Renumber(MergeRestatements(result)).Select(EndingOfLastStep).ToList();
    }

    /// <summary>
    /// "No title → System shows a warning and the flow returns to the main flow": the reaction of a one-line branch
    /// may end it as a step line does; the ending is read the same way.
    /// </summary>
    private static UseCaseBranch EndingOfLastStep(UseCaseBranch branch)
    {
        if (branch.Ending.Kind != EndingKind.Unspecified || branch.Steps.Count == 0)
        {
            return branch;
        }

        var last = branch.Steps[branch.Steps.Count - 1];
        var ending = branch.Ending;
        if (!BranchReader.TryReadEnding(last.Text, last.Position, ref ending, out var before))
        {
            return branch;
        }

        var steps = branch.Steps.Take(branch.Steps.Count - 1).ToList();
        if (before.Length > 0)
        {
            steps.Add(last with { Text = before });
        }

        return branch with { Steps = steps.ToEquatableArray(), Ending = ending };
    }

    /// <summary>
    /// "**1a.** Required field is empty." listed once, then "### 1a" with its steps further down: one branch, the
    /// condition from the first, the steps from the second.
    /// </summary>
    private static List<UseCaseBranch> MergeRestatements(List<UseCaseBranch> branches)
    {
        var result = new List<UseCaseBranch>(branches);

        // The branches without steps by id, in order; one that takes steps is no target any more, so each list
        // is walked once (linear, whatever the number of branches).
        var empty = new Dictionary<string, (List<int> At, int Next)>(StringComparer.OrdinalIgnoreCase);
        for (var j = 0; j < result.Count; j++)
        {
            if (result[j].Steps.Count == 0)
            {
                if (!empty.TryGetValue(result[j].Id, out var entry))
                {
                    entry = (new List<int>(), 0);
                    empty.Add(result[j].Id, entry);
                }

                entry.At.Add(j);
            }
        }

        var removed = new bool[result.Count];
        for (var i = result.Count - 1; i >= 0; i--)
        {
            var later = result[i];
            var key = later.Condition.Length > 0 ? later.Condition : later.Title;
            if (later.Steps.Count == 0 || !empty.TryGetValue(key.Trim().TrimEnd('.', ':'), out var candidates))
            {
                continue;
            }

            var next = candidates.Next;
            while (next < candidates.At.Count && result[candidates.At[next]].Steps.Count > 0)
            {
                next++;
            }

            empty[key.Trim().TrimEnd('.', ':')] = (candidates.At, next);
            if (next == candidates.At.Count)
            {
                continue;
            }

            var target = candidates.At[next];
            result[target] = result[target] with { Steps = later.Steps, Ending = later.Ending.Kind != EndingKind.Unspecified ? later.Ending : result[target].Ending };
            removed[i] = true;
        }

        var kept = new List<UseCaseBranch>(result.Count);
        for (var i = 0; i < result.Count; i++)
        {
            if (!removed[i])
            {
                kept.Add(result[i]);
            }
        }

        return kept;
    }

    /// <summary>Branches the author did not name are "Alternative n" / "Exception n" in the order they are written.</summary>
    private static List<UseCaseBranch> Renumber(List<UseCaseBranch> branches)
    {
        var alternative = 0;
        var exception = 0;
        for (var i = 0; i < branches.Count; i++)
        {
            var id = branches[i].Id;
            foreach (var prefix in new[] { "Alternative ", "Exception " })
            {
                if (id.StartsWith(prefix, StringComparison.Ordinal) && id.Substring(prefix.Length).All(c => char.IsDigit(c) || c == '.'))
                {
                    var n = prefix[0] == 'A' ? ++alternative : ++exception;
                    branches[i] = branches[i] with { Id = prefix + n.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                }
            }
        }

        return branches;
    }

    private const string StepInParenthesesPattern =
        @"^(?<c>.+?)\s*\(\s*(?:at\s+)?step\s+(?<n>\d{1,3})\s*\)\s*\.?$";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_stepInParentheses = StepInParenthesesRegex();

    [System.Text.RegularExpressions.GeneratedRegex(StepInParenthesesPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex StepInParenthesesRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_stepInParentheses = new(StepInParenthesesPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    private static (string Condition, int Step)? TriggerStep(string text)
    {
        // A match holds "(" and ")": the pattern's lazy start is slow to fail on a text without them, most texts.
        if (text.IndexOf('(') < 0 || text.IndexOf(')') < 0)
        {
            return null;
        }

        var match = s_stepInParentheses.Match(text);
        return match.Success ? (match.Groups["c"].Value.Trim(), int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)) : null;
    }

    private static UseCaseStep NewStep(string text, SourcePosition position) =>
        new(string.Empty, 0, text, string.Empty, position, EquatableArray<UseCaseStep>.Empty);

    private const string GeneratedIdPattern =
        @"^(?:Alternative|Exception) \d+$";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_generatedId = GeneratedIdRegex();

    [System.Text.RegularExpressions.GeneratedRegex(GeneratedIdPattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex GeneratedIdRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_generatedId = new(GeneratedIdPattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    private static bool IsGenerated(UseCaseBranch branch) =>
        s_generatedId.IsMatch(branch.Id);

    private const string ConditionCommaPattern =
        @"^(?<c>(?:if|when|whenever|se|si|caso|quando|cuando)\b[^,]{3,}?),\s*(?<r>.{3,})$";

    private const string KoreanConditionPattern =
        @"^(?<c>.{2,}?(?:이면|으면|하면|되면|않으면|면))\s+(?<r>.{2,})$";

    private const string JapaneseConditionPattern =
        @"^(?<c>.{2,}?(?:場合|とき|時))[、,]\s*(?<r>.{2,})$";

#if NET
    private static readonly System.Text.RegularExpressions.Regex[] s_oneLineFlows = { ConditionCommaRegex(), KoreanConditionRegex(), JapaneseConditionRegex() };

    [System.Text.RegularExpressions.GeneratedRegex(ConditionCommaPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex ConditionCommaRegex();

    [System.Text.RegularExpressions.GeneratedRegex(KoreanConditionPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex KoreanConditionRegex();

    [System.Text.RegularExpressions.GeneratedRegex(JapaneseConditionPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex JapaneseConditionRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex[] s_oneLineFlows = Array.ConvertAll(
        new[] { ConditionCommaPattern, KoreanConditionPattern, JapaneseConditionPattern },
        pattern => new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value));
#endif

    /// <summary>"If X, Y", "Se X, Y", "X이면 Y", "Xの場合、Y": a condition and what then happens, in one sentence.</summary>
    private static (string Condition, string Reaction)? OneLineFlow(string text)
    {
        foreach (var pattern in s_oneLineFlows)
        {
            var match = pattern.Match(text.Trim());
            if (match.Success)
            {
                return (match.Groups["c"].Value.Trim(), match.Groups["r"].Value.Trim());
            }
        }

        return null;
    }

    private static bool IsUnnumbered(UseCaseStep step) => step.Ordinal == 0 && step.SubSteps.Count == 0;

    /// <summary>"condition → reaction" (or "condition: reaction" in a script without spaces), else null.</summary>
    private static (string Condition, string Reaction)? Split(string text)
    {
        foreach (var arrow in s_arrows)
        {
            var i = text.IndexOf(arrow, StringComparison.Ordinal);
            if (i > 0 && i + arrow.Length < text.Length)
            {
                var next = text.IndexOf(arrow, i + arrow.Length, StringComparison.Ordinal);
                if (next > 0 && Texts.CountWords(text.Substring(i + arrow.Length, next - i - arrow.Length)) <= 3)
                {
                    // "visible under Dashboard → Webhooks → Failed": a path through screens, not a condition and its
                    // consequence.
                    return null;
                }

                return Pair(text.Substring(0, i), text.Substring(i + arrow.Length));
            }
        }

        var colon = text.IndexOfAny(new[] { ':', '：' });
        if (colon > 0 && colon + 1 < text.Length && IsUnspaced(text.Substring(0, colon)))
        {
            return Pair(text.Substring(0, colon), text.Substring(colon + 1));
        }

        return null;
    }

    private static (string, string)? Pair(string condition, string reaction)
    {
        var c = condition.Trim();
        var r = reaction.Trim();
        return c.Length == 0 || r.Length == 0 ? null : (c, r);
    }

    private static bool IsUnspaced(string text) =>
        text.Length > 0 && text.All(c => (c >= '\u3040' && c <= '\u9fff') || (c >= '\uac00' && c <= '\ud7af') || c is '・' or 'ー');
}
