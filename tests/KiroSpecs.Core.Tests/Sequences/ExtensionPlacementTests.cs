using System;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.Sequences;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// Where a numbered extension ("2a", "3a") is drawn: after its step when the step was taken (the one it calls
/// fails to answer, the actor did what the step says and chose something unusual, a check found something),
/// instead of its step otherwise; an abbreviation in its condition is no sentence end; an ending its last step
/// states is written once.
/// </summary>
[TestFixture]
internal sealed class ExtensionPlacementTests
{
    private const string Rental = @"# Bike rental

## Use Case 7: Rent a bike

**Primary Actor:** Rider
**Secondary Actors:**
- Dock Service - reports free bikes per dock

## Main Success Scenario

1. Rider opens the map of docks.
2. System asks the Dock Service for the free bikes of the nearest dock.
3. Rider selects a dock and a bike type.
4. System checks the Rider's account against the rental policy.
5. System unlocks the bike.

## Extensions

2a. Dock Service does not answer within 4 seconds:
  2a1. System shows that the dock map is out of date. The use case ends in failure.

3a. Rider selects a dock that is closed (e.g. under maintenance):
  3a1. System lists the open docks.
  3a2. Rider selects another dock; the use case returns to step 4.

4a. Rider has an unpaid rental:
  4a1. System shows the amount due.
  4a2. The use case ends in failure; no bike is unlocked.

5a. The Rider does not confirm the rental:
  5a1. System keeps the bike locked. The use case ends.
";

    private static string Generate(string name, string text) =>
        SequenceGenerator.Generate(new SequenceGenerationInput(name, text, "usecase.md", TranslationOptions.Default)).Markdown;

    private static string Success()
    {
        var markdown = Generate("rental", Rental);
        var start = markdown.IndexOf("```mermaid", markdown.IndexOf("#### Success Flow", StringComparison.Ordinal), StringComparison.Ordinal);
        return markdown.Substring(start, markdown.IndexOf("\n```\n", start, StringComparison.Ordinal) - start);
    }

    private static int At(string diagram, string line)
    {
        var index = diagram.IndexOf(line, StringComparison.Ordinal);
        Assert.That(index, Is.GreaterThanOrEqualTo(0), line);
        return index;
    }

    [Test]
    public void CalledParticipantThatDoesNotAnswer_FollowsTheCall()
    {
        // act
        var diagram = Success();

        // assert: the request is drawn, then the extension
        Assert.That(At(diagram, "SYS->>DockService: asks the Dock Service"), Is.LessThan(At(diagram, "alt 2a#58; if Dock Service does not answer within 4 seconds")));
    }

    [Test]
    public void ActorDoingTheStepDifferently_FollowsTheStep_AndKeepsTheAbbreviation()
    {
        // act
        var diagram = Success();

        // assert
        Assert.That(At(diagram, "Rider->>SYS: selects a dock and a bike type."), Is.LessThan(At(diagram, "3a#58; if Rider selects a dock that is closed (e.g. under maintenance)")));
        Assert.That(diagram, Does.Not.Contain("under maintenance)#58;"));
    }

    [Test]
    public void WhatACheckFinds_FollowsTheCheck_AndTheEndingIsWrittenOnce()
    {
        // act
        var diagram = Success();

        // assert
        Assert.That(At(diagram, "SYS->>SYS: checks the Rider's account against the rental policy."), Is.LessThan(At(diagram, "4a#58; if Rider has an unpaid rental")));
        Assert.That(diagram, Does.Contain("4a2 The use case ends in failure#59; no bike is unlocked."));
        Assert.That(diagram, Does.Not.Contain("4a#58; The use case ends in failure"));
    }

    [Test]
    public void StepThatDidNotHappen_IsStillReplaced()
    {
        // act
        var diagram = Success();

        // assert: "does not confirm" is the actor not doing step 5's work: the unlock is the else arm
        Assert.That(At(diagram, "5a#58; if The Rider does not confirm the rental"), Is.LessThan(At(diagram, "SYS->>SYS: unlocks the bike.")));
    }

    private const string Limits = @"# Bike rental

## Use Case 8: Reserve a bike

**Primary Actor:** Rider

## Main Success Scenario

1. Rider asks for a reservation.
2. System checks the Rider's open reservations.
3. System stores the reservation.

## Extensions

2a. Rider already has 3 reservations:
  2a1. System lists the open reservations.
  2a2. Rider cancels one of them; the use case returns to step 2.
  2a3. Rider decides not to cancel anything: the use case ends in failure.
";

    [Test]
    public void TwoWaysOutOfOneExtension_KeepTheEarlierWayInItsStep()
    {
        // act
        var markdown = Generate("rental", Limits);

        // assert
        Assert.That(markdown, Does.Contain("2a2 cancels one of them#59; the use case returns to step 2."));
        Assert.That(markdown, Does.Contain("2a3 decides not to cancel anything\n"));
    }

