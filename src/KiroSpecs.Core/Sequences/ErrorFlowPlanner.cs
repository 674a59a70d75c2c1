using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KiroSpecs.Core.UseCases;

using KiroSpecs.Core.Interactions;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// One error-flow diagram per exception flow or failing extension: the basic steps up to the failure
/// point, the failing step (a crossed arrow when it calls another participant), the condition as a note,
/// the exception's own steps, and the ending the use case gives ("Flow terminates", "Continue with step k",
/// then the remaining steps from k). "At any step" shows the first step, then the condition for all steps.
/// </summary>
internal static class ErrorFlowPlanner
{
    public static string Render(UseCase useCase, UseCaseBranch branch, InteractionModel participants) =>
        Render(useCase, branch, participants, ErrorFlowBudget.Unbounded());

    /// <summary>One error-flow diagram; what it repeats of the basic flow comes out of the document's budget.</summary>
    public static string Render(UseCase useCase, UseCaseBranch branch, InteractionModel participants, ErrorFlowBudget budget) =>
        Plan(useCase, branch, participants, budget).Render(new[] { participants.Initiator, participants.System });

    /// <summary>The diagram written in place as a block of <paramref name="md"/> (see <see cref="SequenceDiagramWriter.Render(MarkdownBuilder, IEnumerable{Participant})"/>).</summary>
    public static void Render(MarkdownBuilder md, UseCase useCase, UseCaseBranch branch, InteractionModel participants, ErrorFlowBudget budget) =>
        Plan(useCase, branch, participants, budget).Render(md, new[] { participants.Initiator, participants.System });

    private static readonly string[] s_noAnswer =
    {
        "not answer", "n't answer", "not respond", "n't respond", "no answer", "no response", "no reply", "times out", "timed out", "time out", "timeout",
        "no responde", "no contesta", "sin respuesta", "não responde", "sem resposta", "antwortet nicht", "unreachable", "is down", "no ack",
        "indisponível", "no disponible", "no obtiene respuesta", "não obtém resposta", "fora do ar",
    };

    /// <summary>"ShipRight does not answer within 30 s", "La Pasarela no responde": the other side is silent.</summary>
    private static bool SaysNoAnswer(string failure) =>
        Common.IgnoreCase.ContainsAny(failure, s_noAnswer) && !Common.IgnoreCase.ContainsAny(failure, s_someAnswer);

    /// <summary>"returns an error or does not answer": one of the ways is an answer, drawn as the crossed arrow.</summary>
    private static readonly string[] s_someAnswer = { "error", "return", "answers with", "responds with", "reject", "devuelve", "responde con", "rechaza", "retorna", "erro" };

