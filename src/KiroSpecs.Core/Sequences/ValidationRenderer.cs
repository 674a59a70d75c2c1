using System.Collections.Generic;
using System.Linq;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>"## Data Validation Points": where usecase.md validates input, applies business rules and constrains stored data.</summary>
internal static class ValidationRenderer
{
    public static void Render(MarkdownBuilder md, DocumentContext context)
    {
        md.Heading(2, "Data Validation Points");
        var whole = SourceItems.OfDocument(context.Document).Where(r => Keywords.Any(r.Text, Keywords.RuleWords) || Keywords.Any(r.Text, Keywords.Validation)).ToList();
        if (whole.Count > 0)
        {
            md.Heading(3, "Whole Document (applies to every use case)");
            md.Blank();
            foreach (var rule in whole)
            {
                md.Line("- " + MarkdownText.Escape(rule.Reference + ": " + rule.Text));
            }
        }

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

                // A person entering, ticking or clicking is not validation: only the system (or a component) checks data.
                if (interaction.From.IsPerson)
                {
                    continue;
                }

                var line = reference + ": " + step.Text;
                (Keywords.Any(step.Text, Keywords.Frontend) ? frontend : input).Add(line);
            }

            foreach (var branch in useCase.Branches)
            {
                var trigger = OutcomeReader.Trigger(branch);
                if (Keywords.Any(trigger, Keywords.Validation) && FailureWords.LooksLikeFailure(trigger))
                {
                    input.Add(branch.Id + " (input rejected): " + trigger);
                }
            }

            var rules = useCase.BusinessRules
                .Where(r => Keywords.Any(r.Text, Keywords.RuleWords))
                .Select(r => (r.Label.Length > 0 ? r.Label + ": " : string.Empty) + r.Text)
                .ToList();
            foreach (var same in useCase.SameAs.Where(s => SectionClassifier.Classify(s.Section) == SectionKind.BusinessRules))
            {
                rules.Add(same.Section + ": same as " + same.UseCaseId + " (see its rules)");
            }
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
