using System;
using System.Collections.Generic;
using System.Linq;
using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// Places a branch that names no step ("If the selected slot is unavailable, …") at the basic-flow step its
/// condition speaks of: the step sharing the most content words with the condition ("checks the
/// availability"; between equals, the step that checks something, else the later one). A branch whose words
/// meet no step keeps no anchor and is reported as before (KIRO105).
/// </summary>
internal static partial class BranchPlacement
{
    private static readonly HashSet<string> s_stopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "that", "this", "with", "from", "into", "when", "then", "than", "there", "their", "they", "will", "would",
        "should", "have", "been", "does", "user", "system", "step", "flow", "case", "para", "com", "sistema", "usuário", "usuario",
    };

    private const int MaxComparisons = 200_000;

    public static List<UseCaseBranch> Place(List<UseCaseBranch> branches, IReadOnlyList<UseCaseStep> steps)
    {
        if (steps.Count == 0)
        {
            return branches;
        }

        // Placing by wording compares each unplaced branch with each step: bounded, so that a document of
        // thousands of unplaced branches stays linear (the rest keep KIRO105).
        var budget = MaxComparisons;
        List<HashSet<string>>? stepStems = null;
        HashSet<string>? common = null;
        var placed = new List<UseCaseBranch>(branches.Count);
        foreach (var original in branches)
        {
            var branch = Restated(original, steps) ?? original;
            if (branch.Anchor.Kind != AnchorKind.None || branch.Condition.Length == 0 || branch.Anchor.InFlow.Length > 0)
            {
                placed.Add(branch);
                continue;
            }

            budget -= steps.Count;
            if (budget < 0)
            {
                placed.Add(branch);
                continue;
            }

            if (ByIdentifier(branch, steps) is { } byId)
            {
                placed.Add(byId);
                continue;
            }

            // The steps' words are taken only when a branch is placed by wording: most documents name their steps.
            if (stepStems is null)
            {
                stepStems = steps.Select(s => Stems(s.Text)).ToList();
                common = Common(stepStems);
            }

            var condition = Stems(branch.Condition);
            condition.ExceptWith(common!);
            var best = -1;
            var bestScore = 0;
            for (var i = 0; i < steps.Count; i++)
            {
                var score = stepStems[i].Count(condition.Contains);
                if (score > bestScore)
                {
                    (best, bestScore) = (i, score);
                }
                else if (score == bestScore && score > 0 && (IsCheck(steps[i].Text) || !IsCheck(steps[best].Text)))
                {
                    // Equal words: the step that checks something is where a condition arises ("validates the
                    // credentials" over "enters the credentials"); among equals, the later step.
                    best = i;
                }
            }

            if (best < 0)
            {
                best = ByKind(branch.Condition, steps);
            }

            placed.Add(best >= 0 && steps[best].Ordinal > 0
                ? branch with { Anchor = new BranchAnchor(AnchorKind.Step, steps[best].Ordinal, steps[best].Ordinal) { Inferred = true } }
                : branch);
        }

        return placed;
    }

    /// <summary>
    /// Words found in more than a quarter of the steps (and in four or more): "ride" in a ride's twelve steps says
    /// nothing about where "app crash mid-ride" happens, so such words place no branch (letters only: the kanji
    /// and katakana pairs of Japanese text are parts of words).
    /// </summary>
    private static HashSet<string> Common(List<HashSet<string>> stepStems)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var stems in stepStems)
        {
            foreach (var stem in stems)
            {
                counts[stem] = counts.TryGetValue(stem, out var n) ? n + 1 : 1;
            }
        }

        var limit = Math.Max(3, stepStems.Count / 4);
        // Pairs of kanji or katakana are parts of words, not words: only whole words count as common.
        return new HashSet<string>(counts.Where(c => c.Value > limit && c.Key[0] < '\u3000').Select(c => c.Key), StringComparer.Ordinal);
    }

    /// <summary>
    /// A branch that names no step but names an id ("If UC-04 ends with a timeout") that exactly one step names
    /// ("The system retrieves the booking (include UC-04 …)"): it happens at that step.
    /// </summary>
    private static UseCaseBranch? ByIdentifier(UseCaseBranch branch, IReadOnlyList<UseCaseStep> steps)
    {
        var text = branch.Condition + " " + branch.Title + " " + string.Join(" ", branch.Steps.Select(s => s.Text));
        var ids = s_identifier.Matches(text).Cast<System.Text.RegularExpressions.Match>().Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count != 1)
        {
            return null;
        }

        var at = -1;
        for (var i = 0; i < steps.Count; i++)
        {
            if (s_identifier.Matches(steps[i].Text).Cast<System.Text.RegularExpressions.Match>().Any(m => m.Value == ids[0]))
            {
                if (at >= 0)
                {
                    return null;
                }

                at = i;
            }
        }

        return at >= 0 && steps[at].Ordinal > 0
            ? branch with { Anchor = new BranchAnchor(AnchorKind.Step, steps[at].Ordinal, steps[at].Ordinal) { Inferred = true, SharedId = ids[0] } }
            : null;
    }

    private const string IdentifierPattern =
        @"\b[A-Z]{2,5}-\d{1,4}\b";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_identifier = IdentifierRegex();

    [System.Text.RegularExpressions.GeneratedRegex(IdentifierPattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex IdentifierRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_identifier = new(IdentifierPattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>
    /// A branch that restates the basic flow and departs from it ("Fluxo Alternativo A: 1.–7. as in the main
    /// flow, 8. the system reports invalid fields, 9. …, 10.–12. as steps 8–10"): only what differs is the branch,
    /// at the last step both share, continuing at the basic step where the restatement joins the flow again.
    /// </summary>
    private static UseCaseBranch? Restated(UseCaseBranch branch, IReadOnlyList<UseCaseStep> steps)
    {
        if (branch.Anchor.Kind != AnchorKind.None || branch.Steps.Count < 2)
        {
            return null;
        }

        // The first restated step may have been read as the branch's condition.
        var own = branch.Steps.ToList();
        var conditionIsStep = steps.Count > 0 && Same(branch.Condition, steps[0].Text);
        var written = conditionIsStep ? new[] { branch.Condition }.Concat(own.Select(s => s.Text)).ToList() : own.Select(s => s.Text).ToList();
        var prefix = 0;
        while (prefix < written.Count && prefix < steps.Count && Same(written[prefix], steps[prefix].Text))
        {
            prefix++;
        }

        if (prefix == 0 || prefix >= written.Count)
        {
            return null;
        }

        var suffix = 0;
        while (suffix < written.Count - prefix && suffix < steps.Count - prefix
            && Same(written[written.Count - 1 - suffix], steps[steps.Count - 1 - suffix].Text))
        {
            suffix++;
        }

        if (prefix + suffix < 2 && !conditionIsStep)
        {
            // One shared step is a coincidence, not a restatement, unless the branch opens with it word for word.
            return null;
        }

        var offset = conditionIsStep ? 1 : 0;
        var differing = own.Skip(prefix - offset).Take(written.Count - prefix - suffix).ToEquatableArray();
        var anchor = steps[prefix - 1].Ordinal;
        // Rejoining the basic flow's last steps, it continues there; restating the flow to a different end, the
        // alternative scenario is complete: the basic steps after the departure do not follow it.
        var ending = suffix > 0
            ? new BranchEnding(EndingKind.ContinueAt, steps[steps.Count - suffix].Ordinal, 0, 0, string.Empty, branch.Position)
            : branch.Ending.Kind == EndingKind.Unspecified ? new BranchEnding(EndingKind.Terminates, 0, 0, 0, BranchEnding.Restated(branch.Id), branch.Position)
            : branch.Ending;
        return branch with
        {
            Title = branch.Title == branch.Condition ? string.Empty : branch.Title,
            Condition = string.Empty,
            Anchor = new BranchAnchor(AnchorKind.Step, anchor, anchor),
            Steps = differing,
            Ending = ending,
        };
    }

    /// <summary>
    /// A condition that shares no word with any step but says what kind of step it departs from: a failed check
    /// ("Missing fields", "Invalid update") at the one step that checks, a cancellation at the one step where the
    /// actor confirms. With none or several such steps the branch keeps no anchor.
    /// </summary>
    private static int ByKind(string condition, IReadOnlyList<UseCaseStep> steps)
    {
        var kind = IsFailedCheck(condition) ? (Func<string, bool>)IsCheck : IsCancellation(condition) ? IsConfirmation : null;
        if (kind is null)
        {
            return -1;
        }

        var found = -1;
        for (var i = 0; i < steps.Count; i++)
        {
            if (kind(steps[i].Text))
            {
                if (found >= 0)
                {
                    return -1;
                }

                found = i;
            }
        }

        return found;
    }

    private const string FailedCheckPattern =
        @"\b(?:invalid|missing|incorrect|wrong|incomplete|empty|blank|malformed|not\s+valid|inv[aá]lid[oa]s?|incorret[oa]s?|ausentes?|faltantes?|vac[ií]os?|vazios?)\b|不正|無効|未入力|誤り|유효하지|잘못";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_failedCheck = FailedCheckRegex();

    [System.Text.RegularExpressions.GeneratedRegex(FailedCheckPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex FailedCheckRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_failedCheck = new(FailedCheckPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    private static bool IsFailedCheck(string text) =>
        s_failedCheck.IsMatch(text);

    private const string CancellationPattern =
        @"\b(?:cancel\w*|declines?|aborts?|cancela\w*)\b|キャンセル|취소";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_cancellation = CancellationRegex();

    [System.Text.RegularExpressions.GeneratedRegex(CancellationPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex CancellationRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_cancellation = new(CancellationPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    private static bool IsCancellation(string text) =>
        s_cancellation.IsMatch(text);

    private const string ConfirmationPattern =
        @"\b(?:confirm\w*|confirma\w*)\b|確認|확인";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_confirmation = ConfirmationRegex();

    [System.Text.RegularExpressions.GeneratedRegex(ConfirmationPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex ConfirmationRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_confirmation = new(ConfirmationPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    private static bool IsConfirmation(string text) =>
        s_confirmation.IsMatch(text);

    private const string CheckPattern =
        @"\b(?:validat|verif|check|authentic|process|confirm|valida|verifica|processa|checa|comprova)|検証|確認|照合|검증|확인";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_check = CheckRegex();

    [System.Text.RegularExpressions.GeneratedRegex(CheckPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex CheckRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_check = new(CheckPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    private static bool IsCheck(string text) =>
        s_check.IsMatch(text);

    private static bool Same(string a, string b) =>
        string.Equals(Normalized(a), Normalized(b), StringComparison.OrdinalIgnoreCase);

    private static string Normalized(string text) =>
        new string(text.Where(char.IsLetterOrDigit).ToArray());

    /// <summary>
    /// The first five letters of each word of four letters or more ("availability", "unavailable" → "avail"); in
    /// Japanese or Chinese text, each pair of adjacent kanji or katakana ("認証失敗" → "認証", "証失", "失敗").
    /// </summary>
    private static HashSet<string> Stems(string text)
    {
        var stems = LatinStems(text);
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (IsIdeographic(text[i]) && IsIdeographic(text[i + 1]))
            {
                stems.Add(text.Substring(i, 2));
            }
        }

        return stems;
    }

    private static bool IsIdeographic(char c) => (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u30a0' && c <= '\u30ff') || (c >= '\uac00' && c <= '\ud7af');

    /// <summary>The first five letters of each word of four letters or more ("availability", "unavailable" → "avail").</summary>
    private static HashSet<string> LatinStems(string text)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]) && text[i] < '\u3000';
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                var original = text.Substring(start, i - start);
                var word = original.ToLowerInvariant();
                start = -1;
                if (original.Length is 2 or 3 && original.All(char.IsUpper))
                {
                    // "ARS", "PSP": a short name in capitals is a name, however short.
                    stems.Add(word);
                    continue;
                }

                if (word.StartsWith("un", StringComparison.Ordinal) && word.Length > 6)
                {
                    word = word.Substring(2);
                }

                if (word.Length >= 4 && !s_stopWords.Contains(word))
                {
                    stems.Add(word.Length > 5 ? word.Substring(0, 5) : word);
                }
            }
        }

        return stems;
    }
}
