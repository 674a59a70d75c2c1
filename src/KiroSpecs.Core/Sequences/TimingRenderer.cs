using System.Collections.Generic;

namespace KiroSpecs.Core.Sequences;

/// <summary>"## Timing Constraints": performance figures and timeouts/TTLs/rates quoted from usecase.md, with their source.</summary>
internal static class TimingRenderer
{
    public static void Render(MarkdownBuilder md, DocumentContext context)
    {
        var performance = new List<string>();
        var timeouts = new List<string>();
        for (var i = 0; i < context.UseCases.Count; i++)
        {
            var useCase = context.UseCases[i];
            var prefix = UseCaseRef(useCase, i);
            foreach (var item in context.SourceItemsOf(i))
            {
                var timeoutish = Keywords.Any(item.Text, Keywords.Timeoutish) || Keywords.Any(item.Reference, Keywords.Timeoutish);
                var duration = Durations.Contains(item.Text);
                var line = "- " + MarkdownText.Escape(prefix + " " + item.Reference + ": " + item.Display);
                if (timeoutish && (duration || HasDigit(item.Text)))
                {
                    Add(timeouts, line);
                }
                else if (duration && (item.Kind is SourceItemKind.Requirement or SourceItemKind.BusinessRule
                    || Keywords.Any(item.Text, Keywords.Performance)))
                {
                    Add(performance, line);
                }
            }
        }

        md.Heading(2, "Timing Constraints");
        md.Heading(3, "Performance Requirements");
        Lines(md, performance, "Not specified in usecase.md.");
        md.Heading(3, "Timeout Settings");
        Lines(md, timeouts, "Not specified in usecase.md.");
    }

    internal static string UseCaseRef(UseCases.UseCase useCase, int index) =>
        useCase.Id.Length > 0 ? useCase.Id : "Use case " + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal static void Lines(MarkdownBuilder md, List<string> lines, string empty)
    {
        if (lines.Count == 0)
        {
            md.Block(empty);
            return;
        }

        md.Blank();
        foreach (var line in lines)
        {
            md.Line(line);
        }
    }

    private static void Add(List<string> list, string line)
    {
        if (!list.Contains(line))
        {
            list.Add(line);
        }
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
