using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using KiroSpecs.Core.Sequences;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Interactions;

/// <summary>
/// The use-case and interaction model in a stable, readable text form: what was read (use cases, steps with
/// the author's numbers, branches with their anchors and endings) and how each step is drawn (sender,
/// arrow, receiver). Goldens pin it beside the Markdown, so a reading change is reviewed as a model diff.
/// </summary>
internal static class ModelPrinter
{
    public static string Print(IReadOnlyList<InteractionModel> models)
    {
        var sb = new StringBuilder();
        foreach (var model in models)
        {
            var useCase = model.UseCase;
            sb.Append("use case ").Append(Quote(useCase.DisplayName)).Append(" (line ").Append(Number(useCase.Position.Line)).Append(")\n");
            sb.Append("  system: ").Append(model.SystemIsNamed ? model.System.Name : "none named (the actors deal with each other)").Append('\n');
            if (model.Initiator is not null)
            {
                sb.Append("  initiator: ").Append(model.Initiator.Name).Append('\n');
            }

            foreach (var participant in model.Actors)
            {
                sb.Append("  participant ").Append(Quote(participant.Name)).Append(": ")
                  .Append(participant.IsPerson ? "person" : "system").Append(", ")
                  .Append(model.OriginOf(participant).ToString().ToLowerInvariant()).Append('\n');
            }

            sb.Append("  steps:\n");
            Steps(sb, model, useCase.Steps, "    ");
            if (useCase.Steps.Count == 0 && useCase.Written is { } written)
            {
                sb.Append("    written as a Mermaid sequence diagram (line ").Append(written.Position.Line.ToString(System.Globalization.CultureInfo.InvariantCulture))
                  .Append("): ").Append(written.MessageCount.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" messages\n");
            }
            foreach (var branch in useCase.Branches)
            {
                sb.Append("  ").Append(branch.Kind == BranchKind.Exception ? "exception " : "alternative ").Append(Quote(branch.Id))
                  .Append(" at ").Append(Anchor(branch.Anchor)).Append(", ends: ").Append(Ending(branch.Ending)).Append('\n');
                if (branch.Condition.Length > 0)
                {
                    sb.Append("    when: ").Append(branch.Condition).Append('\n');
                }

                Steps(sb, model, branch.Steps, "    ");
            }
        }

        return sb.ToString();
    }

    private static void Steps(StringBuilder sb, InteractionModel model, IEnumerable<UseCaseStep> steps, string indent)
    {
        foreach (var step in steps)
        {
            var interaction = model.For(step);
            sb.Append(indent).Append(step.Number.Length > 0 ? step.Number : "-").Append(' ')
              .Append(Arrow(interaction)).Append(": ").Append(interaction.Text).Append('\n');
            for (var clause = interaction.Then; clause is not null; clause = clause.Then)
            {
                // Another participant acting in the same step.
                sb.Append(indent).Append("  then ").Append(Arrow(clause)).Append(": ").Append(clause.Text).Append('\n');
            }

            Steps(sb, model, step.SubSteps, indent + "  ");
        }
    }

    private static string Arrow(Interaction interaction) => interaction.Kind switch
    {
        InteractionKind.Note => "note over " + interaction.From.Name,
        InteractionKind.SelfCall => interaction.From.Name + " self",
        InteractionKind.Return => interaction.From.Name + " --> " + interaction.To.Name,
        _ => interaction.From.Name + " -> " + interaction.To.Name,
    };

    private static string Anchor(BranchAnchor anchor) => anchor.Kind switch
    {
        AnchorKind.AnyStep => "any step",
        AnchorKind.Step when anchor.ToStep > anchor.FromStep => "steps " + Number(anchor.FromStep) + "-" + Number(anchor.ToStep),
        AnchorKind.Step => "step " + Number(anchor.FromStep),
        _ => "no step",
    };

    private static string Ending(BranchEnding ending) => ending.Kind switch
    {
        EndingKind.ContinueAt => "continues at step " + Number(ending.Step),
        EndingKind.Terminates => "use case ends",
        _ => "not stated",
    };

    private static string Quote(string text) => "\"" + text + "\"";

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