    private const string Copay = @"# Check-in

## UC-1 Check in

**Primary actor:** Patient

### Basic Flow
1. The Patient confirms the appointment.
2. The System asks the Insurer for the copay amount.
3. The Insurer returns the copay amount.
4. The System shows the copay and the Patient pays by card.
5. The System prints a ticket.

### Alternative Flows
#### AF-1: No copay due
At step 3, if the copay amount is zero:
1. The System skips payment.
2. The flow continues at step 5.
";

    [Test]
    public void SkippingALaterStep_LeavesTheAnchorStepDrawn()
    {
        // act
        var markdown = Generate("copay", Copay);

        // assert: the insurer's answer comes first; the alt replaces only the payment
        Assert.That(At(markdown, "returns the copay amount."), Is.LessThan(At(markdown, "alt AF-1 No copay due")));
        Assert.That(At(markdown, "else otherwise#58; step 4"), Is.LessThan(At(markdown, "SYS-->>Patient: shows the copay\n")));
    }

    private const string Lookup = @"# Check-in

## UC-2 Look up the appointment

**Primary actor:** Patient
**Secondary actors:** PMS - practice system

### Basic Flow
1. The Patient enters the date of birth.
2. The System sends the date of birth to the PMS.
3. The PMS returns one matching appointment.
4. The System shows the appointment.

### Alternative Flows
#### AF-1: Several appointments
At step 3, if the PMS returns several appointments:
1. The System lists the appointments.
2. The flow continues at step 4.
";

    [Test]
    public void SameAnswerWithOtherContent_IsTheAltOfThatAnswer()
    {
        // act
        var markdown = Generate("lookup", Lookup);

        // assert
        Assert.That(At(markdown, "alt AF-1 Several appointments"), Is.LessThan(At(markdown, "else otherwise#58; step 3")));
        Assert.That(At(markdown, "else otherwise#58; step 3"), Is.LessThan(At(markdown, "PMS-->>SYS: returns one matching appointment.")));
    }

    private const string Session = @"# Bike rental

## Use Case 9: Return a bike

**Primary Actor:** Rider

## Main Success Scenario

1. Rider docks the bike.
2. System checks the dock sensor.
3. System closes the rental.
4. System shows the receipt to the Rider.

## Extensions

*a. At any time before step 3, the Rider's session expires:
  *a1. System keeps the rental open. The use case ends in failure.
";

    [Test]
    public void AnyStepBranchBoundedByAStep_IsDrawnBeforeThatStep()
    {
        // act
        var markdown = Generate("rental", Session);

        // assert
        Assert.That(At(markdown, " *a#58;"), Is.LessThan(At(markdown, "SYS->>SYS: closes the rental.")));
    }

    private const string Parcel = @"# Parcel lockers

## Use Case 4: Drop a parcel

**Primary Actor:** Courier

## Main Success Scenario

1. Courier scans the parcel at the locker.
2. System opens a free compartment.
3. Courier closes the compartment.
4. System sends the pickup code to the recipient.

## Extensions

4a. The SMS gateway rejects the message:
   4a1. The PCL stays OPEN and the code is e-mailed instead. Use case still ends in success from the courier's point of view.
";

    [Test]
    public void ExtensionThatStillEndsInSuccess_LeadsToSuccess_AndIsSaidToEndInSuccess()
    {
        // act
        var markdown = Generate("lockers", Parcel);

        // assert
        Assert.That(markdown, Does.Contain("4a: At step 4, if The SMS gateway rejects the message; the use case ends in success."));
        Assert.That(markdown, Does.Contain("Seq1_Flow --> Seq1_Success : 4a The SMS gateway rejects the message"));
        Assert.That(markdown, Does.Not.Contain("Seq1_Flow --> Seq1_Failure : 4a"));
    }

    [Test]
    public void NameThatStaysInAState_IsNoParticipant()
    {
        // act
        var markdown = Generate("lockers", Parcel);

        // assert: "The PCL stays OPEN" speaks of a record's state; the PCL does not act
        Assert.That(markdown, Does.Not.Contain("participant PCL"));
    }

    private const string Pharmacy = @"# Pharmacy counter

## UC-2: Fill a prescription

**Primary actor:** Pharmacist. **Participants:** Stock Service, Insurer Gateway.

### Basic Flow
1. Pharmacist scans the prescription.
2. System asks the Insurer Gateway for the coverage.
3. The Stock Service returns the package.
4. System finds that no interaction warning applies to the patient.
5. System prints the label.

### Alternative Flows
#### AF-2.1: Out of stock
At step 3, if no package exists, staff order the package from the wholesaler and the use case ends without a fill.

#### AF-2.2: Interaction warning
At step 4, if an interaction warning applies to the patient, the system shows it to the Pharmacist and the flow continues at step 5.

#### EF-2.1: Insurer silent
At step 2, if there is no response within 15 seconds, the system retries once; if the retry also fails, staff collect the full price.
";

    private static string PharmacyDiagram() =>
        Generate("pharmacy", Pharmacy);

