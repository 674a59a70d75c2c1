using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using KiroSpecs.Core.UseCases;
using Markdig;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.UseCases;

/// <summary>
/// The nesting guard stops Markdig early on documents it would refuse anyway: with the guard, a document is
/// refused exactly when Markdig alone (the same extensions) refuses it, at every depth around Markdig's limit.
/// </summary>
public sealed class NestingGuardTests
{
    private static readonly MarkdownPipeline s_plain = new MarkdownPipelineBuilder().UsePipeTables().UseYamlFrontMatter().Build();

    /// <summary>Ways to nest n levels: on one line, across lines by indentation, and where nothing nests (code).</summary>
    private static readonly Dictionary<string, Func<int, string>> s_shapes = new()
    {
        ["bullets on one line"] = n => "# Doc\n\n" + Repeat("- ", n) + "item\n",
        ["stars on one line"] = n => "Text\n\n" + Repeat("* ", n) + "item\n",
        ["quotes on one line"] = n => "# Doc\n\n" + new string('>', n) + " quote\n",
        ["ordered on one line"] = n => "# Doc\n\n" + Repeat("1. ", n) + "step\n",
        ["quotes and bullets"] = n => "# Doc\n\n" + Repeat("> - ", n / 2) + "item\n",
        ["indented lists"] = n => "# Doc\n\n" + string.Concat(Enumerable.Range(0, n).Select(i => new string(' ', 2 * i) + "- level " + i + "\n")),
        ["indented, then a line"] = n => string.Concat(Enumerable.Range(0, n).Select(i => new string(' ', 3 * i) + "+ level " + i + "\n")) + "\nafter\n",
        ["inside a fence"] = n => "# Doc\n\n```\n" + Repeat("- ", n) + "item\n```\n",
        ["inside front matter"] = n => "---\ntitle: " + Repeat("- ", n) + "x\n---\n\n# Doc\n",
    };

    private static IEnumerable<TestCaseData> Cases() =>
        s_shapes.Keys.SelectMany(shape => new[] { 10, 60, 63, 64, 65, 66, 67, 100, 126, 127, 128, 129, 130, 131, 132, 133, 140, 200, 1000 }
            .Select(n => new TestCaseData(shape, n).SetName($"Guard_RefusesExactlyWhatMarkdigRefuses({shape}, {n})")));

    [TestCaseSource(nameof(Cases))]
    public void Guard_RefusesExactlyWhatMarkdigRefuses(string shape, int depth)
    {
        // arrange
        var text = s_shapes[shape](depth);

        // act
        var refusedByMarkdig = Refused(() => Markdown.Parse(text, s_plain));
        var refusedWithGuard = Refused(() => Markdown.Parse(text, UseCaseParser.Pipeline));

        // assert
        Assert.That(refusedWithGuard, Is.EqualTo(refusedByMarkdig));
    }

    [Test]
    public void ADocumentNestedThousandsOfLevels_IsRefusedWithTheDiagnostic()
    {
        // arrange: the lines that took Markdig quadratic time per line before it refused them
        var text = new StringBuilder("# Use Case Document: Deep\n\n### UC-1: Deep\n\n#### Basic Flow\n1. Customer opens the page\n");
        for (var i = 0; i < 200; i++)
        {
            text.Append(Repeat("- ", 1000)).Append("deep item\n").Append(new string('>', 1000)).Append(" deep quote\n");
        }

        // act
        var document = UseCaseParser.Parse(text.ToString(), "usecase.md");

        // assert
        Assert.That(document.UseCases, Is.Empty);
        Assert.That(document.Diagnostics.Select(d => (d.Code, d.Line, d.Column)), Is.EqualTo(new[] { ("KIRO108", 1, 1) }));
    }

    private static bool Refused(Action parse)
    {
        try
        {
            parse();
            return false;
        }
        catch (ArgumentException e) when (e.Message.IndexOf("too deeply nested", StringComparison.Ordinal) >= 0)
        {
            return true;
        }
    }

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}
