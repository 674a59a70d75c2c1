using System.Collections.Generic;
using System.Linq;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// "## Error Scenario Coverage": for each sequence, the exception/alternative flows and rules that cover
/// authentication, authorization, validation, database, timeout, unavailability and rate limiting.
/// </summary>
internal static class ErrorCoverageRenderer
{
    public static void Render(MarkdownBuilder md, DocumentContext context)
    {
        md.Heading(2, "Error Scenario Coverage");
        for (var i = 0; i < context.UseCases.Count; i++)
        {
            var useCase = context.UseCases[i];
            var items = context.SourceItemsOf(i)
                .Where(s => s.Kind is SourceItemKind.Exception or SourceItemKind.Alternative or SourceItemKind.BusinessRule or SourceItemKind.Requirement)
                .ToList();
            md.Heading(3, "Sequence " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + MarkdownText.Escape(PrimarySequencesRenderer.Title(useCase, i)));
            md.Blank();
            md.Line("| Scenario | Covered by |");
            md.Line("| --- | --- |");
            foreach (var category in CoverageCategory.All)
            {
                var covering = new List<string>();
                foreach (var item in items)
                {
                    if (Keywords.Any(item.Text, category.Keywords) || Keywords.Any(item.Reference, category.Keywords))
                    {
                        covering.Add(Cite(item));
                    }
                }

                var cell = covering.Count == 0 ? "not specified in usecase.md" : string.Join("; ", covering.Distinct());
                md.Line("| " + category.Name + " | " + MarkdownText.Escape(cell) + " |");
            }

            var same = useCase.SameAs.Where(s => UseCases.SectionClassifier.Classify(s.Section) == UseCases.SectionKind.ExceptionFlows).ToList();
            foreach (var s in same)
            {
                md.Block(MarkdownText.Escape("Exception flows are the same as " + s.UseCaseId + "; see its table."));
            }
        }
    }

    private static string Cite(SourceItem item)
    {
        var kind = item.Kind switch
        {
            SourceItemKind.Exception => "exception flow",
            SourceItemKind.Alternative => "alternative flow",
            SourceItemKind.BusinessRule => "business rule",
            _ => "requirement",
        };
        var text = item.Display;
        return item.Reference + " (" + kind + "): " + text;
    }
}
