using KiroSpecs.Core.Common;
using KiroSpecs.Core.Sequences;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// Who the diagrams draw, on documents written for each pattern: a declared participant table with a kind column,
/// a short form declared beside the long one, two bold fields on one line, a component that answers whoever
/// called it, and nouns that only look like components.
/// </summary>
[TestFixture]
internal sealed class ParticipantReadingTests
{
    private const string Bakery = @"# Bakery orders

Participants of this document:

| Participant | Kind | Notes |
|---|---|---|
| Customer | Person | Orders cakes |
| Order Tablet | Device | Touch screen on the counter |
| Oven Planning System (OPS) | Internal system | Plans baking slots |
| Card Acquirer | External system | Authorises card payments |
| Baker | Person | Bakes |

## UC-1: Order a cake at the counter

**Primary actor:** Customer. **Participants:** Order Tablet, OPS, Card Acquirer.

### Basic Flow
1. The Customer taps ""New order"" on the Order Tablet.
2. The Tablet asks for the cake and the pickup day.
3. The Customer enters the cake and the pickup day.
4. The Tablet sends the order to the OPS to find a baking slot.
5. The OPS returns a free slot.
6. The Tablet requests a payment from the Card Acquirer.
7. The Card Acquirer returns an approval.
8. The Tablet prints a queue ticket and stores the order in its outbound queue.

## UC-2: Plan the day at the back office

**Primary actor:** Baker.

### Basic Flow
1. The Baker opens the day plan in the OPS.
2. The OPS sends the list of slots to the Card Acquirer for settlement.
3. The Card Acquirer returns the settled amounts.
4. The OPS stores the amounts and clears the open flag.
5. The Baker searches the OPS for the customer order of each slot.
";

    private static string Generate(string markdown) =>
        SequenceGenerator.Generate(new SequenceGenerationInput("bakery", markdown, "usecase.md", TranslationOptions.Default)).Markdown;

    private static string Diagram(string markdown, int sequence)
    {
        var start = markdown.IndexOf("### Sequence " + sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        var fence = markdown.IndexOf("```mermaid", start, System.StringComparison.Ordinal);
        return markdown.Substring(fence, markdown.IndexOf("\n```\n", fence, System.StringComparison.Ordinal) - fence);
    }

    private static void ContainsAll(string diagram, params string[] lines)
    {
        foreach (var line in lines)
        {
            Assert.That(diagram, Does.Contain(line));
        }
    }

    [Test]
    public void SecondBoldFieldOnALine_IsAFieldOfItsOwn()
    {
        // act
        var diagram = Diagram(Generate(Bakery), 1);

        // assert: "Customer. Participants" is no actor's name
        Assert.That(diagram, Does.Contain("actor Customer as Customer"));
        Assert.That(diagram, Does.Not.Contain("Participants"));
    }

    [Test]
    public void DeclaredDeviceCalledByItsLastWord_IsOneLifeline_AndNeverTheProduct()
    {
        // act
        var diagram = Diagram(Generate(Bakery), 1);

        // assert: "the Tablet" and "the Order Tablet" are one lifeline; the customer answers the tablet that asked
        ContainsAll(diagram,
            "Customer->>OrderTablet: taps #quot;New order#quot; on the Order Tablet.",
            "OrderTablet-->>Customer: asks for the cake and the pickup day.",
            "Customer->>OrderTablet: enters the cake and the pickup day.",
            "OrderTablet->>OPS: sends the order to the OPS to find a baking slot.",
            "OPS-->>OrderTablet: returns a free slot.");
        Assert.That(diagram, Does.Not.Contain("SYS"));
    }

    [Test]
    public void ShortFormInParentheses_NamesTheDeclaredParticipant()
    {
        // act
        var markdown = Generate(Bakery);

        // assert: one OPS lifeline, described by its long form and its kind
        Assert.That(Diagram(markdown, 1), Does.Contain("participant OPS as OPS"));
        Assert.That(Diagram(markdown, 1), Does.Not.Contain("Oven Planning System"));
        Assert.That(markdown, Does.Contain("- **OPS** - Oven Planning System - Internal system - Plans baking slots ("));
    }

    [Test]
    public void InternalSystemsAndDevices_AreNotExternalServices()
    {
        // act
        var markdown = Generate(Bakery);
        var external = markdown.Substring(markdown.IndexOf("### External Services", System.StringComparison.Ordinal));
        external = external.Substring(0, external.IndexOf("\n### ", 5, System.StringComparison.Ordinal));

        // assert
        Assert.That(external, Does.Contain("**Card Acquirer** - External system - Authorises card payments"));
        Assert.That(external, Does.Not.Contain("OPS"));
        Assert.That(markdown, Does.Contain("### Internal Systems and Devices the Document Declares"));
    }

    [Test]
    public void ComponentAnswersWhoeverCalledIt_AndKeepsItsOwnWork()
    {
        // act
        var diagram = Diagram(Generate(Bakery), 2);

        // assert: the OPS calls the acquirer (it was called by the baker), the acquirer answers the OPS
        ContainsAll(diagram,
            "Baker->>OPS: opens the day plan in the OPS.",
            "OPS->>CardAcquirer: sends the list of slots to the Card Acquirer for settlement.",
            "CardAcquirer-->>OPS: returns the settled amounts.",
            "OPS->>OPS: stores the amounts and clears the open flag.");
        Assert.That(diagram, Does.Not.Contain("SYS"));
    }

    [Test]
    public void PersonWordBeforeANoun_IsNotWhomTheStepAddresses()
    {
        // act
        var diagram = Diagram(Generate(Bakery), 2);

        // assert: "for the customer order" describes the order
        Assert.That(diagram, Does.Contain("Baker->>OPS: searches the OPS for the customer order of each slot."));
    }

    [Test]
    public void QueueTicketAndOwnQueue_AreNoParticipants()
    {
        // act
        var diagram = Diagram(Generate(Bakery), 1);

        // assert
        Assert.That(diagram, Does.Not.Contain("Queue"));
        Assert.That(diagram, Does.Contain("OrderTablet-->>Customer: prints a queue ticket and stores the order in its outbound queue."));
    }

    private const string Returns = @"# Returns

## Use Case 1: Return

**Primary actor:** Customer
**Secondary actors:** ShipRight Carrier API - external carrier service

**Main success scenario:**
1. Customer selects the order.
2. System allows only store credit and tells the customer why.
3. Customer drops the parcel at a ShipRight service point.
4. System receives the tracking event from ShipRight and stores it.
";

    [Test]
    public void TellingThePerson_IsAnAnswer_AndWhatTheSystemReceivesComesFromItsSender()
    {
        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("f", Returns, "usecase.md", TranslationOptions.Default));

        // assert
        Assert.That(model, Does.Contain("2 System --> Customer: allows only store credit and tells the customer why."));
        Assert.That(model, Does.Contain("4 ShipRight Carrier API -> System: receives the tracking event from ShipRight and stores it."));
        Assert.That(model, Does.Not.Contain("participant \"ShipRight service\""));
    }