    [Test]
    public void ConditionEndsAtTheCommaBeforeWhoActs_EvenBeforeASemicolon()
    {
        // act
        var markdown = PharmacyDiagram();

        // assert
        Assert.That(markdown, Does.Contain("alt AF-2.1 Out of stock#58; if no package exists"));
        Assert.That(markdown, Does.Contain("Note over SYS: AF-2.1#58; Use case ends without a fill"));
        Assert.That(markdown, Does.Contain("EF-2.1: At step 2, if there is no response within 15 seconds; "));
        Assert.That(markdown, Does.Contain("retries once"));
        Assert.That(markdown, Does.Not.Contain("if there is no response within 15 seconds, the system retries once"));
    }

    [Test]
    public void BranchThatIsTheOtherOutcomeOfItsStep_ReplacesTheStep()
    {
        // act
        var markdown = PharmacyDiagram();

        // assert: the package returned and "no package exists" are two outcomes of step 3; "finds that no warning
        // applies" and "a warning applies" two outcomes of step 4: each step is drawn in the else arm
        Assert.That(At(markdown, "alt AF-2.1"), Is.LessThan(At(markdown, "StockService-->>SYS: returns the package.")));
        Assert.That(At(markdown, "AF-2.2"), Is.LessThan(At(markdown, "SYS->>SYS: finds that no interaction warning applies to the patient.")));
    }

    [Test]
    public void StepThatStatesItsWayOut_WithAnotherStepAfterIt_KeepsItsWords()
    {
        // arrange
        const string text = @"# Returns dock

## Use Case 2: Inspect a parcel

**Primary actor:** Clerk

**Main success scenario:**
1. Clerk scans the parcel.
2. System checks the grades.
3. Clerk confirms the inspection.

**Extensions:**
2a. An item is graded C:
   2a1. System asks for supervisor approval on the handheld.
   2a2. Supervisor approves: continue at step 3.
   2a3. Supervisor rejects: the line is set to REJECTED. Continue at step 3.
";

        // act
        var markdown = Generate("dock", text);

        // assert: both ways are drawn, the first with where it goes
        Assert.That(markdown, Does.Contain("Supervisor->>SYS: 2a2 approves#58; continue at step 3."));
        Assert.That(markdown, Does.Contain("2a3 rejects"));
    }

    [Test]
    public void RemarkAboutTheFlow_IsANote_EvenWithACommaOrWithoutTheArticle()
    {
        // arrange
        const string text = @"# Ferry tickets

## Use Case 5: Buy a ticket

**Primary actor:** Passenger

**Main success scenario:**
1. Passenger picks a crossing.
2. System reserves a seat.
3. System issues the ticket.

**Extensions:**
2a. The crossing is full:
   2a1. System offers the next crossing.
   2a2. The use case continues at step 3, and the ticket says the later time.
3a. The printer is jammed:
   3a1. System e-mails the ticket.
   3a2. Use case still ends in success from the passenger's point of view.
";

        // act
        var markdown = Generate("ferry", text);

        // assert
        Assert.That(markdown, Does.Contain("Note over SYS: 2a2 The use case continues at step 3, and the ticket says the later time."));
        Assert.That(markdown, Does.Not.Contain("SYS->>SYS: 2a2"));
        Assert.That(markdown, Does.Not.Contain("SYS->>SYS: 3a2"));
    }

    [Test]
    public void ExtensionWithAWayBackAndAnEnding_ShowsBothInStatesAndCoverage()
    {
        // arrange
        const string text = @"# Gym bookings

## Use Case 2: Book a class

**Primary Actor:** Member

## Main Success Scenario

1. Member picks a class.
2. System checks the Member's bookings against the limit.
3. System books the class.

## Extensions

2a. Member already has 3 bookings this week:
  2a1. System lists the Member's bookings.
  2a2. Member cancels one of them; the use case returns to step 2.
  2a3. Member keeps them all: the use case ends in failure.
";

        // act
        var markdown = Generate("gym", text);

        // assert
        Assert.That(markdown, Does.Contain("Seq1_Flow --> Seq1_Flow : 2a Member already has 3 bookings this week (back to step 2)"));
        Assert.That(markdown, Does.Contain("Seq1_Flow --> Seq1_Failure : 2a Member already has 3 bookings this week"));
        Assert.That(markdown, Does.Contain("| Member already has 3 bookings this week | back to step 2, or \"Use case ends in failure.\" (line 18) |"));
    }

    [Test]
    public void ExtensionWhoseConditionQuotesAValueWithAFailureWord_IsNoFailure()
    {
        // arrange: "Wrong size" is the reason the customer picks, not a failure of the use case
        const string text = @"# Shoe returns

## Use Case 1: Return shoes

**Primary Actor:** Customer

## Main Success Scenario

1. Customer picks the order.
2. Customer gives a reason for the return.
3. System shows the return label.

## Extensions

2a. Customer gives reason ""Wrong size"":
  2a1. System offers an exchange. Continue at step 3.
";

        // act
        var markdown = Generate("shoes", text);

        // assert
        Assert.That(markdown, Does.Not.Contain("#### Error Flow - 2a"));
        Assert.That(markdown, Does.Contain("opt 2a#58; if Customer gives reason #quot;Wrong size#quot;"));
        Assert.That(markdown, Does.Contain("| 2a (extension, at step 2) | Customer gives reason \"Wrong size\" | on to step 3 |"));
    }

