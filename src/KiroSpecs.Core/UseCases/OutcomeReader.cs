using System;
using System.Linq;
using System.Runtime.CompilerServices;
using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// Decides a branch's <see cref="FlowOutcome"/> from what it says: a branch that returns to a step rejoins the
/// basic flow; one that ends the use case or is an exception flow fails when its trigger, its steps or its
/// ending speak of failure (an error, a rejection, an error status); an alternative that does not fail succeeds.
/// </summary>
public static class OutcomeReader
{
    private static readonly string[] s_successWords =
    {
        "successfully", "succeeds", "success", "completed", "com sucesso", "sucesso", "exitosamente", "成功", "完了", "성공",
    };

    /// <summary>Words by which a branch goes back into the flow without a step number.</summary>
    private static readonly string[] s_continueWords =
    {
        "returns to", "return to", "go back", "goes back", "back to the", "retry", "retries", "try again", "tries again", "re-enter",
        "reenter", "re-submit", "resubmit", "corrects the", "correct the", "use case continues", "flow continues", "continues with",
        "resumes", "volta ao passo", "volta para o passo", "retorna ao passo", "retorna para o passo", "tenta novamente", "reintent", "vuelve", "再編集", "再入力", "再試行", "やり直", "戻る",
        "다시 입력", "재시도", "돌아간다",
    };

    /// <summary>Words by which a step gives the actor a choice between going on and ending.</summary>
    private static readonly string[] s_choiceWords = { "either", "or terminates", "or chooses to terminate", "or cancels", "ou encerra", "ou cancela" };

    /// <summary>Words by which the actor ends the use case ("chooses to terminate", "cancels").</summary>
    private static readonly string[] s_endWords = { "terminate", "use case ends", "ends the use case", "cancels the use case", "encerra", "終了", "종료" };

    /// <summary>Words by which the system answers a failure with another option instead of ending the use case.</summary>
    private static readonly string[] s_offers =
    {
        "suggest", "offer", "propose", "alternative", "another", "other options", "instead", "prompts", "asks", "requests an", "requests a ",
        "provides an option", "sugere", "oferece", "促す", "提案",
    };

    private static readonly string[] s_failingTriggers =
    {
        "does not match", "doesn't match", "do not match", "is empty", "are empty", "null", "undefined", "not filled", "no match",
        "not registered", "already exist", "already in use", "already taken", "already registered", "already associated", "malformed", "unreadable",
        "does not meet", "doesn't meet", "já existe", "já cadastrad", "既に", "存在しない", "超過", "重複", "期間外", "期限切れ",
    };

    private static readonly string[] s_failingSteps =
    {
        "error", "erro", "incorrect", "invalid", "inválid", "fail", "falha", "reject", "rejeit", "rechaz", "denied", "negad", "not found",
        "não encontrad", "no encontrad", "unable", "cannot", "bloquead", "blocked", "impede",
        "エラー", "拒否", "失敗", "오류", "실패",
    };

    /// <summary>The outcome of <paramref name="branch"/>.</summary>
    public static FlowOutcome Of(UseCaseBranch branch) => Of(branch, string.Empty);

    /// <summary>
    /// The outcome of <paramref name="branch"/> of the use case named <paramref name="goal"/>: a word of the goal is
    /// no sign of failure ("cancellation occurs late" in "Cancel Appointment" is the goal, not a failure).
    /// </summary>
    public static FlowOutcome Of(UseCaseBranch branch, string goal)
    {
        if (branch is null)
        {
            return FlowOutcome.Unstated;
        }

        if (branch.Ending.Kind == EndingKind.ContinueAt)
        {
            return FlowOutcome.Rejoins;
        }

        var steps = string.Join(" ", branch.Steps.Select(s => s.Text)) + " " + branch.Ending.Text;
        // "Prompts to remove the references before retrying. Use case terminates.": the ending the author wrote wins.
        var continues = branch.Ending.Kind != EndingKind.Terminates && Continuation(branch).Length > 0;
        var ends = branch.Ending.Kind == EndingKind.Terminates || TextPatterns.SafeMatch(TextPatterns.Terminates, steps) is not null || ContainsAny(steps, s_endWords);
        if (!continues && ends && branch.Ending.Kind != EndingKind.Terminates && ContainsAny(steps, s_choiceWords))
        {
            // "The admin either creates only the missing documents, confirms …, or terminates the use case".
            return FlowOutcome.RejoinsOrEnds;
        }

        if (continues)
        {
            // "Either returns to step 3 or terminates the use case": the actor chooses; neither outcome is the branch's.
            return ends ? FlowOutcome.RejoinsOrEnds : FlowOutcome.Rejoins;
        }

        var trigger = WithoutGoal(Trigger(branch), goal ?? string.Empty);
        var fails = TriggerFails(trigger) || HasErrorStatus(trigger) || HasErrorStatus(steps) || ContainsAny(steps, s_failingSteps);
        if (SaysSuccess(branch.Ending.Text) || (!fails && SaysSuccess(steps)))
        {
            return FlowOutcome.Success;
        }

        // A failure the branch answers by offering something else ("suggests other times", "asks for another
        // payment method") does not say the use case ends: its outcome is not stated. An exception flow the
        // author ends ("Flow terminates") is a failure, whatever words its trigger holds.
        if ((fails && (ends || !ContainsAny(steps, s_offers))) || (branch.Kind == BranchKind.Exception && ends))
        {
            return FlowOutcome.Failure;
        }

        // An alternative that states no failure is another way to the goal; an exception or an ending the author
        // wrote without saying how it went is not placed.
        return fails || branch.Kind == BranchKind.Exception || branch.Ending.Kind == EndingKind.Terminates ? FlowOutcome.Unstated : FlowOutcome.Success;
    }

