using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// "## Error Scenario Coverage": for each sequence, the flows that handle a failure (exception flows, branches whose
/// trigger or outcome is a failure, a basic flow that is itself the failure, conditional steps that reject), each in
/// the document's words with how it ends. The workflow's categories (authentication, validation, database …) are
/// not guessed from a word of the trigger: a wrong category, or a "not specified" next to a failure filed
/// elsewhere, tells the reader something false. A choice the actor makes (cancelling) is no failure. Limits the
/// rules state (rate limits, timeouts) are pointed to.
/// </summary>
internal static class ErrorCoverageRenderer
{
    public static void Render(MarkdownBuilder md, DocumentContext context)
    {
        md.Heading(2, "Error Scenario Coverage");
        md.Block("The failures each sequence handles, in usecase.md's words, with how each flow ends. They are not filed under the workflow's categories (authentication, authorization, validation, database, network timeout, service unavailable, rate limiting): a word of a trigger does not decide which one the author meant.");
        for (var i = 0; i < context.UseCases.Count; i++)
        {
            var useCase = context.UseCases[i];
            var rows = Failures(context, i);
            var limits = StatedLimits(context, i);
            md.Heading(3, "Sequence " + (i + 1).ToString(CultureInfo.InvariantCulture) + ": " + MarkdownText.Escape(PrimarySequencesRenderer.Title(useCase, i)));
            var same = useCase.SameAs.Where(s => SectionClassifier.Classify(s.Section) is SectionKind.ExceptionFlows or SectionKind.AlternativeFlows or SectionKind.Extensions).ToList();
            if (rows.Count > 0)
            {
                md.Blank();
                md.Line("| Flow | What fails (usecase.md) | How it ends |");
                md.Line("| --- | --- | --- |");
                foreach (var (flow, what, ending) in rows.Distinct())
                {
                    md.Line("| " + MarkdownText.Escape(flow) + " | " + MarkdownText.Escape(what) + " | " + MarkdownText.Escape(ending) + " |");
                }
            }
            else if (useCase.Written is { } diagram && WrittenFacts.Arms(diagram).Count > 0)
            {
                md.Block("Written as a Mermaid diagram: which of its branches is a failure, the diagram does not say; each is listed as written under State Transitions.");
            }
            else if (same.Count == 0 && useCase.Written is null && ProseFacts.Failures(useCase) is { Count: > 0 } prose)
            {
                // "Other things that can go wrong: - Bank details fail the check → field error …": stated, not drawn.
                md.Block("No flow of this use case is written as a failure; its text states these, which the diagrams do not draw:").Bullets(prose);
            }
            else if (same.Count == 0)
            {
                md.Block(useCase.Steps.Count > 0 ? "usecase.md states no failure for this use case."
                    : useCase.Written is not null ? "Written as a Mermaid diagram: its branches are drawn above as written; no failure is read from them."
                    : "Written as prose without steps: its failures are not read from the prose.");
            }

            if ((rows.Count > 0 || useCase.Written is not null) && ProseFacts.UndrawnFailures(useCase).Select(f => f.Sentence).ToList() is { Count: > 0 } undrawn)
            {
                // "If ShieldScore does not answer in 10 s, …" beside the author's diagram: stated, not drawn (KIRO109).
                md.Block("Its text also states these failures, which the diagrams do not draw:").Bullets(undrawn);
            }

            foreach (var s in same)
            {
                md.Block(MarkdownText.Escape(s.Section + " are the same as " + s.UseCaseId + "; see its table."));
            }

            if (limits.Count > 0)
            {
                md.Bullets(limits.Distinct());
            }
        }
    }

