using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using KiroSpecs.Core.Sequences;
using KiroSpecs.Core.UseCases;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// Over every golden input: each numbered basic-flow step's own words (escaped, minus its subject) appear in
/// its use case's success diagram, and each exception flow has its error-flow heading.
/// </summary>
[TestFixture]
internal sealed class CoverageTests
{
    private static readonly char[] s_cutAfter = { ' ', ':', '：', 'が', 'は', '、' };

    [Test]
    public void EveryBasicStep_AppearsInItsSuccessDiagram_AndEveryExceptionHasAnErrorFlow()
    {
        // arrange
        var total = 0;
        var covered = 0;
        var missing = new List<string>();
        var missingErrorFlows = new List<string>();
        foreach (var folder in Directory.GetDirectories(GoldenTests.GoldenRoot()).OrderBy(f => f, StringComparer.Ordinal))
        {
            var text = File.ReadAllText(Path.Combine(folder, "usecase.md"));
            var document = UseCaseParser.Parse(text, "usecase.md");

            // act
            var markdown = SequenceGenerator.Generate(new SequenceGenerationInput("f", text, "usecase.md", TranslationOptions.Default)).Markdown;

            var sequences = Regex.Split(markdown, @"\n### Sequence \d+: ").Skip(1).ToList();
            for (var i = 0; i < document.UseCases.Count; i++)
            {
                var useCase = document.UseCases[i];
                var section = i < sequences.Count ? sequences[i] : string.Empty;
                var successStart = section.IndexOf("#### Success Flow", StringComparison.Ordinal);
                var successEnd = section.IndexOf("#### Error Flow", StringComparison.Ordinal);
                var success = successStart < 0 ? string.Empty : Normalize(successEnd > successStart ? section.Substring(successStart, successEnd - successStart) : section.Substring(successStart));
                foreach (var step in useCase.Steps.Where(s => s.Ordinal > 0))
                {
                    total++;
                    if (Appears(step.Text, success))
                    {
                        covered++;
                    }
                    else
                    {
                        missing.Add(Path.GetFileName(folder) + " " + useCase.DisplayName + " step " + step.Number + ": " + step.Text);
                    }
                }

                foreach (var branch in useCase.Branches.Where(b => b.Kind == BranchKind.Exception))
                {
                    if (!section.Contains("#### Error Flow - " + MarkdownText.Escape(branch.Title.Length > 0 ? branch.Id + " " + branch.Title : branch.Id), StringComparison.Ordinal))
                    {
                        missingErrorFlows.Add(Path.GetFileName(folder) + " " + useCase.DisplayName + " " + branch.Id);
                    }
                }
            }
        }

        // assert
        var ratio = total == 0 ? 1.0 : covered / (double)total;
        TestContext.Out.WriteLine($"basic-flow steps in success diagrams: {covered}/{total} ({ratio:P1})");
        foreach (var line in missing)
        {
            TestContext.Out.WriteLine("missing: " + line);
        }

        Assert.That(total, Is.GreaterThan(50));
        Assert.That(ratio, Is.GreaterThanOrEqualTo(0.95), string.Join("\n", missing));
        Assert.That(missingErrorFlows, Is.Empty);
    }

    /// <summary>The step text, or its tail after a subject ("System …", "User: …", "社員が…"), escaped as in the diagram.</summary>
    private static bool Appears(string text, string diagram)
    {
        var limit = Math.Min(text.Length, 60);
        for (var cut = 0; cut < limit; cut++)
        {
            if (cut > 0 && Array.IndexOf(s_cutAfter, text[cut - 1]) < 0)
            {
                continue;
            }

            var tail = text.Substring(cut).Trim();
            if (tail.Length >= Math.Max(3, text.Length * 4 / 10) && diagram.Contains(Normalize(MermaidText.Escape(tail)), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Normalize(string text) => Regex.Replace(text.Replace("<br>", " "), @"\s+", " ");
}
