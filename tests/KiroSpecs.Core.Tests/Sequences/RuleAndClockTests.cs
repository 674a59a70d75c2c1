using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// Rules of the whole document listed where a use case cites them, what is no check on the data (a response time,
/// how long records are kept, the "form" of a product), and work that runs on its own clock (a retry every few
/// minutes, a repetition done automatically) as opposed to a person who may try again later.
/// </summary>
[TestFixture]
internal sealed class RuleAndClockTests
{
    private const string Pharmacy = @"# Pharmacy

## Use cases

### UC-1 Order a repeat

**Main flow:**
1. Customer picks a medicine.
2. System checks that the repeat is allowed (PR-1 to PR-3).
3. System sends the order to the Wholesaler.
4. System verifies that the scanned pack matches the name, strength and form of the order.

**Extensions:**
- 2a. The customer already has an open order (PR-4): System shows it. Use case ends; the customer can retry later.
- 3a. The Wholesaler does not answer: System keeps the order and retries every 10 minutes.
- 3b. The Wholesaler is closed: System stores the order; the next morning the system repeats step 3 automatically.

### UC-2 Collect an order

1. Customer shows the order code.
2. Pharmacist hands over the pack.

## Rules

| ID | Rule |
| --- | --- |
| PR-1 | A repeat needs a prescription issued within the last 12 months. |
| PR-2 | At most 3 repeats per prescription. |
| PR-3 | Controlled medicines are never repeated online. |
| PR-4 | One open order per customer. |
| PR-5 | Order codes are single use and must be shown at collection (UC-2). |
| PR-6 | Every order must have a customer number. |

## Non-functional

- Pages must load within 2 seconds at the 95th percentile.
- Orders are kept for 10 years and must not be deleted.
";

    private static string Generate(string text) => GeneratedSections.Generate("pharmacy", text);

    private static string Section(string markdown, string heading) => GeneratedSections.Section(markdown, heading);

    [Test]
    public void ARuleAUseCaseCites_IsListedUnderIt_ARangeCitingEveryRuleInIt()
    {
        // act
        var validation = Section(Generate(Pharmacy), "Data Validation Points");

        // assert
        Assert.That(validation, Does.Contain("(cited in step 2): PR-1: A repeat needs a prescription issued within the last 12 months."));
        Assert.That(validation, Does.Contain("(cited in step 2): PR-2: At most 3 repeats per prescription."));
        Assert.That(validation, Does.Contain("(cited in step 2): PR-3: Controlled medicines are never repeated online."));
        Assert.That(validation, Does.Contain("(cited in 2a): PR-4: One open order per customer."));
        Assert.That(validation, Does.Contain("(it names UC-2): PR-5: Order codes are single use"));
    }

    [Test]
    public void OnlyRulesNoUseCaseCites_ApplyToTheWholeDocument_AndATimeOrARetentionIsNoCheck()
    {
        // act
        var validation = Section(Generate(Pharmacy), "Data Validation Points");
        var whole = validation.Substring(0, validation.IndexOf("### UC-1", System.StringComparison.Ordinal));
        Assert.That(whole, Does.Contain("### Whole Document"));

        // assert
        Assert.That(whole, Does.Contain("PR-6: Every order must have a customer number."));
        Assert.That(whole, Does.Not.Contain("PR-2"));
        Assert.That(validation, Does.Not.Contain("95th percentile"));
        Assert.That(validation, Does.Not.Contain("kept for 10 years"));
    }

    [Test]
    public void TheFormOfAProduct_IsNoFormOnAScreen()
    {
        // act
        var validation = Section(Generate(Pharmacy), "Data Validation Points");

        // assert
        Assert.That(validation, Does.Not.Contain("Frontend validation"));
        Assert.That(validation, Does.Contain("step 4: System verifies that the scanned pack matches the name, strength and form of the order."));
    }

    [Test]
    public void WorkOnItsOwnClock_IsAsynchronous_APersonWhoMayTryAgainLaterIsNot()
    {
        // act
        var critical = Section(Generate(Pharmacy), "Critical Path");

        // assert
        Assert.That(critical, Does.Contain("3a (\"System keeps the order and retries every 10 minutes\")"));
        Assert.That(critical, Does.Contain("the next morning the system repeats step 3 automatically"));
        Assert.That(critical, Does.Not.Contain("2a"), "the customer may retry later: no work of the system");
    }