    /// <summary>
    /// True when the trigger of <paramref name="branch"/> states a failure or a rejected input, words of the goal
    /// <paramref name="goal"/> aside ("cancellation occurs late" in "Cancel Appointment" is no failure).
    /// </summary>
    public static bool Fails(UseCaseBranch branch, string goal) => branch is not null && TriggerFails(WithoutGoal(Trigger(branch), goal ?? string.Empty));

    /// <summary>True when the trigger states a failure or a rejected input ("already exists", "is empty", "invalid").</summary>
    public static bool TriggerFails(string trigger) =>
        FailureWords.LooksLikeFailure(trigger) || ContainsAny(trigger, s_failingTriggers) || ContainsAny(trigger, s_failingSteps);

    /// <summary>
    /// The words by which a branch goes back into the flow without a step number ("returns to initial
    /// preconditions", "allows retry", "prompts to edit again"); empty when it says none.
    /// </summary>
    public static string Continuation(UseCaseBranch branch)
    {
        if (branch is null)
        {
            return string.Empty;
        }

        if (branch.Ending.Kind == EndingKind.ContinueAt)
        {
            return branch.Ending.Text;
        }

        foreach (var text in branch.Steps.Select(s => s.Text).Append(branch.Ending.Text))
        {
            if (TextPatterns.SafeMatch(TextPatterns.ContinueAt, text) is not null
                || (ContainsAny(text, s_continueWords) && !OtherUseCase(text)))
            {
                return text;
            }
        }

        return string.Empty;
    }

    /// <summary>"Continues with [[UC-026]]", "returns to UC-3": the actor goes on in another use case, not in this flow.</summary>
    private static bool OtherUseCase(string text) =>
        text.IndexOf("[[", StringComparison.Ordinal) >= 0 || TextPatterns.SafeMatch(TextPatterns.UseCaseReference, text) is not null;

    /// <summary>The step a branch says it goes back to ("returns to step 3"), 0 when it names none.</summary>
    public static int ContinueStep(UseCaseBranch branch)
    {
        if (branch is null)
        {
            return 0;
        }

        if (branch.Ending.Kind == EndingKind.ContinueAt)
        {
            return branch.Ending.Step;
        }

        var match = TextPatterns.SafeMatch(TextPatterns.ContinueAt, Continuation(branch));
        return match is not null && int.TryParse(match.Groups["step"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var step) ? step : 0;
    }

    /// <summary>What starts the branch: its title and condition (its first step when it has neither).</summary>
    public static string Trigger(UseCaseBranch branch)
    {
        if (branch is null)
        {
            return string.Empty;
        }

        var title = branch.Title.Trim();
        var condition = branch.Condition.Trim();
        var trigger = title.IndexOf(condition, StringComparison.OrdinalIgnoreCase) >= 0 ? title
            : condition.IndexOf(title, StringComparison.OrdinalIgnoreCase) >= 0 ? condition
            : title + ": " + condition;
        return trigger.Length > 0 || branch.Steps.IsEmpty ? trigger : branch.Steps[0].Text;
    }

    /// <summary>True when the text returns an HTTP error status (4xx or 5xx).</summary>
    public static bool HasErrorStatus(string text)
    {
        if (text is null)
        {
            return false;
        }

        for (var i = 0; i + 2 < text.Length; i++)
        {
            if ((text[i] == '4' || text[i] == '5') && char.IsDigit(text[i + 1]) && (char.IsDigit(text[i + 2]) || text[i + 2] is 'x' or 'X')
                && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (i + 3 >= text.Length || !char.IsLetterOrDigit(text[i + 3])))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(HotPath.Optimized)]
    private static bool ContainsAny(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The trigger without the goal's own failure-sounding words ("Cancel Appointment": "cancellation …").</summary>
    internal static string WithoutGoal(string trigger, string goal)
    {
        var result = trigger;
        foreach (var stem in GoalStems(goal ?? string.Empty))
        {
            var i = result.IndexOf(stem, StringComparison.OrdinalIgnoreCase);
            while (i >= 0)
            {
                var end = i;
                while (end < result.Length && char.IsLetter(result[end]))
                {
                    end++;
                }

                result = result.Substring(0, i) + result.Substring(end);
                i = result.IndexOf(stem, StringComparison.OrdinalIgnoreCase);
            }
        }

        return result;
    }

    [ThreadStatic]
    private static (string Goal, string[] Stems)? s_goalStems;

    private static readonly char[] s_goalSeparators = { ' ', '-', '/', ':' };

    /// <summary>
    /// The stems of the goal's words that read as failures ("Cancel" in "Cancel a lesson"); the last goal's are
    /// kept and used again for any goal of the same text.
    /// </summary>
    private static string[] GoalStems(string goal)
    {
        if (s_goalStems is { } cached && string.Equals(cached.Goal, goal, StringComparison.Ordinal))
        {
            return cached.Stems;
        }

        var stems = new System.Collections.Generic.List<string>();
        foreach (var word in goal.Split(s_goalSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length >= 4 && FailureWords.LooksLikeFailure(word))
            {
                stems.Add(word.Substring(0, Math.Min(word.Length, 5)));
            }
        }

        var result = stems.ToArray();
        s_goalStems = (goal, result);
        return result;
    }

    private static bool SaysSuccess(string text)
    {
        foreach (var word in s_successWords)
        {
            var i = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (i >= 0 && !Negated(text, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Negated(string text, int index)
    {
        var before = text.Substring(Math.Max(0, index - 12), Math.Min(12, index)).ToLowerInvariant();
        return before.Contains("not ") || before.EndsWith("un", StringComparison.Ordinal) || before.Contains("não ") || before.Contains("no ");
    }
}
