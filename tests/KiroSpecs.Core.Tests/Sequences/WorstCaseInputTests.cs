using System;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using KiroSpecs.Core.Sequences;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// Inputs shaped to make the work grow faster than the document: what comes out stays bounded, and a cancelled
/// run stops (the build's Ctrl+C). Timings of the work itself live in the benchmark (`worstcase`), not here.
/// </summary>
[TestFixture]
public sealed class WorstCaseInputTests
{
    /// <summary>n basic steps and, at each step i, an exception "if item i fails … Flow terminates".</summary>
    private static string Chained(int count, string section, string prefix)
    {
        var sb = new StringBuilder("# Use Case Document: Chained\n\n### UC-1: Checklist\n\n#### Actors\n- Primary: Inspector\n\n#### Basic Flow\n");
        for (var i = 1; i <= count; i++)
        {
            sb.Append(i.ToString(CultureInfo.InvariantCulture)).Append(". Inspector checks item ").Append(i.ToString(CultureInfo.InvariantCulture)).Append(" with the System\n");
        }

        sb.Append("\n#### ").Append(section).Append('\n');
        for (var i = 1; i <= count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            sb.Append("##### ").Append(prefix).Append("-1.").Append(n).Append(": Item ").Append(n).Append(" fails\n- At step ").Append(n)
              .Append(", if item ").Append(n).Append(" fails\n- System shows an error to the Inspector\n- Flow terminates\n\n");
        }

        return sb.ToString();
    }

    [Test]
    public void ThousandsOfErrorFlows_RepeatTheBasicFlowWithinTheBudget()
    {
        // arrange: each error flow would draw every step before its own: quadratic output without the budget
        var text = Chained(3000, "Exception Flows", "EF");

        // act
        var result = SequenceGenerator.Generate(new SequenceGenerationInput("chained", text, "usecase.md", TranslationOptions.Default));

        // assert: every error flow has its diagram, and the output stays within the budget plus its own share
        Assert.That(result.Diagnostics.Count, Is.Zero);
        Assert.That(CountOf(result.Markdown, "#### Error Flow - "), Is.EqualTo(3000));
        Assert.That(result.Markdown, Does.Contain("as in the success flow, not drawn again"));
        Assert.That(result.Markdown.Length, Is.LessThan((ErrorFlowBudget.RepeatedCharacters * 3) + (text.Length * 20)));
    }

    [Test]
    public void ThousandsOfErrorFlows_TheFirstAreDrawnInFull()
    {
        // arrange
        var text = Chained(3000, "Exception Flows", "EF");

        // act
        var markdown = SequenceGenerator.Generate(new SequenceGenerationInput("chained", text, "usecase.md", TranslationOptions.Default)).Markdown;

        // assert: the third error flow draws steps 1 and 2 before its failure, as any small document would
        var third = markdown.Substring(markdown.IndexOf("#### Error Flow - EF-1.3 ", StringComparison.Ordinal));
        third = third.Substring(0, third.IndexOf("```\n", third.IndexOf("```mermaid", StringComparison.Ordinal) + 10, StringComparison.Ordinal));
        Assert.That(third, Does.Contain("checks item 1 with the System"));
        Assert.That(third, Does.Contain("checks item 2 with the System"));
        Assert.That(third, Does.Not.Contain("not drawn again"));
    }

    [Test]
    public void CancelledRun_StopsWithOperationCanceled()
    {
        // arrange: a document at the size where a run takes seconds
        var text = Chained(40_000, "Exception Flows", "EF") + Chained(5_000, "Alternative Flows", "AF");
        using var cancel = new CancellationTokenSource();
        var input = new SequenceGenerationInput("pathological", text, "usecase.md", TranslationOptions.Default);

        // act: cancel 200 ms in
        var run = Task.Run(() => SequenceGenerator.Generate(input, cancel.Token));
        cancel.CancelAfter(TimeSpan.FromMilliseconds(200));
        var clock = Stopwatch.StartNew();
        var finished = ((IAsyncResult)run).AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(60));

        // assert: the run ended by cancellation (not by finishing its work), and did not hang (a guard, not a timing)
        Assert.That(finished, Is.True, "the cancelled run did not return");
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), "hang guard");
        Assert.That(run.IsCanceled || run.Exception?.InnerException is OperationCanceledException, Is.True, "expected OperationCanceledException, got " + (run.Exception?.ToString() ?? run.Status.ToString()));
    }

    private static int CountOf(string text, string what)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
