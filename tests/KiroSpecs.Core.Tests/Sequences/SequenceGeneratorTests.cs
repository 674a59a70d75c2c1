using System;
using System.Linq;
using System.Text;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.Sequences;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

[TestFixture]
public sealed class SequenceGeneratorTests
{
    private const string Shop = @"# Use Case Document: Gift Cards

### UC-1: Redeem a gift card

#### Actors
- Primary: Shopper
- Secondary: Card Issuer

#### Basic Flow
1. Shopper enters the card code
2. System checks the code format
3. System asks the Card Issuer for the balance
4. System stores the redemption in the database
5. System sends a receipt email
6. System shows the new balance to the Shopper

#### Alternative Flows
##### AF-1.1: Zero balance
- At step 3, if the balance is zero
- System marks the card as used
- Skip steps 4-5, proceed to step 6

#### Exception Flows
##### EF-1.1: Issuer down
- At step 3, if the Card Issuer does not answer
- System logs the outage
- Flow terminates

##### EF-1.2: Storage hiccup
- At step 4, if the write fails
- System retries the write
- Continue with step 5

##### EF-1.3: Lost session
- At any step, if the session expires
- System shows the sign-in page
- Flow terminates
";

    private static SequenceGenerationResult Generate(string text, TranslationOptions? options = null) =>
        SequenceGenerator.Generate(new SequenceGenerationInput("gift-cards", text, "/x/usecase.md", options ?? TranslationOptions.Default));

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), heading);
        var end = markdown.IndexOf("\n####", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? markdown.Substring(start) : markdown.Substring(start, end - start);
    }

    [Test]
    public void Header_IsTheWorkflowHeader()
    {
        // act
        var markdown = Generate(Shop).Markdown;

        // assert
        Assert.That(markdown, Does.StartWith("# Sequence Diagrams: Gift Cards\n\n## Overview\nDetailed interaction flows for all use cases defined in usecase.md\n"));
        Assert.That(markdown, Does.Contain("## Diagram Legend\n- Solid arrow (->): Synchronous call\n"));
        Assert.That(markdown, Does.Contain("### Sequence 1: UC-1 Redeem a gift card\n\n#### Success Flow"));
    }

    [Test]
    public void Alternative_IsAltAtItsStep_WithSkippedStepsInElse()
    {
        // act
        var success = Section(Generate(Shop).Markdown, "#### Success Flow");

        // assert
        var alt = success.IndexOf("alt AF-1.1 Zero balance", StringComparison.Ordinal);
        var step3 = success.IndexOf("SYS->>CardIssuer: asks the Card Issuer for the balance", StringComparison.Ordinal);
        var elseLine = success.IndexOf("else otherwise#58; steps 4-5", StringComparison.Ordinal);
        var step4 = success.IndexOf("SYS->>Database: stores the redemption", StringComparison.Ordinal);
        var end = success.IndexOf("    end\n", StringComparison.Ordinal);
        var step6 = success.IndexOf("SYS-->>Shopper: shows the new balance", StringComparison.Ordinal);
        Assert.That(new[] { step3, alt, elseLine, step4, end, step6 }, Is.Ordered.And.All.GreaterThan(0));
    }

    [Test]
    public void Messages_AreCallsReturnsAndSelfCalls()
    {
        // act
        var success = Section(Generate(Shop).Markdown, "#### Success Flow");

        // assert
        Assert.That(success, Does.Contain("Shopper->>SYS: enters the card code"));
        Assert.That(success, Does.Contain("SYS->>SYS: checks the code format"));
        Assert.That(success, Does.Contain("SYS-->>Shopper: sends a receipt email"));
        Assert.That(success, Does.Not.Contain("Email Service"));
        Assert.That(success, Does.Contain("SYS-->>Shopper: shows the new balance to the Shopper"));
        Assert.That(success, Does.Contain("actor Shopper as Shopper"));
        Assert.That(success, Does.Contain("participant CardIssuer as Card Issuer"));
    }

    [Test]
    public void ErrorFlow_StopsAtTheAnchor_AndTerminates()
    {
        // act
        var flow = Section(Generate(Shop).Markdown, "#### Error Flow - EF-1.1 Issuer down");

        // assert
        // The issuer is silent: a note, not an answer from it.
        Assert.That(flow, Does.Contain("SYS->>CardIssuer: asks the Card Issuer for the balance\n    Note over SYS,CardIssuer: EF-1.1 Issuer down#58; if the Card Issuer does not answer\n"));
        Assert.That(flow, Does.Not.Contain("CardIssuer--x"));
        Assert.That(flow, Does.Contain("SYS->>SYS: logs the outage"));
        Assert.That(flow, Does.Not.Contain("Logger"));
        Assert.That(flow, Does.Contain("Note over SYS: Flow terminates"));
        Assert.That(flow, Does.Not.Contain("stores the redemption"));
    }

    [Test]
    public void ErrorFlow_ContinueWithStep_ShowsTheRemainingSteps()
    {
        // act
        var flow = Section(Generate(Shop).Markdown, "#### Error Flow - EF-1.2 Storage hiccup");

        // assert
        Assert.That(flow, Does.Contain("Note over SYS: Continue with step 5\n    autonumber 5\n    SYS-->>Shopper: sends a receipt email"));
    }

    [Test]
    public void ErrorFlow_AtAnyStep_ShowsTheFirstStepAndTheCondition()
    {
        // act
        var flow = Section(Generate(Shop).Markdown, "#### Error Flow - EF-1.3 Lost session");

        // assert
        Assert.That(flow, Does.Contain("Shopper->>SYS: enters the card code"));
        Assert.That(flow, Does.Contain("at any step (steps 1-6), if the session expires"));
        Assert.That(flow, Does.Not.Contain("checks the code format"));
    }

    [Test]
    public void Result_CountsUseCasesAndErrorFlows()
    {
        // act
        var result = Generate(Shop);

        // assert
        Assert.That(result.UseCaseCount, Is.EqualTo(1));
        Assert.That(result.SequencesCount, Is.EqualTo(1));
        Assert.That(result.ErrorFlowsDefined, Is.True);
        Assert.That(result.Diagnostics, Is.Empty);
    }

    [Test]
    public void UserParticipantRule_AddsAComponent()
    {
        // arrange
        var rule = new ParticipantRule("Voucher Vault", "Vault", new[] { "redemption" }.ToEquatableArray(), false);
        var options = new TranslationOptions(new[] { rule }.ToEquatableArray());

        // act
        var success = Section(Generate(Shop, options).Markdown, "#### Success Flow");

        // assert
        Assert.That(success, Does.Contain("participant Vault as Voucher Vault"));
        Assert.That(success, Does.Contain("SYS->>Vault: stores the redemption in the database"));
    }

    [Test]
    public void NoUseCase_ReportsKiro005AndNoMarkdown()
    {
        // act
        var result = Generate("# Notes\n\nNothing here yet.\n");

        // assert
        Assert.That(result.UseCaseCount, Is.EqualTo(0));
        Assert.That(result.Markdown, Is.Empty);
        Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "KIRO005" }));
    }

    [TestCase("")]
    [TestCase("\uFEFF")]
    [TestCase("\0\0\0\u0001binary\u0002")]
    [TestCase("### UC-1\n#### Basic Flow\n1.\n2. \n")]
    [TestCase("|||\n|-|\n| | |\n```\nunclosed")]
    [TestCase("### UC-1: x\n#### Alternative Flows\n- At step 99999999999999999999, if x\n- Continue with step 99999999999\n")]
    public void Generate_NeverThrowsOnJunk(string text)
    {
        // act + assert
        Assert.DoesNotThrow(() => Generate(text));
    }

    [Test]
    public void Generate_HandlesLargeInput()
    {
        // arrange
        var sb = new StringBuilder();
        for (var uc = 1; uc <= 300; uc++)
        {
            sb.Append("### UC-").Append(uc).Append(": Case\n#### Basic Flow\n");
            for (var s = 1; s <= 20; s++)
            {
                sb.Append(s).Append(". System validates item ").Append(s).Append(" and stores it in the database\n");
            }
        }

        sb.Append(new string('x', 200_000)).Append('\n');

        // act
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = Generate(sb.ToString());
        watch.Stop();

        // assert
        Assert.That(result.UseCaseCount, Is.EqualTo(300));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
    }

    [Test]
    public void Cancellation_Throws()
    {
        // arrange
        using var cts = new System.Threading.CancellationTokenSource();
        cts.Cancel();

        // act + assert
        Assert.Throws<OperationCanceledException>(() =>
            SequenceGenerator.Generate(new SequenceGenerationInput("f", Shop, "usecase.md", TranslationOptions.Default), cts.Token));
    }

    [TestCase("# Use Case: Show \"Error\" page\n## Basic Flow\n1. User opens the report\n2. System shows the \"Error\" page\n")]
    [TestCase("# Use Case: Review request\n## Basic Flow\n1. Clerk opens the request\n2. Manager marks the request \"Approved\" or \"Rejected\"\n3. System saves the decision\n## Alternative Flows\n### 2a. \"Rejected\"\n1. System notifies the clerk\n")]
    [TestCase("# Use Case: Borrow a book\n## Basic Flow\n```mermaid\nsequenceDiagram\n    A->>B: Borrow\n```\n## Exception Flows\n### E1: Card expired\n- Returns to step 3\n")]
    public void Generate_FinishesAndInterpretsDocumentsThatOnceHungOrFailed(string text)
    {
        // arrange: a quoted failure word in the goal ("Error") once made the goal-word scan stand still; a use case
        // drawn only as a diagram with a branch that names a step once failed on its empty step list

        // act: on its own thread, so that a generation that never ends fails the test instead of holding the run
        var run = System.Threading.Tasks.Task.Run(() => SequenceGenerator.Generate(new SequenceGenerationInput("f", text, "usecase.md", TranslationOptions.Default)));

        // assert
        Assert.That(run.Wait(TimeSpan.FromSeconds(30)), Is.True, "the generation ends");
        var result = run.Result;
        Assert.That(result.Diagnostics.Select(d => d.Code), Does.Not.Contain("KIRO199"));
        Assert.That(result.Markdown, Does.Contain("## Primary Sequences"));
    }
    private const string Payouts = @"# Payouts

## UC-7 Pay out

**Primary actor:** Clerk

1. Clerk approves the payout.
2. System sends the payment instruction to the bank.
3. System shows the payout as scheduled.

If the auditors object, everything fails.
A payout to a closed payee account is refused.

### Exceptions
2a. The payee account is closed:
    2a1. System refuses the payout to the closed account. The use case ends.
";

    [Test]
    public void FailureStatedOnlyInProse_IsQuotedAndWarnedAtItsParagraph()
    {
        // act
        var result = SequenceGenerator.Generate(new SequenceGenerationInput("payouts", Payouts, "usecase.md", TranslationOptions.Default));

        // assert: the restated closed-account failure is drawn by 2a, so it is neither warned about nor listed.
        Assert.That(result.Diagnostics.Select(d => (d.Code, d.Line, d.Column)), Is.EqualTo(new[] { ("KIRO109", 11, 1) }));
        Assert.That(result.Markdown, Does.Contain("Its text also states these failures, which the diagrams do not draw:\n\n- If the auditors object, everything fails.\n"));
        Assert.That(result.Markdown, Does.Not.Contain("- A payout to a closed payee account"));
    }
}
