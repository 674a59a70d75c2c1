using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using KiroSpecs.Core.Sequences;
using KiroSpecs.Testing;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// One test per folder under Golden/: usecase.md → expected.model.txt (the use-case and interaction model in
/// its readable form: review a reading change here first), expected.sequence.md and expected.diagnostics.txt.
/// Set KIROSPECS_UPDATE_GOLDEN=1 to rewrite the expected files instead of comparing (see Golden/README.md);
/// under CI=true the variable fails every golden test instead.
/// Every generated document is also written to artifacts/mermaid-inputs/core-golden/ for the Mermaid check.
/// </summary>
[TestFixture]
public sealed class GoldenTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        CaseSources.NotEmpty(
            Directory.GetDirectories(GoldenRoot())
                .Select(Path.GetFileName)
                .OrderBy(n => n, StringComparer.Ordinal)
                .Select(n => new TestCaseData(n).SetName("Golden_" + n)),
            GoldenRoot());

    /// <summary>
    /// True when KIROSPECS_UPDATE_GOLDEN=1 asks for the expected files to be rewritten. Under CI=true
    /// any value of it throws: a run that rewrites its expectations passes whatever the generator
    /// writes, and a CI run must compare.
    /// </summary>
    /// <param name="environment">Reads an environment variable (null when unset).</param>
    /// <exception cref="InvalidOperationException">KIROSPECS_UPDATE_GOLDEN is set and CI is true.</exception>
    internal static bool UpdateRequested(Func<string, string?> environment)
    {
        var update = environment("KIROSPECS_UPDATE_GOLDEN");
        if (string.IsNullOrEmpty(update))
        {
            return false;
        }

        if (string.Equals(environment("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"KIROSPECS_UPDATE_GOLDEN={update} is set under CI=true: the golden tests would rewrite their expected files "
                + "and pass whatever the generator writes. Unset it; expected files are refreshed locally (Golden/README.md).");
        }

        return update == "1";
    }

    [TestCaseSource(nameof(Cases))]
    public void GeneratedDocument_MatchesGolden(string name)
    {
        // arrange
        var folder = Path.Combine(GoldenRoot(), name);
        var text = File.ReadAllText(Path.Combine(folder, "usecase.md"));
        var input = new SequenceGenerationInput(name, text, "/specs/" + name + "/usecase.md", TranslationOptions.Default);

        // act
        var result = SequenceGenerator.Generate(input);
        var model = SequenceGenerator.DescribeModel(input);
        var diagnostics = string.Concat(result.Diagnostics.Select(d => d.Code + " " + d.Line + "," + d.Column + "\n"));

        // assert
        WriteMermaidInput(name, result.Markdown);
        var expectedSequence = Path.Combine(folder, "expected.sequence.md");
        var expectedDiagnostics = Path.Combine(folder, "expected.diagnostics.txt");
        var expectedModel = Path.Combine(folder, "expected.model.txt");
        if (UpdateRequested(Environment.GetEnvironmentVariable))
        {
            File.WriteAllText(expectedModel, model, new UTF8Encoding(false));
            File.WriteAllText(expectedSequence, result.Markdown, new UTF8Encoding(false));
            File.WriteAllText(expectedDiagnostics, diagnostics, new UTF8Encoding(false));
            Assert.Pass("Golden files rewritten.");
        }

        Assert.That(model, Is.EqualTo(Normalize(File.ReadAllText(expectedModel))), "model of " + name);
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
