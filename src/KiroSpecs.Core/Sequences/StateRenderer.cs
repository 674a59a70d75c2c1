using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// "## State Transitions": per use case a <c>stateDiagram-v2</c> from its preconditions (start state), its
/// flows (transitions, placed by <see cref="OutcomeReader"/>) and its postconditions (end states).
/// </summary>
internal static class StateRenderer
{
    /// <summary>Words by which a sentence beside the steps says the use case ends there.</summary>
    private static readonly string[] s_proseEnds = { "use case ends", "ends without", "the use case stops", "caso de uso termina", "termina sin", "caso de uso finaliza" };

    // Mermaid 12.3's parser runs out of stack between 2,000 and 3,000 transitions in one state diagram
    // (measured with tests/mermaid); the rest are summarised in a note.
    private const int MaxTransitions = 500;

    /// <summary>
    /// The arms of a written diagram's conditional blocks as written: where each departs, what it draws and whether
    /// the sequence stops (<c>break</c>) or goes on after the block. Which arm is a failure, the diagram does not say.
    /// </summary>
    private static void WrittenArms(MarkdownBuilder md, List<WrittenArm> arms)
    {
        md.Block("Branches the written diagram draws, as written:");
        md.Blank();
        md.Line("| Branch | After | What the diagram draws in it | How it ends |");
        md.Line("| --- | --- | --- | --- |");
        foreach (var arm in arms)
        {
            var drawn = arm.Messages.Count == 0 ? "no message" : string.Join("; ", arm.Messages.Take(4)) + (arm.Messages.Count > 4 ? "; …" : string.Empty);
            // Mermaid draws what follows the block after every arm; where the arm itself leads, the diagram does not say.
            var ending = arm.Block == "break" ? "the sequence stops (break)" : "not stated (the diagram goes on after the " + arm.Block + " block)";
            md.Line("| " + MarkdownText.Escape(arm.Keyword + " " + arm.Label) + " | " + MarkdownText.Escape(arm.Before.Length > 0 ? arm.Before : "the start") + " | " + MarkdownText.Escape(drawn) + " | " + MarkdownText.Escape(ending) + " |");
        }
    }

