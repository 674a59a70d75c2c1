using System;
using System.IO;
using System.Linq;
using System.Text;
using KiroSpecs.Testing;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Mermaid;

/// <summary>
/// Proves that the Mermaid check (tests/mermaid/check-mermaid.mjs, real Mermaid parser)
/// accepts valid diagrams and — just as important — is able to fail.
/// </summary>
[TestFixture]
public class MermaidCheckerTests
{
    // Opening-fence lines of the blocks in tests/mermaid/selftest/invalid.md.
    private static readonly int[] s_expectedFailureLines = [8, 16, 24, 31, 38];

    private static string SelfTest(string file) => Path.Combine(RepoPaths.Root, "tests", "mermaid", "selftest", file);

    [Test]
    public void Valid_selftest_file_passes_with_exact_block_count()
    {
        var result = MermaidChecker.Check(SelfTest("valid.md"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Failures, Is.Empty, () => string.Join("\n", result.Failures));
            Assert.That(result.Failed, Is.Zero);
            // 7 ```mermaid blocks; the one inside the ````markdown example must not count.
            Assert.That(result.Passed, Is.EqualTo(7));
        });
        MermaidChecker.AssertValid(SelfTest("valid.md"));
    }

    [Test]
    public void Invalid_selftest_file_fails_every_block_at_its_fence_line()
    {
        var result = MermaidChecker.Check(SelfTest("invalid.md"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.Zero, "no block of invalid.md may pass");
            Assert.That(result.Failed, Is.EqualTo(5));
            Assert.That(result.Failures.Select(f => f.Line), Is.EqualTo(s_expectedFailureLines));
            Assert.That(result.Failures.Select(f => Path.GetFileName(f.File)), Is.All.EqualTo("invalid.md"));
        });

        var byLine = result.Failures.ToDictionary(f => f.Line, f => f.Message);
        Assert.Multiple(() =>
        {
            // raw ';' in a message: Mermaid's own parse error, pointing at file line 11
            Assert.That(byLine[8], Does.StartWith("sequenceDiagram: Parse error at file line 11"));
            Assert.That(byLine[8], Does.Contain("got 'NEWLINE'"));
            // participant named 'end'
            Assert.That(byLine[16], Does.Contain("Parse error at file line 19").And.Contain("got 'end'"));
            // raw '#42': Mermaid accepts it, the project lint rejects it
            Assert.That(byLine[24], Does.Contain("silent loss: raw '#' would hide text").And.Contain("file line 26"));
            // '%%{' inside message text
            Assert.That(byLine[31], Does.Contain("silent loss: '%%{'").And.Contain("file line 33"));
            // unclosed fence
            Assert.That(byLine[38], Does.Contain("unclosed"));
        });
    }

    [Test]
    public void AssertValid_throws_for_invalid_file()
    {
        var ex = Assert.Throws<AssertionException>(() => MermaidChecker.AssertValid(SelfTest("invalid.md")));
        Assert.That(ex!.Message, Does.Contain("invalid.md:8:").And.Contain("5 of 5"));
    }

    [Test]
    public void AssertValid_throws_when_no_block_is_found()
    {
        var dir = RepoPaths.ArtifactsDir("mermaid-checker-tests");
        var file = Path.Combine(dir, "no-diagrams.md");
        File.WriteAllText(file, "# Nothing here\n\n```csharp\nvar x = 1;\n```\n");

        var ex = Assert.Throws<AssertionException>(() => MermaidChecker.AssertValid(file));
        Assert.That(ex!.Message, Does.Contain("No ```mermaid blocks"));
    }

    [Test]
    public void A_parsed_file_is_listed_and_not_parsed_again_until_its_bytes_change()
    {
        // arrange: a document no earlier run has parsed
        var file = Path.Combine(RepoPaths.ArtifactsDir("mermaid-checker-tests"), $"listed-{Guid.NewGuid():N}.md");
        File.WriteAllText(file, $"```mermaid\nsequenceDiagram\n    A->>B: {Path.GetFileName(file)}\n```\n");

        // act
        var first = MermaidChecker.Check(file);
        var again = MermaidChecker.CheckUnlisted(MermaidChecker.ParsedList, file);
        File.AppendAllText(file, "\nChanged.\n");
        var changed = MermaidChecker.CheckUnlisted(MermaidChecker.ParsedList, file);

        // assert
        Assert.Multiple(() =>
        {
            Assert.That(first.Files, Is.EqualTo(new[] { file }));
            Assert.That(first.Passed, Is.EqualTo(1));
            Assert.That(File.ReadAllText(MermaidChecker.ParsedList), Does.Contain(file));
            Assert.That(again.Files, Is.Empty, "the same bytes are not parsed twice");
            Assert.That(again.SkippedFiles, Is.EqualTo(1));
            Assert.That(again.Total, Is.Zero);
            Assert.That(changed.Files, Is.EqualTo(new[] { file }), "other bytes are parsed");
            Assert.That(changed.SkippedFiles, Is.Zero);
        });
    }

    [Test]
    public void Crlf_and_bom_are_handled()
    {
        var dir = RepoPaths.ArtifactsDir("mermaid-checker-tests");
        var good = Path.Combine(dir, "crlf-bom.md");
        File.WriteAllText(good, "# T\r\n\r\n~~~mermaid\r\nsequenceDiagram\r\n    A->>B: C#35; #59; ok\r\n~~~\r\n", new UTF8Encoding(true));
        var bad = Path.Combine(dir, "crlf-bom-bad.md");
        File.WriteAllText(bad, "```mermaid\r\nsequenceDiagram\r\n    A->>B: C# client\r\n```\r\n", new UTF8Encoding(true));

        var result = MermaidChecker.Check(good, bad);

        Assert.Multiple(() =>
        {
            Assert.That(result.Passed, Is.EqualTo(1));
            Assert.That(result.Failed, Is.EqualTo(1));
            Assert.That(result.Failures.Single().Line, Is.EqualTo(1));
            Assert.That(result.Failures.Single().Message, Does.Contain("silent loss: raw '#'").And.Contain("file line 3"));
        });
    }
}
