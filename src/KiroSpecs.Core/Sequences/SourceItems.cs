using System;
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

    /// <summary>
    /// Every statement of a use case on its own, for sections that quote it: preconditions, steps (with sub-steps),
    /// each branch's trigger and each of its steps, rules, requirements, postconditions and the other sections' text.
    /// <paramref name="of"/> is <see cref="Of"/> of the use case, already built (only read here).
    /// </summary>
    public static List<SourceItem> Statements(UseCase useCase, List<SourceItem> of)
    {
        var items = new List<SourceItem>();
        foreach (var item in of)
        {
            if (item.Kind is not (SourceItemKind.Alternative or SourceItemKind.Exception))
            {
                items.Add(item);
            }
        }

        var at = items.FindIndex(i => i.Kind is SourceItemKind.BusinessRule or SourceItemKind.Requirement or SourceItemKind.Postcondition);
        var branches = new List<SourceItem>();
        foreach (var branch in useCase.Branches)
        {
            var kind = branch.Kind == BranchKind.Exception ? SourceItemKind.Exception : SourceItemKind.Alternative;
            var sameWords = branch.Title.IndexOf(branch.Condition, StringComparison.OrdinalIgnoreCase) >= 0 || branch.Condition.IndexOf(branch.Title, StringComparison.OrdinalIgnoreCase) >= 0;
            var trigger = (branch.Title.Length > 0 && branch.Condition.Length > 0 && !sameWords ? branch.Title + ": " + branch.Condition
                : branch.Title.Length >= branch.Condition.Length ? branch.Title : branch.Condition).Trim();
            if (trigger.Length > 0)
            {
                branches.Add(new SourceItem(branch.Id, trigger, kind));
            }

            var n = 0;
            foreach (var step in branch.Steps)
            {
                n++;
                // A step the author numbered is cited by that number; one written as a sentence by its place, so that
                // no step number is made up ("FE-01, sentence 2"), or by the flow alone when it is the only one.
                var numbered = step.Number.Length > 0 && step.Number != branch.Id;
                var reference = !numbered ? (branch.Steps.Count == 1 ? branch.Id : branch.Id + ", sentence " + n.ToString(CultureInfo.InvariantCulture))
                    : step.Number.StartsWith(branch.Id, StringComparison.OrdinalIgnoreCase) ? step.Number : branch.Id + " step " + step.Number;
                branches.Add(new SourceItem(reference.Trim(), step.Text, kind));
            }

            if (branch.Ending.Text.Length > 0 && !branch.Steps.Any(s => s.Text.Contains(branch.Ending.Text)))
            {
                branches.Add(new SourceItem(branch.Id, branch.Ending.Text, kind));
            }
        }

        items.InsertRange(at < 0 ? items.Count : at, branches);
        foreach (var note in useCase.Notes)
        {
            if (note.IsCode && note.Text.TrimStart().StartsWith("sequenceDiagram", StringComparison.Ordinal))
            {
                // A diagram the author wrote is read as a diagram (messages, blocks), not quoted as one long statement.
                continue;
            }

            items.Add(new SourceItem(note.Section.Length > 0 ? note.Section : "text", note.Text, SourceItemKind.Note));
        }

        return items;
    }

    /// <summary>Words of a heading over a table of the document's figures ("Numbers we keep referring to", "Parámetros").</summary>
    internal static readonly string[] FiguresSections = { "numbers", "figures", "parameters", "settings", "constants", "parámetros", "parâmetros", "números", "kennzahlen", "parameter" };

    /// <summary>True when the section's label names a table of figures (<see cref="FiguresSections"/>).</summary>
    internal static bool IsFiguresSection(string label)
    {
        var lower = label.ToLowerInvariant();
        return FiguresSections.Any(w => lower.IndexOf(w, System.StringComparison.Ordinal) >= 0);
    }

    /// <summary>The requirements written for the whole document, cited by their section.</summary>
    public static List<SourceItem> OfDocument(UseCaseDocument document)
    {
        var items = new List<SourceItem>();
        foreach (var note in document.Requirements)
        {
            items.Add(new SourceItem(note.Section.Length > 0 ? note.Section : "requirements", note.Text, SourceItemKind.Note));
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