    [TestCase("System performs database connectivity check", "Database")]
    [TestCase("System opens a database connection", "Database")]
    public void ComponentBeforeAnOperationNoun_IsStillAddressed(string step, string component)
    {
        // arrange
        var markdown = "# Probe\n\n### UC-1: Probe\n#### Actors\n- Primary: Monitor\n#### Basic Flow\n1. Monitor calls the status page\n2. " + step + "\n";

        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("f", markdown, "usecase.md", TranslationOptions.Default));

        // assert
        Assert.That(model, Does.Contain("2 System -> " + component + ":"));
    }

    private const string Greenhouse = @"# Greenhouse panel

Actors
- **Grower** – person who runs the greenhouse
- **Panel** – touch panel on the wall
- **Hub** – the greenhouse backend
- **Valve** – irrigation valve of a zone

## UC-1 Water a zone now

| Step | Actor | Action |
|------|-------|--------|
| 1 | Grower | Taps ""Water now"" |
| 2 | Panel | Requests a watering round from Hub |
| 3 | Hub | Returns the round id |
| 4 | Hub | Compares the soil moisture with the target |
| 5 | Valve | Reports the flow rate to Hub |

**A1 (from step 3)** – zone already watering
1. Hub returns ""Zone busy"".
2. UC ends.
";

    [Test]
    public void WithNoSystem_APersonsTapGoesToTheDeviceThatActsNext()
    {
        // act
        var diagram = Diagram(Generate(Greenhouse), 1);

        // assert
        Assert.That(diagram, Does.Contain("Grower->>Panel: Taps #quot;Water now#quot;"));
        Assert.That(diagram, Does.Not.Contain("Grower->>Grower"));
    }

    [Test]
    public void ComponentThatHasAnswered_DoesItsNextWorkOnItsOwnLifeline()
    {
        // act
        var diagram = Diagram(Generate(Greenhouse), 1);

        // assert: step 3 answers the panel; step 4 is the hub's own work, not a second answer
        ContainsAll(diagram, "Hub-->>Panel: Returns the round id", "Hub->>Hub: Compares the soil moisture with the target");
    }

    [Test]
    public void BranchAtAStep_AnswersWhoeverHadCalledByThatStep()
    {
        // act: by the end of the basic flow the valve has called the hub; at step 3 the panel had
        var diagram = Diagram(Generate(Greenhouse), 1);

        // assert
        Assert.That(diagram, Does.Contain("Hub-->>Panel: 1 returns #quot;Zone busy#quot;."));
        Assert.That(diagram, Does.Not.Contain("Hub-->>Valve"));
    }

    [Test]
    public void Retry_IsTheCallTheBranchStepMade_Again()
    {
        // arrange: by the end of the basic flow the system has called the mailer; at step 2 it had called the registry
        const string text = @"# Boat registry

## UC-3: Renew a mooring

**Primary Actor:** Skipper

## Main Success Scenario

1. Skipper enters the mooring number.
2. System asks the Harbour Registry for the mooring record.
3. System sends the renewal notice to the Mail Service.

## Extensions

2a. Harbour Registry does not answer within 5 seconds:
   2a1. System retries the request once.
   2a2. The use case ends in failure.
";

        // act
        var diagram = Diagram(Generate(text), 1);

        // assert
        Assert.That(diagram, Does.Contain("SYS->>HarbourRegistry: 2a1 retries the request once."));
    }

    [Test]
    public void PersonAnotherUseCaseDeclares_IsWhomAStepNamingThemAddresses()
    {
        // arrange
        const string text = @"# Bike repairs

## Use Case 1: Book a repair

**Primary actor:** Customer

**Main success scenario:**
1. Customer picks a slot.
2. System confirms the slot.

## Use Case 2: Finish a repair

**Primary actor:** Mechanic

**Main success scenario:**
1. Mechanic marks the repair as done.
2. System sends the customer the pickup e-mail.
3. System flags the bill for review by Customer Service.

**Extensions:**
1a. The part is missing:
   1a1. Supervisor rejects: the repair is put on hold and the bike is returned to the customer.
";

        // act
        var markdown = Generate(text);

        // assert
        ContainsAll(Diagram(markdown, 2),
            "actor Customer as Customer",
            "SYS->>Customer: sends the customer the pickup e-mail.",
            "SYS->>CustomerService: flags the bill for review by Customer Service.");
        Assert.That(markdown, Does.Contain("Supervisor->>SYS: 1a1 rejects"));
    }

    [Test]
    public void WorkQueueAPersonPicksFrom_IsNoParticipant_AMessageQueueIs()
    {
        // arrange
        const string text = @"# Permits office

## UC-2 Review a permit

**Primary actor:** Officer

1. Officer takes the permit from the review queue.
2. System shows the permit.
3. System publishes the decision to the event queue.
";

        // act
        var diagram = Diagram(Generate(text), 1);

        // assert
        Assert.That(diagram, Does.Not.Contain("ReviewQueue"));
        Assert.That(diagram, Does.Contain("Officer->>SYS: takes the permit from the review queue."));
        Assert.That(diagram, Does.Contain("participant EventQueue as Event queue"));
    }

    [Test]
    public void PersonNamedInThePlural_IsAddressed_ButAComponentsCheckOfThemIsItsOwnWork()
    {
        // arrange
        const string text = @"# Club app

Actors
- **Member** – person who belongs to the club
- **Hub** – the club's backend
- **Pager** – push notification service

## UC-1 Cancel a session

| Step | Actor | Action |
|------|-------|--------|
| 1 | Hub | Checks attendance of all members for the session |
| 2 | Pager | Notifies members that the session is cancelled |
";

        // act
        var diagram = Diagram(Generate(text), 1);

        // assert
        ContainsAll(diagram,
            "Hub->>Hub: Checks attendance of all members for the session",
            "Pager-->>Member: Notifies members that the session is cancelled");
    }
    private const string Payouts = @"# Payouts

