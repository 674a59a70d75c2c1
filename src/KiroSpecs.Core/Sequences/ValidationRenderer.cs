using System.Collections.Generic;
using System.Linq;

namespace KiroSpecs.Core.Sequences;

/// <summary>"## Data Validation Points": where usecase.md validates input, applies business rules and constrains stored data.</summary>
internal static class ValidationRenderer
{
    public static void Render(MarkdownBuilder md, DocumentContext context)
    {
        md.Heading(2, "Data Validation Points");
        for (var i = 0; i < context.UseCases.Count; i++)
        {
            var useCase = context.UseCases[i];
            var participants = context.Participants[i];
            var frontend = new List<string>();
            var input = new List<string>();
            foreach (var (reference, step, interaction) in context.InteractionsOf(i))
            {
                if (!Keywords.Any(step.Text, Keywords.Validation))
                {
                    continue;
                }

                var line = reference + ": " + step.Text;
                if ((interaction.From.Kind == ParticipantKind.Actor && interaction.From.IsPerson) || Keywords.Any(step.Text, Keywords.Frontend))
                {
                    frontend.Add(line);
                }
                else
                {
                    input.Add(line);
                }
            }

            foreach (var branch in useCase.Branches)
            {
                if (Keywords.Any(branch.Condition + " " + branch.Title, Keywords.Validation))
                {
                    input.Add(branch.Id + ": " + (branch.Condition.Length > 0 ? branch.Condition : branch.Title));
                }
            }

            var rules = useCase.BusinessRules
                .Where(r => Keywords.Any(r.Text, Keywords.RuleWords))
                .Select(r => (r.Label.Length > 0 ? r.Label + ": " : string.Empty) + r.Text)
                .ToList();
            var constraints = useCase.DataElements
                .Where(d => d.Name.Length > 0 && Keywords.Any(d.Description + " " + d.Type, Keywords.DatabaseConstraints))
                .Select(d => d.Name + ": " + d.Description)
                .ToList();

            md.Heading(3, MarkdownText.Escape(PrimarySequencesRenderer.Title(useCase, i)));
            md.Blank();
            Group(md, "Frontend validation", frontend);
            Group(md, "API input validation", input);
            Group(md, "Business rule validation", rules);
            Group(md, "Database constraints", constraints);
        }
    }

    private static void Group(MarkdownBuilder md, string name, List<string> items)
    {
        if (items.Count == 0)
        {
            md.Line("- **" + name + "**: not specified in usecase.md");
            return;
        }

        md.Line("- **" + name + "**:");
        foreach (var item in items.Distinct())
        {
            md.Line("  - " + MarkdownText.Escape(item));
        }
    }
}
