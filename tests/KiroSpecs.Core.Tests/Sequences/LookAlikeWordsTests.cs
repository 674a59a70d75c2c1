using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// Words that look like what a section reads but are not: an article after a step number, a count of digits before
/// a time, a number in "if … exceeds 500 EUR", "retrieves", an event someone calls about, "comprobante", "format",
/// "exclusively", "terminal", German quotation marks, and a flow with nothing after its condition.
/// </summary>
[TestFixture]
internal sealed class LookAlikeWordsTests
{
    private static string Generate(string text) => GeneratedSections.Generate("lookalike", text);

    private static string Section(string markdown, string heading) => GeneratedSections.Section(markdown, heading);

    [Test]
    public void AOneLineFlowWithNothingAfterItsCondition_StatesNoEnding_AndBreaksNothing()
    {
        // arrange
        const string text = @"# Shop

## UC-1 Pay

1. Customer pays.
2. Bank confirms the payment.

**Extensions:**
- 2b. The bank times out: .
";

        // act
        var coverage = Section(Generate(text), "Error Scenario Coverage");

        // assert
        Assert.That(coverage, Does.Contain("| The bank times out: . | not stated (the flow states only what starts it) |"));
    }

    [Test]
    public void AnArticleAfterAStepNumber_IsNoRangeOfSteps()
    {
        // arrange
        const string text = @"# Cards

## UC-1 Withdraw cash

1. Holder inserts the card.
2. ATM asks for the PIN.
3. Holder enters the PIN.
4. ATM pays out.

**Extensions:**
- At step 2 a 4-digit PIN is requested from the holder: the ATM shows the keypad.
";

        // act
        var coverage = Section(Generate(text), "Error Scenario Coverage");

        // assert
        Assert.That(coverage, Does.Contain("at step 2)"));
        Assert.That(coverage, Does.Not.Contain("steps 2-4"));
    }

    [Test]
    public void ACountBeforeATime_IsARateOnlyWhenItCountsEvents()
    {
        // arrange
        const string text = @"# Codes

## UC-1 Sign in

1. System sends a code of 6 digits that expires in 10 minutes.
2. User enters the code.

**Extensions:**
- 2a. After 3 failed attempts in 10 minutes the account is locked. Use case ends.
";

        // act
        var timing = Section(Generate(text), "Timing Constraints");
        var limits = timing.Substring(timing.IndexOf("### Limits and Rates", System.StringComparison.Ordinal));

        // assert
        Assert.That(limits, Does.Contain("After 3 failed attempts in 10 minutes"));
        Assert.That(limits, Does.Not.Contain("expires in 10 minutes"));
    }

    [Test]
    public void ANumberInAConditionIsNoHttpStatus_AndAFlowThatDoesNotFailHidesNoRefusal()
    {
        // arrange
        const string text = @"# Clinic

## UC-1 Check cover

1. System checks if the order total exceeds 500 EUR and applies free shipping.
2. Insurer confirms or denies coverage.
3. System books the visit.

**Extensions:**
- 2a. The patient wants to pay in cash instead: System records cash payment. Continue at step 3.
";

        // act
        var coverage = Section(Generate(text), "Error Scenario Coverage");

        // assert
        Assert.That(coverage, Does.Not.Contain("| step 1 |"));
        Assert.That(coverage, Does.Contain("| step 2 | denies"));
    }

    [Test]
    public void RetrievingAutomatically_AndCallingAboutAnEvent_AreNeitherBackgroundWorkNorEvents()
    {
        // arrange
        const string text = @"# Ward

## UC-1 Admit a patient

1. System automatically retrieves the patient's address from the CRM.
2. The Nurse calls the front desk about the event in room 4.
";

        // act
        var markdown = Generate(text);

        // assert
        Assert.That(Section(markdown, "Critical Path"), Does.Not.Contain("Asynchronous operations**: step"));
        Assert.That(Section(markdown, "Integration Points"), Does.Not.Contain("front desk about the event"));
    }

    [Test]
    public void AReceiptAFormatAndAnExclusiveReader_AreNoChecksFormsOrConcurrency()
    {
        // arrange
        const string text = @"# Pagos

## UC-1 Pagar

1. El sistema genera el comprobante de pago.
2. The system validates the file against the format of the bank.
3. This report is exclusively for administrators.
";

        // act
        var markdown = Generate(text);
        var validation = Section(markdown, "Data Validation Points");

        // assert
        Assert.That(validation, Does.Not.Contain("comprobante"));
        Assert.That(validation, Does.Not.Contain("Frontend validation"));
        Assert.That(validation, Does.Contain("step 2: The system validates the file against the format of the bank."));
        Assert.That(Section(markdown, "Concurrency Handling"), Does.Not.Contain("exclusively"));
    }

    [Test]
    public void ATerminalIsNoEnding_AndGermanQuotationsCloseWhereTheyClose()
    {
        // arrange
        const string text = @"# Kasse

## UC-1 Bezahlen

1. Kunde zahlt mit Karte.
2. Terminal bestätigt.

**Extensions:**
- 2a. Karte abgelehnt:
  1. System zeigt die Ablehnung auf dem Terminal.
  2. System zeigt die Meldung »Zahlung abgelehnt. Bitte andere Karte«.
  3. Der Anwendungsfall endet.
";

        // act
        var coverage = Section(Generate(text), "Error Scenario Coverage");

        // assert
        Assert.That(coverage, Does.Contain("\"Der Anwendungsfall endet.\""));
    }

    [Test]
    public void ACitedRuleOnResponseTimeOrRetention_IsNoDataValidation()
    {
        // arrange
        const string text = @"# Orders

## Requirements

- NFR-1: Pages load within 2 seconds.
- NFR-2: Orders are kept for 7 years.

## UC-1 Place an order

1. Customer places the order (NFR-1, NFR-2).
";

        // act
        var validation = Section(Generate(text), "Data Validation Points");

        // assert
        Assert.That(validation, Does.Not.Contain("NFR-1"));
        Assert.That(validation, Does.Not.Contain("NFR-2"));
    }
}