    public static void Render(MarkdownBuilder md, DocumentContext context)
    {
        md.Heading(2, "State Transitions");
        var any = LifecycleRenderer.Render(md, context);
        // Beside a lifecycle the author states, a use case changes the status in the words its flows name it with;
        // no Success or Failure is read from the flows' other words.
        var statuses = any ? StatusMentions.Names(context.Document.Lifecycle) : new List<string>();
        if (statuses.Count > 0 && StatusMentions.SetInSteps(context.UseCases, statuses) is { Count: > 0 } others)
        {
            // "creates the claim with status Submitted" beside a lifecycle of files: statuses the steps set, named too.
            md.Block(MarkdownText.Escape("Statuses the steps set that the lifecycle above does not list: " + string.Join(", ", others) + "."));
            statuses = statuses.Concat(others).OrderByDescending(n => n.Length).ThenBy(n => n, System.StringComparer.Ordinal).ToList();
        }

        // With no lifecycle stated, the statuses the steps and flows set ('marks the hold "Ready for pickup"') are still
        // the author's: each use case's diagram is drawn from its flows, and the places that name them listed below it.
        var written = any ? new List<string>() : StatusMentions.SetInSteps(context.UseCases, new List<string>());
        var setInSteps = written.OrderByDescending(n => n.Length).ThenBy(n => n, System.StringComparer.Ordinal).ToList();
        if (setInSteps.Count > 0)
        {
            md.Block(MarkdownText.Escape("Statuses the steps and flows set (usecase.md gives no list or table of changes between them, so none is drawn; each use case lists where its text names them): "
                + string.Join(", ", written) + "."));
        }

        for (var i = 0; i < context.UseCases.Count; i++)
        {
            var useCase = context.UseCases[i];
            if (useCase.Written is { } diagram)
            {
                // A use case written as a Mermaid diagram: the changes of state it states and the branches it
                // draws, as written.
                var changes = WrittenFacts.StateChanges(diagram);
                var arms = WrittenFacts.Arms(diagram);
                if (changes.Count + arms.Count > 0)
                {
                    any = true;
                    md.Heading(3, MarkdownText.Escape(PrimarySequencesRenderer.Title(useCase, i)));
                }

                if (changes.Count > 0)
                {
                    md.Block("State changes the written diagram states:");
                    md.Bullets(changes);
                }

                if (arms.Count > 0)
                {
                    WrittenArms(md, arms);
                }

                continue;
            }

            if (useCase.Steps.Count == 0 && useCase.Preconditions.Count == 0 && useCase.Postconditions.Count == 0)
            {
                continue;
            }

            any = true;
            md.Heading(3, MarkdownText.Escape(PrimarySequencesRenderer.Title(useCase, i)));
            if (statuses.Count > 0)
            {
                StatusMentions.Render(md, useCase, statuses);
                continue;
            }

            if (useCase.Preconditions.Count > 0)
            {
                md.Block("Preconditions (state " + Id(i, "Ready") + "):");
                md.Blank();
                foreach (var p in useCase.Preconditions)
                {
                    md.Line("- " + MarkdownText.Escape(p.Label.Length > 0 ? p.Label + ": " + p.Text : p.Text));
                }
            }

            md.Block(Diagram(context, i, setInSteps));
            if (setInSteps.Count > 0)
            {
                StatusMentions.Render(md, useCase, setInSteps, quietWhenNone: true);
            }

            foreach (var same in useCase.SameAs.Where(s => SectionClassifier.Classify(s.Section) is SectionKind.ExceptionFlows or SectionKind.AlternativeFlows or SectionKind.Extensions))
            {
                md.Block(MarkdownText.Escape(same.Section + ": same as " + same.UseCaseId + " (see its diagram)."));
            }

            if (NamedStatuses(useCase) is { Count: > 0 } values)
            {
                // "Genehmigungsstatus: eingereicht / in-pruefung / genehmigt / abgelehnt": the values a status takes,
                // as written; the transitions between them are the author's to state.
                md.Block("Status values usecase.md names (the transitions between them are not drawn):");
                md.Bullets(values);
            }
        }

        if (!any)
        {
            md.Block("Not specified in usecase.md.");
        }

        context.NoteUnread(md);
    }

    private static readonly string[] s_statusWords = { "status", "estado", "zustand", "ステータス", "状態", "상태" };

    /// <summary>
    /// Steps and notes that name the values of a status: a status word and three or more values, written with "/"
    /// between them or as a list in parentheses ("(APPROVED, REJECTED, REVISION_REQUIRED)").
    /// </summary>
    private static List<string> NamedStatuses(UseCase useCase)
    {
        var lines = new List<string>();
        var texts = useCase.Steps.Select(st => ("step " + st.Number, st.Text)).Concat(useCase.Notes.Where(n => !n.IsCode).Select(n => (n.Section.Length > 0 ? n.Section : "text", n.Text)));
        foreach (var (source, text) in texts)
        {
            if (lines.Count >= 20 || !Keywords.Any(text, s_statusWords))
            {
                continue;
            }

            var open = text.IndexOf('(');
            var close = open >= 0 ? text.IndexOf(')', open) : -1;
            var listed = close > open && text.Substring(open, close - open).Split(',').Length >= 3;
            if (text.Split(new[] { " / " }, System.StringSplitOptions.None).Length >= 3 || listed)
            {
                lines.Add(source + ": " + text.Trim());
            }
        }

        return lines;
    }

