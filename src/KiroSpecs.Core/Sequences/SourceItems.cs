using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>Lists the citable parts of a use case in document order (pre, steps, branches, rules, NFRs, post).</summary>
internal static class SourceItems
{
    public static List<SourceItem> Of(UseCase useCase)
    {
        var items = new List<SourceItem>();
        var n = 0;
        foreach (var p in useCase.Preconditions)
        {
            n++;
            items.Add(new SourceItem("precondition " + n.ToString(CultureInfo.InvariantCulture), Join(p.Label, p.Text), SourceItemKind.Precondition));
        }

        foreach (var step in useCase.Steps)
        {
            AddStep(items, step);
        }

        foreach (var branch in useCase.Branches)
        {
            var text = branch.Title + ". " + branch.Condition + ". " + string.Join(". ", branch.Steps.Select(s => s.Text));
            var display = FlowText.BranchLabel(branch);
            if (display.StartsWith(branch.Id + " ", System.StringComparison.Ordinal) || display.StartsWith(branch.Id + ":", System.StringComparison.Ordinal))
            {
                display = display.Substring(branch.Id.Length).TrimStart(' ', ':');
            }

            items.Add(new SourceItem(branch.Id, text, branch.Kind == BranchKind.Exception ? SourceItemKind.Exception : SourceItemKind.Alternative, display));
        }

        n = 0;
        foreach (var rule in useCase.BusinessRules)
        {
            n++;
            items.Add(new SourceItem(rule.Label.Length > 0 ? rule.Label : "business rule " + n.ToString(CultureInfo.InvariantCulture), rule.Text, SourceItemKind.BusinessRule));
        }

        n = 0;
        foreach (var requirement in useCase.Requirements)
        {
            n++;
            items.Add(new SourceItem(requirement.Label.Length > 0 ? requirement.Label : "requirement " + n.ToString(CultureInfo.InvariantCulture), requirement.Text, SourceItemKind.Requirement));
        }

        foreach (var post in useCase.Postconditions)
        {
            items.Add(new SourceItem(post.Label.Length > 0 ? "postcondition (" + post.Label + ")" : "postcondition", post.Text, SourceItemKind.Postcondition));
        }

        return items;
    }

    private static void AddStep(List<SourceItem> items, UseCaseStep step)
    {
        items.Add(new SourceItem("step " + step.Number, step.Text, SourceItemKind.Step));
        foreach (var sub in step.SubSteps)
        {
            AddStep(items, sub);
        }
    }

    private static string Join(string label, string text) => label.Length > 0 ? label + ": " + text : text;
}
