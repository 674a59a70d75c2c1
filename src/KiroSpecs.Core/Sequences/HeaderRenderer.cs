using System;
using System.Globalization;
using System.Linq;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>The document header exactly as the workflow's sequence step shows it: title, Overview, Diagram Legend.</summary>
internal static class HeaderRenderer
{
    public static void Render(MarkdownBuilder md, DocumentContext context, int errorFlows)
    {
        md.Line("# Sequence Diagrams: " + MarkdownText.Escape(FeatureTitle(context.Document.Title, context.FeatureName)));
        md.Heading(2, "Overview");
        md.Line("Detailed interaction flows for all use cases defined in usecase.md");
        var useCases = context.UseCases.Count;
        var steps = context.UseCases.Sum(u => u.Steps.Count);
        md.Block(string.Format(
            CultureInfo.InvariantCulture,
            "{0} {1}, {2} basic-flow {3}, {4} error-flow {5}. Message numbers are the step numbers of usecase.md; sub-steps and alternative-flow steps carry their own number in the text.",
            useCases,
            useCases == 1 ? "use case" : "use cases",
            steps,
            steps == 1 ? "step" : "steps",
            errorFlows,
            errorFlows == 1 ? "diagram" : "diagrams"));
        md.Heading(2, "Diagram Legend");
        md.Line("- Solid arrow (->): Synchronous call");
        md.Line("- Dashed arrow (-->): Asynchronous response");
        md.Line("- Note: Internal processing");
        md.Line("- Alt/Else: Conditional flow");
        md.Line("- Loop: Repeated operations");
        md.Line("- Par: Parallel processing");
    }

    /// <summary>"Use Case Document: X" → "X"; a plain title as written; else the feature folder name.</summary>
    internal static string FeatureTitle(string title, string featureName)
    {
        var t = Texts(title);
        var colon = t.IndexOfAny(new[] { ':', '：' });
        if (colon > 0)
        {
            var prefix = t.Substring(0, colon).ToLowerInvariant();
            if (prefix.Contains("use case") || prefix.Contains("usecase") || prefix.Contains("use-case") || prefix.Contains("ユースケース") || prefix.Contains("specification"))
            {
                t = t.Substring(colon + 1).Trim();
            }
        }

        if (TextPatternsUseCase(t))
        {
            t = string.Empty;
        }

        if (t.Length == 0)
        {
            t = featureName?.Trim() ?? string.Empty;
        }

        return t.Length == 0 ? "Feature" : t;
    }

    private static bool TextPatternsUseCase(string t) => t.Length > 0 && UseCaseTitle.IsUseCaseHeading(t);

    private static string Texts(string text) => (text ?? string.Empty).Replace('\n', ' ').Trim();
}