People and systems:

- **Clerk** – approves payouts.
- **Ledger** – the new system (""the Ledger"" below).

## UC-7 Pay out

**Primary actor:** Ledger (on behalf of the clerk)

1. Ledger checks that the payee has no hold.
2. Ledger sends a payment instruction to PayHub.
3. PayHub confirms the payment is scheduled.
";

    [Test]
    public void SystemAsPrimaryActor_MakesNoPersonWait_AndAProductNameActingOnceIsAParticipant()
    {
        // act
        var markdown = Generate(Payouts);

        // assert
        Assert.That(markdown, Does.Not.Contain("actor Clerk"));
        Assert.That(markdown, Does.Contain("SYS->>PayHub: sends a payment instruction to PayHub."));
        Assert.That(markdown, Does.Contain("PayHub-->>SYS: confirms the payment is scheduled."));
    }
    private const string Letters = @"# Claims

## Actors

- **Claims handler** – updates claims.
- **Policyholder** – the customer.

## UC-5 Update claim

**Primary actor:** Claims handler

1. Claims handler saves the claim.
2. System sends a confirmation letter to the policyholder's address on file.
3. If the bank details changed, the System puts a hold on any payment and sends a letter to the policyholder's address.
4. Policyholder's bank confirms the change.
";

    [Test]
    public void LetterToAPersonsAddress_GoesToThePerson_AndAConditionalStepIsOptional()
    {
        // act
        var markdown = Generate(Letters);

        // assert: the possessive names whom the letter reaches, not who acts ("Policyholder's bank confirms").
        Assert.That(markdown, Does.Contain("SYS->>Policyholder: sends a confirmation letter to the policyholder's address on file."));
        // The block says the condition; the message says what happens then, without repeating it.
        Assert.That(markdown, Does.Contain("    opt If the bank details changed\n        SYS->>Policyholder: puts a hold on any payment and sends a letter to the policyholder's address."));
        Assert.That(markdown, Does.Not.Contain("Policyholder->>"));
    }
    private const string Refunds = @"# Refunds

## Actors
- **Customer** – the buyer
- **Gateway** – the payment provider's API

## UC-3 Refund an order

**Primary actor:** Refund job (on behalf of Finance)

1. System asks the Gateway for the refund.
2. Gateway answers that the refund is pending.
3. System sends a second request for the refund.
4. System records the refund.
";

    [Test]
    public void PrimaryActorOnBehalfOfSomeone_IsTheSystem_AndASecondRequestGoesWhereTheFirstWent()
    {
        // act
        var markdown = Generate(Refunds);

        // assert
        Assert.That(markdown, Does.Not.Contain("Refund job as"));
        Assert.That(markdown, Does.Not.Contain("actor "));
        Assert.That(markdown, Does.Contain("SYS->>Gateway: sends a second request for the refund."));
    }
    private const string ShortName = @"# Refunds

## Actors
- **Clerk** – handles refunds
- **PayHub Payments** – the payment service provider

## UC-1 Refund a payment

**Primary actor:** Clerk

1. Clerk approves the refund.
2. System sends the refund request to PayHub.
3. PayHub confirms the refund.
4. System shows the refund as done.
";

    [Test]
    public void ShortNameOfOneDeclaredSystem_IsThatSystem()
    {
        // act
        var markdown = Generate(ShortName);

        // assert: "PayHub" in the steps is the declared "PayHub Payments", one lifeline.
        Assert.That(markdown, Does.Contain("PayHubPayments-->>SYS: confirms the refund."));
        Assert.That(markdown, Does.Not.Contain("participant PayHub as"));
    }
    private const string Nightly = @"# Library nightly run

## UC-9 Send loan reminders

**Primary actor:** Planificador (nightly batch run)