    [Test]
    public void BranchThatSkipsAhead_GoesOnToItsStep_NotBack()
    {
        // act
        var markdown = Generate("rental", Rental);

        // assert: 3a returns to step 4, after its own step 3
        Assert.That(markdown, Does.Contain("3a Rider selects a dock that is closed (e.g. under maintenance) (on to step 4)"));
        Assert.That(markdown, Does.Not.Contain("(back to step 4)"));
    }

    [Test]
    public void WhatHappenedThenWhoActs_AfterAColon_TheActorDecidesTheArrow()
    {
        // arrange
        const string text = @"# Bike rental

## Use Case 8: Find a dock

**Primary Actor:** Rider
**Secondary Actors:**
- Dock Service - reports free bikes per dock

## Main Success Scenario

1. Rider opens the map of docks.
2. System asks the Dock Service for the free bikes of the nearest dock.
3. System shows the free bikes.

## Extensions

2a. Dock Service does not answer within 4 seconds:
  2a1. System retries once.
  2a2. The retry also fails: System shows that the dock map is out of date. The use case ends in failure.
";

        // act
        var markdown = Generate("rental", text);

        // assert
        Assert.That(markdown, Does.Contain("SYS-->>Rider: 2a2 The retry also fails#58; System shows that the dock map is out of date"));
    }
    private const string Club = @"# Club

## UC-3 Join a club

**Primary actor:** Student

### Main flow
1. Student opens the club page.
2. Student presses Join.
3. System creates the membership.
4. Student sees the club's events.

### Alternative flows
- 3a. Student is already a member → System shows the membership without creating a second one.

## UC-4 Join a team

**Primary actor:** Student

### Main flow
1. Student opens the team page.
2. Student presses Join.
3. System checks that the student is not a member yet.
4. System adds the student to the team.

### Alternative flows
- 3a. Student is already a member → System shows the membership.
";

    [Test]
    public void ConditionThatTheStepsWorkExistsAlready_ReplacesTheStep()
    {
        // act
        var markdown = Generate("club", Club);

        // assert: the membership is not created a second time; a check that finds it was still made.
        Assert.That(markdown, Does.Contain("    alt 3a#58; if Student is already a member\n        autonumber off\n        SYS-->>Student: shows the membership without creating a second one.\n    else otherwise#58; step 3\n        autonumber 3\n        SYS->>SYS: creates the membership.\n    end\n"));
        Assert.That(markdown, Does.Contain("    SYS->>SYS: checks that the student is not a member yet.\n    opt 3a#58; if Student is already a member\n"));
    }
    private const string Permit = @"# Permits

## UC-1 Apply for a permit

**Primary actor:** Applicant

1. Applicant fills in the form.
2. System calculates the fee.
3. Applicant pays the fee.
4. System registers the application.

### Alternative flows
- 2a. The applicant is exempt: the System charges no fee, leaves out step 3 and continues at step 4. The use case ends in success.
";

    [Test]
    public void BranchThatContinuesAndThenSaysTheUseCaseSucceeds_GoesOnAtItsStep()
    {
        // act
        var markdown = Generate("permit", Permit);

        // assert: the exempt application is still registered (step 4 follows both arms).
        Assert.That(markdown, Does.Contain("        Applicant->>SYS: pays the fee.\n    end\n    SYS->>SYS: registers the application.\n"));
    }
    private const string Renewal = @"# Library

## UC-2 Renew a loan

**Primary actor:** Member

### Main Success Scenario
1. Member opens the loan list.
2. Member picks a loan.
3. System extends the due date.
4. System shows the new due date.

### Extensions
*a. At any time before step 3, the member closes the app:
    *a1. System drops the request. The use case ends.
";

    [Test]
    public void BranchAtAnyTimeBeforeAStepThatEndsTheUseCase_HasTheRestOfTheFlowInItsElse()
    {
        // act
        var markdown = Generate("renewal", Renewal);

        // assert: nothing of the flow happens after the use case has ended.
        Assert.That(markdown, Does.Contain("    Note over SYS: *a#58; Use case ends.\n    else otherwise#58; steps 3-4\n"));
        Assert.That(markdown, Does.Contain("        SYS-->>Member: shows the new due date.\n    end\n"));
    }
    private const string Reset = @"# Accounts

## UC-4 Reset a password

**Primary actor:** Visitor

1. Visitor enters the e-mail address.
2. System sends the reset link.
3. Visitor opens the link.

### Exceptions
2a. E-mail address not found:
    2a1. System shows a generic message that does not reveal whether the account exists.
    The use case ends.
";