    private static SequenceDiagramWriter Plan(UseCase useCase, UseCaseBranch branch, InteractionModel participants, ErrorFlowBudget budget)
    {
        var writer = new SequenceDiagramWriter();
        var steps = useCase.Steps;
        var system = participants.System;
        var anchor = branch.Anchor.Kind == AnchorKind.Step ? budget.IndexOf(useCase, branch.Anchor.FromStep) : -1;
        if (anchor >= 0)
        {
            var (first, _) = budget.Take(steps, 0, anchor - 1, keepEnd: true);
            if (first > 0)
            {
                writer.Note(participants.NoteOwner, null, Left(steps, 0, first - 1));
            }

            for (var i = first; i < anchor; i++)
            {
                StepRenderer.Main(writer, steps[i], participants);
            }

            var failing = steps[anchor];
            var interaction = participants.For(failing.Text, failing.Actor);
            var range = branch.Anchor.ToStep != branch.Anchor.FromStep ? " (" + FlowText.Range(branch.Anchor.FromStep, branch.Anchor.ToStep) + ")" : string.Empty;
            var failure = Failure(branch);
            // "System books the room and records the booking in the database": the system's own work, then the call.
            var call = interaction.Kind == InteractionKind.SelfCall
                ? interaction.Clauses().LastOrDefault(c => c.Kind == InteractionKind.Call && ReferenceEquals(c.From, system) && !c.To.IsPerson)
                : interaction;
            if (call is { Kind: InteractionKind.Call } && (ReferenceEquals(call.From, system) || (!call.From.IsPerson && !call.To.IsPerson && call.Then is not null)) && failure.Length > 0)
            {
                // The system calls a component or another system, which fails: the call as usual, then the
                // failure coming back from the other side (DB--xSYS).
                StepRenderer.Main(writer, failing, participants, withoutAnswer: true);
                if (SaysNoAnswer(failure) || call.To.IsPerson)
                {
                    // "The gateway does not answer within 60 s": nothing comes back, so no arrow comes from it; a
                    // person sent a mail that fails ("Fallo en el envío del correo") does not answer with the failure.
                    writer.Note(call.From, call.To, FlowText.BranchLabel(branch) + range);
                }
                else
                {
                    writer.Answer(call.To, call.From, failure, failed: true);
                    writer.Note(call.From, call.To, FlowText.BranchHead(branch) + range);
                }
            }
            else if (interaction.Kind == InteractionKind.Return && failure.Length > 0 && interaction.Then is { From.IsPerson: true })
            {
                // "10. The Kiosk shows the copay and the Patient pays by card" / "the card is declined twice": the
                // answer came; what fails is what the person does after it, drawn as the step, then the condition.
                StepRenderer.Main(writer, failing, participants);
                writer.Note(interaction.Then.From, interaction.From, FlowText.BranchLabel(branch) + range);
            }
            else if (interaction.Kind == InteractionKind.Return && failure.Length > 0
                && ((ReferenceEquals(interaction.From, system) && !SaysWhatComesBack(failure)) || BranchAnswersFirst(branch, interaction, participants) || SaysNoAnswer(failure)))
            {
                // A note in the step's place, with no answer drawn: "2. System sends the reset link" / "2a. E-mail not
                // found → generic message" (the condition is no message the system sends; it may be what the author
                // says must not be shown); "E2 (step 6) – pairing code already bound: 1. Cloud returns 409 …" (the
                // branch's own first step is the failing answer, so a second one would answer twice); "9. The gateway
                // returns the confirmation" / "The gateway does not answer in 60 s" (nothing comes back).
                writer.Note(interaction.From, interaction.To, FlowText.BranchLabel(branch) + range);
            }
            else if (interaction.Kind == InteractionKind.Return && failure.Length > 0)
            {
                // The answer itself is the failure ("if system returns HTTP 500"): draw it in the step's place,
                // unnumbered: the condition is not the author's step.
                writer.Step(interaction with { Text = failure, Answer = null, Then = null }, 0, string.Empty, failed: true);
                writer.Note(interaction.From, interaction.To, FlowText.BranchHead(branch) + range);
            }
            else if (interaction.Kind == InteractionKind.SelfCall && PartThatHappened(branch, failing, useCase.Name, interaction.Text) is { } done)
            {
                // The system's own work that the branch interrupts: only what happened of it, then the condition.
                if (done.Length > 0)
                {
                    writer.Step(participants.For(done, failing.Actor), failing.Ordinal, failing.Ordinal > 0 ? string.Empty : failing.Number, failed: false);
                }

                writer.Note(interaction.From, null, FlowText.BranchLabel(branch) + range);
            }
            else
            {
                // A scenario that restates the flow up to here and goes on differently has no failure at this step.
                // A person's own action does not fail ("Visitante acessa /register" before "1a. E-mail já cadastrado").
                StepRenderer.Main(writer, failing, participants, failed: failure.Length > 0 && !interaction.From.IsPerson);
                var noteOver = interaction.Kind is InteractionKind.Call or InteractionKind.Return ? interaction.To : interaction.From;
                writer.Note(interaction.From, noteOver, FlowText.BranchLabel(branch) + range);
            }
        }
        else
        {
            // At any step, the first step stands for "some step"; at no named step, no basic step is drawn: placing
            // the flow after one would tell a story usecase.md does not tell.
            if (steps.Count > 0 && branch.Anchor.Kind == AnchorKind.AnyStep)
            {
                StepRenderer.Main(writer, steps[0], participants);
            }

            var span = steps.Count > 1
                ? " (" + FlowText.Range(steps[0].Ordinal, steps[steps.Count - 1].Ordinal) + ")"
                : string.Empty;
            var label = branch.Anchor.Kind == AnchorKind.AnyStep
                ? FlowText.BranchLabel(branch, span)
                : FlowText.BranchLabel(branch) + (branch.Anchor.InFlow.Length > 0 ? " - starts in " + branch.Anchor.InFlow + ", not at a step of the basic flow, so only the flow's own steps are drawn"
                    : " - usecase.md names no step, so only the flow's own steps are drawn");
            writer.Note(participants.NoteOwner, participants.Initiator, label);
        }

        // The branch's ending belongs to its last way out when its steps are a choice ("4a2 … back to step 4",
        // "4a3 … ends in failure").
        StepRenderer.BranchSteps(writer, branch, participants, End);
        return writer;

        void End()
        {
            var ending = branch.Ending;
            switch (ending.Kind)
            {
                case EndingKind.Terminates:
                    if (!FlowText.LastStepStatesTheEnding(branch))
                    {
                        writer.Note(participants.NoteOwner, null, FlowText.Ending(ending));
                    }

                    break;
                case EndingKind.ContinueAt:
                    writer.Note(participants.NoteOwner, null, FlowText.Ending(ending));
                    var resume = budget.IndexOf(useCase, ending.Step);
                    if (resume >= 0)
                    {
                        var (_, last) = budget.Take(steps, resume, steps.Count - 1, keepEnd: false);
                        for (var i = resume; i <= last; i++)
                        {
                            StepRenderer.Main(writer, steps[i], participants);
                        }

                        if (last < steps.Count - 1)
                        {
                            writer.Note(participants.NoteOwner, null, Left(steps, last + 1, steps.Count - 1));
                        }
                    }

                    break;
                default:
                    if (FlowText.SpeaksOfEnding(branch))
                    {
                        break;
                    }

                    // "…, the file is still created; the registration is queued": the author says it goes on.
                    writer.Note(participants.NoteOwner, null, OutcomeReader.GoesOnAnyway(branch) is { Length: > 0 } goesOn
                        ? "End of " + branch.Id + " - the flow goes on (usecase.md: " + KiroSpecs.Core.Common.TextClip.Clip(goesOn.Trim().TrimEnd('.'), 100) + ")"
                        : "End of " + branch.Id + " - usecase.md does not say how the flow continues");

                    break;
            }
        }
    }

