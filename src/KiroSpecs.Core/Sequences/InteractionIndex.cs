using System.Collections.Generic;
using KiroSpecs.Core.UseCases;

using KiroSpecs.Core.Interactions;

namespace KiroSpecs.Core.Sequences;

/// <summary>Every step of a use case (main, sub and branch steps) with its interpretation, for the derived sections.</summary>
internal static class InteractionIndex
{
    public static List<(string Reference, UseCaseStep Step, Interaction Interaction)> Of(UseCase useCase, InteractionModel participants)
    {
        var result = new List<(string, UseCaseStep, Interaction)>();
        foreach (var step in useCase.Steps)
        {
            Add(result, "step " + step.Number, step, participants);
        }

        foreach (var branch in useCase.Branches)
        {
            var n = 0;
            foreach (var step in branch.Steps)
            {
                n++;
                var reference = branch.Id + (step.Number.Length > 0 && step.Number != branch.Id ? " " + step.Number : " step " + n.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Add(result, reference, step, participants);
            }
        }

        return result;
    }

    private static void Add(List<(string, UseCaseStep, Interaction)> result, string reference, UseCaseStep step, InteractionModel participants)
    {
        result.Add((reference, step, participants.For(step.Text, step.Actor)));
        foreach (var sub in step.SubSteps)
        {
            Add(result, "step " + sub.Number, sub, participants);
        }
    }
}