    [Test]
    public void ATimeOutFlowThatNamesNoStep_IsACallWithATimeOut_AndAnEventThatArrivesIsAsynchronous()
    {
        // arrange
        const string text = @"# Lockers

## UC-1 Open a locker

1. Courier scans the parcel.
2. System asks the Locker Hub for a free locker.
3. The Locker Hub sends a ""door closed"" event.

**Exception flows:**
- E1: If the Locker Hub does not answer within 6 seconds, the request is retried once.
- E2 (step 1, no ack within 2 s): the scanner beeps twice.
";

        // act
        var critical = Section(Generate(text), "Critical Path");

        // assert
        Assert.That(critical, Does.Contain("a call with a time-out, E1 (\"if the Locker Hub does not answer within 6 seconds\")"));
        Assert.That(critical, Does.Contain("step 1 (its time-out: E2 (\"if no ack within 2 s\"))"));
        Assert.That(critical, Does.Contain("step 3 (an event: \"The Locker Hub sends a \"door closed\" event.\")"));
    }

    private const string Bikes = @"# Bikes

## Numbers we use

| Key | Value |
| --- | --- |
| dock ack timeout | 4 s, 1 retry |
| max hire length | 10 h |

## UC-1 Hire a bike

1. Rider scans the dock.
2. Backend unlocks the dock.

**Extensions:**
- 1a. Card declined: after 3 declines in 1 h the card step is blocked.
- 1b. 3-D Secure asked: the rider has 3 min to complete it.
- 2a. No ack in 4 s: Backend resends the unlock once.

## UC-2 Pay a fine

1. Rider pays the fine.
";

    [Test]
    public void ACountInAWindowIsARate_ATimeGivenOrNoAckIsATimeOut_AndTheDocumentsFiguresAreTiming()
    {
        // act
        var markdown = Generate(Bikes);
        var timing = Section(markdown, "Timing Constraints");
        var limits = timing.Substring(timing.IndexOf("### Limits and Rates", System.StringComparison.Ordinal));
        var timeouts = timing.Substring(0, timing.IndexOf("### Limits and Rates", System.StringComparison.Ordinal));

        // assert
        Assert.That(limits, Does.Contain("UC-1 1a: after 3 declines in 1 h the card step is blocked"));
        Assert.That(timeouts, Does.Contain("UC-1 1b: the rider has 3 min to complete it"));
        Assert.That(timeouts, Does.Contain("UC-1 2a: No ack in 4 s"));
        Assert.That(timeouts, Does.Contain("Whole document (Numbers we use): dock ack timeout \\| 4 s, 1 retry"));
        Assert.That(Section(markdown, "Critical Path"), Does.Not.Contain("dock ack timeout"), "the document's figures are no requirement of each use case");
    }

    [Test]
    public void AValueCheckedAgainstABound_IsAValidationPointEvenWhenTheFlowGoesOn_ButTimeWithNothingDoneIsNot()
    {
        // arrange
        const string text = @"# Refills

## UC-1 Order a refill

1. Owner enters the quantity and the delivery address.
2. System stores the order.
3. Vet reviews the order.

**Extensions:**
- 1a. Owner enters a quantity larger than the prescribed quantity: System caps the quantity. Continue at step 2.
- 1b. The address is more than 25 km from the clinic: System offers pickup instead. Continue at step 2.
- 1c. The weight differs from the last weight by more than 10 %: System flags the order. Continue at step 2.
- 3a. The order stays in review for more than 24 hours: System reminds the vet. Use case ends.
";

        // act
        var validation = Section(Generate(text), "Data Validation Points");

        // assert
        Assert.That(validation, Does.Contain("1a (a value is checked against a bound): Owner enters a quantity larger than the prescribed quantity"));
        Assert.That(validation, Does.Contain("1b (a value is checked against a bound): The address is more than 25 km from the clinic"));
        Assert.That(validation, Does.Contain("1c (a value is checked against a bound): The weight differs from the last weight by more than 10 %"));
        Assert.That(validation, Does.Not.Contain("3a"));
    }