    /// <summary>
    /// Of a step of the system's own work that <paramref name="branch"/> interrupts, what happened before it: nothing
    /// ("4. Plugin starts a Test Run" / "4a. Another run is active: plugin refuses the start"); the work before the
    /// clause that names what breaks ("generates the proposal and sends it to the signing portal" / "signing portal
    /// unavailable"); or the step up to its check when work follows ("API valida permissão, processa … e grava …" /
    /// "4a. Arquivo inválido"). Null when the step happened as written (a check that finds what the branch says:
    /// "checks the items against the RMA" / "4a. Fewer items than expected").
    /// </summary>
    private static string? PartThatHappened(UseCaseBranch branch, UseCaseStep step, string goal, string work)
    {
        if (BranchTraits.FindsItMadeAlready(branch, work))
        {
            // "creates the claim …" / "a claim already exists for the same file": nothing of the step happens.
            return string.Empty;
        }

        var departs = BranchTraits.IsExtensionOfOneStep(branch) && BranchTraits.Departs(branch, goal);
        if (departs && !BranchTraits.IsCheck(step.Text))
        {
            return string.Empty;
        }

        if (BranchTraits.WorkBeforeBreak(branch, step) is { } before)
        {
            return before;
        }

        return departs && BranchTraits.UpToTheCheck(step.Text) is var upTo && upTo.Length < step.Text.Length ? upTo : null;
    }

