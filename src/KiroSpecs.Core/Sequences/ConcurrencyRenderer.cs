using System.Collections.Generic;
using System.Linq;
using KiroSpecs.Core.UseCases;

using KiroSpecs.Core.Interactions;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// "## Concurrency Handling": for each use case whose requirements, rules or steps speak of concurrency, the
/// statements and a <c>par</c> diagram of the initiating request arriving concurrently.
/// </summary>
internal static class ConcurrencyRenderer
{
    public static void Render(MarkdownBuilder md, DocumentContext context)
    {
        md.Heading(2, "Concurrency Handling");
        var any = false;
        for (var i = 0; i < context.UseCases.Count; i++)
        {
            var useCase = context.UseCases[i];
            var participants = context.Participants[i];
            var cues = context.SourceItemsOf(i).Where(item => Keywords.Any(item.Text, Keywords.Concurrency)).ToList();
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
                md.Line("- " + MarkdownText.Escape(cue.Reference + ": " + cue.Display));
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

    private static string Diagram(UseCase useCase, InteractionModel participants, List<SourceItem> cues)
    {
        // Steps written "in parallel" with sub-steps are already drawn as par blocks in the success flow.
        if (useCase.Steps.Count == 0 || participants.Initiator is null
            || !cues.Any(c => c.Kind is SourceItemKind.Requirement or SourceItemKind.BusinessRule or SourceItemKind.Precondition))
        {
            return string.Empty;
        }

        var first = participants.For(useCase.Steps[0].Text, useCase.Steps[0].Actor);
        if (first.Kind != InteractionKind.Call || !ReferenceEquals(first.From, participants.Initiator))
        {
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