    private static string Diagram(DocumentContext context, int index, List<string> statuses)
    {
        var useCase = context.UseCases[index];
        var outcomes = context.OutcomesOf(index);
        var goals = context.GoalsOf(index);
        var ready = Id(index, "Ready");
        var flow = Id(index, "Flow");
        var success = Id(index, "Success");
        var failure = Id(index, "Failure");
        var ended = Id(index, "Ended");
        var elsewhere = Id(index, "Elsewhere");
        var cancelled = Id(index, "Cancelled");
        var statedFailure = useCase.Postconditions.Any(p => IsFailure(p) || SplitOutcomes(p.Text) is not null);
        // The statuses each outcome's postconditions name, read once for all the branches.
        var namedBy = statuses.Count == 0 ? (Success: statuses, Failure: statuses)
            : (Success: StatusMentions.Find(Postcondition(useCase, success: true), statuses), Failure: StatusMentions.Find(Postcondition(useCase, success: false), statuses));
        var successText = Postcondition(useCase, success: true);
        var failureText = Postcondition(useCase, success: false);
        var basicFailure = OutcomeReader.BasicFlowFailure(useCase);
        if (basicFailure.Length > 0 && failureText == "Failure")
        {
            failureText = "Failure: " + basicFailure;
        }
        else if (basicFailure.Length == 0 && successText == "Success" && OutcomeReader.StatedResult(useCase) is { Length: > 0 } result)
        {
            // No postcondition, but a "Results:" or "Assertions:" note says what the basic flow ends in.
            successText = "Success: " + result;
        }

        var hasSteps = useCase.Steps.Count > 0;
        var from = hasSteps ? flow : ready;
        var transitions = new List<(string From, string To, string Label)>();
        if (hasSteps)
        {
            transitions.Add((ready, flow, "step " + useCase.Steps[0].Number));
            // A use case whose basic flow is itself the failure ("Invalid folder structure": "creation fails") ends there.
            transitions.Add((flow, basicFailure.Length > 0 ? failure : success, "basic flow completes (" + FlowText.BasicSpan(useCase) + ")"));
        }

        foreach (var same in useCase.SameAs.Where(s => SectionClassifier.Classify(s.Section) is SectionKind.ExceptionFlows or SectionKind.AlternativeFlows or SectionKind.Extensions))
        {
            // "Exception Flows: Same as UC-1": the flows of UC-1 that end in failure end this use case in failure too.
            var other = context.IndexOf(same.UseCaseId);
            if (other >= 0 && System.Array.IndexOf(context.OutcomesOf(other), FlowOutcome.Failure) >= 0)
            {
                transitions.Add((from, failure, same.Section + " same as " + same.UseCaseId + " (those ending in failure)"));
            }
        }

        foreach (var step in OutcomeReader.FailingConditionalSteps(useCase))
        {
            // A failure the author wrote as a conditional step: the flow leaves there; how it ends is not stated.
            var text = step.Text.Trim();
            transitions.Add((from, ended, "step " + step.Number + " " + TextClip.Clip(text, 80)));
        }

        foreach (var (step, refusal) in OutcomeReader.RefusalSteps(useCase))
        {
            // "Insurer returns approval/rejection": the grant goes on with the basic flow, the refusal does not reach the goal.
            transitions.Add((from, failure, "step " + step.Number + ": " + refusal));
        }

        for (var b = 0; b < useCase.Branches.Count; b++)
        {
            var branch = useCase.Branches[b];
            var label = branch.Id + (branch.Title.Length > 0 ? " " + branch.Title : branch.Condition.Length > 0 ? " " + branch.Condition : string.Empty);
            var outcome = outcomes[b];
            var goal = goals[b];
            // The step a branch goes back to, and whether it states a failure or an absence, are read only for the
            // outcomes that use them.
            var back = outcome is FlowOutcome.Rejoins or FlowOutcome.RejoinsOrEnds ? OutcomeReader.ContinueStep(branch) : 0;
            var again = back > 0 ? FlowText.ToStep(branch, back) : "continues";
            if (outcome == FlowOutcome.Unstated && SucceededBefore(useCase, branch, goal))
            {
                // "8. … informs that the operation was completed successfully", then the alternative's own steps.
                outcome = FlowOutcome.Success;
            }

            if (outcome is not (FlowOutcome.Rejoins or FlowOutcome.RejoinsOrEnds) && OutcomeReader.EarlierWayBack(branch) is > 0 and var earlier)
            {
                // "4a2. … returns to step 4" / "4a3. … ends in failure": the branch has a way back as well as its ending.
                transitions.Add((from, from, label + " (" + FlowText.ToStep(branch, earlier) + ")"));
            }

            switch (outcome)
            {
                case FlowOutcome.Rejoins when back == 0 && OutcomeReader.BackToStart(branch):
                    // "System returns to initial preconditions": back to the start, not to a step.
                    transitions.Add((from, ready, label + " (back to the start)"));
                    break;
                case FlowOutcome.Rejoins:
                    transitions.Add((from, from, label + " (" + again + ")"));
                    break;
                case FlowOutcome.RejoinsOrEnds:
                    // "Email already registered … continues at step 4 or ends": ending there, the failure the use case states holds.
                    transitions.Add((from, from, label + " (" + again + ")"));
                    transitions.Add((from, OutcomeReader.StatesFailure(branch, goal) && statedFailure ? failure : ended, label + " (or the use case ends)"));
                    break;
                case FlowOutcome.Failure:
                    transitions.Add((from, failure, label));
                    break;
                case FlowOutcome.ContinuesElsewhere:
                    transitions.Add((from, elsewhere, label));
                    break;
                case FlowOutcome.Success:
                    transitions.Add((from, success, label));
                    break;
                default:
                    // A branch that states no outcome goes on in the flow, unless it says the use case ends there, meets a
                    // failure, finds nothing, or is the actor's choice to stop: then it is no success. A failure (or
                    // nothing found, and the use case ends) reaches the failure the use case states; a cancel is its own end.
                    // Before all of these: a flow that ends in a status one postcondition names ('sets the status to
                    // "Withdrawn"' beside 'On failure the report is … "Withdrawn"') reaches that postcondition.
                    if (EndByStatus(branch, statuses, namedBy, out var set) is { } stated)
                    {
                        transitions.Add((from, stated ? success : failure, label + " (status " + string.Join(", ", set) + ")"));
                    }
                    else if (OutcomeReader.IsActorStop(branch, goal))
                    {
                        transitions.Add((from, cancelled, label));
                    }
                    else if (BranchTraits.FailsWithoutSayingHowItGoesOn(branch, goal))
                    {
                        // The sequence diagram draws the rest of the flow only otherwise: the branch ends here too.
                        transitions.Add((from, OutcomeReader.StatesFailure(branch, goal) && statedFailure ? failure : ended, label));
                    }
                    else if (OutcomeReader.AsksToGoOn(branch))
                    {
                        transitions.Add((from, from, label + " (continues; where is not stated)"));
                    }
                    else
                    {
                        var failing = OutcomeReader.StatesFailure(branch, goal);
                        var absent = OutcomeReader.IsAbsence(branch);
                        if ((failing || (absent && OutcomeReader.Ends(branch))) && statedFailure)
                        {
                            transitions.Add((from, failure, label));
                        }
                        else if (failing || absent || OutcomeReader.Ends(branch))
                        {
                            transitions.Add((from, ended, label));
                        }
                        else
                        {
                            transitions.Add((from, from, label + " (continues; where is not stated)"));
                        }
                    }

                    break;
            }
        }

        if (hasSteps)
        {
            foreach (var (_, sentence) in ProseFacts.UndrawnFailures(useCase))
            {
                // "If FinPay rejects the instruction, … the use case ends without payment": a failure the text states
                // beside the steps ends the use case as the flows that fail do.
                if (Keywords.Any(sentence, s_proseEnds))
                {
                    transitions.Add((from, failure, "as its text states: " + TextClip.Clip(sentence, 100)));
                }
            }
        }

        var usesFailure = transitions.Any(t => t.To == failure) || useCase.Postconditions.Any(p => IsFailure(p) || SplitOutcomes(p.Text) is not null);
        var usesSuccess = !hasSteps || transitions.Any(t => t.To == success);
        var usesEnded = transitions.Any(t => t.To == ended);
        var usesElsewhere = transitions.Any(t => t.To == elsewhere);
        var usesCancelled = transitions.Any(t => t.To == cancelled);
        var sb = new StringBuilder();
        sb.Append("```mermaid\nstateDiagram-v2\n");
        // With no precondition written, the start is only the start: "Preconditions hold" would claim some.
        var start = useCase.Preconditions.Count > 0 ? "Preconditions hold" : "Start (usecase.md states no precondition)";
        sb.Append("    state \"").Append(MermaidText.Escape(start)).Append("\" as ").Append(ready).Append('\n');
        if (hasSteps)
        {
            sb.Append("    state \"").Append(MermaidText.Escape("Basic flow")).Append("\" as ").Append(flow).Append('\n');
        }

        if (usesSuccess)
        {
            sb.Append("    state \"").Append(MermaidText.EscapeWrapped(successText, 60)).Append("\" as ").Append(success).Append('\n');
        }
        if (usesFailure)
        {
            sb.Append("    state \"").Append(MermaidText.EscapeWrapped(failureText, 60)).Append("\" as ").Append(failure).Append('\n');
        }

        if (usesEnded)
        {
            sb.Append("    state \"").Append(MermaidText.Escape("Ends; usecase.md does not say whether the goal is reached")).Append("\" as ").Append(ended).Append('\n');
        }

        if (usesElsewhere)
        {
            sb.Append("    state \"").Append(MermaidText.Escape("Goes on in another use case")).Append("\" as ").Append(elsewhere).Append('\n');
        }

        if (usesCancelled)
        {
            sb.Append("    state \"").Append(MermaidText.Escape("Cancelled by the actor; the goal is not reached")).Append("\" as ").Append(cancelled).Append('\n');
        }

        sb.Append("    [*] --> ").Append(ready).Append('\n');
        if (!hasSteps)
        {
            sb.Append("    ").Append(ready).Append(" --> ").Append(success).Append('\n');
        }

        foreach (var (source, to, label) in transitions.Take(MaxTransitions))
        {
            sb.Append("    ").Append(source).Append(" --> ").Append(to).Append(" : ").Append(MermaidText.Escape(label)).Append('\n');
        }

        if (transitions.Count > MaxTransitions)
        {
            var omitted = (transitions.Count - MaxTransitions).ToString(CultureInfo.InvariantCulture);
            sb.Append("    note right of ").Append(from).Append(" : ").Append(MermaidText.Escape(omitted + " more flows are not drawn: too many for one diagram")).Append('\n');
        }

        if (usesSuccess)
        {
            sb.Append("    ").Append(success).Append(" --> [*]\n");
        }
        if (usesFailure)
        {
            sb.Append("    ").Append(failure).Append(" --> [*]\n");
        }

        if (usesEnded)
        {
            sb.Append("    ").Append(ended).Append(" --> [*]\n");
        }

        if (usesElsewhere)
        {
            sb.Append("    ").Append(elsewhere).Append(" --> [*]\n");
        }

        if (usesCancelled)
        {
            sb.Append("    ").Append(cancelled).Append(" --> [*]\n");
        }

        sb.Append("```");
        return sb.ToString();
    }