    /// <summary>The branch's first step is an answer from the same participant to the same one as the step's.</summary>
    private static bool BranchAnswersFirst(UseCaseBranch branch, Interaction step, InteractionModel participants) =>
        branch.Steps.Count > 0 && participants.For(branch.Steps[0]) is { Kind: InteractionKind.Return } first
            && ReferenceEquals(first.From, step.From) && ReferenceEquals(first.To, step.To);

    /// <summary>
    /// The condition names what comes back ("returns HTTP 500", "responds with an error"): the system's answer is
    /// drawn as that, crossed. A state ("E-mail não encontrado", "Código inválido") is no message it sends.
    /// </summary>
    private static bool SaysWhatComesBack(string failure)
    {
        var words = KiroSpecs.Core.Interactions.Words.Of(failure);
        for (var i = 0; i < words.Count; i++)
        {
            if (KiroSpecs.Core.Interactions.Lexicon.ReplyVerbs.MatchAt(words, i) > 0 || words[i] is "http" || (words[i].Length == 3 && words[i][0] is '4' or '5' && int.TryParse(words[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The failure as a message: the branch's condition without its "if"/"when", else its title.</summary>
    private static string Failure(UseCaseBranch branch)
    {
        var text = branch.Condition.Trim();
        foreach (var opener in s_conditionOpeners)
        {
            if (text.StartsWith(opener, System.StringComparison.OrdinalIgnoreCase))
            {
                text = text.Substring(opener.Length).TrimStart();
                break;
            }
        }

        return text.Length > 0 ? text : branch.Title;
    }

    private static readonly string[] s_conditionOpeners = { "if ", "when ", "in case ", "should " };

    /// <summary>The note for basic steps left out of the diagram because the document's budget is spent.</summary>
    private static string Left(IReadOnlyList<UseCaseStep> steps, int first, int last) =>
        FlowText.Range(steps[first].Ordinal, steps[last].Ordinal)
        + " as in the success flow, not drawn again: usecase.md has too many error flows to repeat the basic flow in each";

    internal static string Describe(UseCaseBranch branch)
    {
        var where = branch.Anchor.Kind switch
        {
            AnchorKind.Step when branch.Anchor.SharedId.Length > 0 => "At " + FlowText.Range(branch.Anchor.FromStep, branch.Anchor.ToStep) + " (the step that names " + branch.Anchor.SharedId + "; usecase.md names no step)",
            AnchorKind.Step when branch.Anchor.Inferred => "At " + FlowText.Range(branch.Anchor.FromStep, branch.Anchor.ToStep) + " (placed there by the words it shares with it; usecase.md names no step)",
            AnchorKind.Step => "At " + FlowText.Range(branch.Anchor.FromStep, branch.Anchor.ToStep),
            AnchorKind.AnyStep => "At any step",
            _ => "At an unspecified step",
        };
        var ending = branch.Ending.Kind switch
        {
            EndingKind.Terminates when branch.Ending.Text == "End of " + branch.Id => "the scenario ends with its last step",
            EndingKind.Terminates when OutcomeReader.SaysSuccess(branch.Ending.Text) => "the use case ends in success",
            EndingKind.Terminates => "the flow terminates",
            EndingKind.ContinueAt => "the flow continues with step " + branch.Ending.Step.ToString(CultureInfo.InvariantCulture),
            _ when FlowText.SpeaksOfEnding(branch) => "its last step says how the flow goes on",
            _ when OutcomeReader.GoesOnAnyway(branch).Length > 0 => "the flow goes on, as usecase.md says",
            _ => "usecase.md does not say how the flow continues",
        };
        // A scenario that restates the basic flow has no condition of its own: where it departs is all there is to say.
        var when = branch.Condition.Length > 0 ? "if " + branch.Condition : branch.Title;
        return where + (when.Length > 0 ? ", " + when : string.Empty) + "; " + ending + ".";
    }
}
