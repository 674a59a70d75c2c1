using System;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// How a use case changes the statuses of a lifecycle the document states, and how each of its flows ends, in the
/// author's words: the places that name a status, a second way between two statuses, what a "next states" cell says
/// besides its statuses, and the words that say where a flow ends or goes on.
/// </summary>
[TestFixture]
internal sealed class StatusAndEndingTests
{
    private const string Library = @"# Library loans

## Loan statuses

Requested → On loan → Returned

- On loan → Overdue if the due date passes
- On loan → Returned can be forced by a Librarian (lost item written off)

## UC-1 Borrow a book

**Preconditions:** the member has no loan in Overdue.

**Main flow:**
1. Member asks for the book at the desk.
2. System records the loan as Requested.
3. Librarian hands the book over and System sets the loan On loan.

**Alternative flows:**
- 2a. The book is reserved by someone else: System tells the Member. The book stays on the shelf. Use case ends.
- 3a. The Member has reached the limit of 5 books: System refuses the loan. The Member may return a book first. Use case ends.
- 3b. The card reader is down: Librarian types the card number. Back to step 3.

## UC-2 Return a book

**Main flow:**
1. Member drops the book in the return box.
2. System sets the loan Returned.

**Alternative flows:**
- 2a. The book is damaged: Librarian notes the damage. The loan is still Returned.
";

    private static string Generate(string text) => GeneratedSections.Generate("library", text);

    private static string Section(string markdown, string heading) => GeneratedSections.Section(markdown, heading);

    [Test]
    public void BesideAStatedLifecycle_EachUseCaseListsWhereItsTextNamesAStatus_NotASuccessOrFailureState()
    {
        // act
        var states = Section(Generate(Library), "State Transitions");

        // assert: the places that name a status, with their words and line; no Success or Failure read from other words
        Assert.That(states, Does.Contain("| Precondition | Overdue | \"the member has no loan in Overdue.\" (line 12) |"));
        Assert.That(states, Does.Contain("| step 2 | Requested | \"System records the loan as Requested.\" (line 16) |"));
        Assert.That(states, Does.Contain("| step 3 | On loan | \"Librarian hands the book over and System sets the loan On loan.\" (line 17) |"));
        Assert.That(states, Does.Contain("| 2a | Returned | \"The loan is still Returned\" (line 31) |"));
        Assert.That(states, Does.Contain("Flows 2a, 3a, 3b name no status."));
        Assert.That(states, Does.Not.Contain("Seq1_Failure"));
        Assert.That(states, Does.Not.Contain("Seq1_Success"));
    }

    [Test]
    public void StatusNamedInsideALongerStatusOrAWord_IsNotNamed()
    {
        // act
        var states = Section(Generate(Library.Replace("The loan is still Returned.", "Returnedness is noted; the loan is On loan again.")), "State Transitions");

        // assert: "Returnedness" is no status, "On loan" is
        Assert.That(states, Does.Contain("| 2a | On loan | \"the loan is On loan again\" (line 31) |"));
        Assert.That(states, Does.Not.Contain("| 2a | Returned"));
    }

    [Test]
    public void ATriggerStatedForAPairTheChainAlreadyNames_IsASecondWayDrawnWithIt()
    {
        // act
        var states = Section(Generate(Library), "State Transitions");

        // assert: the chain's bare On loan → Returned stays, and the forced one is drawn beside it
        Assert.That(states, Does.Contain("    Status2 --> Status3\n"));
        Assert.That(states, Does.Contain("    Status2 --> Status3 : can be forced by a Librarian (lost item written off)\n"));
        Assert.That(states, Does.Contain("    Status2 --> Status4 : if the due date passes\n"));
    }

    [Test]
    public void WhatANextStatesCellSaysBesidesItsStatuses_IsKeptAsARemark()
    {
        // arrange
        const string text = @"# Permits

## Permit states

| State | Meaning | Next states |
| --- | --- | --- |
| Draft | Being filled in | Filed; (deleted after 30 days) |
| Filed | Sent to the office | Granted, Refused |
| Granted | Permit issued | — |
| Refused | Permit refused | — |

## UC-1 File a permit

1. Applicant fills in the permit.
2. System sets the permit to Filed.
";

        // act
        var states = Section(Generate(text), "State Transitions");

        // assert
        Assert.That(states, Does.Contain("- line 7: Draft: deleted after 30 days"));
        Assert.That(states, Does.Contain("| step 2 | Filed |"));
    }