    /// <summary>The statuses the steps and ending of <paramref name="branch"/> name (not its condition: "returns *Pended*" is what it answers).</summary>
    private static List<string> SetBy(UseCaseBranch branch, List<string> statuses) =>
        statuses.Count == 0 ? statuses
            : branch.Steps.Select(s => s.Text).Append(BranchEnding.WrittenText(branch)).SelectMany(t => StatusMentions.Find(t, statuses)).Distinct(System.StringComparer.Ordinal).ToList();

    /// <summary>
    /// True (success) or false (failure) when the statuses <paramref name="branch"/> sets (<paramref name="set"/>) are
    /// named by the use case's postconditions of one outcome only (<paramref name="namedBy"/>) and the branch goes
    /// nowhere else; null otherwise.
    /// </summary>
    private static bool? EndByStatus(UseCaseBranch branch, List<string> statuses, (List<string> Success, List<string> Failure) namedBy, out List<string> set)
    {
        // Only a flow that ends the use case ends in its status: "continues "Scheduled"" on the way to a later step does not.
        set = SetBy(branch, statuses);
        if (set.Count == 0 || branch.Ending.Kind == EndingKind.ContinueAt || !OutcomeReader.Ends(branch))
        {
            return null;
        }

        var inSuccess = set.Exists(namedBy.Success.Contains);
        var inFailure = set.Exists(namedBy.Failure.Contains);
        return inSuccess == inFailure ? null : inSuccess;
    }

