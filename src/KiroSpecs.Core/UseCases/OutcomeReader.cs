using System;
using System.Linq;

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

    private static readonly string[] s_failingTriggers =
    {
        "does not match", "doesn't match", "do not match", "is empty", "are empty", "null", "undefined", "not filled", "no match",
        "not registered", "already exist", "already in use", "already taken", "já existe", "já cadastrad", "既に", "存在しない",
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

        var trigger = WithoutGoal(Trigger(branch), goal ?? string.Empty);
        var steps = string.Join(" ", branch.Steps.Select(s => s.Text)) + " " + branch.Ending.Text;
        var fails = FailureWords.LooksLikeFailure(trigger) || ContainsAny(trigger, s_failingTriggers) || ContainsAny(trigger, s_failingSteps) || HasErrorStatus(steps) || ContainsAny(steps, s_failingSteps);
        if (SaysSuccess(branch.Ending.Text) || (!fails && SaysSuccess(steps)))
        {
            return FlowOutcome.Success;
        }

        if (fails || branch.Kind == BranchKind.Exception)
        {
            return FlowOutcome.Failure;
        }

        return branch.Ending.Kind == EndingKind.Terminates ? FlowOutcome.Unstated : FlowOutcome.Success;
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
    private static string WithoutGoal(string trigger, string goal)
    {
        var result = trigger;
        foreach (var word in goal.Split(new[] { ' ', '-', '/', ':' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length >= 4 && FailureWords.LooksLikeFailure(word))
            {
                var stem = word.Substring(0, Math.Min(word.Length, 5));
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
        }

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
