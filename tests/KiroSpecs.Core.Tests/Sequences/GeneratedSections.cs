using KiroSpecs.Core.Sequences;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>Generates <c>sequence.md</c> from a document written for a test and cuts one of its "## " sections out.</summary>
internal static class GeneratedSections
{
    public static string Generate(string name, string text) =>
        SequenceGenerator.Generate(new SequenceGenerationInput(name, text, "usecase.md", TranslationOptions.Default)).Markdown;

    /// <summary>The section "## <paramref name="heading"/>" up to the next "## " heading.</summary>
    public static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf("## " + heading, System.StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), heading);
        var end = markdown.IndexOf("\n## ", start + 3, System.StringComparison.Ordinal);
        return end < 0 ? markdown.Substring(start) : markdown.Substring(start, end - start);
    }
}