1. Planificador starts the run.
2. System finds the loans that end tomorrow.
3. System e-mails the borrowers of those loans a reminder.
";

    [Test]
    public void SchedulerThatStartsARun_IsNoPerson_AndMailGoesToNoScheduler()
    {
        // act
        var markdown = Generate(Nightly);

        // assert
        Assert.That(markdown, Does.Contain("participant Planificador as Planificador"));
        Assert.That(markdown, Does.Contain("SYS->>SYS: e-mails the borrowers of those loans a reminder."));
        Assert.That(markdown, Does.Not.Contain("SYS-->>Planificador"));
    }

    [Test]
    public void WithNoSystemDrawn_AStaffMembersWorkGoesToTheComponentThatAnsweredThem_AndAnOfferToTheOtherPerson()
    {
        // arrange
        const string markdown = @"# Front desk

## UC-3: Walk-in

**Primary actor:** Front Desk Staff. **Participants:** Patient, PMS.

### Main Flow
1. The Patient gives name and date of birth at the desk.
2. Front Desk Staff search the PMS for the patient record.
3. The PMS returns the record.
4. Front Desk Staff book a same-day visit with the next free doctor.

### Exception Flows
#### EF-3.1: No capacity
At step 4, if no slot is free, staff offer the first appointment tomorrow and the use case ends.
";

        // act
        var diagram = Generate(markdown);

        // assert
        Assert.That(diagram, Does.Contain("FrontDeskStaff->>PMS: book a same-day visit with the next free doctor."));
        Assert.That(diagram, Does.Contain("FrontDeskStaff->>Patient: offer the first appointment tomorrow"));
        Assert.That(diagram, Does.Not.Contain("FrontDeskStaff->>FrontDeskStaff"));
    }

    [Test]
    public void JapaneseStepWithoutSubject_ThatChecksSetsOrFilters_IsThePersonsAction()
    {
        // arrange: steps without a subject end with the person's verb (確認 check, 設定 set, フィルタ filter)
        const string markdown = @"# 会員サイト

## UC-1 履歴確認

| ユースケースID | UC-1 |
| ------------- | ----- |
| ユースケース名 | 履歴確認 |
| アクター | 会員 |
| 基本フロー | 1. 会員がマイページにアクセス<br>2. 注文の履歴を確認<br>3. 配送先を設定<br>4. 未発送の注文をフィルタ<br>5. システムが結果を表示 |
";

        // act
        var diagram = Generate(markdown);

        // assert
        Assert.That(diagram, Does.Contain("->>SYS: 注文の履歴を確認"));
        Assert.That(diagram, Does.Contain("->>SYS: 配送先を設定"));
        Assert.That(diagram, Does.Contain("->>SYS: 未発送の注文をフィルタ"));
        Assert.That(diagram, Does.Not.Contain("SYS->>SYS"));
    }

    [Test]
    public void WhatHappensOutsideTheSystem_OrDoesNotHappen_IsARemark()
    {
        // arrange
        const string markdown = @"# Permits

## UC-1: Decide a permit

**Primary actor:** Clerk. **Secondary actors:** Applicant.

### Main Flow
1. Clerk signs the decision.
2. System sends the decision to the Applicant.
3. The Applicant may appeal to the council (outside this system).
4. The fee is not refunded (BR-9).
5. No se bloquea el expediente.
";

        // act
        var diagram = Generate(markdown);

        // assert
        Assert.That(diagram, Does.Contain("Note over Applicant: Step 3#58; The Applicant may appeal to the council (outside this system)."));
        Assert.That(diagram, Does.Contain("Note over SYS: Step 4#58; The fee is not refunded (BR-9)."));
        Assert.That(diagram, Does.Contain("Note over SYS: Step 5#58; No se bloquea el expediente."));
        Assert.That(diagram, Does.Not.Contain("SYS->>SYS"));
    }

    [TestCase("Customer drops the parcel at a service point.", "Customer->>Customer: drops the parcel at a service point.")]
    [TestCase("Clerk puts the parcel in the returns cage.", "Clerk->>Clerk: puts the parcel in the returns cage.")]
    public void APersonsPhysicalActIsTheirOwn_NotAMessageToTheSystem(string step, string arrow)
    {
        // arrange
        var markdown = "# Returns\n\n## UC-1: Return a parcel\n\n**Primary actor:** Customer. **Secondary actors:** Clerk.\n\n### Main Flow\n1. Customer asks the System for a label.\n2. " + step + "\n3. System records the return.\n";

        // act
        var diagram = Generate(markdown);

        // assert
        Assert.That(diagram, Does.Contain(arrow));
    }

    [TestCase("El sistema informa del rechazo y conserva la solicitud.", "SYS-->>Vecino: informa del rechazo y conserva la solicitud.")]
    [TestCase("El sistema pide una descripción del lugar.", "SYS-->>Vecino: pide una descripción del lugar.")]
    public void ASpanishAnswerReachesThePersonWhoWaits(string step, string arrow)
    {
        // arrange
        var markdown = "# Permisos\n\n## CU-01 Pedir permiso\n\n**Actor principal:** Vecino\n\n### Flujo principal\n1. El vecino envía la solicitud.\n2. " + step + "\n";

        // act
        var diagram = Generate(markdown);

        // assert
        Assert.That(diagram, Does.Contain(arrow));
    }

    private const string Kiosk = @"# Parking

## CU-09: Pagar una multa

**Actor principal:** Conductor
**Actores secundarios:** Pasarela de pago - plataforma de cobro de la ciudad

### Flujo básico
1. El conductor introduce la matrícula.
2. El sistema muestra la multa.
3. El sistema redirige a la Pasarela de pago; el conductor paga con tarjeta.
4. La Pasarela de pago devuelve el resultado del cobro al sistema.
5. El sistema archiva la multa en el Registro de multas.
6. El sistema muestra el justificante.

### Flujos alternativos
- FA-01 (paso 2) El conductor recurre la multa. Pulsa Recurrir; el sistema abre un recurso. El caso de uso termina.