    private static string Postcondition(UseCase useCase, bool success)
    {
        var texts = new List<string>();
        foreach (var p in useCase.Postconditions)
        {
            if (SplitOutcomes(p.Text) is { } both)
            {
                // "Insurance is verified, or an error is flagged": each half to its own end state.
                texts.Add(success ? both.Success : both.Failure);
            }
            else if (IsFailure(p) != success)
            {
                texts.Add(p.Text);
            }
        }

        var head = success ? "Success" : "Failure";
        return texts.Count == 0 ? head : head + ": " + string.Join("; ", texts);
    }

    /// <summary>True when the branch departs after a basic step that already says the operation succeeded.</summary>
    private static bool SucceededBefore(UseCase useCase, UseCaseBranch branch, string goal) =>
        branch.Anchor.Kind == AnchorKind.Step && !OutcomeReader.Fails(branch, goal)
        && useCase.Steps.FirstOrDefault(s => s.Ordinal == branch.Anchor.FromStep) is { } step && OutcomeReader.SaysSuccess(step.Text);

    /// <summary>"A, or B" where B states a failure and A does not: the two outcomes of one postcondition.</summary>
    private static (string Success, string Failure)? SplitOutcomes(string text)
    {
        var at = text.IndexOf(", or ", System.StringComparison.OrdinalIgnoreCase);
        if (at <= 0)
        {
            return null;
        }

        var first = text.Substring(0, at).Trim();
        var second = text.Substring(at + 5).Trim();
        return FailureWords.LooksLikeFailure(second) && !FailureWords.LooksLikeFailure(first) ? (first, second) : null;
    }