    [Test]
    public void FailureThatIsAStateOfTheSystemsAnswer_IsANoteNotACrossedMessage_AndThePersonsStepDoesNotFail()
    {
        // act
        var markdown = Generate("reset", Reset);

        // assert: the condition is not drawn as something the system tells the visitor.
        Assert.That(markdown, Does.Contain("Note over SYS,Visitor: 2a#58; if E-mail address not found"));
        Assert.That(markdown, Does.Not.Contain("--xVisitor: E-mail address not found"));
        Assert.That(markdown, Does.Contain("Visitor->>SYS: enters the e-mail address."));
        Assert.That(markdown, Does.Not.Contain("Visitor-xSYS"));
    }

    [Test]
    public void ExtensionOfASystemStepThatEndsInFailure_ReplacesTheStep()
    {
        // arrange
        const string markdown = @"# Returns

## Use Case 1: Request a return

**Primary actor:** Customer

**Main success scenario:**
1. Customer selects ""Return items"" on an order.
2. System lists the lines that can be returned, applying BR-1.
3. Customer selects the lines.

**Extensions:**
2a. The order was delivered more than 30 days ago (BR-1):
   2a1. System shows that the returns window has closed. Use case ends in failure.
";

        // act
        var diagram = Generate("returns", markdown);

        // assert: the window closed is shown instead of the list, which is drawn only otherwise
        var branch = diagram.IndexOf("alt 2a", System.StringComparison.Ordinal);
        var list = diagram.IndexOf("lists the lines that can be returned", System.StringComparison.Ordinal);
        Assert.That(branch, Is.GreaterThan(0));
        Assert.That(list, Is.GreaterThan(branch));
        Assert.That(diagram, Does.Contain("else otherwise#58; steps 2-3"));
    }

    [Test]
    public void StepWhoseCallFails_StopsAtTheCall()
    {
        // arrange
        const string text = @"# Shipping

## UC-3: Book a pick-up

**Primary actor:** Seller

**Main success scenario:**
1. Seller asks for a pick-up.
2. System requests a pick-up slot from the Courier API and stores the slot number returned.
3. System shows the slot to the seller.

**Extensions:**
2a. The Courier API does not answer within 10 s:
   2a1. System tells the seller to try again later. Use case ends in failure.
2b. The Courier API rejects the address:
   2b1. System asks the seller to correct the address. Return to step 2.
";

        // act
        var markdown = Generate("pickup", text);
        var error = markdown.Substring(markdown.IndexOf("#### Error Flow - 2b", StringComparison.Ordinal));
        var failure = error.Substring(0, error.IndexOf("Continue with step 2", StringComparison.Ordinal));

        // assert: the slot number is never returned, so it is not stored before the rejection.
        Assert.That(failure, Does.Contain("SYS->>CourierAPI: requests a pick-up slot from the Courier API\n"));
        Assert.That(failure, Does.Contain("CourierAPI--xSYS: The Courier API rejects the address"));
        Assert.That(failure, Does.Not.Contain("stores the slot number returned"));
    }

    [Test]
    public void PersonOfTheStepDoingSomethingElse_ReplacesTheStep_ButAWishOrAWordDoesNot()
    {
        // arrange
        const string text = @"# Permits

## CU-05: Complete a permit file

**Actor principal:** Solicitante

### Flujo básico
1. El sistema muestra los documentos que faltan.
2. El solicitante adjunta los documentos y pulsa Enviar.
3. El sistema registra los documentos.

### Flujos alternativos
- FA-01 (paso 2) El solicitante retira la solicitud. Pulsa Desistir; el sistema archiva el expediente. El caso de uso termina.
- FA-02 (paso 2) El solicitante indica que le falta un documento. El sistema guarda un borrador. Continúa en el paso 3.
";

        // act
        var generated = Generate("permit", text);
        var markdown = generated.Substring(generated.IndexOf("#### Success Flow", StringComparison.Ordinal));

        // assert: withdrawing is instead of sending (the step is the else arm); saying something is besides it.
        Assert.That(At(markdown, "alt FA-01"), Is.LessThan(At(markdown, "Solicitante->>SYS: adjunta los documentos y pulsa Enviar.")));
        Assert.That(At(markdown, "Solicitante->>SYS: adjunta los documentos y pulsa Enviar."), Is.LessThan(At(markdown, "opt FA-02")));
    }

    [Test]
    public void PersonWhoHasToStop_AndAComponentThatIsOffline_ReplaceTheirStep()
    {
        // arrange
        const string text = @"# Returns

## Use Case 2: Inspect a parcel

**Primary actor:** Returns clerk
**Secondary actors:** Scale - the bench scale

**Main success scenario:**
1. Returns clerk scans the parcel.
2. Scale reports the weight to the System.
3. Returns clerk confirms the inspection.
4. System sets the case to RECEIVED.

**Extensions:**
2a. Scale offline:
   2a1. System asks the clerk to type the weight. Continue at step 3.
3a. Clerk has to stop in the middle of an inspection:
   3a1. System keeps the partial inspection for up to 8 hours. Return to step 1.
";

        // act
        var generated = Generate("inspect", text);
        var markdown = generated.Substring(generated.IndexOf("#### Success Flow", StringComparison.Ordinal));

        // assert: neither the weight nor the confirmation happens before the branch that replaces it.
        Assert.That(At(markdown, "alt 2a"), Is.LessThan(At(markdown, "reports the weight to the System.")));
        Assert.That(At(markdown, "alt 3a"), Is.LessThan(At(markdown, "ReturnsClerk->>SYS: confirms the inspection.")));
    }

