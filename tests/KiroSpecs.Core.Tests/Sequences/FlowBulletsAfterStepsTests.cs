using System.Linq;
using KiroSpecs.Core.Sequences;
using KiroSpecs.Core.UseCases;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// A use case written as numbered steps right under its title, with its other ways as bullets after them and no label
/// ("- Card declined → show error, end."): the bullets are flows, not more steps; "at step 5 → …" puts the condition
/// before the step and what happens after the arrow; an "if" after the arrow is part of what happens.
/// </summary>
[TestFixture]
internal sealed class FlowBulletsAfterStepsTests
{
    private const string Lockers = @"# Lockers

## UC2 — Pay for a return

1. App → PSP: `POST /payment_intents` {amount}
2. PSP returns the client secret.
3. Customer confirms with a saved card.
4. Backend marks the return as paid.

- Payment declined → show error, end.
- Label does not match at step 3 (nothing scanned) → app shows a warning, back to step 2.
- Customer cancels before step 4 → `DELETE /payment_intents/{id}`, refund if paid, end.
";

    private static UseCase Parse() => UseCaseParser.Parse(Lockers, "usecase.md").UseCases.Single();

    [Test]
    public void BulletsAfterTheNumberedSteps_AreFlows_NotMoreSteps()
    {
        // act
        var useCase = Parse();

        // assert
        Assert.That(useCase.Steps.Select(s => s.Number), Is.EqualTo(new[] { "1", "2", "3", "4" }));
        Assert.That(useCase.Branches, Has.Count.EqualTo(3));
        Assert.That(useCase.Branches[0].Condition, Is.EqualTo("Payment declined"));
        Assert.That(useCase.Branches[0].Ending.Kind, Is.EqualTo(EndingKind.Terminates));
    }

    [Test]
    public void ArrowAfterTheStep_TheWordsBeforeItAreTheCondition_AndTheArrowLeadsToWhatHappens()
    {
        // act
        var branch = Parse().Branches[1];

        // assert
        Assert.That(branch.Anchor.FromStep, Is.EqualTo(3));
        Assert.That(branch.Condition, Is.EqualTo("Label does not match (nothing scanned)"));
        Assert.That(branch.Steps.Select(s => s.Text), Has.Some.Contains("app shows a warning"));
        Assert.That(branch.Ending.Kind, Is.EqualTo(EndingKind.ContinueAt));
        Assert.That(branch.Ending.Step, Is.EqualTo(2));
    }

    [Test]
    public void IfAfterTheArrow_IsPartOfWhatHappens_AndAnHttpMethodIsNoParticipant()
    {
        // act
        var branch = Parse().Branches[2];
        var markdown = SequenceGenerator.Generate(new SequenceGenerationInput("lockers", Lockers, "usecase.md", TranslationOptions.Default)).Markdown;

        // assert
        Assert.That(branch.Condition, Is.EqualTo("Customer cancels"));
        Assert.That(markdown, Does.Not.Contain("participant DELETE"));
        Assert.That(markdown, Does.Contain("DELETE /payment_intents/{id}, refund if paid"));
    }
}