    [Test]
    public void ErrorCoverage_ListsEveryFlowWithTheWordsThatSayWhereItEnds()
    {
        // act
        var coverage = Section(Generate(Library), "Error Scenario Coverage");

        // assert: the sentence that says where the flow ends, not the remark after it; a way back by its step
        Assert.That(coverage, Does.Contain("| 2a (extension, at step 2) | The book is reserved by someone else | \"Use case ends\" (line 20) |"));
        Assert.That(coverage, Does.Contain("| 3a (extension, at step 3) | The Member has reached the limit of 5 books | \"Use case ends\" (line 21) |"));
        Assert.That(coverage, Does.Contain("| 3b (extension, at step 3) | The card reader is down | back to step 3 |"));
        Assert.That(coverage, Does.Contain("| 2a (extension, at step 2) | The book is damaged | \"The loan is still Returned\" (line 31) |"));
        Assert.That(coverage, Does.Not.Contain("ends in failure"));
    }

    [Test]
    public void ErrorCoverage_AFlowWhoseLastSentenceIsARemark_QuotesTheSentenceThatSaysWhereItGoes()
    {
        // arrange
        const string text = @"# Shop

## UC-1 Pay for an order

1. Customer confirms the order.
2. System charges the card.

**Alternative flows:**
- 2a. The card is declined:
  1. System shows the decline reason.
  2. The order stays open for 24 hours.
  3. Most declines are caused by daily limits.
";

        // act
        var coverage = Section(Generate(text), "Error Scenario Coverage");

        // assert
        Assert.That(coverage, Does.Contain("| The card is declined | \"The order stays open for 24 hours.\" (line 11) |"));
    }

    [Test]
    public void TwoStatusesOneGoesBackAndForthBetween_BothLeadOn()
    {
        // arrange
        const string text = @"# Rentals

## Rental status

`booked` → `out` ⇄ `paused` → `returned`

## UC-1 Return a bike

1. Rider docks the bike; Backend sets the rental `returned`.
";

        // act
        var states = Section(Generate(text), "State Transitions");

        // assert: out → returned as well as paused → returned
        Assert.That(states, Does.Contain("    Status2 --> Status3\n    Status3 --> Status2\n"));
        Assert.That(states, Does.Contain("    Status3 --> Status4\n"));
        Assert.That(states, Does.Contain("    Status2 --> Status4\n"));
    }

    [Test]
    public void AStatusNameThatOpensALongerName_IsNoStatus()
    {
        // arrange
        const string text = @"# Parcels

## Parcel status

Registered → Tracking → Delivered

## UC-1 Send a parcel

1. System registers the parcel with the Tracking Service.
2. System sets the parcel to Tracking.
";

        // act
        var states = Section(Generate(text), "State Transitions");

        // assert
        Assert.That(states, Does.Not.Contain("| step 1 |"));
        Assert.That(states, Does.Contain("| step 2 | Tracking |"));
    }

    private const string Becas = @"# Becas

## CU-01 Presentar solicitud

**Flujo básico**

1. El solicitante se identifica.
2. El sistema muestra el formulario.
3. El solicitante rellena los datos.
4. El solicitante adjunta los documentos.
5. El sistema registra la solicitud.

**Flujos alternativos**

- **FA-01 — Guardar borrador (pasos 3 a 4).** El solicitante puede pulsar «Guardar» en cualquier momento. El sistema guarda los datos.

**Flujos de excepción**

- **FE-01 — Fallo de identificación (paso 1).** Si la identificación falla, el sistema muestra el mensaje «No ha sido posible. Inténtelo más tarde» y finaliza el caso de uso.
";

    [Test]
    public void AFlowOverARangeOfSteps_IsNamedByItsTitle_AndDrawnAfterTheRange()
    {
        // act
        var markdown = Generate(Becas);

        // assert: "(pasos 3 a 4)" is the range 3-4; the title is not cut to "a 4"
        Assert.That(Section(markdown, "Error Scenario Coverage"), Does.Contain("| FA-01 (alternative flow, at steps 3-4) | Guardar borrador |"));
        var flow = markdown.Substring(markdown.IndexOf("#### Success Flow", System.StringComparison.Ordinal));
        Assert.That(flow.IndexOf("opt FA-01 Guardar borrador", System.StringComparison.Ordinal), Is.GreaterThan(flow.IndexOf("adjunta los documentos", System.StringComparison.Ordinal)));
    }

    [Test]
    public void AMessageQuotedInGuillemets_IsOnePieceOfItsSentence()
    {
        // act
        var markdown = Generate(Becas);

        // assert
        Assert.That(markdown, Does.Contain("el sistema muestra el mensaje «No ha sido posible. Inténtelo más tarde»"));
        Assert.That(Section(markdown, "Error Scenario Coverage"), Does.Contain("| FE-01 (exception flow, at step 1) | Fallo de identificación | \"Finaliza el caso de uso.\" (line 19) |"));
    }

