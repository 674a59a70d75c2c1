using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// Words whose sense decides a category: a document that has expired is a fact the flow checks, not a time-out;
/// "invalidates the old cards" is an action the flow takes, not an invalid input.
/// </summary>
[TestFixture]
internal sealed class WordSenseTests
{
    private const string Gym = @"# Gym

## UC-1 Enter the gym

**Actors:** Member, Desk Clerk

### Main Flow
1. Member shows the membership card at the desk.
2. Desk Clerk scans the card.
3. Desk Clerk chooses ""Day pass"" or ""Replace card"".
4. System opens the turnstile.

### Alternative Flows
- **A1 Card expired:** At step 2, if the membership card expired, the System shows the renewal price.
- **A2 New card:** At step 3, if ""Replace card"" is chosen, the System invalidates the old card before opening the turnstile.
- **A3 Reader silent:** At step 2, if the card reader times out after 5 seconds, the Desk Clerk types the card number.
";

    [Test]
    public void AnExpiredCardIsNoTimeout_AReaderThatTimesOutIs()
    {
        // act
        var timing = GeneratedSections.Section(GeneratedSections.Generate("gym", Gym), "Timing Constraints");

        // assert: the reader's time-out is listed; the expired card is not a time-out
        Assert.That(timing, Does.Not.Contain("membership card expired"));
        Assert.That(timing, Does.Contain("- UC-1 A3: Reader silent: the card reader times out after 5 seconds"));
    }

    [Test]
    public void InvalidatingTheOldCardIsAnActionOfTheFlow_NotAFailureThatEndsIt()
    {
        // act
        var flow = GeneratedSections.Section(GeneratedSections.Generate("gym", Gym), "Primary Sequences");

        // assert: A2 goes on to step 4 (an opt), it does not replace the rest of the flow
        Assert.That(flow, Does.Contain("opt A2 New card"));
        Assert.That(flow, Does.Not.Contain("alt A2 New card"));
    }

    [Test]
    public void AcceptanceCriteriaAfterTheAlternatives_AreNoFlow()
    {
        // arrange
        const string text = @"# Kiosk

## UC-1 Print a boarding pass

**Flow**
1. Passenger scans the passport.
2. System prints the boarding pass.

**Alternatives**
- 2a. Printer out of paper → System shows the nearest desk.

**Acceptance criteria**
- [ ] Given a scanned passport, when the pass is printed, then the seat is shown within 2 seconds.
- [ ] The kiosk never shows the passport number.
";

        // act
        var markdown = GeneratedSections.Generate("kiosk", text);

        // assert: 2a is the only flow; the criteria are drawn nowhere
        Assert.That(markdown, Does.Contain("Basic flow steps 1-2, with 2a as alt/opt blocks."));
        Assert.That(GeneratedSections.Section(markdown, "Primary Sequences"), Does.Not.Contain("never shows"));
        Assert.That(GeneratedSections.Section(markdown, "Error Scenario Coverage"), Does.Not.Contain("Acceptance"));
    }

    [Test]
    public void ARoleOfTwoWordsInThePlural_IsThatRole()
    {
        // arrange
        const string text = @"# Ward

## Actors
- **Porter** — person who moves patients.
- **Duty nurse** — person on the ward.

## UC-1 Admit a patient

1. Porter brings the patient to the ward.
2. System alerts all duty nurses with a chime.
";

        // act
        var model = KiroSpecs.Core.Sequences.SequenceGenerator.DescribeModel(
            new KiroSpecs.Core.Sequences.SequenceGenerationInput("ward", text, "usecase.md", KiroSpecs.Core.Sequences.TranslationOptions.Default));

        // assert: the porter opens the flow; the alert goes to the duty nurses, not back to the porter
        Assert.That(model, Does.Contain("initiator: Porter"));
        Assert.That(model, Does.Contain("System -> Duty nurse: alerts all duty nurses with a chime."));
    }

