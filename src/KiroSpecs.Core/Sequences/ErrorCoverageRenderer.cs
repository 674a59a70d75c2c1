using System.Collections.Generic;
using System.Linq;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// "## Error Scenario Coverage": for each sequence, the flows that handle a failure (exception flows, and branches
/// whose trigger or outcome is a failure), each placed in one category by the words of its trigger; a failure no
/// category fits goes to a neutral row. Successful alternatives are not error scenarios and are not listed. A
/// rule that only states a rate limit or a timeout is pointed to, not counted as a flow.
/// </summary>
internal static class ErrorCoverageRenderer
{
    public static void Render(MarkdownBuilder md, DocumentContext context)
    {
        md.Heading(2, "Error Scenario Coverage");
        for (var i = 0; i < context.UseCases.Count; i++)
        {
            var useCase = context.UseCases[i];
            var rows = CoverageCategory.All.Select(c => (c.Name, Cells: new List<string>())).ToList();
            var other = new List<string>();
            HashSet<int>? validating = null;
            foreach (var branch in useCase.Branches)
            {
                var trigger = OutcomeReader.Trigger(branch);
                var outcome = OutcomeReader.Of(branch, useCase.Name);
                // A branch that reaches the goal is no error scenario, whatever words its trigger holds.
                if (outcome == FlowOutcome.Success
                    || !(branch.Kind == BranchKind.Exception || outcome == FlowOutcome.Failure || OutcomeReader.Fails(branch, useCase.Name)))
                {
                    continue;
                }

                var cite = Cite(branch, trigger, outcome);
                var index = CoverageCategory.IndexOf(trigger);
                if (index < 0 && branch.Anchor.Kind == AnchorKind.Step && (validating ??= Keywords.StepsSaying(useCase, Keywords.Validation)).Contains(branch.Anchor.FromStep))
                {
                    // "The entered username is already registered (step 5)" where step 5 validates the input: the
                    // document itself calls the check a validation.
                    index = System.Array.FindIndex(CoverageCategory.All, c => c.Name == "Validation errors");
                }

                (index >= 0 ? rows[index].Cells : other).Add(cite);
            }

            var basicFailure = OutcomeReader.BasicFlowFailure(useCase);
            if (basicFailure.Length > 0)
            {
                // The use case is itself the failure scenario; which category the author meant is not stated.
                var first = useCase.Steps[0].Number;
                var last = useCase.Steps[useCase.Steps.Count - 1].Number;
                other.Insert(0, "basic flow (" + (first == last ? "step " + first : "steps " + first + "-" + last) + ", ends in failure): " + basicFailure);
            }

            AddStatedLimits(context, i, rows);
            md.Heading(3, "Sequence " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + MarkdownText.Escape(PrimarySequencesRenderer.Title(useCase, i)));
            md.Blank();
            md.Line("| Scenario | Covered by |");
            md.Line("| --- | --- |");
            foreach (var (name, cells) in rows)
            {
                var cell = cells.Count == 0 ? "not specified in usecase.md" : string.Join("; ", cells.Distinct());
                md.Line("| " + name + " | " + MarkdownText.Escape(cell) + " |");
            }

            if (other.Count > 0)
            {
                md.Line("| " + CoverageCategory.OtherName + " | " + MarkdownText.Escape(string.Join("; ", other.Distinct())) + " |");
            }

            var same = useCase.SameAs.Where(s => SectionClassifier.Classify(s.Section) is SectionKind.ExceptionFlows or SectionKind.AlternativeFlows or SectionKind.Extensions).ToList();
            foreach (var s in same)
            {
                md.Block(MarkdownText.Escape(s.Section + " are the same as " + s.UseCaseId + "; see its table."));
            }
        }
    }

    /// <summary>
    /// A rate limit or timeout stated only as a rule or requirement (no flow handles it): named in its row as a
    /// stated limit, so the row does not claim nothing is said.
    /// </summary>
    private static void AddStatedLimits(DocumentContext context, int index, List<(string Name, List<string> Cells)> rows)
    {
        var statements = context.StatementsOf(index).Where(s => s.Kind is SourceItemKind.BusinessRule or SourceItemKind.Requirement)
            .Concat(SourceItems.OfDocument(context.Document).Select(s => s with { Reference = "whole document (" + s.Reference + ")" }));
        foreach (var item in statements)
        {
            for (var c = 0; c < rows.Count; c++)
            {
                var name = rows[c].Name;
                var stated = name == "Rate limiting" ? Keywords.Any(item.Text, CoverageCategory.All[c].Keywords)
                    : name == "Network timeouts" && Keywords.Any(item.Text, new[] { "timeout", "time out", "タイムアウト", "타임아웃" });
                if (stated && rows[c].Cells.Count(x => x.StartsWith("limit stated", System.StringComparison.Ordinal)) < 3)
                {
                    rows[c].Cells.Add("limit stated in " + item.Reference + ": " + item.Display);
                }
            }
        }
    }

    private static string Cite(UseCaseBranch branch, string trigger, FlowOutcome outcome)
    {
        var kind = branch.Kind == BranchKind.Exception ? "exception flow" : "alternative flow";
        var ending = outcome switch
        {
            FlowOutcome.Rejoins or FlowOutcome.RejoinsOrEnds when OutcomeReader.ContinueStep(branch) > 0 =>
                ", back to step " + OutcomeReader.ContinueStep(branch).ToString(System.Globalization.CultureInfo.InvariantCulture) + (outcome == FlowOutcome.RejoinsOrEnds ? " or ends" : string.Empty),
            FlowOutcome.Rejoins => ", continues",
            FlowOutcome.RejoinsOrEnds => ", continues or ends",
            FlowOutcome.Failure => ", ends in failure",
            _ => string.Empty,
        };
        var said = branch.Title.Length > 0 && branch.Condition.Length > 0 && branch.Title.IndexOf(branch.Condition, System.StringComparison.OrdinalIgnoreCase) < 0
            && branch.Condition.IndexOf(branch.Title, System.StringComparison.OrdinalIgnoreCase) < 0 ? branch.Title + ": " + branch.Condition : trigger;
        return branch.Id + " (" + kind + ending + "): " + (said.Length > 0 ? said : FlowText.BranchLabel(branch));
    }
}