    [Test]
    public void AnErrorStatusAStepGivesUnderACondition_IsARowOfErrorScenarioCoverage()
    {
        // arrange
        const string text = @"# Hooks

## UC-1 Receive a payment webhook

1. The Payment Provider calls our webhook.
2. The system verifies the signature and rejects the call with 401 if it does not match.
3. The system records the payment.
";

        // act
        var coverage = Section(Generate(text), "Error Scenario Coverage");

        // assert
        Assert.That(coverage, Does.Contain("| step 2 | The system verifies the signature and rejects the call with 401 if it does not match. | as the step states |"));
    }

    [Test]
    public void AFlowThatRestatesTheBasicFlow_EndsWithItsOwnLastStep_NotAnEndingThePackageGaveIt()
    {
        // arrange
        const string text = @"# Perfil

## CDU 01 Editar dados

**Fluxo Principal**

1. O usuário abre o perfil
2. O usuário altera os dados
3. O sistema armazena as alterações

**Fluxo Alternativo A**

1. O usuário abre o perfil
2. O usuário altera o nickname
3. O sistema pede que o usuário faça login novamente
";

        // act
        var coverage = Section(Generate(text), "Error Scenario Coverage");

        // assert
        Assert.That(coverage, Does.Not.Contain("End of"));
        Assert.That(coverage, Does.Contain("\"O sistema pede que o usuário faça login novamente\""));
    }

    [Test]
    public void StatusesTheStepsSetBesideALifecycleOfAnotherThing_AreNamedToo()
    {
        // arrange
        const string text = @"# Baggage

## File status

Reported → Tracing → Returned to owner

## UC-1 Claim expenses

1. The system creates the claim with status Submitted and acknowledges it.
2. The system sets the file to Returned to owner.

**Alternative flows:**
- 2a. Information missing: the system sets the claim to Information requested. If nothing arrives, the claim is closed as Withdrawn.
";

        // act
        var states = Section(Generate(text), "State Transitions");

        // assert
        Assert.That(states, Does.Contain("Statuses the steps set that the lifecycle above does not list: Submitted, Information requested, Withdrawn."));
        Assert.That(states, Does.Contain("| 2a | Information requested, Withdrawn |"));
        Assert.That(states, Does.Not.Contain("list: Returned"), "'Returned to owner' is the lifecycle's");
    }

    private const string Kiosk = @"# Kiosk

## UC-1 Print a ticket

**Main flow:**
1. Visitor taps Print on the kiosk.
2. Kiosk prints the ticket.

**Alternative flows:**
- 2a. The printer is out of paper: Kiosk shows an error. Use case ends in failure.

## UC-2 Cancel a ticket

**Preconditions:** the visitor holds a printed ticket.

**Main flow:**
1. Visitor scans the ticket.
2. Kiosk cancels the ticket.
";

    [Test]
    public void AUseCaseWithoutPreconditions_StartsFromAStateThatSaysNoneIsStated()
    {
        // act
        var states = Section(Generate(Kiosk), "State Transitions");
        var first = states.Substring(0, states.IndexOf("UC-2", StringComparison.Ordinal));
        var second = states.Substring(states.IndexOf("UC-2", StringComparison.Ordinal));

        // assert: only the use case that states a precondition starts from "Preconditions hold"
        Assert.That(first, Does.Contain("state \"Start (usecase.md states no precondition)\""));
        Assert.That(first, Does.Not.Contain("Preconditions hold"));
        Assert.That(second, Does.Contain("state \"Preconditions hold\""));
    }

    [Test]
    public void AFailingBranchThatSaysNotHowItGoesOn_EndsInTheStateDiagramAsItDoesInTheSequence()
    {
        // arrange: the branch suggests something but says neither that the flow goes on nor that it ends
        const string text = @"# Rooms

## Use Case 1: Book a room
- Actor: Guest
- Basic Flow:
  1. Guest picks a date.
  2. System checks the availability.
  3. Guest confirms the booking.
- Alternative Flow:
If the room is unavailable, the system suggests other dates.
";

        // act
        var markdown = Generate(text);

        // assert: the sequence draws step 3 only otherwise, so the state diagram does not send the branch back into the flow
        Assert.That(Section(markdown, "Primary Sequences"), Does.Contain("else otherwise#58; step 3"));
        var states = Section(markdown, "State Transitions");
        Assert.That(states, Does.Contain("Seq1_Flow --> Seq1_Ended : Alternative Flow the room is unavailable"));
        Assert.That(states, Does.Not.Contain("continues"));
    }
}