### Flujos de excepción
- FE-01 (paso 5) Fallo del Registro de multas. El sistema reintenta 3 veces.
";

    [Test]
    public void PersonSentToAComponent_ActsThere_AndItsAnswerToTheSystemIsWritten()
    {
        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("f", Kiosk, "usecase.md", TranslationOptions.Default));

        // assert
        Assert.That(model, Does.Contain("then Conductor -> Pasarela de pago: paga con tarjeta."));
        Assert.That(model, Does.Contain("4 Pasarela de pago --> Sistema: devuelve el resultado del cobro al sistema."));
    }

    [Test]
    public void BranchWhosePersonActs_GoesOnWithThatPerson_AndARetryRetriesItsOwnStep()
    {
        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("f", Kiosk, "usecase.md", TranslationOptions.Default));

        // assert: "Pulsa Recurrir" is the driver's; step 5 calls no one, so its retry is the system's own work.
        Assert.That(model, Does.Contain("- Conductor -> Sistema: Pulsa Recurrir"));
        Assert.That(model, Does.Not.Contain("Sistema -> Pasarela de pago: reintenta"));
    }

    [Test]
    public void SendingToSomethingThatIsNoParticipant_IsNoAnswerToTheActor()
    {
        // arrange
        const string markdown = @"# Claims

## UC-8: Settle a claim

**Primary Actor:** Assessor

### Main Flow
1. Assessor approves the settlement.
2. System sends the job to the repair network.
3. System shows the settlement to the Assessor.
";

        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("f", markdown, "usecase.md", TranslationOptions.Default));

        // assert
        Assert.That(model, Does.Contain("2 System self: sends the job to the repair network."));
    }

    [Test]
    public void PersonsOwnCheckThenWhatTheyEnter_GoesToTheSystem()
    {
        // arrange
        const string markdown = @"# Claims

## UC-9: Grade the items

**Primary Actor:** Assessor

### Main Flow
1. System shows the loss items.
2. Assessor checks each item against the policy and sets each item to Accepted or Declined.
3. Assessor reviews the totals.
";

        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("f", markdown, "usecase.md", TranslationOptions.Default));

        // assert: the check alone is the person's own work; what they set is entered into the system.
        Assert.That(model, Does.Contain("2 Assessor -> System: checks each item against the policy and sets each item to Accepted or Declined."));
        Assert.That(model, Does.Contain("3 Assessor self: reviews the totals."));
    }

    [Test]
    public void PersonsDecisionBeforeAColon_GoesToTheSystem_AndWhatThenHappensIsTheSystems()
    {
        // arrange
        const string markdown = @"# Returns

## UC-5: Approve a return

**Primary Actor:** Supervisor

### Main Flow
1. System shows the graded item.
2. Supervisor rejects: the line is set to REJECTED and the item is sent back to the customer.
3. System closes the case.
";

        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("f", markdown, "usecase.md", TranslationOptions.Default));

        // assert
        Assert.That(model, Does.Contain("2 Supervisor -> System: rejects\n"));
        Assert.That(model, Does.Contain("then System self: the line is set to REJECTED and the item is sent back to the customer."));
    }

    [Test]
    public void ConditionWithACommaInBrackets_IsReadToItsOwnComma_AndARoleWithBothGendersIsTheDeclaredPerson()
    {
        // arrange
        const string markdown = @"# Obras

## CU-3: Revisar una obra

**Actor principal:** Técnico/a de Obras

### Flujo básico
1. El sistema muestra la obra.
2. El/la técnico/a revisa los planos.
3. El sistema registra la revisión.

### Flujos alternativos
- FA-01 (paso 2) Obra incompatible. Si coincide con otra obra (calle, plaza), el/la técnico/a redacta un informe desfavorable.
";

        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("f", markdown, "usecase.md", TranslationOptions.Default));

        // assert
        Assert.That(model, Does.Contain("- Técnico/a de Obras -> Sistema: Si coincide con otra obra (calle, plaza), el/la técnico/a redacta un informe desfavorable"));
    }

    [Test]
    public void RoleWhoseHeadIsAPerson_IsAPerson_EvenWithASystemWordAfterDe()
    {
        // arrange
        const string markdown = @"# Obras

## CU-4: Firmar una licencia

**Actor principal:** Técnico/a de Obras
**Actores secundarios:** Jefe/a de Servicio

### Flujo básico
1. El/la técnico/a envía la propuesta.
2. El/la Jefe/a de Servicio firma la licencia.
3. El sistema registra la firma.

### Flujos alternativos
- FA-01 (paso 2) El/la Jefe/a de Servicio devuelve la propuesta. Añade una observación y la devuelve al técnico/a.
";

        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("f", markdown, "usecase.md", TranslationOptions.Default));

        // assert
        Assert.That(model, Does.Contain("participant \"Jefe/a de Servicio\": person, declared"));
        Assert.That(model, Does.Contain("- Jefe/a de Servicio -> Técnico/a de Obras: Añade una observación y la devuelve al técnico/a"));
    }

    [Test]
    public void MailThatNamesNoOne_GoesToWhomTheUseCaseMails_AndWhatAComponentCannotDoSendsNothing()
    {
        // arrange
        const string markdown = @"# Refunds

## Use Case 3: Issue a refund

**Primary actor:** Finance clerk
**Secondary actors:** Customer; Phone App - the customer's app

**Main success scenario:**
1. Finance clerk opens the refund.
2. System e-mails the customer the refund confirmation.
3. Phone App can't show the refund offline; the customer is told later.

**Extensions:**
2a. The customer chose store credit:
   2a1. System e-mails the voucher code.
";

        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("f", markdown, "usecase.md", TranslationOptions.Default));

        // assert
        Assert.That(model, Does.Contain("2a1 System -> Customer: e-mails the voucher code."));
        Assert.That(model, Does.Contain("3 Phone App self: can't show the refund offline"));
    }

    [Test]
    public void AMailWithoutAReceiver_GoesToThePersonTheUseCaseMails_AndItsFailureIsNoAnswerFromThem()
    {
        // arrange: the clerk drives the flow; the applicant is the one the use case mails
        const string text = @"# Licencias

## CU-2: Resolver una licencia

**Actor principal:** Gestor

**Actores secundarios:** Solicitante

**Flujo principal:**
1. El gestor toma la solicitud; el sistema la marca En revisión y avisa al solicitante por correo.
2. El gestor redacta la resolución.
3. El sistema publica la resolución y envía el correo de aviso.

**Flujos de excepción:**
- FE-01 (paso 3) Fallo del correo. El sistema guarda el aviso en la cola de reenvío.
";

        // act
        var markdown = Generate(text);
        var error = markdown.Substring(markdown.IndexOf("#### Error Flow - FE-01", System.StringComparison.Ordinal));

        // assert
        Assert.That(markdown, Does.Contain("SYS->>Solicitante: publica la resolución y envía el correo de aviso."));
        Assert.That(markdown, Does.Not.Contain("SYS-->>Gestor: publica la resolución"));
        Assert.That(error, Does.Contain("Note over SYS,Solicitante: FE-01#58; if Fallo del correo"));
        Assert.That(error, Does.Not.Contain("Solicitante--x"));
    }

    [Test]
    public void AnotherPartyUsingWhatItHas_IsItsOwnWork_NotAnAnswerToTheOneThatCalledIt()
    {
        // arrange
        const string text = @"# Night run

## Actors

- **Scheduler**: starts the night run.
- **City Police**: receives the daily list of works.

## UC-4: Night run

**Primary actor:** Scheduler

**Main flow:**
1. Scheduler starts the run.
2. System sends the daily list of works to the City Police.

**Exception flows:**
- EF-1 (step 2) The list is late. City Police uses the list of the day before.
";

        // act
        var markdown = Generate(text);

        // assert
        Assert.That(markdown, Does.Contain("CityPolice->>CityPolice: uses the list of the day before."));
        Assert.That(markdown, Does.Not.Contain("CityPolice-->>SYS: uses"));
    }

    [TestCase("2. System checks the address against the street list and shows it on the map.", "SYS-->>Applicant: checks the address against the street list and shows it on the map.")]
    [TestCase("2. El sistema comprueba la dirección y la muestra en el mapa.", "SYS-->>Applicant: comprueba la dirección y la muestra en el mapa.")]
    [TestCase("2. System checks the address against the street list.", "SYS->>SYS: checks the address against the street list.")]
    public void WhatTheSystemWorksOutAndThenShows_IsItsAnswer(string step, string arrow)
    {
        // arrange
        var text = @"# Works

## UC-1: Place a skip

**Primary actor:** Applicant

**Main flow:**
1. Applicant enters the address.
" + step + @"
3. Applicant confirms.
";

        // act
        var markdown = Generate(text);

        // assert
        Assert.That(markdown, Does.Contain(arrow));
    }

    [Test]
    public void APortalTheStepSendsTo_IsAComponentNamedAsWritten()
    {
        // arrange
        const string text = @"# Repairs

## UC-6: Order a repair

**Primary actor:** Assessor

**Main flow:**
1. Assessor approves the repair.
2. System sends the job to the supplier portal.
3. System shows the job number.
";

        // act
        var markdown = Generate(text);

        // assert
        Assert.That(markdown, Does.Contain("participant SupplierPortal as Supplier portal"));
        Assert.That(markdown, Does.Contain("SYS->>SupplierPortal: sends the job to the supplier portal."));
    }

    [Test]
    public void ASecondClauseAfterYWithASubjectOfItsOwn_IsItsOwnMessage()
    {
        // arrange
        const string text = @"# Expedientes

## CU-1: Abrir un expediente

**Actor principal:** Gestor

**Flujo principal:**
1. El gestor abre el expediente y el sistema registra la apertura.
2. El sistema muestra el expediente.
";

        // act
        var markdown = Generate(text);

        // assert
        Assert.That(markdown, Does.Contain("Gestor->>SYS: abre el expediente\n    autonumber off\n    SYS->>SYS: registra la apertura.\n"));
    }

    [Test]
    public void ASentenceOnTheLineAfterTheActors_IsNoActor_AndTheUseCaseItIncludesIsADependency()
    {
        // arrange
        const string text = @"# Studio

## UC-1: Find a session

**Primary actor:** Musician

1. Musician searches the calendar.
2. System shows the free sessions.

## UC-2: Book a session

**Primary actor:** Musician
Includes UC-1 for the search of a free session.

1. Musician picks a session.
2. System confirms the booking to the Musician.
";

        // act
        var markdown = Generate(text);

        // assert
        Assert.That(markdown, Does.Not.Contain("Includes UC-1 for the search of a free session\n"));
        Assert.That(markdown, Does.Not.Contain("participant Includes"));
        Assert.That(markdown, Does.Contain("- UC-2 includes UC-1 (text): Includes UC-1 for the search of a free session."));
    }

    private const string Lockers = @"# Bike lockers

