using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// "## Error Scenario Coverage": for each sequence, every alternative and exception flow (and a basic flow that is
/// itself the failure, conditional steps that reject), each with what starts it and the words it ends with, quoted
/// with their line, or the step it goes back to. Which flow is a failure, and of which of the workflow's categories
/// (authentication, validation, database …), is not read from a word of its trigger: a wrong category, a detour to
/// the goal filed as a failure or a failure left out tells the reader something false. Limits the rules state (rate
/// limits, timeouts) are pointed to.
/// </summary>
internal static class ErrorCoverageRenderer
{
    public static void Render(MarkdownBuilder md, DocumentContext context)
    {
        md.Heading(2, "Error Scenario Coverage");
        // The statuses of the stated lifecycle, read once for every use case's endings.
        var statuses = StatusMentions.Names(context.Document.Lifecycle);
        md.Block("Each sequence's alternative and exception flows, and the steps that turn away from the goal, in usecase.md's words: what starts each and the words it ends with. Which of them is a failure, and of which kind (authentication, authorization, validation, database, network timeout, service unavailable, rate limiting), is left to those words: a word of a trigger does not decide it.");
        for (var i = 0; i < context.UseCases.Count; i++)
        {
            var useCase = context.UseCases[i];
            var rows = Failures(context, i, statuses);
            var limits = StatedLimits(context, i);
            md.Heading(3, "Sequence " + (i + 1).ToString(CultureInfo.InvariantCulture) + ": " + MarkdownText.Escape(PrimarySequencesRenderer.Title(useCase, i)));
            var same = useCase.SameAs.Where(s => SectionClassifier.Classify(s.Section) is SectionKind.ExceptionFlows or SectionKind.AlternativeFlows or SectionKind.Extensions).ToList();
            if (rows.Count > 0)
            {
                md.Blank();
                md.Line("| Flow | What starts it (usecase.md) | How it ends (usecase.md) |");
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
    internal static List<(string Flow, string What, string Ending)> Failures(DocumentContext context, int index, IReadOnlyList<string> statuses)
    {
        var useCase = context.UseCases[index];
        var outcomes = context.OutcomesOf(index);
        var rows = new List<(string, string, string)>();
        var basicFailure = OutcomeReader.BasicFlowFailure(useCase);
        if (basicFailure.Length > 0)
        {
            // What starts it is the step that turns away ("3. EnvGene detects invalid folder structure."); the
            // stated result ("Environment creation fails …") is how it ends.
            var turn = OutcomeReader.TurningStep(useCase);
            rows.Add(("basic flow (" + FlowText.BasicSpan(useCase) + ")",
                turn is null ? "the basic flow" : "step " + turn.Number + ": " + turn.Text.Trim(),
                "ends in failure: " + basicFailure));
        }

        foreach (var step in OutcomeReader.FailingConditionalSteps(useCase))
        {
            rows.Add(("step " + step.Number, step.Text.Trim(), "as the step states"));
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
            // Every flow is listed, a detour to the goal as much as a rejection: which is a failure, its own words say
            // ("the file is still created", "warning, not an error"), not the package's reading of its trigger.
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
            rows.Add((note.Length > 0 ? branch.Id + " (" + note + ")" : branch.Id, said.Length > 0 ? said : FlowText.BranchLabel(branch), Ending(branch, outcome, statuses)));
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

    private static string Ending(UseCaseBranch branch, FlowOutcome outcome, IReadOnlyList<string> statuses) =>
        OutcomeReader.EarlierWayBack(branch) is > 0 and var back && outcome is not (FlowOutcome.Rejoins or FlowOutcome.RejoinsOrEnds)
            ? FlowText.ToStep(branch, back) + ", or " + LastWay(branch, outcome, statuses)
            : LastWay(branch, outcome, statuses);

    /// <summary>
    /// How a flow ends: the step it goes back to where it names one, otherwise its last words quoted with their line
    /// ("The use case ends in failure.", "the request stays Ready", "the other files are kept"); no Success or Failure
    /// read from its other words.
    /// </summary>
    private static string LastWay(UseCaseBranch branch, FlowOutcome outcome, IReadOnlyList<string> statuses) => outcome switch
    {
        FlowOutcome.Rejoins when OutcomeReader.ContinueStep(branch) > 0 || OutcomeReader.BackToStart(branch) => GoesBack(branch),
        FlowOutcome.RejoinsOrEnds when OutcomeReader.ContinueStep(branch) > 0 => GoesBack(branch) + " or ends",
        _ => LastWords(branch, statuses),
    };

    private const int MaxEnding = 240;

    /// <summary>Words by which a sentence says where a flow ends or goes on ("the use case ends", "stays Ready", "volta ao passo 3").</summary>
    private static readonly string[] s_endingWords =
    {
        "=end", "=ends", "=ended", "back to", "return to", "returns to", "=resume", "=resumes", "=continue", "=continues", "=stays", "=remains", "goes to",
        "moves to", "is closed", "=still", "=abort", "=aborts", "=stops", "=terminate", "=terminates", "=termina", "=finaliza", "=encerra", "=volta", "=vuelve",
        "=retorna", "=regresa", "=continua", "=continúa", "=prossegue", "=permanece", "=segue", "pasa a", "passa para", "終了", "戻る", "종료",
    };

    /// <summary>
    /// The flow's words that say how it ends, quoted with their line: the last sentence of its steps (or of its one-line
    /// text after the condition) that says where it ends or goes on, else its last sentence.
    /// </summary>
    internal static string LastWords(UseCaseBranch branch, IReadOnlyList<string> statuses)
    {
        var sentences = new List<(string Text, int Line)>();
        var open = (Quoted: false, Low: false);
        void Add(string text, SourcePosition position)
        {
            foreach (var sentence in Texts.Sentences(text))
            {
                if (sentence.Trim().Length == 0)
                {
                    continue;
                }

                // A quotation cut at a full stop inside it («… la identificación. Inténtelo más tarde» y finaliza …),
                // in one step or across two, is joined again: a quoted message is one piece of its sentence. The
                // balance is kept as pieces are added, and a joined sentence stops growing at a quotation's length.
                if (sentences.Count > 0 && open.Quoted && sentences[sentences.Count - 1].Text.Length < MaxQuotation)
                {
                    var (before, line) = sentences[sentences.Count - 1];
                    sentences[sentences.Count - 1] = (before + " " + sentence.Trim(), line);
                    open = Balance(sentence, open);
                }
                else
                {
                    sentences.Add((sentence.Trim(), position.Line));
                    open = Balance(sentence, (false, false));
                }
            }
        }

        foreach (var step in branch.Steps)
        {
            Add(step.Text, step.Position);
        }

        // An ending the package gave a restated flow ("End of Fluxo Alternativo A") is not quoted: its last step is.
        var written = BranchEnding.WrittenText(branch);
        if (written.Trim().Length > 0 && !sentences.Any(x => EndsWith(x.Text, written)))
        {
            Add(written, branch.Ending.Position);
        }

        if (sentences.Count == 0)
        {
            // A flow written as one line ("No decision after 3 business days: a reminder is sent to the approver"): what
            // follows its condition is how it goes on; a bare condition states no ending.
            var condition = OutcomeReader.Trigger(branch).Trim();
            var colon = condition.IndexOf(": ", StringComparison.Ordinal);
            var first = Texts.Sentences(condition).FirstOrDefault()?.Trim() ?? string.Empty;
            var rest = colon > 0 && colon < first.Length ? condition.Substring(colon + 2)
                : first.Length > 0 && first.Length < condition.Length && condition.IndexOf(first, StringComparison.Ordinal) is var at and >= 0 ? condition.Substring(at + first.Length) : string.Empty;
            if (rest.Trim().Length == 0)
            {
                return "not stated (the flow states only what starts it)";
            }

            Add(rest.TrimStart('.', ':', ';', ' '), branch.Position);
        }

        if (sentences.Count == 0)
        {
            // "2b. The bank times out: ." — nothing after the condition but punctuation.
            return "not stated (the flow states only what starts it)";
        }

        var said = sentences.LastOrDefault(x => Keywords.Any(x.Text, s_endingWords) || StatusMentions.Find(x.Text, statuses).Count > 0);
        var (last, line) = said.Text is null ? sentences[sentences.Count - 1] : said;
        return "\"" + Common.TextClip.Clip(last, MaxEnding) + "\"" + (line > 0 ? " (line " + line.ToString(CultureInfo.InvariantCulture) + ")" : string.Empty);
    }

    /// <summary>"… el sistema muestra … y finaliza el caso de uso" ends with the ending "Finaliza el caso de uso" (any case, as a whole word).</summary>
    private static bool EndsWith(string sentence, string ending)
    {
        var s = sentence.Trim().TrimEnd('.', ' ');
        var e = ending.Trim().TrimEnd('.', ' ');
        return e.Length > 0 && s.EndsWith(e, StringComparison.OrdinalIgnoreCase) && (s.Length == e.Length || !char.IsLetterOrDigit(s[s.Length - e.Length - 1]));
    }

    private const int MaxQuotation = 1000;

    /// <summary>Whether a quotation is still open after <paramref name="piece"/>, from <paramref name="open"/> before it (read as sentences are).</summary>
    private static (bool Quoted, bool Low) Balance(string piece, (bool Quoted, bool Low) open)
    {
        foreach (var c in piece)
        {
            if (Texts.IsQuoteMark(c))
            {
                open = Texts.QuoteAfter(c, open.Quoted, open.Low);
            }
        }

        return open;
    }

    /// <summary>Where a branch that rejoins goes back to; read only for those (its words are read again for each).</summary>
    private static string GoesBack(UseCaseBranch branch)
    {
        var back = OutcomeReader.ContinueStep(branch);
        return back > 0 ? FlowText.ToStep(branch, back) : OutcomeReader.BackToStart(branch) ? "back to the start" : "continues";
    }
}
