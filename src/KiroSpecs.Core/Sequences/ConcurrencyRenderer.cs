using System.Collections.Generic;
using System.Linq;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.UseCases;

using KiroSpecs.Core.Interactions;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// "## Concurrency Handling": for each use case whose requirements, rules or steps speak of concurrency, the
/// statements and a <c>par</c> diagram of the initiating request arriving concurrently.
/// </summary>
internal static partial class ConcurrencyRenderer
{
    /// <summary>A rule on concurrency is quoted whole up to this length: its exception is often its last sentence.</summary>
    private const int MaxQuote = 1200;

    public static void Render(MarkdownBuilder md, DocumentContext context)
    {
        md.Heading(2, "Concurrency Handling");
        var any = false;
        // Every paragraph under a heading about concurrency ("## Concurrency"), and elsewhere those that speak of it.
        var document = SourceItems.OfDocument(context.Document).Where(item => Keywords.Any(item.Text, s_proseConcurrency) || Keywords.Any(item.Reference, s_proseConcurrency)).ToList();
        if (document.Count > 0)
        {
            // "Version numbers: one per claim, incremented by every save": written for the whole document.
            any = true;
            md.Heading(3, "Whole document");
            md.Blank();
            foreach (var cue in document.Take(50))
            {
                md.Line("- " + MarkdownText.Escape(cue.Reference + ": " + TextClip.Clip(cue.Display, MaxQuote)));
            }
        }

        for (var i = 0; i < context.UseCases.Count; i++)
        {
            var useCase = context.UseCases[i];
            var participants = context.Participants[i];
            // Every statement of the use case, its prose and notes included ("The Workbench uses optimistic locking"),
            // and every paragraph and item of a section of it about concurrency ("### Concurrency").
            var cues = context.StatementsOf(i).Where(item => item.Kind is not (SourceItemKind.Alternative or SourceItemKind.Exception) || item.Text.Length > 0)
                .Where(item => Keywords.Any(item.Text, item.Kind == SourceItemKind.Note ? s_proseConcurrency : Keywords.Concurrency)
                    || (item.Kind == SourceItemKind.Note && Keywords.Any(item.Reference, s_proseConcurrency))).Take(50).ToList();
            var written = useCase.Written is { } drawn ? WrittenFacts.Parallel(drawn) : new List<string>();
            if (cues.Count == 0 && written.Count == 0)
            {
                continue;
            }

            any = true;
            md.Heading(3, MarkdownText.Escape(PrimarySequencesRenderer.Title(useCase, i)));
            md.Blank();
            foreach (var cue in cues)
            {
                md.Line("- " + MarkdownText.Escape(cue.Reference + ": " + TextClip.Clip(cue.Display, MaxQuote)));
            }

            foreach (var line in written)
            {
                md.Line("- " + MarkdownText.Escape("written diagram, " + line));
            }

            var diagram = Diagram(useCase, participants, cues);
            if (diagram.Length > 0)
            {
                md.Block(diagram);
            }
        }

        if (!any)
        {
            md.Block("Not specified in usecase.md.");
        }

        context.NoteUnread(md);
    }

    /// <summary>Prose says "two parallel fee schedules" of the domain: there only the words of shared work count.</summary>
    private static readonly string[] s_proseConcurrency = Keywords.Concurrency.Where(k => k is not ("parallel" or "並行" or "並列" or "simultâne" or "simultáne" or "simultaneous")).ToArray();

    private const string StepNumberPattern =
        @"\b(?:step|paso|passo|schritt)\s+(\d+)";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_stepNumber = StepNumberRegex();

    [System.Text.RegularExpressions.GeneratedRegex(StepNumberPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex StepNumberRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_stepNumber = new(StepNumberPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>True when the text names a step other than <paramref name="first"/> ("… recorded in step 6").</summary>
    private static bool NamesALaterStep(string text, int first) =>
        TextPatterns.SafeMatch(s_stepNumber, text) is { } match && match.Groups[1].Value != first.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Diagram(UseCase useCase, InteractionModel participants, List<SourceItem> cues)
    {
        // Steps written "in parallel" with sub-steps are already drawn as par blocks in the success flow.
        if (useCase.Steps.Count == 0 || participants.Initiator is null
            || !cues.Any(c => c.Kind is SourceItemKind.Requirement or SourceItemKind.BusinessRule or SourceItemKind.Precondition))
        {
            return string.Empty;
        }

        var first = participants.For(useCase.Steps[0].Text, useCase.Steps[0].Actor);
        if (first.Kind != InteractionKind.Call || !ReferenceEquals(first.From, participants.Initiator)
            || cues.Any(c => NamesALaterStep(c.Text, useCase.Steps[0].Ordinal)))
        {
            // "Queue position is assigned … using the time the hold is recorded in step 6": the race is at that
            // step, not at the first request; no diagram is drawn rather than one of the wrong step.
            return string.Empty;
        }

        var writer = new SequenceDiagramWriter();
        writer.Open("par", "request A");
        writer.Step(first, 1, string.Empty);
        writer.Else("and", "request B");
        writer.Step(first, 1, string.Empty);
        writer.Close();
        writer.Note(participants.System, null, string.Join("\n", cues.Select(c => c.Reference + ": " + c.Display)));
        return writer.Render(new[] { participants.Initiator, participants.System });
    }
}