    [Test]
    public void ChecksWrittenInSpanish_AreValidationPoints_AndAVerificationCodeIsNoCheck()
    {
        // arrange
        const string text = @"# Ayudas

## CU-01 Revisar solicitud

**Flujo básico**

1. El gestor abre la solicitud.
2. El sistema comprueba si la renta supera el umbral.
3. El sistema consulta la identidad en la PID.
4. El sistema genera el justificante con código seguro de verificación.

**Flujos de excepción**

- **FE-01 — Discrepancia de identidad (paso 3).** Si el NIF no corresponde con el nombre declarado, el sistema lo señala al gestor.
";

        // act
        var validation = Section(Generate(text), "Data Validation Points");

        // assert
        Assert.That(validation, Does.Contain("step 2: El sistema comprueba si la renta supera el umbral."));
        Assert.That(validation, Does.Contain("Si el NIF no corresponde con el nombre declarado"));
        Assert.That(validation, Does.Not.Contain("step 4"));
    }

    [Test]
    public void AnExclusiveAssignment_IsConcurrencyHandling_ButAGuardAgainstADuplicateRequestIsNot()
    {
        // arrange
        const string text = @"# Loans

## Rules

- LR-1 At most one open request per book and member.

## UC-1 Request a book

1. Member asks for the book.
2. System records the request and the book is assigned exclusively to the member.

**Extensions:**
- 2a. The member already has an open request for the book: System shows it. Use case ends.
";

        // act
        var concurrency = Section(Generate(text), "Concurrency Handling");

        // assert: a second request is a rule on the data, not two actors at once
        Assert.That(concurrency, Does.Contain("assigned exclusively to the member"));
        Assert.That(concurrency, Does.Not.Contain("LR-1"));
    }

    [Test]
    public void ABoundOfSecondsInAQualitySection_IsPerformance_AndWorkEveryFewSecondsIsARate()
    {
        // arrange
        const string text = @"# Leitos

## Requisitos não funcionais

- O painel deve refletir qualquer mudança em até 5 segundos.
- O painel se atualiza a cada 30 segundos.

## UC01 Solicitar leito

1. O médico solicita o leito.
";

        // act
        var timing = Section(Generate(text), "Timing Constraints");
        var performance = timing.Substring(0, timing.IndexOf("### Timeout Settings", System.StringComparison.Ordinal));
        var limits = timing.Substring(timing.IndexOf("### Limits and Rates", System.StringComparison.Ordinal));

        // assert
        Assert.That(performance, Does.Contain("O painel deve refletir qualquer mudança em até 5 segundos."));
        Assert.That(limits, Does.Contain("O painel se atualiza a cada 30 segundos."));
    }

    [Test]
    public void NoAnswerIsNoResponseTime()
    {
        // arrange
        const string text = @"# Becas

## CU-02 Revisar

1. El sistema consulta la PID.

**Flujos de excepción**

- **FE-01 — PID no disponible (paso 1).** Si la consulta no obtiene respuesta, el sistema la reintenta automáticamente cada 4 horas durante 48 horas.
";

        // act
        var timing = Section(Generate(text), "Timing Constraints");
        var performance = timing.Substring(0, timing.IndexOf("### Timeout Settings", System.StringComparison.Ordinal));

        // assert
        Assert.That(performance, Does.Not.Contain("reintenta"));
    }

    [Test]
    public void APushIsAsynchronous_AVersionCompareIsTransactional_AndAPersonsQueueIsNeither()
    {
        // arrange
        const string text = @"# Reports

## UC-1 Submit a report

1. Owner submits the report.
2. The server compares the version and changes the state to Submitted.
3. Other people who have the report open see the change (pushed over the realtime channel).
4. Clerk forwards the request; it moves to the queue of the chosen clerk.
";

        // act
        var critical = Section(Generate(text), "Critical Path");

        // assert
        Assert.That(critical, Does.Contain("**Transactional boundaries**: step 2"));
        Assert.That(critical, Does.Contain("**Asynchronous operations**: step 3"));
        Assert.That(critical, Does.Not.Contain("step 4"));
    }
}
