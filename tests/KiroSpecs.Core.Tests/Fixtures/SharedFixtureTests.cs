using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using KiroSpecs.Core.Sequences;
using KiroSpecs.Testing;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Fixtures;

/// <summary>
/// Real use-case documents written outside this project (../shared/fixtures beside the
/// repository), read at test time and never copied into it. Without that folder (a clone on its
/// own) the test is skipped, and the skip names the folder; a folder without any fixture fails.
/// </summary>
public sealed class SharedFixtureTests
{
    private static IEnumerable<string> FixtureFolders() => SharedDocuments.Folders("fixtures");

    [TestCaseSource(nameof(FixtureFolders))]
    public void Fixture_GetsASequencePerUseCase_AnErrorFlowPerExceptionFlow_AndValidMermaid(string folder)
    {
        SharedDocuments.SkipWhenMissing(folder, "the shared fixtures are");

        // arrange
        var path = Path.Combine(folder, "usecase.md");
        var text = File.ReadAllText(path);
        var useCases = Regex.Count(text, @"^###\s+UC-\d+", RegexOptions.Multiline);
        var exceptionFlows = Regex.Count(text, @"^#####\s+EF-[\d.]+", RegexOptions.Multiline);

        // act
        var result = SequenceGenerator.Generate(new SequenceGenerationInput(Path.GetFileName(folder), text, path, TranslationOptions.Default));

        // assert
        Assert.That(result.UseCaseCount, Is.EqualTo(useCases));
        var primary = result.Markdown.Substring(0, result.Markdown.IndexOf("\n## Data Flow Details", System.StringComparison.Ordinal));
        Assert.That(Regex.Count(primary, @"^### Sequence \d+: UC-\d+", RegexOptions.Multiline), Is.EqualTo(useCases));
        Assert.That(Regex.Count(result.Markdown, @"^#### Error Flow - ", RegexOptions.Multiline), Is.GreaterThanOrEqualTo(exceptionFlows));
        var output = Path.Combine(RepoPaths.ArtifactsDir(Path.Combine("mermaid-inputs", "shared-fixtures")), Path.GetFileName(folder) + ".md");
        File.WriteAllText(output, result.Markdown);
        MermaidChecker.AssertValid(output);
    }
}
