using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// Decides a branch's <see cref="FlowOutcome"/> from what it says: a branch that returns to a step rejoins the
/// basic flow; one that ends the use case or is an exception flow fails when its trigger, its steps or its
/// ending speak of failure (an error, a rejection, an error status); an alternative that does not fail succeeds.
/// </summary>
public static partial class OutcomeReader
{
    private static readonly string[] s_successWords =
    {
        "successfully", "succeeds", "success", "completed", "com sucesso", "sucesso", "exitosamente", "成功", "完了", "성공",
        "ends ok", "ends fine", "con éxito", "con exito", "erfolgreich",
    };

    /// <summary>Words by which a branch goes back into the flow without a step number.</summary>
    private static readonly string[] s_continueWords =
    {
        "returns to", "return to", "go back", "goes back", "back to the", "retry", "retries", "try again", "tries again", "saves again", "submits again", "re-enter",
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
        "does not match", "does not answer", "doesn't answer", "does not respond", "doesn't respond", "times out", "timed out", "doesn't match", "do not match", "is empty", "are empty", "null", "undefined", "not filled", "no match",
        "not registered", "already exist", "already in use", "already taken", "already registered", "already associated", "malformed", "unreadable",
        "does not meet", "doesn't meet", "must enter", "must be filled", "is required", "fields empty", "field empty", "incomplete", "incorret", "errad", "não exist", "nao exist", "deve inserir", "precisa ser preenchid", "deve ser preenchid", "obrigatóri", "já existe", "já cadastrad", "既に存在", "既に登録", "既に使用", "存在しない", "超過", "重複", "期間外", "期限切れ",
    };

    private static readonly string[] s_failingSteps =
    {
        "error", "erro", "incorrect", "invalid", "inválid", "fail", "falha", "reject", "rejeit", "rechaz", "denied", "negad", "not found",
        "não encontrad", "no encontrad", "unable", "cannot", "bloquead", "blocked", "impede", "refuses", "recusa", "prevents", "deve inserir", "precisa ser preenchid", "must enter",
        "could not", "couldn't", "can not", "not possible", "não pode", "não é possível", "no es posible", "no se puede", "できない", "できません", "수 없",
        "エラー", "拒否", "失敗", "오류", "실패",
    };

    /// <summary>The outcome of <paramref name="branch"/>.</summary>
    public static FlowOutcome Of(UseCaseBranch branch) => Of(branch, string.Empty);

    /// <summary>Words by which a branch says that what happened is no failure of the use case.</summary>
    private static readonly string[] s_notAFailure =
    {
        "not an error", "not a failure", "not failed", "is still created", "are still created", "is still sent", "still goes ahead", "anyway",
        "mesmo assim", "de todos modos", "de todas formas", "no se ve afectad", "não é afetad", "does not block", "don't block", "doesn't block",
        "continues normally", "goes on normally", "segue normalmente", "prossegue normalmente", "continua normalmente", "sigue normalmente",
        "continúa normalmente", "se continúa con", "se continua con",
    };

    /// <summary>"The watering is still recorded", "the labels are still printed": what is done although something failed.</summary>
    private const string StillDonePattern =
        @"\b(?:is|are|gets|get)\s+still\s+\w+(?:ed|en|nt)\b";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_stillDone = StillDoneRegex();