    [Test]
    public void ErrorFlowWhereWhatTheStepGoesThroughBreaks_DrawsOnlyTheWorkBeforeIt()
    {
        // arrange
        const string text = @"# Grants

## UC-2: Submit a grant request

**Primary actor:** Applicant

**Basic flow:**
1. Applicant fills in the request.
2. System validates the amounts.
3. System files the request in the Records Archive, assigns a file number and marks it as filed.
4. System prepares the summary and sends it to the signing desk.
5. System e-mails the applicant.

**Exception flows:**
- EF-1 (step 2) Amounts not valid. System shows the error. Return to step 1.
- EF-2 (step 3) Records Archive failure. System keeps the request and tells the applicant. The use case ends.
- EF-3 (step 4) Signing desk unavailable. System tells the applicant to wait. The use case ends.
";

        // act
        var markdown = Generate("grants", text);
        string Flow(string id)
        {
            var start = markdown.IndexOf("#### Error Flow - " + id, StringComparison.Ordinal);
            return markdown.Substring(start, markdown.IndexOf("\n```\n", markdown.IndexOf("```mermaid", start, StringComparison.Ordinal), StringComparison.Ordinal) - start);
        }

        // assert: a check that finds a fault did happen; work that goes through what breaks did not. What is sent to
        // something that is not drawn is the system's own work, not an answer to the applicant.
        Assert.That(markdown, Does.Contain("SYS->>SYS: prepares the summary and sends it to the signing desk."));
        Assert.That(Flow("EF-1"), Does.Contain("SYS->>SYS: validates the amounts."));
        Assert.That(Flow("EF-2"), Does.Not.Contain("files the request"));
        Assert.That(Flow("EF-2"), Does.Not.Contain("assigns a file number"));
        Assert.That(Flow("EF-2"), Does.Contain("EF-2#58; if Records Archive failure"));
        Assert.That(Flow("EF-3"), Does.Contain("SYS->>SYS: prepares the summary\n"));
        Assert.That(Flow("EF-3"), Does.Not.Contain("sends it to the signing desk"));
    }

    [TestCase("AF-2 (step 2) Member is exempt. System sets no fee, skips steps 4 and 5 and goes on at step 6.")]
    [TestCase("AF-2 (step 2) Member is exempt. El sistema no cobra, se salta los pasos 4 y 5 y continúa en el paso 6.")]
    public void BranchThatSkipsLaterSteps_IsDrawnWhereTheSkippedStepsBegin(string branch)
    {
        // arrange
        var text = @"# Club

## UC-4: Renew a membership

**Primary actor:** Member

**Basic flow:**
1. Member opens the renewal page.
2. System works out the fee.
3. Member reviews the summary.
4. Member pays the fee at the payment desk.
5. System records the payment.
6. System extends the membership.

**Alternative flows:**
- " + branch + @"
";

        // act
        var markdown = Generate("club", text);

        // assert: step 3 happens in both cases; the branch stands for steps 4 and 5 only.
        Assert.That(At(markdown, "reviews the summary."), Is.LessThan(At(markdown, "alt AF-2")));
        Assert.That(markdown, Does.Contain("else otherwise#58; steps 4-5"));
    }

    [Test]
    public void BranchThatGoesOnInAnotherUseCase_HoldsTheRestOfTheFlow_AndASiblingThatSkipsLess()
    {
        // arrange
        const string text = @"# Licences

## UC-2: Review a licence request

**Primary actor:** Officer

**Basic flow:**
1. Officer opens the request.
2. System shows the documents.
3. Officer checks the documents.
4. Officer writes a favourable report.
5. System prepares the decision.
6. System marks the request Granted and notifies the applicant.

**Alternative flows:**
- AF-1 (step 3) Documents missing. Officer asks the applicant for them. Continues in UC-3.
- AF-2 (step 3) Request clashes with another one. Officer writes an unfavourable report. The flow goes on at step 5 and at step 6 the request is marked Refused instead of Granted.
";

        // act
        var generated = Generate("licences", text);
        var markdown = generated.Substring(generated.IndexOf("#### Success Flow", StringComparison.Ordinal));

        // assert: nothing of this flow follows the branch that goes on elsewhere; the sibling that skips only step 4
        // is inside its otherwise arm, and says what it changes at step 6.
        Assert.That(markdown, Does.Contain("alt AF-1#58; if Documents missing"));
        Assert.That(At(markdown, "Note over SYS: Continues in UC-3."), Is.LessThan(At(markdown, "else otherwise#58; steps 4-6")));
        Assert.That(At(markdown, "else otherwise#58; steps 4-6"), Is.LessThan(At(markdown, "alt AF-2")));
        Assert.That(markdown, Does.Contain("Note over SYS: AF-2#58; The flow goes on at step 5 and at step 6 the request is marked Refused instead of Granted."));
        Assert.That(At(markdown, "else otherwise#58; step 4"), Is.LessThan(At(markdown, "marks the request Granted")));
    }

