using System.Collections.Generic;
using System.Linq;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// "## Critical Path": per use case, which steps are synchronous calls (solid arrows; the dashed replies are their
/// answers, not operations of their own), asynchronous,
/// cacheable and transactional, as far as usecase.md says.
/// </summary>
internal static class CriticalPathRenderer
{
    private const string NotSpecified = "none specified in usecase.md";

    public static void Render(MarkdownBuilder md, DocumentContext context)
    {
        md.Heading(2, "Critical Path");
        for (var i = 0; i < context.UseCases.Count; i++)
        {
            var useCase = context.UseCases[i];
            var participants = context.Participants[i];
            var steps = context.InteractionsOf(i);
            var sync = new List<string>();
            var async = new List<string>();
            var cacheable = new List<string>();
            var transactional = new List<string>();
            foreach (var (reference, step, interaction) in steps)
            {
                // One kind per step: a reference already placed (the same text met twice) keeps its first kind.
                if (Keywords.Any(step.Text, Keywords.Async))
                {
                    if (!sync.Contains(reference))
                    {
                        async.Add(reference);
                    }
                }
                else if (interaction.Kind == InteractionKind.Call && step.Ordinal > 0 && !async.Contains(reference))
                {
                    sync.Add(reference);
                }

                if (Keywords.Any(step.Text, Keywords.Cache))
                {
                    cacheable.Add(reference);
                }

                if (Keywords.Any(step.Text, Keywords.Transaction)
                    || (interaction.To.Name == "Database" && Keywords.Any(step.Text, Keywords.Writes)))
                {
                    transactional.Add(reference);
                }
            }

            foreach (var item in context.SourceItemsOf(i).Where(s => s.Kind is SourceItemKind.BusinessRule or SourceItemKind.Requirement or SourceItemKind.Alternative))
            {
                // A rule or requirement is cited with its words: its label alone says nothing of what is cached.
                var cited = item.Reference + " (\"" + TimingRenderer.Quote(item.Text, 0, 0) + "\")";
                if (Keywords.Any(item.Text, Keywords.Cache) && !cacheable.Any(c => c.StartsWith(item.Reference + " ", System.StringComparison.Ordinal)))
                {
                    cacheable.Add(cited);
                }

                if (Keywords.Any(item.Text, Keywords.Transaction))
                {
                    transactional.Add(cited);
                }
            }

            md.Heading(3, MarkdownText.Escape(PrimarySequencesRenderer.Title(useCase, i)));
            md.Blank();
            md.Line("- **Synchronous operations**: " + List(sync));
            md.Line("- **Asynchronous operations**: " + List(async));
            md.Line("- **Cacheable operations**: " + List(cacheable));
            md.Line("- **Transactional boundaries**: " + List(transactional));
        }
    }

    private static string List(List<string> references) =>
        references.Count == 0 ? NotSpecified : MarkdownText.Escape(string.Join(", ", references.Distinct()));
}
