using System.Collections.Generic;
using System.Globalization;
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
    public static string Render(UseCase useCase, UseCaseBranch branch, InteractionModel participants)
    {
        var writer = new SequenceDiagramWriter();
        var steps = useCase.Steps;
        var system = participants.System;
        if (branch.Anchor.Kind == AnchorKind.Step && IndexOf(steps, branch.Anchor.FromStep) >= 0)
        {
            var anchor = IndexOf(steps, branch.Anchor.FromStep);
            for (var i = 0; i < anchor; i++)
            {
                StepRenderer.Main(writer, steps[i], participants);
            }

            var failing = steps[anchor];
            var interaction = participants.For(failing.Text, failing.Actor);
            var range = branch.Anchor.ToStep != branch.Anchor.FromStep ? " (" + FlowText.Range(branch.Anchor.FromStep, branch.Anchor.ToStep) + ")" : string.Empty;
            var failure = Failure(branch);
            if (interaction.Kind == InteractionKind.Call && ReferenceEquals(interaction.From, system) && failure.Length > 0)
            {
                // The system calls a component or another system, which fails: the call as usual, then the
                // failure coming back from the other side (DB--xSYS).
                StepRenderer.Main(writer, failing, participants, withoutAnswer: true);
                writer.Answer(interaction.To, interaction.From, failure, failed: true);
                writer.Note(interaction.From, interaction.To, FlowText.BranchHead(branch) + range);
            }
            else if (interaction.Kind == InteractionKind.Return && failure.Length > 0)
            {
                // The answer itself is the failure ("if system returns HTTP 500"): draw it in the step's place.
                writer.Step(interaction with { Text = failure, Answer = null }, failing.Ordinal, string.Empty, failed: true);
                writer.Note(interaction.From, interaction.To, FlowText.BranchHead(branch) + range);
            }
            else
            {
                StepRenderer.Main(writer, failing, participants, failed: true);
                var noteOver = interaction.Kind is InteractionKind.Call or InteractionKind.Return ? interaction.To : interaction.From;
                writer.Note(interaction.From, noteOver, FlowText.BranchLabel(branch) + range);
            }
        }
        else
        {
            if (steps.Count > 0)
            {
                StepRenderer.Main(writer, steps[0], participants);
            }

            var span = steps.Count > 1
                ? " (" + FlowText.Range(steps[0].Ordinal, steps[steps.Count - 1].Ordinal) + ")"
                : string.Empty;
            var label = branch.Anchor.Kind == AnchorKind.AnyStep
                ? FlowText.BranchLabel(branch, span)
                : FlowText.BranchLabel(branch) + " - at any step" + span;
            writer.Note(system, participants.Initiator, label);
        }

        foreach (var step in branch.Steps)
        {
            StepRenderer.Unnumbered(writer, step, participants);
        }

        var ending = branch.Ending;
        switch (ending.Kind)
        {
            case EndingKind.Terminates:
                writer.Note(system, null, FlowText.Ending(ending));
                break;
            case EndingKind.ContinueAt:
                writer.Note(system, null, FlowText.Ending(ending));
                var resume = IndexOf(steps, ending.Step);
                for (var i = resume; i >= 0 && i < steps.Count; i++)
                {
                    StepRenderer.Main(writer, steps[i], participants);
                }

                break;
            default:
                if (!FlowText.SpeaksOfEnding(branch))
                {
                    writer.Note(system, null, "End of " + branch.Id + " - usecase.md does not say how the flow continues");
                }

                break;
        }

        return writer.Render(new[] { participants.Initiator, system });
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

    private static int IndexOf(IReadOnlyList<UseCaseStep> steps, int ordinal)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i].Ordinal == ordinal)
            {
                return i;
            }
        }

        return -1;
    }

    internal static string Describe(UseCaseBranch branch)
    {
        var where = branch.Anchor.Kind switch
        {
            AnchorKind.Step => "At " + FlowText.Range(branch.Anchor.FromStep, branch.Anchor.ToStep),
            AnchorKind.AnyStep => "At any step",
            _ => "At an unspecified step",
        };
        var ending = branch.Ending.Kind switch
        {
            EndingKind.Terminates => "the flow terminates",
            EndingKind.ContinueAt => "the flow continues with step " + branch.Ending.Step.ToString(CultureInfo.InvariantCulture),
            _ when FlowText.SpeaksOfEnding(branch) => "its last step says how the flow goes on",
            _ => "usecase.md does not say how the flow continues",
        };
        return where + ", " + (branch.Condition.Length > 0 ? "if " + branch.Condition : branch.Title) + "; " + ending + ".";
    }
}