    [Test]
    public void WhatAPersonSeesOrReceives_ComesFromTheSystem_UnlessTheStepNamesWhoSendsIt()
    {
        // arrange
        const string text = @"# Shop

## Actors
- **Customer** — person who buys.
- **Courier** — person who delivers.

## UC-1 Pay

1. Customer pays the order.
2. System records the payment.
3. Customer sees a thank-you message.
4. Customer receives the receipt.
5. Customer receives the parcel from the Courier.
";

        // act
        var model = KiroSpecs.Core.Sequences.SequenceGenerator.DescribeModel(
            new KiroSpecs.Core.Sequences.SequenceGenerationInput("shop", text, "usecase.md", KiroSpecs.Core.Sequences.TranslationOptions.Default));

        // assert
        Assert.That(model, Does.Contain("3 System --> Customer: sees a thank-you message."));
        Assert.That(model, Does.Contain("4 System --> Customer: receives the receipt."));
        Assert.That(model, Does.Not.Contain("5 System --> Customer"));
    }

    [Test]
    public void AProductTheStepGoesThroughByItsOwnName_IsAParticipant_AWordWithoutAnInnerCapitalIsNot()
    {
        // arrange
        const string text = @"# Claims

## UC-1 Report a claim

**Primary Actor:** Driver

1. Driver enters the accident details.
2. System scores the claim through RiskLens.
3. System sends the receipt through Email and shows the claim number.
";

        // act
        var flow = GeneratedSections.Section(GeneratedSections.Generate("claims", text), "Primary Sequences");

        // assert
        Assert.That(flow, Does.Contain("participant RiskLens as RiskLens"));
        Assert.That(flow, Does.Contain("SYS->>RiskLens: scores the claim through RiskLens."));
        Assert.That(flow, Does.Not.Contain("participant Email"));
    }

    [Test]
    public void ASystemTheListSaysIsWhatTheTeamBuilds_IsTheSystem_NotABesideParticipant()
    {
        // arrange
        const string text = @"# Onboarding

**Systems involved:** Recruitly (hiring tool), Nest (our staff directory, this is what we're building), Slack.

## 1. New starter record

### Happy path
1. Recruitly sends the signed offer to Nest.
2. Nest creates the starter record.
3. Nest posts a message in Slack.
";

        // act
        var flow = GeneratedSections.Section(GeneratedSections.Generate("onboarding", text), "Primary Sequences");

        // assert: one lifeline for Nest, which is the system; no second, generic System
        Assert.That(flow, Does.Contain("participant SYS as Nest"));
        Assert.That(flow, Does.Not.Contain("as System"));
        Assert.That(flow, Does.Contain("SYS->>Slack: posts a message in Slack."));
    }

    [Test]
    public void PipesOutsideATable_AreKept_AndSeparateStatusesOfALifecycle()
    {
        // arrange
        const string text = @"# Builds

## UC-1 Run a build

1. Developer starts the build.
2. System runs the build and sets it to success.

## Status values
- Build: queued → running → success | failed

## Data
- build_id, trigger (push|manual)
";

        // act
        var markdown = GeneratedSections.Generate("builds", text);

        // assert
        Assert.That(GeneratedSections.Section(markdown, "Data Flow Details"), Does.Contain("trigger (push\\|manual)"));
        var states = GeneratedSections.Section(markdown, "State Transitions");
        Assert.That(states, Does.Contain("state \"success\" as"));
        Assert.That(states, Does.Contain("state \"failed\" as"));
        Assert.That(states, Does.Not.Contain("success  failed"));
    }

    [Test]
    public void ATriggerThatEndsWithItsStepInBrackets_KeepsItsWords()
    {
        // arrange
        const string text = @"# Club

## UC-1 Join the club

### Main Success Scenario
1. Visitor opens the join page.
2. Visitor submits a nickname.
3. System checks that the nickname is free.
4. System creates the membership.

## Alternative Flows

### A1: Nickname Taken

**Trigger:** The nickname is already used by a member (step 3)
**Flow:**

1. System shows that the nickname is taken.
2. Use case continues at step 2.
";

        // act
        var flow = GeneratedSections.Section(GeneratedSections.Generate("club", text), "Primary Sequences");

        // assert
        Assert.That(flow, Does.Contain("A1 Nickname Taken#58; if The nickname is already used by a member"));
        Assert.That(flow, Does.Not.Contain("if )"));
    }
}