## Actors and systems

| Actor | Kind | Notes |
| --- | --- | --- |
| Cyclist | Person | Rents a locker |
| App | Device | The phone app |
| Backend | Internal system | Locker service |
| Locker | Device | The locker door module |
| Plataforma de Pagos de Datos | External system | Takes payments of data plans |

## LOCK-01 Rent a locker

| # | Actor | Action |
| --- | --- | --- |
| 1 | Cyclist | Scans the code on the door. |
| 2 | App | Sends the code to Backend. |
| 3 | Backend | Checks locker is free and within reach; returns the price. |
| 4 | Cyclist | Sees the price and confirms. |
| 5 | Backend | Creates the rental and marks locker taken. |
| 6 | Backend | Sends OPEN to Locker. |
| 7 | App | Shows the rental timer; locker beeps once. |
| 8 | Backend | Stores the datos of the rental. |

## LOCK-02 Return a locker

1. Cyclist closes the door.
2. Locker reports the door closed to Backend.
";

    [Test]
    public void WhatAStepReadsOrWritesTheStateOf_IsNoReceiver_AndAnAnswerAfterASemicolonGoesToTheCaller()
    {
        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("lockers", Lockers, "usecase.md", TranslationOptions.Default));

        // assert
        ContainsAll(model,
            "    1 Cyclist -> App: Scans the code on the door.",
            "    3 Backend self: Checks locker is free and within reach",
            "      then Backend --> App: returns the price.",
            "    4 Cyclist -> App: Sees the price and confirms.",
            "    5 Backend self: Creates the rental and marks locker taken.",
            "    6 Backend -> Locker: Sends OPEN to Locker.",
            "    7 App --> Cyclist: Shows the rental timer",
            "    8 Backend self: Stores the datos of the rental.");
    }

    private const string Ferry = @"# Ferry desk

## Actors

- **Traveller** — person booking a crossing.
- **Ticket Service Agent** — Port Services staff at the desk.
- **Harbour Booking System (HBS)** — external reservation service.

## UC-1: Book a crossing

**Primary actor:** Traveller

1. The use case begins when the Traveller selects ""Book a crossing"" at the kiosk.
2. The system retrieves the sailings from the HBS.
3. The system calculates the fare and shows it with the departure time.
4. The Ticket Service Agent checks the vehicle size.
5. Control returns to the calling use case.

### Exception flows