    [Test]
    public void BranchesWrittenAsSentencesAfterTheSteps_AreDrawnAtTheStepTheySpeakOf()
    {
        // arrange
        const string text = @"# Payments

## UC-7: Pay a refund

Short one: most of the work happens in the Bank Gateway, which another team runs.

**Primary actor:** Clerk

1. Clerk checks there is no payment hold on the account.
2. System sends the refund to the Bank Gateway.
3. Bank Gateway confirms the transfer.
4. System marks the refund PAID.

If there is a hold, the refund waits until the hold is lifted and starts again at step 1.
If the Bank Gateway refuses the transfer, the refund goes to the exceptions list; the use case ends without payment.

---

## Notes

- Refunds are kept for seven years.
";

        // act
        var markdown = Generate("refunds", text);

        // assert: each sentence is a flow of its step, with the ending it states; what waits or goes somewhere is no
        // participant.
        Assert.That(markdown, Does.Contain("    opt Alternative 1#58; if there is a hold\n        autonumber off\n        SYS->>SYS: the refund waits until the hold is lifted\n        Note over SYS: Alternative 1#58; Continue with step 1\n"));
        Assert.That(markdown, Does.Contain("#### Error Flow - Exception 1 the Bank Gateway refuses the transfer"));
        Assert.That(markdown, Does.Contain("Note over SYS: The use case ends without payment."));
        Assert.That(markdown, Does.Not.Contain("participant refund").And.Not.Contain("actor refund"));
        Assert.That(markdown, Does.Not.Contain("not drawn above"));
    }

    [Test]
    public void ErrorFlowWhereTheCalledSideIsSilent_DrawsNoArrowFromIt_ButAnErrorAnswerStaysAnArrow()
    {
        // arrange
        const string text = @"# Rates

## UC-9: Convert a price

**Primary actor:** Shopper

**Main success scenario:**
1. Shopper picks a currency.
2. System asks the Rates API for the rate.
3. Rates API returns the rate.
4. System shows the converted price.

**Extensions:**
2a. The Rates API returns an error or does not answer within 5 s:
   2a1. System shows the last known rate. Use case ends.
2b. No response from the Rates API after 5 s:
   2b1. System shows the last known rate. Use case ends.
3a. The Rates API does not respond within 5 s:
   3a1. System shows the last known rate. Use case ends.
";

        // act
        var markdown = Generate("rates", text);
        var flow2a = markdown.Substring(markdown.IndexOf("#### Error Flow - 2a", StringComparison.Ordinal));
        var flow3a = markdown.Substring(markdown.IndexOf("#### Error Flow - 3a", StringComparison.Ordinal));
        var flow2b = flow2a.Substring(flow2a.IndexOf("#### Error Flow - 2b", StringComparison.Ordinal));
        flow2a = flow2a.Substring(0, flow2a.IndexOf("#### Error Flow - 2b", StringComparison.Ordinal));
        flow2b = flow2b.Substring(0, flow2b.IndexOf("#### Error Flow - 3a", StringComparison.Ordinal));

        // assert
        Assert.That(flow2a, Does.Contain("RatesAPI--xSYS: The Rates API returns an error or does not answer within 5 s"));
        Assert.That(flow2b, Does.Contain("SYS->>RatesAPI: asks the Rates API for the rate.\n    Note over SYS,RatesAPI: 2b#58; if No response from the Rates API after 5 s\n"));
        Assert.That(flow2b, Does.Not.Contain("RatesAPI--x"));
        Assert.That(flow3a, Does.Contain("Note over RatesAPI,SYS: 3a#58; if The Rates API does not respond within 5 s"));
        Assert.That(flow3a, Does.Not.Contain("RatesAPI--x"));
    }

    [Test]
    public void BranchWhereThePersonOfALaterClauseDoesItOtherwise_ReplacesTheStep_AndAStateIsANote()
    {
        // arrange
        const string text = @"# Fees

## UC-5: Pay a fee

**Primary actor:** Applicant

**Basic flow:**
1. Applicant reviews the fee.
2. System redirects to the Payment Gateway; the applicant pays by card.
3. Payment Gateway returns the confirmation.
4. System files the application.

**Alternative flows:**
- AF-1 (step 2) Payment at a bank. The applicant prints the payment slip and pays at a bank branch. The application stays in Draft until the Payment Gateway reports the payment. The flow goes on at step 4.
";

        // act
        var markdown = Generate("fees", text);

        // assert: paying at the bank is instead of paying by card, and staying in Draft is a state, not a message.
        Assert.That(At(markdown, "alt AF-1"), Is.LessThan(At(markdown, "SYS->>PaymentGateway: redirects to the Payment Gateway")));
        Assert.That(markdown, Does.Contain("else otherwise#58; steps 2-3"));
        Assert.That(markdown, Does.Contain("Note over SYS: The application stays in Draft until the Payment Gateway reports the payment"));
        Assert.That(markdown, Does.Not.Contain("SYS->>PaymentGateway: The application stays"));
    }