    /// <summary>The failure flows of <paramref name="useCase"/>: flow, what fails, how it ends.</summary>
    internal static List<(string Flow, string What, string Ending)> Failures(DocumentContext context, int index)
    {
        var useCase = context.UseCases[index];
        var outcomes = context.OutcomesOf(index);
        var goals = context.GoalsOf(index);
        var failureFlows = context.FailureFlowsOf(index);
        var rows = new List<(string, string, string)>();
        var basicFailure = OutcomeReader.BasicFlowFailure(useCase);
        if (basicFailure.Length > 0)
        {
            rows.Add(("basic flow (" + FlowText.BasicSpan(useCase) + ")", basicFailure, "ends in failure"));
        }

        foreach (var step in OutcomeReader.FailingConditionalSteps(useCase))
        {
            rows.Add(("step " + step.Number, step.Text.Trim(), "not stated"));
        }

        foreach (var (step, refusal) in OutcomeReader.RefusalSteps(useCase))
        {
            // "Insurer returns approval/rejection": the refusal half of the step, not the step.
            rows.Add(("step " + step.Number, refusal + " (as the step states: \"" + step.Text.Trim() + "\")", "not stated"));
        }

        for (var b = 0; b < useCase.Branches.Count; b++)
        {
            var branch = useCase.Branches[b];
            var outcome = outcomes[b];
            var goal = goals[b];
            // A branch that reaches the goal, or that the actor chooses, is no error scenario, whatever its words.
            // "No built-in templates are configured … the admin terminates the use case": nothing to work with, and it ends.
            var emptyEnd = outcome != FlowOutcome.Success && !OutcomeReader.IsActorChoice(branch, goal) && OutcomeReader.IsAbsence(branch) && OutcomeReader.Ends(branch);
            // "6a. The carrier does not answer within 30 s … Use case ends in success": a failure the flow recovers
            // from is handled too, and its row says how it ends.
            var recovered = goal.Length <= useCase.Name.Length && !OutcomeReader.IsActorChoice(branch, goal) && OutcomeReader.Fails(branch, goal)
                && !OutcomeReader.IsDetourToTheGoal(branch, outcome);
            if (!failureFlows[b] && !emptyEnd && !recovered)
            {
                continue;
            }

            var trigger = OutcomeReader.Trigger(branch);
            var said = branch.Title.Length > 0 && branch.Condition.Length > 0 && branch.Title.IndexOf(branch.Condition, System.StringComparison.OrdinalIgnoreCase) < 0
                && branch.Condition.IndexOf(branch.Title, System.StringComparison.OrdinalIgnoreCase) < 0 ? branch.Title + ": " + branch.Condition : trigger;
            if (branch.Title.Length == 0 && branch.Condition.Length == 0
                && branch.Steps.FirstOrDefault(s => OutcomeReader.TriggerFails(s.Text)) is { } failingStep)
            {
                // A branch with neither title nor condition ("Fluxo Alternativo B: 1. clicks Search 2. is told a text is
                // required"): its step that states the failure says what fails, not its first step.
                said = failingStep.Text;
            }
            // "Alternative Flow (at step 3)", not "Alternative Flow (alternative flow, …)"; a Cockburn extension ("4a") is
            // what its author calls it, not sorted into alternative and exception flows by the package.
            var kind = NamesItsKind(branch.Id) ? string.Empty : BranchTraits.IsExtensionOfOneStep(branch) ? "extension"
                : branch.Kind == BranchKind.Exception ? "exception flow" : "alternative flow";
            // The step is named only when the author wrote it ("3a", "at step 3"); a placement the package inferred is shown in the diagrams.
            var at = branch.Anchor.Kind == AnchorKind.Step && StatesItsStep(branch) ? "at " + FlowText.Range(branch.Anchor.FromStep, System.Math.Max(branch.Anchor.FromStep, branch.Anchor.ToStep)) : string.Empty;
            var note = kind.Length > 0 && at.Length > 0 ? kind + ", " + at : kind + at;
            rows.Add((note.Length > 0 ? branch.Id + " (" + note + ")" : branch.Id, said.Length > 0 ? said : FlowText.BranchLabel(branch), Ending(branch, outcome)));
        }

        return rows;
    }

    /// <summary>True when usecase.md names the branch's step ("3a", "At step 3", "(step 5)"), not the package's placement.</summary>
    internal static bool StatesItsStep(UseCaseBranch branch) => !branch.Anchor.Inferred;

    private static bool NamesItsKind(string id) =>
        Keywords.Any(id, s_kindWords);

    private static readonly string[] s_kindWords = { "flow", "fluxo", "flujo", "alternative", "exception", "alternativ", "exce", "extension", "代替", "例外", "대안", "예외" };

    /// <summary>
    /// A rate limit or timeout stated only as a rule or requirement (no flow handles it): pointed to with its words,
    /// so the reader sees the document states one.
    /// </summary>
    private static List<string> StatedLimits(DocumentContext context, int index)
    {
        var limits = new List<string>();
        var statements = context.RulesAndRequirementsFor(index);
        var rate = CoverageCategory.All.First(c => c.Name == "Rate limiting").Keywords;
        foreach (var item in statements)
        {
            if (limits.Count >= 6)
            {
                break;
            }

            if (Keywords.Any(item.Text, rate))
            {
                limits.Add("Rate limit stated in " + item.Reference + ": " + item.Display);
            }
            else if (Keywords.Any(item.Text, s_timeouts))
            {
                limits.Add("Timeout stated in " + item.Reference + ": " + item.Display);
            }
        }

        return limits;
    }

    private static readonly string[] s_timeouts = { "timeout", "time out", "タイムアウト", "타임아웃" };

    private static string Ending(UseCaseBranch branch, FlowOutcome outcome) =>
        OutcomeReader.EarlierWayBack(branch) is > 0 and var back && outcome is not (FlowOutcome.Rejoins or FlowOutcome.RejoinsOrEnds)
            ? FlowText.ToStep(branch, back) + ", or " + LastWay(branch, outcome)
            : LastWay(branch, outcome);

    private static string LastWay(UseCaseBranch branch, FlowOutcome outcome) => outcome switch
    {
        FlowOutcome.Rejoins => GoesBack(branch),
        FlowOutcome.RejoinsOrEnds => GoesBack(branch) + " or ends",
        FlowOutcome.Failure => "ends in failure",
        FlowOutcome.Success => "ends in success",
        _ when OutcomeReader.IsAbsence(branch) && OutcomeReader.Ends(branch) => "ends",
        FlowOutcome.ContinuesElsewhere => "goes on in another use case",
        _ => "not stated",
    };

    /// <summary>Where a branch that rejoins goes back to; read only for those (its words are read again for each).</summary>
    private static string GoesBack(UseCaseBranch branch)
    {
        var back = OutcomeReader.ContinueStep(branch);
        return back > 0 ? FlowText.ToStep(branch, back) : OutcomeReader.BackToStart(branch) ? "back to the start" : "continues";
    }
}