    /// <summary>
    /// A postcondition of the failure case: its label says so ("Failure:", "Minimal guarantee"), its text opens
    /// with the failure case ("On failure, …", "If the payment fails, …") or names it ("… loaded with error …").
    /// </summary>
    private static bool IsFailure(LabeledText postcondition)
    {
        var l = postcondition.Label.ToLowerInvariant();
        if (l.Contains("fail") || l.Contains("minimal") || l.Contains("error") || l.Contains("失敗") || l.Contains("falha") || l.Contains("실패")
            || l.Contains("fracaso") || l.Contains("fallo") || l.Contains("fehler") || l.Contains("misserfolg") || l.Contains("échec") || l.Contains("erro"))
        {
            return true;
        }

        var text = postcondition.Text.TrimStart().ToLowerInvariant();
        var head = text.Length > 40 ? text.Substring(0, 40) : text;
        // "Configuration loaded with error or warning MUST …": the text names the case it holds for.
        // Only where no label says which case it is ("Success: report generated with error bars" stays a success).
        var withError = l.Length == 0 && (text.IndexOf(" with error", System.StringComparison.Ordinal) is var at and >= 0 && at < 80
            || text.IndexOf(" with an error", System.StringComparison.Ordinal) is var an and >= 0 && an < 80);
        return withError || ((head.StartsWith("on failure", System.StringComparison.Ordinal) || head.StartsWith("in case of failure", System.StringComparison.Ordinal)
            || head.StartsWith("failure", System.StringComparison.Ordinal) || head.StartsWith("if ", System.StringComparison.Ordinal))
            && FailureWords.LooksLikeFailure(head));
    }

    private static string Id(int index, string name) => "Seq" + (index + 1).ToString(CultureInfo.InvariantCulture) + "_" + name;
}
