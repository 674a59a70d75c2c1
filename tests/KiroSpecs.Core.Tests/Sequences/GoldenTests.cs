using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using KiroSpecs.Core.Sequences;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// One test per folder under Golden/: usecase.md → expected.sequence.md and expected.diagnostics.txt.
/// Set KIROSPECS_UPDATE_GOLDEN=1 to rewrite the expected files instead of comparing (see Golden/README.md).
/// Every generated document is also written to artifacts/mermaid-inputs/core-golden/ for the Mermaid check.
/// </summary>
[TestFixture]
public sealed class GoldenTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        Directory.GetDirectories(GoldenRoot())
            .Select(Path.GetFileName)
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n => new TestCaseData(n).SetName("Golden_" + n));

    [TestCaseSource(nameof(Cases))]
    public void GeneratedDocument_MatchesGolden(string name)
    {
        // arrange
        var folder = Path.Combine(GoldenRoot(), name);
        var text = File.ReadAllText(Path.Combine(folder, "usecase.md"));
        var input = new SequenceGenerationInput(name, text, "/specs/" + name + "/usecase.md", TranslationOptions.Default);

        // act
        var result = SequenceGenerator.Generate(input);
        var diagnostics = string.Concat(result.Diagnostics.Select(d => d.Code + " " + d.Line + "," + d.Column + "\n"));

        // assert
        WriteMermaidInput(name, result.Markdown);
        var expectedSequence = Path.Combine(folder, "expected.sequence.md");
        var expectedDiagnostics = Path.Combine(folder, "expected.diagnostics.txt");
        if (Environment.GetEnvironmentVariable("KIROSPECS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedSequence, result.Markdown, new UTF8Encoding(false));
            File.WriteAllText(expectedDiagnostics, diagnostics, new UTF8Encoding(false));
            Assert.Pass("Golden files rewritten.");
        }

        Assert.That(result.Markdown, Is.EqualTo(Normalize(File.ReadAllText(expectedSequence))), "sequence.md of " + name);
        Assert.That(diagnostics, Is.EqualTo(Normalize(File.ReadAllText(expectedDiagnostics))), "diagnostics of " + name);
    }

    [TestCaseSource(nameof(Cases))]
    public void GeneratedDocument_IsDeterministicAndClean(string name)
    {
        // arrange
        var text = File.ReadAllText(Path.Combine(GoldenRoot(), name, "usecase.md"));
        var input = new SequenceGenerationInput(name, text, "usecase.md", TranslationOptions.Default);
        var crlf = input with { UseCaseText = "\uFEFF" + text.Replace("\n", "\r\n") };

        // act
        var first = SequenceGenerator.Generate(input).Markdown;
        var second = SequenceGenerator.Generate(input).Markdown;
        var fromCrlf = SequenceGenerator.Generate(crlf).Markdown;

        // assert
        Assert.That(second, Is.EqualTo(first));
        Assert.That(fromCrlf, Is.EqualTo(first));
        Assert.That(first, Does.Not.Contain("\r"));
        Assert.That(first.Split('\n').Where(l => l.Length > 0 && char.IsWhiteSpace(l[l.Length - 1])), Is.Empty);
        Assert.That(first, Does.EndWith("\n").And.Not.EndWith("\n\n"));
    }

    internal static string GoldenRoot() => Path.Combine(RepoRoot(), "tests", "KiroSpecs.Core.Tests", "Golden");

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KiroSpecs.Build.sln")))
        {
            dir = dir.Parent;
        }

        if (dir is null)
        {
            // Built with --artifacts-path outside the repository: fall back to the source file's location.
            dir = new DirectoryInfo(SourceDirectory());
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KiroSpecs.Build.sln")))
            {
                dir = dir.Parent;
            }
        }

        return dir?.FullName ?? throw new InvalidOperationException("KiroSpecs.Build.sln not found above the test directory.");
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? ".";

    private static void WriteMermaidInput(string name, string markdown)
    {
#if NETFRAMEWORK
        // The .NET run writes these; the byte comparison above proves this run's output is the same.
        return;
#else
        var dir = Path.Combine(RepoRoot(), "artifacts", "mermaid-inputs", "core-golden");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, name + ".md"), markdown, new UTF8Encoding(false));
#endif
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");
}