- E1: HBS does not answer. The system shows ""Try again later"".
";

    [Test]
    public void RupOpenersAndPhrasingsOfRealDocuments_AreReadAsTheirAuthorsMeantThem()
    {
        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("ferry", Ferry, "usecase.md", TranslationOptions.Default));

        // assert
        ContainsAll(model,
            "    1 Traveller -> System: selects \"Book a crossing\" at the kiosk.",
            "    3 System --> Traveller: calculates the fare and shows it with the departure time.",
            "participant \"Ticket Service Agent\": person, declared",
            "    5 note over System: Control returns to the calling use case.",
            "exception \"E1\" at step 2");
    }

    [Test]
    public void TheSystemsOwnWorkThenAWordToAPerson_IsItsWorkThenTheWordToThatPerson()
    {
        // arrange
        const string text = @"# Repairs

## UC-2: Repair a bicycle

**Primary actor:** Owner
**Secondary actors:** Mechanic

1. Owner hands in the bicycle.
2. The system creates the repair order with status Open, prints a tag, and acknowledges with an order number.
3. Mechanic repairs the bicycle.
4. The system sets the order to Ready and notifies the Owner that it can be collected.
5. The system closes the order, alerts the Mechanic and the use case ends.
";

        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("repairs", text, "usecase.md", TranslationOptions.Default));

        // assert
        ContainsAll(model,
            "    2 System self: creates the repair order with status Open, prints a tag",
            "      then System --> Owner: acknowledges with an order number.",
            "    4 System self: sets the order to Ready",
            "      then System --> Owner: notifies the Owner that it can be collected.",
            "    5 System self: closes the order",
            "      then System -> Mechanic: alerts the Mechanic and the use case ends.");
    }

    [Test]
    public void WhatTheSystemPutsAtAPersonsDisposal_GoesToThatPerson()
    {
        // arrange
        const string text = @"# Ayudas

## CU-01: Pedir una ayuda

**Actor principal:** Solicitante

1. El solicitante envía la solicitud.
2. El sistema pone el justificante a disposición del solicitante.
";

        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("ayudas", text, "usecase.md", TranslationOptions.Default));

        // assert
        Assert.That(model, Does.Contain("    2 Sistema --> Solicitante: pone el justificante a disposición del solicitante."));
    }

    [Test]
    public void ATimeWordBeforeTheSubject_AndAPartOfASystemInThePossessive_AreReadThrough()
    {
        // arrange
        const string text = @"# Invoices

## Actors

- **Clerk** — person who books invoices.
- **Ledger Service** — external accounting service.

## UC-1: Book an invoice

1. The clerk books the invoice.
2. The system sends the invoice to the ledger service's API.
3. Later, the ledger service calls our webhook with the posting id.
";

        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("invoices", text, "usecase.md", TranslationOptions.Default));

        // assert
        ContainsAll(model,
            "    2 System -> Ledger Service: sends the invoice to the ledger service's API.",
            "    3 Ledger Service ");
    }

    [Test]
    public void RolesWithAGenderEndingAndAQualifier_AreTwoPeople_AndTheHeadWordNamesTheOneItOpens()
    {
        // arrange
        const string text = @"# Leitos

## Atores

- **Enfermeiro(a) do setor** — pessoa que aloca o leito.
- **Enfermeiro(a) da ala** — pessoa que recebe o paciente.
- **Médico plantonista** — pessoa que pede o leito.

## UC01: Pedir leito

1. O médico pede um leito.
2. O enfermeiro do setor aloca o leito.
3. O enfermeiro da ala recebe o paciente.
";

        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("leitos", text, "usecase.md", TranslationOptions.Default));

        // assert
        ContainsAll(model,
            "participant \"Enfermeiro do setor\": person, declared",
            "participant \"Enfermeiro da ala\": person, declared",
            "    1 Médico plantonista -> ",
            "    2 Enfermeiro do setor ",
            "    3 Enfermeiro da ala ");
        Assert.That(model, Does.Not.Contain("\"médico\""));
    }

    [Test]
    public void TheHeadWordOfASystemNamedXDeY_NamesIt_AndANameInsideBracketsIsNoReceiver()
    {
        // arrange
        const string text = @"# Leitos

## Atores

- **Recepcionista** — pessoa que registra a chegada.
- **Operadora de saúde** — sistema externo que autoriza internações.
- **Serviço de Mensagens** — sistema externo que envia avisos.

## UC01: Registrar chegada

1. A recepcionista registra a chegada do paciente.
2. O sistema envia a solicitação de autorização à operadora.
3. O sistema imprime a pulseira (paciente, recepcionista, leito).
4. O Serviço de Limpeza prepara o leito.
";

        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("chegada", text, "usecase.md", TranslationOptions.Default));

        // assert
        ContainsAll(model, "    2 Sistema -> Operadora de saúde: envia a solicitação de autorização à operadora.");
        Assert.That(model, Does.Not.Contain("    3 Sistema -> Recepcionista"));
        Assert.That(model, Does.Not.Contain("    4 Serviço de Mensagens"), "'o Serviço de Limpeza' is another service");
    }

    [Test]
    public void ASentenceThatExplains_IsANote_NotAMessage()
    {
        // arrange
        const string text = @"# Tickets

## UC-1: Buy a ticket

**Primary actor:** Rider

1. Rider picks a ticket.
2. System charges the card through the Payment Gateway.

### Alternative flows

- A1 (at step 2): The card is declined. System shows the decline. This happens with cards issued abroad. We deliberately do not retry, because the bank may block the card. Retrying silently would charge the rider twice.
";

        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("tickets", text, "usecase.md", TranslationOptions.Default));

        // assert
        ContainsAll(model,
            "    - note over System: This happens with cards issued abroad",
            "    - note over System: We deliberately do not retry, because the bank may block the card",
            "    - note over System: Retrying silently would charge the rider twice.");
    }

    [Test]
    public void ARoleWrittenForEitherGender_IsOnePerson_WithWhatItHeads()
    {
        // arrange
        const string text = @"# Subvenciones

## CU-1: Resolver la convocatoria

**Actor principal:** Comisión de Valoración

1. El Secretario/a prepara la lista de solicitudes.
2. La Comisión aprueba la lista.
3. El Director/a del Área firma la resolución.
4. El sistema publica la resolución.
";

        // act
        var markdown = Generate(text);

        // assert
        Assert.That(markdown, Does.Contain("actor SecretarioA as Secretario/a"));
        Assert.That(markdown, Does.Contain("SecretarioA->>SYS: prepara la lista de solicitudes."));
        Assert.That(markdown, Does.Contain("as Director/a del Área"));
        Assert.That(markdown, Does.Not.Contain(": /a "));
        Assert.That(markdown, Does.Not.Contain("SYS->>SYS: El Secretario/a"));
    }

    [Test]
    public void AShortNameInBracketsAfterTheLongOne_NamesTheActor_AndThroughItIsToIt()
    {
        // arrange
        const string text = @"# Solicitudes

## Actores

| Actor | Tipo | Descripción |
| --- | --- | --- |
| Solicitante | Persona | Estudiante. |
| Plataforma de firma (Fi@rma) | Sistema externo | Firma electrónica. |
| Identity Provider (IdP) | External system | Sign-in. |

## CU-1: Presentar

1. El solicitante se identifica a través de la Plataforma de firma.
2. El solicitante firma con Fi@rma.
3. The applicant signs in through IdP.
4. El sistema muestra el justificante.
";

        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("firma", text, "usecase.md", TranslationOptions.Default));
        var markdown = Generate(text);

        // assert
        ContainsAll(model,
            "    1 Solicitante -> Fi@rma: se identifica a través de la Plataforma de firma.",
            "    2 Solicitante -> Fi@rma: firma con Fi@rma.",
            "    3 Applicant -> IdP: signs in through IdP.");
        Assert.That(markdown, Does.Contain("participant Firma as Fi@rma"));
    }

    [Test]
    public void APhraseOfForWhomBeforeWhoActs_LeavesTheArrowToTheClauseAfterIt()
    {
        // arrange
        const string text = @"# Internação

## Atores

- **Médico** — pessoa que solicita.
- **Seguradora** — sistema externo; autoriza a internação.

## UC01 Solicitar leito

**Ator principal:** Médico
**Atores secundários:** Seguradora

1. O médico abre a solicitação.
2. Para pacientes de convênio, o sistema envia a solicitação de autorização à seguradora pelo portal TISS.
3. For members abroad, the system sends the request to the Seguradora.
4. O sistema mostra o resultado.
";

        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("internacao", text, "usecase.md", TranslationOptions.Default));

        // assert
        ContainsAll(model,
            "    2 Sistema -> Seguradora: Para pacientes de convênio, o sistema envia a solicitação de autorização à seguradora pelo portal TISS.",
            "    3 Sistema -> Seguradora: For members abroad, the system sends the request to the Seguradora.");
    }

    [Test]
    public void WhatAComponentShowsOrSendsAsAReceipt_GoesToThePerson_NotToASystemItNames()
    {
        // arrange
        const string text = @"# Parking

**Actor:** Driver · **Systems:** Meter App, Server, Card Gateway

## PARK-01 Pay for parking

| # | Actor | Action |
| --- | --- | --- |
| 1 | Driver | Taps Pay. |
| 2 | Server | Charges the fee at Card Gateway. |
| 3 | Card Gateway | Returns `paid`. |
| 4 | Server | Marks the session paid, sends one receipt. |

Branches:
- 3a — declined: Meter App shows Card Gateway reason; the driver can try another card.

## PARK-02 End parking

| # | Actor | Action |
| --- | --- | --- |
| 1 | Driver | Taps End. |
| 2 | Server | Closes the session. |
";

        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("parking", text, "usecase.md", TranslationOptions.Default));

        // assert
        ContainsAll(model,
            "      then Server --> Driver: sends one receipt.",
            "Meter App --> Driver: shows Card Gateway reason");
        Assert.That(model, Does.Not.Contain("Server -> Card Gateway: sends one receipt"));
    }

    [Test]
    public void AnHttpStatusAnswersTheSystemThatCalled_NotThePersonOfTheUseCase()
    {
        // arrange
        const string text = @"# Shipments

## Actors

- **Shipper** – person who books a shipment
- **Carrier system** – external system that moves the parcel

## UC-1: Track a shipment

**Primary actor:** Shipper

1. The Shipper books a shipment.
2. The system sends the booking to the Carrier system.
3. Later, the Carrier system calls our webhook with a status event.
4. The system checks the signature and rejects the call with 401 if it does not match.
5. The system stores the status and responds 200.
6. The Shipper is notified of the new status.
";

        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("shipments", text, "usecase.md", TranslationOptions.Default));

        // assert
        ContainsAll(model,
            "      then System --> Carrier system: rejects the call with 401 if it does not match.",
            "      then System --> Carrier system: responds 200.",
            "    6 System --> Shipper: The Shipper is notified of the new status.");
    }

    [Test]
    public void APersonSomeoneDoesSomethingFor_IsNotWhomTheStepGoesTo()
    {
        // arrange
        const string text = @"# Reports

## Actors

- **Owner** – person who submits the report
- **Approver** – person who approves it

## UC-2: Submit a report

**Primary actor:** Owner

1. The Owner opens the report.
2. The Owner confirms and adds an optional note for the Approver.
3. The system sends the report to the Approver.
";

        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("reports", text, "usecase.md", TranslationOptions.Default));

        // assert
        ContainsAll(model,
            "    2 Owner -> System: confirms and adds an optional note for the Approver.",
            "    3 System -> Approver: sends the report to the Approver.");
    }

    [Test]
    public void WhatLooksLikeAShortNameOrAStatus_StaysWhatItIs()
    {
        // arrange: a qualifier in brackets, a loop over something named, an answer the system's own call got
        const string text = @"# Shop

## Actors

| Actor | Type | Description |
| --- | --- | --- |
| Customer (B2B) | Person | Buys in bulk. |
| Fare Service | External system | Prices. |

## UC-1: Order

1. The Customer opens the Cart.
2. For each item in the Cart, the system reserves the stock.
3. The system asks the Fare Service for the prices.
4. The Fare Service returns the prices to the system.
5. The system returns 250 matching offers.
";

        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("shop", text, "usecase.md", TranslationOptions.Default));
        var markdown = Generate(text);

        // assert
        Assert.That(model, Does.Contain("participant \"Customer\": person, declared"));
        Assert.That(markdown, Does.Contain("loop For each item in the Cart"));
        Assert.That(model, Does.Contain("5 System --> Customer: returns 250 matching offers."));
    }
}
