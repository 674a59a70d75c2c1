using System.Collections.Generic;
using KiroSpecs.Core.UseCases;

using KiroSpecs.Core.Interactions;

namespace KiroSpecs.Core.Sequences;

/// <summary>Every step of a use case (main, sub and branch steps) with its interpretation, one entry per clause, for the derived sections.</summary>
internal static class InteractionIndex
{
    public static List<(string Reference, UseCaseStep Step, Interaction Interaction)> Of(UseCase useCase, InteractionModel participants)
    {
        var result = new List<(string, UseCaseStep, Interaction)>();
        foreach (var step in useCase.Steps)
        {
            Add(result, "step ", step, participants);
        }

        foreach (var branch in useCase.Branches)
        {
            foreach (var step in branch.Steps)
            {
                // A step the author did not number is cited by its branch ("6a"), never by a number of ours ("6a step 3").
                var number = step.Number.Length > 0 ? step.Number : branch.Id;
                var prefix = number.StartsWith(branch.Id, System.StringComparison.OrdinalIgnoreCase) ? string.Empty : branch.Id + " step ";
                Add(result, prefix, step with { Number = number }, participants);
            }
        }

        return result;
    }

    /// <summary>
    /// Adds a step and its sub-steps as "<paramref name="prefix"/>number": a branch's sub-steps keep the branch's
    /// prefix, so no reference names two different steps.
    /// </summary>
    private static void Add(List<(string, UseCaseStep, Interaction)> result, string prefix, UseCaseStep step, InteractionModel participants)
    {
        // A step in which two participants act ("…; the Workbench sets the status") is listed once per clause.
        for (var clause = participants.For(step.Text, step.Actor); clause is not null; clause = clause.Then)
        {
            result.Add((prefix + step.Number, step, clause));
        }

        foreach (var sub in step.SubSteps)
        {
            Add(result, prefix, sub, participants);
        }
    }
}