    [Test]
    public void FailuresListedAsArrowBulletsAfterTheSteps_AreDrawnAsFlowsOfTheirStep()
    {
        // arrange
        const string text = @"# Contacts

## UC-3: Update a contact

**Primary actor:** Agent

1. Agent opens the contact.
2. Agent edits the postcode and the phone number.
3. Agent saves; the System stores the contact.

Things that can go wrong:

- Postcode fails the format check → field error, nothing is stored, the agent corrects it and saves again.
- Weather outside is stormy → nobody cares.

---

## Notes

- Contacts are kept for two years.
";

        // act
        var markdown = Generate("contacts", text);

        // assert: the bullet that shares words with a step is that step's flow; the other stays a sentence.
        Assert.That(markdown, Does.Contain("#### Error Flow - Exception 1 Postcode fails the format check"));
        Assert.That(markdown, Does.Contain("| Exception 1 | Postcode fails the format check | \"field error, nothing is stored, the agent corrects it and saves again.\" (line 13) |"));
        Assert.That(markdown, Does.Not.Contain("if Weather outside is stormy"));
    }

    [Test]
    public void WhatDidNotComeInTime_AndFewerThanExpected_AreFailures()
    {
        // arrange
        const string text = @"# Refunds

## UC-3: Settle a refund

**Primary actor:** Clerk

**Main success scenario:**
1. Clerk counts the returned items.
2. System asks the Payment Provider for the refund.
3. Payment Provider sends the settlement.

**Extensions:**
1a. Fewer items returned than expected:
   1a1. System asks the clerk to confirm the shortage. Continue at step 2.
3a. No settlement after 72 hours:
   3a1. System alerts Finance. Use case ends.
";

        // act
        var markdown = Generate("settle", text);

        // assert
        Assert.That(markdown, Does.Contain("#### Error Flow - 1a"));
        Assert.That(markdown, Does.Contain("#### Error Flow - 3a"));
        Assert.That(markdown, Does.Contain("| 3a (extension, at step 3) | No settlement after 72 hours | \"Use case ends.\" (line 16) |"));
    }

    [Test]
    public void ExtensionOfACheck_DrawsTheCheck_ButNotTheWorkAfterIt()
    {
        // arrange
        const string text = @"# Uploads

## UC-7: Upload a cover

**Primary actor:** Author

**Main success scenario:**
1. Author picks an image.
2. System validates the image, resizes it and stores it.
3. System checks the stored image against the size rules.
4. System shows the cover.

**Extensions:**
2a. The image is invalid:
   2a1. System shows an error. Use case ends.
3a. Image larger than expected:
   3a1. System shows a warning. Use case ends.
";

        // act
        var markdown = Generate("uploads", text);
        var flow2a = markdown.Substring(markdown.IndexOf("#### Error Flow - 2a", StringComparison.Ordinal));
        flow2a = flow2a.Substring(0, flow2a.IndexOf("#### Error Flow - 3a", StringComparison.Ordinal));
        var flow3a = markdown.Substring(markdown.IndexOf("#### Error Flow - 3a", StringComparison.Ordinal));

        // assert
        Assert.That(flow2a, Does.Contain("SYS->>SYS: validates the image\n"));
        Assert.That(flow2a, Does.Not.Contain("resizes it"));
        Assert.That(flow3a, Does.Contain("SYS->>SYS: checks the stored image against the size rules.\n"));
    }

    [Test]
    public void ErrorFlowAtAStepWhereThePersonActsAfterTheAnswer_DrawsTheStepThenTheCondition()
    {
        // arrange
        const string text = @"# Parking

## UC-2: Pay for parking

**Primary actor:** Driver

**Basic flow:**
1. Driver enters the plate number.
2. The Terminal shows the fee and the Driver pays by card.
3. The Terminal prints the ticket.

**Exception flows:**
EF-1: At step 2, if the card is declined twice:
1. The Terminal cancels the payment.
2. The use case ends.
";

        // act
        var markdown = Generate("parking", text);
        var error = markdown.Substring(markdown.IndexOf("#### Error Flow - EF-1", StringComparison.Ordinal));

        // assert: the fee was shown and the driver paid; the decline is the condition, not an answer in its place.
        Assert.That(error, Does.Contain("-->>Driver: shows the fee"));
        Assert.That(error, Does.Contain("Driver->>"));
        Assert.That(error, Does.Contain("EF-1#58; if the card is declined twice"));
        Assert.That(error, Does.Not.Contain("--xDriver: the card is declined twice"));
    }
}