    [System.Text.RegularExpressions.GeneratedRegex(StillDonePattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex StillDoneRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_stillDone = new(StillDonePattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, RegexTimeout.Value);
#endif

    private static bool SaysItGoesOn(string text) =>
        ContainsAny(text, s_notAFailure) || (text.IndexOf("still", StringComparison.OrdinalIgnoreCase) >= 0 && s_stillDone.IsMatch(text));

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

        var steps = StepsText(branch);
        if (branch.Ending.Kind == EndingKind.ContinueAt)
        {
            // "Use case continues at step 4 or ends": the actor chooses. "… resumes at step 2. If nothing arrives in 30
            // days the claim is closed as withdrawn.": a second way out, under its own condition, ends it.
            return ContainsAny(steps, s_orEnds) || EndsOtherwise(branch) ? FlowOutcome.RejoinsOrEnds : FlowOutcome.Rejoins;
        }

        if (branch.Steps.Select(s => s.Text).Append(branch.Ending.Text).Any(t => ContainsAny(t, s_goesOn) && OtherUseCase(t)))
        {
            return FlowOutcome.ContinuesElsewhere;
        }

        // "Prompts to remove the references before retrying. Use case terminates.": the ending the author wrote wins.
        var continuation = branch.Ending.Kind != EndingKind.Terminates ? Continuation(branch) : string.Empty;
        var continues = continuation.Length > 0;
        var ends = EndsIn(branch, steps);
        if (!continues && ends && branch.Ending.Kind != EndingKind.Terminates && ContainsAny(steps, s_choiceWords))
        {
            // "The admin either creates only the missing documents, confirms …, or terminates the use case".
            return FlowOutcome.RejoinsOrEnds;
        }

        if (continues)
        {
            // "Either returns to step 3 or terminates the use case", "Retry or log error": the actor chooses; neither
            // outcome is the branch's.
            return ends || OffersAnotherWay(continuation) || ContainsAny(steps, s_orEnds) ? FlowOutcome.RejoinsOrEnds : FlowOutcome.Rejoins;
        }

        var trigger = WithoutGoal(Trigger(branch), goal ?? string.Empty);
        var own = WithoutGoal(steps, goal ?? string.Empty);
        var fails = TriggerFails(trigger) || HasErrorStatus(trigger) || HasErrorStatus(own) || SaysFailure(own);
        if (!ends && SaysItGoesOn(trigger + " " + steps))
        {
            // "We flag it as a possible duplicate (warning, not an error)", "the file is still created", "a solicitação é
            // registrada mesmo assim", "se continúa con el procedimiento": the author says the flow does not fail but
            // goes on, whatever the trigger's words.
            return FlowOutcome.Rejoins;
        }

        if (IsActorChoice(branch, goal ?? string.Empty) && !ContainsAny(steps, s_failedOutcome))
        {
            // "The user wants to cancel the order": a choice the actor makes, no failure; the text does not say how
            // the use case ends.
            return ends && SaysSuccess(steps) ? FlowOutcome.Success : FlowOutcome.Unstated;
        }
        if (SaysSuccess(branch.Ending.Text) || (!fails && SaysSuccess(steps)))
        {
            return FlowOutcome.Success;
        }

        if (IsDecisionOutcome(branch, goal ?? string.Empty))
        {
            // "3c. All items declined … UC-6 ends here" in "Assess claim and decide settlement": a decision the goal is to
            // make; the use case ends, and nothing says it failed.
            return FlowOutcome.Unstated;
        }

        // A failure the branch answers by offering something else ("suggests other times", "asks for another
        // payment method") does not say the use case ends: its outcome is not stated. An exception flow the
        // author ends ("Flow terminates") is a failure, whatever words its trigger holds.
        if ((fails && (ends || !ContainsAny(steps, s_offers))) || (branch.Kind == BranchKind.Exception && ends))
        {
            return FlowOutcome.Failure;
        }

        // An alternative that states neither success nor failure is not placed: "No assignments: display a message"
        // does not reach the goal's postcondition, and a detour ("the user changes the payment option") may.
        return FlowOutcome.Unstated;
    }

    /// <summary>
    /// True when the branch, whose outcome is <paramref name="outcome"/>, is a failure flow: an exception flow, or a
    /// branch that fails or states a failure, unless it reaches the goal or is the actor's own choice. Error Scenario
    /// Coverage lists these; Data Validation picks from them the ones about the data.
    /// </summary>
    public static bool IsFailureFlow(UseCase useCase, UseCaseBranch branch, FlowOutcome outcome) =>
        IsFailureFlow(useCase, branch, outcome, GoalOf(useCase, branch));

    /// <summary>
    /// As <see cref="IsFailureFlow(UseCase, UseCaseBranch, FlowOutcome)"/>, with the branch's goal (<see cref="GoalOf"/>)
    /// already found: the goal is longer than the use case's name exactly when the branch is an option its step offers.
    /// </summary>
    internal static bool IsFailureFlow(UseCase useCase, UseCaseBranch branch, FlowOutcome outcome, string goalOfBranch)
    {
        if (useCase is null || branch is null || outcome == FlowOutcome.Success || goalOfBranch.Length > useCase.Name.Length)
        {
            return false;
        }

        var goal = useCase.Name;
        if (IsDetourToTheGoal(branch, outcome))
        {
            return false;
        }

        return !IsActorChoice(branch, goal) && !IsDecisionOutcome(branch, goal) && (branch.Kind == BranchKind.Exception || outcome == FlowOutcome.Failure || StatesFailure(branch, goal));
    }

    /// <summary>
    /// An alternative flow that goes on into the basic flow after its step and whose words name no error ("Booking
    /// reference not available … resumes at step 4", "Claim for a lost bag"): another way to the goal, no failure,
    /// whatever words of loss or absence it holds.
    /// </summary>
    internal static bool IsDetourToTheGoal(UseCaseBranch branch, FlowOutcome outcome) =>
        branch.Kind == BranchKind.Alternative && outcome == FlowOutcome.Rejoins && branch.Anchor.Kind == AnchorKind.Step
        && ContinueStep(branch) is var next && (next > branch.Anchor.ToStep || (next == 0 && GoesOnAnyway(branch).Length > 0))
        && !s_namedError.IsMatch(Trigger(branch) + " " + StepsText(branch));

    private const string NamedErrorPattern =
        @"\b(?:errors?|fail\w*|time[sd]?[\s-]?out|timeouts?|invalid|rejected|rejects|declined|declines|denied|denies|unavailable|crash\w*|refused|refuses|erro|falh\w*|inválid\w*|recusad\w*|negad\w*|indisponível|rechaz\w*|fallo|no\s+disponible"
        + @"|unable|unreadable|cannot|can't|could\s+not|not\s+valid|(?:não|no)\s+(?:é|es)\s+válid\w*|lack\s+of|insufficient|exceeds?|warns?|avisa|informa\s+que|informs?\s+(?:\w+\s+){0,2}that|deve\s+inserir|must\s+enter|precisa\s+ser)\b";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_namedError = NamedErrorRegex();

    [System.Text.RegularExpressions.GeneratedRegex(NamedErrorPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex NamedErrorRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_namedError = new(NamedErrorPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, RegexTimeout.Value);
#endif

    /// <summary>
    /// True when the goal is to decide and the branch's trigger reads as a failure only for a decision's negative
    /// outcome ("All items declined" in "Assess claim and decide settlement").
    /// </summary>
    private static bool IsDecisionOutcome(UseCaseBranch branch, string goal)
    {
        if (!ContainsAny(goal, s_decidingGoals))
        {
            return false;
        }

        var trigger = Trigger(branch);
        return TriggerFails(trigger) && !TriggerFails(WithoutGoal(trigger, goal)) && !SaysFailure(WithoutGoal(StepsText(branch), goal));
    }

    /// <summary>
    /// True when the branch says the use case ends there ("Flow terminates", "use case ends", "chooses to
    /// terminate"), whatever its outcome; false for a branch that says nothing of ending, which goes on.
    /// </summary>
    public static bool Ends(UseCaseBranch branch)
    {
        if (branch is null)
        {
            return false;
        }

        return EndsIn(branch, StepsText(branch));
    }

    private static bool EndsIn(UseCaseBranch branch, string steps) =>
        branch.Ending.Kind == EndingKind.Terminates || TextPatterns.SafeMatch(TextPatterns.Terminates, steps) is not null || ContainsAny(steps, s_endWords);

    /// <summary>The branch's steps and its ending as one text.</summary>
    private static string StepsText(UseCaseBranch branch) => string.Join(" ", branch.Steps.Select(s => s.Text)) + " " + branch.Ending.Text;

    /// <summary>
    /// The sentence of <paramref name="branch"/> (its condition, title or a step) that says the flow goes on although
    /// something failed ("the file is still created", "se continúa con el procedimiento"); empty when none does.
    /// </summary>
    public static string GoesOnAnyway(UseCaseBranch branch)
    {
        foreach (var text in new[] { branch.Condition, branch.Title }.Concat(branch.Steps.Select(s => s.Text)).Append(branch.Ending.Text))
        {
            if (SaysItGoesOn(text))
            {
                return Texts.Sentences(text).FirstOrDefault(SaysItGoesOn) ?? text;
            }
        }

        return string.Empty;
    }

    /// <summary>True when a branch goes back to the start rather than to a step ("returns to initial preconditions").</summary>
    public static bool BackToStart(UseCaseBranch branch) => branch is not null && ContainsAny(Continuation(branch), s_start);

    private static readonly string[] s_start = { "precondition", "initial", "the start", "beginning", "início", "inicio", "最初", "처음" };

    /// <summary>Words by which an ending also lets the use case end ("continues at step 4 or ends").</summary>
    private static readonly string[] s_orEnds = { "or ends", "or terminates", "or the use case ends", "ou encerra", "ou termina" };

    private static readonly string[] s_closes =
    {
        "is closed", "are closed", "is cancelled", "is canceled", "is withdrawn", "as withdrawn", "use case ends", "flow ends", "is archived",
        "se cierra", "se archiva", "se cancela", "termina el caso de uso", "é encerrad", "é cancelad", "é arquivad",
    };

    /// <summary>A step of the branch that opens with its own condition and closes the case ("If nothing arrives in 30 days the claim is closed").</summary>
    private static bool EndsOtherwise(UseCaseBranch branch) =>
        branch.Steps.Any(step => s_conditionOpeners.Any(o => step.Text.TrimStart().StartsWith(o, StringComparison.OrdinalIgnoreCase)) && ContainsAny(step.Text, s_closes));

    /// <summary>Words by which a branch goes on somewhere ("continues with [[UC-026]]").</summary>
    private static readonly string[] s_goesOn = { "continues", "continue with", "proceeds", "goes to", "go to", "segue para", "continua", "continúa", "sigue en", "pasa a" };

    /// <summary>Words by which the actor chooses the branch rather than meeting a failure.</summary>
    private static readonly string[] s_choices =
    {
        "wants to", "want to", "wishes to", "chooses to", "decides to", "opts to", "prefers to", "cancel", "deseja", "decide ", "opta ",
        "escolhe", "cancela", "キャンセル", "취소",
    };

    /// <summary>
    /// True when the branch's trigger or its own steps state a failure ("Another run is active: the plugin refuses
    /// the start"), words of the goal <paramref name="goal"/> aside.
    /// </summary>
    public static bool StatesFailure(UseCaseBranch branch, string goal)
    {
        if (branch is null)
        {
            return false;
        }

        var steps = WithoutGoal(StepsText(branch), goal ?? string.Empty);
        return Fails(branch, goal ?? string.Empty) || HasErrorStatus(steps) || SaysFailure(steps);
    }

    /// <summary>A failure word ("rejected", "unable"), or "no … can" ("no documents can be created").</summary>
    private static bool SaysFailure(string text)
    {
        if (ContainsAny(text, s_failingSteps))
        {
            return true;
        }

        for (var at = text.IndexOf(" can ", StringComparison.OrdinalIgnoreCase); at > 0; at = text.IndexOf(" can ", at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = text.Substring(Math.Max(0, at - 32), Math.Min(32, at));
            var stop = before.LastIndexOfAny(s_sentenceStops);
            before = stop >= 0 ? before.Substring(stop + 1) : before;
            var no = before.LastIndexOf("no ", StringComparison.OrdinalIgnoreCase);
            if (no >= 0 && (no == 0 || !char.IsLetter(before[no - 1])) && before.Substring(no).Split(' ').Length <= 4)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] s_retryOffers = { "prompts for", "prompts the", "asks for", "asks the", "suggests", "sugere", "solicita que" };

    /// <summary>
    /// True when a branch that meets a failure asks the actor to go on ("Missing fields → System prompts for
    /// completion", "suggests alternative times") and does not say the use case ends.
    /// </summary>
    public static bool AsksToGoOn(UseCaseBranch branch) =>
        branch is not null && !Ends(branch) && ContainsAny(StepsText(branch) + " " + Trigger(branch), s_retryOffers);

    private static readonly string[] s_absenceOpeners = { "no ", "nenhum", "nenhuma", "ningún", "ninguna", "sem " };

    private static readonly string[] s_absenceEndings = { "なし", "がない", "がありません", "없음", "없다", "없으면" };

    /// <summary>"No assignments", "プログラムなし", "Nenhum resultado": the branch is taken when there is nothing to show or use.</summary>
    public static bool IsAbsence(UseCaseBranch branch)
    {
        if (branch is null)
        {
            return false;
        }

        var trigger = Trigger(branch).Trim();
        return s_absenceOpeners.Any(o => trigger.StartsWith(o, StringComparison.OrdinalIgnoreCase)) || s_absenceEndings.Any(e => trigger.IndexOf(e, StringComparison.Ordinal) >= 0);
    }

    private static readonly string[] s_stops = { "cancel", "cancela", "キャンセル", "취소", "quit", "abort", "desiste", "gives up" };

    /// <summary>True when the actor chooses to stop ("The user wants to cancel the order", "Cancellation"), not the goal's own word.</summary>
    public static bool IsActorStop(UseCaseBranch branch, string goal) =>
        IsActorChoice(branch, goal) && ContainsAny(Trigger(branch), s_stops);

    /// <summary>
    /// True when the branch is a choice the actor makes ("The user wants to cancel the order", "Cancellation") and
    /// its trigger states no failure ("the payment fails and the user cancels" is a failure); a choice word that
    /// is the use case's own goal <paramref name="goal"/> does not count.
    /// </summary>
    public static bool IsActorChoice(UseCaseBranch branch, string goal)
    {
        if (branch is null)
        {
            return false;
        }

        // "キャンセル期限超過" in "予約キャンセル": cancelling is the goal, the deadline passed is the failure.
        var trigger = Trigger(branch);
        var ownGoal = goal ?? string.Empty;
        foreach (var choice in s_choices)
        {
            if (IgnoreCase.Contains(trigger, choice) && !IgnoreCase.Contains(ownGoal, choice))
            {
                // "Pago rechazado o cancelado": a payment refused (or called off) is a failure the flow meets, not a choice.
                return !ContainsAny(trigger, s_failedOutcome) && !TriggerFails(WithoutChoices(trigger));
            }
        }

        return false;
    }

    /// <summary>The trigger without its words of choice ("cancela", "wants to"): what else it says.</summary>
    private static string WithoutChoices(string trigger)
    {
        var rest = trigger;
        foreach (var choice in s_choices)
        {
            for (var at = rest.IndexOf(choice, StringComparison.OrdinalIgnoreCase); at >= 0; at = rest.IndexOf(choice, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + choice.Length;
                while (end < rest.Length && char.IsLetter(rest[end]))
                {
                    end++;
                }

                rest = rest.Substring(0, at) + " " + rest.Substring(end);
            }
        }

        return rest;
    }

    /// <summary>"Retry or log error": right after the words that go back into the flow, "or" names a way out.</summary>
    private static bool OffersAnotherWay(string continuation)
    {
        foreach (var word in s_continueWords)
        {
            var at = continuation.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            var rest = continuation.Substring(at + word.Length).TrimStart();
            if (rest.StartsWith("or ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("ou ", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words by which a stated outcome says the use case's operation did not succeed.</summary>
    private static readonly string[] s_failedOutcome =
    {
        "fail", "error", "erro", "falha", "fallo", "not created", "not saved", "is rejected", "are rejected", "is denied", "_denied", "_rejected", "실패", "오류", "失敗", "エラー",
        "fracaso", "fehlschlag", "misserfolg", "échec",
    };

    /// <summary>Labels of notes that state the outcome of the basic flow ("Results:", "Expected result:").</summary>
    private static readonly string[] s_outcomeLabels = { "result", "expected output", "outcome", "assertion", "resultado", "結果" };

    /// <summary>
    /// The failure the basic flow ends in, in the author's words, when it is itself a failure scenario: the outcome the use case states for it (its success
    /// postconditions, else a "Results" note) opens with a failure ("Environment creation fails with an error"),
    /// and its name or its last step says so too ("Invalid folder structure", "detects the invalid input"). Words
    /// of a goal such as "Cancel Appointment" are no failure. Empty when the basic flow does not fail.
    /// </summary>
    public static string BasicFlowFailure(UseCase useCase)
    {
        if (useCase is null || useCase.Steps.IsEmpty)
        {
            return string.Empty;
        }

        // Postconditions labelled for the failure case ("Minimal guarantee", "On failure") say nothing of the basic flow.
        var stated = useCase.Postconditions.Where(p => !ContainsAny(p.Label, s_failedOutcome) && p.Label.IndexOf("minimal", StringComparison.OrdinalIgnoreCase) < 0)
                .Select(p => p.Text).FirstOrDefault()
            ?? string.Empty;
        var first = stated.Length > 0 ? FirstSentence(stated) : StatedResult(useCase);
        return first.Length > 0 && ContainsAny(first, s_failedOutcome) && !RefusalIsTheGoal(useCase.Name, first)
            && (ContainsAny(useCase.Name, s_failingSteps) || ContainsAny(useCase.Steps[useCase.Steps.Count - 1].Text, s_failingSteps))
            ? first : string.Empty;
    }

    /// <summary>
    /// The last step of the basic flow whose words turn away from the goal ("detects invalid folder structure",
    /// "cannot read the file"), where a basic flow that is itself a failure turns; null when no step says so.
    /// </summary>
    public static UseCaseStep? TurningStep(UseCase useCase) =>
        useCase.Steps.LastOrDefault(s => ContainsAny(s.Text, s_failingSteps));

    /// <summary>
    /// The first sentence of the note that states what the basic flow results in ("Results:", "Expected result:",
    /// "Assertions:"), when the use case has one; empty otherwise.
    /// </summary>
    public static string StatedResult(UseCase useCase) =>
        useCase.Notes.Where(n => !n.IsCode && ContainsAny(n.Section, s_outcomeLabels)).Select(n => FirstSentence(n.Text)).FirstOrDefault() ?? string.Empty;

    /// <summary>Words of a refusal that a use case can have as its goal ("Deny a rogue tool call", "Reject an invalid claim").</summary>
    private static readonly string[] s_goalRefusals = { "deny", "denie", "denied", "reject", "refus", "block", "rechaz", "rejeit", "recus", "negar", "negad", "拒否" };

    /// <summary>
    /// "PEP Deny — Rogue Tool Call" ending with "status: PROXY_TOOL_DENIED": the use case is named for the refusal its
    /// basic flow ends in, so that refusal is the goal reached, not a failure. An outcome that also says the operation
    /// failed or erred ("Rejected with an error") stays a failure.
    /// </summary>
    private static bool RefusalIsTheGoal(string name, string outcome) =>
        ContainsAny(name, s_goalRefusals) && ContainsAny(outcome, s_goalRefusals)
        && !ContainsAny(outcome, s_operationFailed);

    private static readonly string[] s_operationFailed = { "fail", "error", "erro", "falha", "fallo", "失敗", "エラー", "실패", "오류", "échec" };

    /// <summary>Words beside a number that make it an HTTP status ("rejects the call with 401", "returns HTTP 409").</summary>
    private static readonly string[] s_statusContext = { "http", "status", "reject", "respond", "return", "error", "answers with", "replies with" };

    private static readonly string[] s_conditionOpeners = { "if ", "se ", "si ", "caso ", "when ", "wenn ", "falls " };

    /// <summary>
    /// Steps and sub-steps of the basic flow that open with a condition and state a failure ("2.2 Se os dados
    /// forem errados, o sistema avisa 'dados incorretos'"), or that give an error status under a condition ("rejects
    /// the call with 401 if the signature does not match"): failures the author wrote inside the flow.
    /// </summary>
    public static IEnumerable<UseCaseStep> FailingConditionalSteps(UseCase useCase)
    {
        if (useCase is null)
        {
            yield break;
        }

        foreach (var step in StepsAndSubSteps(useCase))
        {
            var t = step.Text.TrimStart();
            var conditional = OpensWithCondition(t)
                || t.IndexOf("場合", StringComparison.Ordinal) is > 0 and < 40 || t.IndexOf("경우", StringComparison.Ordinal) is > 0 and < 40;
            if ((conditional && TriggerFails(t)) || (IgnoreCase.Contains(t, " if ") && HasErrorStatus(t) && ContainsAny(t, s_statusContext)))
            {
                // Also "… and rejects the call with 401 if it does not match": an error status the step gives under a condition.
                yield return step;
            }
        }
    }

    /// <summary>Each step of the basic flow, then its sub-steps (one iterator per walk, not one per step).</summary>
    private static IEnumerable<UseCaseStep> StepsAndSubSteps(UseCase useCase)
    {
        foreach (var step in useCase.Steps)
        {
            yield return step;
            foreach (var sub in step.SubSteps)
            {
                yield return sub;
            }
        }
    }

    private static bool OpensWithCondition(string text)
    {
        foreach (var opener in s_conditionOpeners)
        {
            if (text.StartsWith(opener, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Steps of the basic flow that state a decision either way ("Insurer returns approval/rejection", "confirms or
    /// denies coverage"), with the refusal's word: the refusal is a failure the author wrote inside the flow. A
    /// decision that is the use case's goal ("Approve or Reject a Loan") is none, and so is one a flow of the use case
    /// departs from ("2. … confirms or denies coverage" with "If verification fails, …" at step 2): that flow is the refusal.
    /// </summary>
    public static IEnumerable<(UseCaseStep Step, string Refusal)> RefusalSteps(UseCase useCase)
    {
        if (useCase is null)
        {
            yield break;
        }

        // The steps failing flows depart from, read once per use case (a use case may have a flow at every one of thousands
        // of steps): such a flow is the refusal.
        HashSet<int>? departed = null;
        foreach (var step in StepsAndSubSteps(useCase))
        {
            if (Refusal(WithoutGoal(step.Text, useCase.Name)) is not { } refusal)
            {
                continue;
            }

            departed ??= DepartedSteps(useCase);
            if (step.Ordinal > 0 && departed.Contains(step.Ordinal))
            {
                continue;
            }

            yield return (step, refusal);
        }
    }

    /// <summary>The basic steps a failing flow of the use case departs from (each step of a stated range, up to a bound).</summary>
    private static HashSet<int> DepartedSteps(UseCase useCase)
    {
        var steps = new HashSet<int>();
        foreach (var branch in useCase.Branches)
        {
            if (branch.Anchor.Kind == AnchorKind.Step && (Fails(branch, useCase.Name) || branch.Kind == BranchKind.Exception))
            {
                var to = Math.Min(Math.Max(branch.Anchor.FromStep, branch.Anchor.ToStep), branch.Anchor.FromStep + 100);
                for (var n = branch.Anchor.FromStep; n <= to; n++)
                {
                    steps.Add(n);
                }
            }
        }

        return steps;
    }

    private static readonly string[] s_grants = { "approv", "accept", "confirm", "grant", "aprova", "acepta", "genehmig", "承認", "승인" };

    private static readonly string[] s_refusals = { "reject", "deny", "denies", "denial", "declin", "refus", "rejeit", "recus", "rechaz", "ablehn", "却下", "拒否", "거절", "반려" };

    private static readonly string[] s_pairJoins = { "/", " or ", " ou ", " o ", " oder ", "または", " 또는 " };

    /// <summary>"approval/rejection", "confirms or denies": a grant beside a refusal; the refusal's word, or null.</summary>
    private static string? Refusal(string text)
    {
        // The pair is looked for first: most steps join no grant with a refusal, and the checks below read the whole text.
        var refusal = PairedRefusal(text);
        if (refusal is null)
        {
            return null;
        }

        // "User accepts or declines the terms", "the Accept/Decline buttons": a person's own choice or a control, no refusal.
        var subject = WordAfter(text, 0);
        return subject.Length == 0 || KiroSpecs.Core.Sequences.ActorKinds.NamesAPerson(subject) || ContainsAny(text, s_controls) ? null : refusal;
    }

    /// <summary>The refusal's word of a grant joined to a refusal ("approval/rejection"), or null.</summary>
    private static string? PairedRefusal(string text)
    {
        foreach (var join in s_pairJoins)
        {
            if (!IgnoreCase.Contains(text, join))
            {
                continue;
            }

            for (var at = text.IndexOf(join, StringComparison.OrdinalIgnoreCase); at > 0; at = text.IndexOf(join, at + join.Length, StringComparison.OrdinalIgnoreCase))
            {
                // The words right before and after the join, read in place (no copy of the text around them).
                var before = WordBefore(text, at);
                var after = WordAfter(text, at + join.Length);
                if (StartsWithWordOf(before, s_grants) && StartsWithWordOf(after, s_refusals))
                {
                    return after;
                }

                if (StartsWithWordOf(before, s_refusals) && StartsWithWordOf(after, s_grants))
                {
                    return before;
                }
            }
        }

        return null;
    }

    private static readonly char[] s_sentenceStops = { '.', ';', '!', '?', '。' };

    private static readonly string[] s_controls = { "button", "botão", "botón", "ボタン", "버튼", "checkbox", "=link" };

    private static bool IsWordChar(char c) => char.IsLetter(c) || c > 0x3000;

    /// <summary>The word that opens at <paramref name="start"/> after spaces; empty when none.</summary>
    private static string WordAfter(string text, int start)
    {
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < text.Length && IsWordChar(text[end]))
        {
            end++;
        }

        return text.Substring(start, end - start);
    }

    /// <summary>The word that ends right before <paramref name="end"/>; empty when none.</summary>
    private static string WordBefore(string text, int end)
    {
        var start = end;
        while (start > 0 && IsWordChar(text[start - 1]))
        {
            start--;
        }

        return text.Substring(start, end - start);
    }

    private static bool StartsWithWordOf(string text, string[] stems)
    {
        var trimmed = text.TrimStart();
        foreach (var stem in stems)
        {
            if (trimmed.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string FirstSentence(string text)
    {
        var line = text.Trim();
        var end = line.IndexOfAny(new[] { '\n', '.' });
        return end > 0 ? line.Substring(0, end) : line;
    }

    /// <summary>
    /// True when the trigger of <paramref name="branch"/> states a failure or a rejected input, words of the goal
    /// <paramref name="goal"/> aside ("cancellation occurs late" in "Cancel Appointment" is no failure).
    /// </summary>
    public static bool Fails(UseCaseBranch branch, string goal) => branch is not null && TriggerFails(WithoutGoal(Sequences.Keywords.Unquoted(Trigger(branch)), goal ?? string.Empty));

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
                || (ContainsAny(text, s_continueWords) && !OtherUseCase(text) && !ContainsAny(text, s_stillFails)))
            {
                return text;
            }
        }

        return string.Empty;
    }

    /// <summary>
    /// "retries 3 times; if it still fails, keeps the request and tells the operator": the retry is not how the flow
    /// goes on; what is done when it keeps failing is.
    /// </summary>
    private static readonly string[] s_stillFails =
    {
        "still fails", "still failing", "keeps failing", "continues to fail", "fails again", "all retries fail", "retries fail", "retries are exhausted",
        "sigue fallando", "vuelve a fallar", "continúa fallando", "continua fallando", "continua falhando", "falhar novamente", "volta a falhar",
    };

    /// <summary>"Continues with [[UC-026]]", "returns to UC-3": the actor goes on in another use case, not in this flow.</summary>
    private static bool OtherUseCase(string text) =>
        text.IndexOf("[[", StringComparison.Ordinal) >= 0 || TextPatterns.SafeMatch(TextPatterns.UseCaseReference, text) is not null;

    /// <summary>The step a branch says it goes back to ("returns to step 3"), 0 when it names none.</summary>
    /// <summary>
    /// "4a2. Member cancels a hold; the use case returns to step 4." before "4a3. … the use case ends in failure":
    /// the step a way out written in an earlier step of the branch goes back to; 0 when no earlier step has one.
    /// </summary>
    public static int EarlierWayBack(UseCaseBranch branch)
    {
        if (branch is null || branch.Ending.Kind == EndingKind.ContinueAt)
        {
            return 0;
        }

        for (var i = 0; i + 1 < branch.Steps.Count; i++)
        {
            if (StepOf(TextPatterns.SafeMatch(TextPatterns.ContinueAt, branch.Steps[i].Text)) is > 0 and var step)
            {
                return step;
            }
        }

        return 0;
    }

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

        return StepOf(TextPatterns.SafeMatch(TextPatterns.ContinueAt, Continuation(branch)));
    }

    /// <summary>The step number a continuation names ("continues at step 4"), 0 without a match.</summary>
    internal static int StepOf(System.Text.RegularExpressions.Match? match) =>
        match is not null && int.TryParse(match.Groups["step"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var step) ? step : 0;

    /// <summary>What starts the branch: its title and condition (its first step when it has neither).</summary>
    public static string Trigger(UseCaseBranch branch)
    {
        if (branch is null)
        {
            return string.Empty;
        }

        // The readers ask about one branch several times in a row: its trigger is made once for them (a branch is immutable).
        if (ReferenceEquals(branch, s_triggerOf))
        {
            return s_trigger!;
        }

        var title = branch.Title.Trim();
        var condition = branch.Condition.Trim();
        var trigger = title.IndexOf(condition, StringComparison.OrdinalIgnoreCase) >= 0 ? title
            : condition.IndexOf(title, StringComparison.OrdinalIgnoreCase) >= 0 ? condition
            : title + ": " + condition;
        s_trigger = trigger.Length > 0 || branch.Steps.IsEmpty ? trigger : branch.Steps[0].Text;
        s_triggerOf = branch;
        return s_trigger;
    }

    [ThreadStatic]
    private static UseCaseBranch? s_triggerOf;

    [ThreadStatic]
    private static string? s_trigger;

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
    private static bool ContainsAny(string text, string[] words) => IgnoreCase.ContainsAny(text, words);

    private static readonly string[] s_optionJoins = { " or ", " ou ", " oder ", "または", "또는", " / " };

    /// <summary>
    /// The goal a branch's failure words are read against: the use case's name, and for a branch that is one of the
    /// options its step offers ("3. Records the decision: approve, reject or request changes" → "3b. Rejected") that
    /// option too, since taking an option the step offers is no failure.
    /// </summary>
    public static string GoalOf(UseCase useCase, UseCaseBranch branch)
    {
        if (useCase is null || branch is null)
        {
            return string.Empty;
        }

        return IsOption(useCase, branch, out var option) ? useCase.Name + " " + option : useCase.Name;
    }

    [ThreadStatic]
    private static (UseCase UseCase, Dictionary<int, UseCaseStep> Steps)? s_stepsByOrdinal;

    /// <summary>The basic step numbered <paramref name="ordinal"/>, looked up in an index of the last use case asked about.</summary>
    private static UseCaseStep? StepNumbered(UseCase useCase, int ordinal)
    {
        if (s_stepsByOrdinal is not { } cached || !ReferenceEquals(cached.UseCase, useCase))
        {
            var steps = new Dictionary<int, UseCaseStep>();
            // From the last step to the first, so that the first step of a number is the one kept.
            for (var i = useCase.Steps.Count - 1; i >= 0; i--)
            {
                steps[useCase.Steps[i].Ordinal] = useCase.Steps[i];
            }

            s_stepsByOrdinal = cached = (useCase, steps);
        }

        return cached.Steps.TryGetValue(ordinal, out var found) ? found : null;
    }

    /// <summary>
    /// True when the branch's trigger is a word or two naming a decision ("Rejected", "Aprovado") whose first five
    /// letters the step it departs from lists among options joined by "or" ("approve, reject or request changes").
    /// </summary>
    private static bool IsOption(UseCase useCase, UseCaseBranch branch, out string option)
    {
        option = string.Empty;
        if (branch.Anchor.Kind != AnchorKind.Step || branch.Anchor.Inferred)
        {
            return false;
        }

        // The branch is named after a decision ("Rejected", "Aprovado"), not after a field ("Email invalid").
        // Its words counted in place (most triggers have more than two), the first one cut out only when it may be the option.
        var trigger = Trigger(branch);
        if (CountWords(trigger, out var firstStart, out var firstLength) is 0 or > 2 || firstLength < 5)
        {
            return false;
        }

        var first = trigger.Substring(firstStart, firstLength);
        if (!(StartsWithWordOf(first, s_grants) || StartsWithWordOf(first, s_refusals)))
        {
            return false;
        }

        var step = StepNumbered(useCase, branch.Anchor.FromStep);
        if (step is null || !ContainsAny(step.Text, s_optionJoins))
        {
            return false;
        }

        var stem = first.Substring(0, 5);
        for (var at = step.Text.IndexOf(stem, StringComparison.OrdinalIgnoreCase); at >= 0; at = step.Text.IndexOf(stem, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (at == 0 || !char.IsLetter(step.Text[at - 1]))
            {
                option = first;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How many words <paramref name="text"/> splits into at <see cref="s_goalSeparators"/> (counted up to three), and
    /// where the first one is: <c>text.Split(s_goalSeparators, StringSplitOptions.RemoveEmptyEntries)</c>, without the copies.
    /// </summary>
    private static int CountWords(string text, out int firstStart, out int firstLength)
    {
        firstStart = 0;
        firstLength = 0;
        var count = 0;
        for (var i = 0; i < text.Length && count < 3; i++)
        {
            if (Array.IndexOf(s_goalSeparators, text[i]) >= 0)
            {
                continue;
            }

            var end = text.IndexOfAny(s_goalSeparators, i);
            end = end < 0 ? text.Length : end;
            if (count == 0)
            {
                firstStart = i;
                firstLength = end - i;
            }

            count++;
            i = end;
        }

        return count;
    }

    /// <summary>The trigger without the goal's own failure-sounding words ("Cancel Appointment": "cancellation …").</summary>
    internal static string WithoutGoal(string trigger, string goal)
    {
        var result = trigger;
        foreach (var stem in GoalStems(goal ?? string.Empty))
        {
            var at = result.IndexOf(stem, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            // Each match and the letters after it are left out; the scan always moves past the match, in one pass.
            var sb = new System.Text.StringBuilder(result.Length);
            var from = 0;
            while (at >= 0)
            {
                var end = at + stem.Length;
                while (end < result.Length && char.IsLetter(result[end]))
                {
                    end++;
                }

                sb.Append(result, from, at - from);
                from = end;
                at = end < result.Length ? result.IndexOf(stem, end, StringComparison.OrdinalIgnoreCase) : -1;
            }

            result = sb.Append(result, from, result.Length - from).ToString();
        }

        return result;
    }

    [ThreadStatic]
    private static (string Goal, string[] Stems)? s_goalStems;

    [ThreadStatic]
    private static (string Goal, string[] Stems)? s_earlierGoalStems;

    /// <summary>Words of a goal that is to decide ("decide", "assess", "approve", "resolver", "審査").</summary>
    private static readonly string[] s_decidingGoals =
    {
        "decide", "decision", "assess", "approv", "evaluat", "adjudicat", "decidir", "resolver", "avaliar", "aprovar", "aprobar", "entscheid", "審査", "承認", "判定",
    };

    /// <summary>Stems of a decision's negative outcome, which a deciding goal does not count as failure.</summary>
    private static readonly string[] s_decisionOutcomes = { "declin", "rejec", "denie", "deny", "refus", "recus", "rechaz", "indefer", "ablehn", "desfavorab" };

    private static readonly char[] s_goalSeparators = { ' ', '-', '/', ':' };

    private static readonly char[] s_notLetters = { '"', '\'', '`', '“', '”', '‘', '’', '«', '»', '(', ')', '[', ']', ',', '.', ';', '!', '?', '*', '_', '「', '」' };

    /// <summary>
    /// The stems of the goal's words that read as failures ("Cancel" in "Cancel a lesson"); the last two goals' are
    /// kept and used again for any goal of the same text (a branch's goal and its use case's name alternate).
    /// </summary>
    private static string[] GoalStems(string goal)
    {
        if (s_goalStems is { } cached && string.Equals(cached.Goal, goal, StringComparison.Ordinal))
        {
            return cached.Stems;
        }

        if (s_earlierGoalStems is { } earlier && string.Equals(earlier.Goal, goal, StringComparison.Ordinal))
        {
            (s_earlierGoalStems, s_goalStems) = (s_goalStems, earlier);
            return earlier.Stems;
        }

        var stems = new System.Collections.Generic.List<string>();
        foreach (var written in goal.Split(s_goalSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            // '"Error"' and 'Rejected,': the word's letters, so that a stem never opens with a quote or a comma.
            var word = written.Trim(s_notLetters);
            if (word.Length >= 4 && (FailureWords.LooksLikeFailure(word) || ContainsAny(word, s_failingSteps)))
            {
                stems.Add(word.Substring(0, Math.Min(word.Length, 5)));
            }
        }

        if (ContainsAny(goal, s_decidingGoals))
        {
            // "Assess claim and decide settlement": declining or rejecting is one of the decisions the goal is to make.
            stems.AddRange(s_decisionOutcomes);
        }

        var result = stems.ToArray();
        s_earlierGoalStems = s_goalStems;
        s_goalStems = (goal, result);
        return result;
    }

    /// <summary>True when the text says the operation succeeded ("successfully", "com sucesso"), not negated.</summary>
    public static bool SaysSuccess(string text)
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
