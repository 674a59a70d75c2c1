using KiroSpecs.Core.Sequences;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// Where a flow is drawn and what its sentences become, on a document written for each pattern: a flow that names
/// an included use case instead of a step, flows that name no step at all, a step that closes the sentence of a
/// condition, a colon or a way back inside brackets, quoted screen text, and sentences that comment on the flow.
/// </summary>
[TestFixture]
internal sealed class FlowPlacementTests
{
    private const string Greenhouse = @"# Greenhouse watering

## Actors

- **Grower** – person who runs the greenhouse
- **Valve Controller** – external device that opens the water valves
- **Weather Feed** – external system with the rain forecast

## UC-1 Water a bed

### Basic Flow

1. The Grower selects a plant bed on the tablet.
2. The system reads the soil moisture of the plant bed.
3. The system checks the forecast (include UC-7 Read the forecast).
4. The system computes the amount of water for the plant bed.
5. The system sends the amount to the Valve Controller.
6. The Valve Controller returns the valve opening time.
7. The system records the watering of the plant bed and shows the opening time to the Grower.

### Alternative Flows

**A1 (at step 1): Grower waters by hand**

1. The Grower selects ""Water by hand"".
2. The system asks ""Is the Valve Controller switched off?"".
3. This is a manual override; it does not change the schedule.
4. Step 6 is not performed for hand watering.
5. The system records the amount the Grower enters (resume at step 7).

**A2 (at step 5): Valve stuck**

1. The Valve Controller reports a stuck valve (e.g.: a broken seal, a blocked pipe).
2. The system shows ""Valve stuck"" to the Grower.
3. The use case ends.

### Exception Flows

**E1: Forecast missing**

If UC-7 ends without a forecast, the system waters the default amount and flags the bed.

**E2: Plant bed flooded**

The Grower closes the main tap by hand. The use case ends.

**E4: Valve fault**

At step 5, if the Valve Controller reports a fault (e.g.: a broken seal, a blocked pipe), the system shows ""Valve fault"" to the Grower. The use case ends.

**E5: Watering log full**

At step 7, if the watering log is full, the oldest entry is archived and the watering is still recorded.

**E3: Sensor offline**

The soil sensor is offline at step 2. The system uses the last reading and flags the bed.

### Edge cases

- The forecast is older than a day at step 3. The system warns the Grower and goes on.
- The Grower leaves the screen idle for 10 minutes. The screen goes back to the start.
";

    private static string Generate() =>
        SequenceGenerator.Generate(new SequenceGenerationInput("greenhouse", Greenhouse, "usecase.md", TranslationOptions.Default)).Markdown;

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading, System.StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), heading);
        var end = markdown.IndexOf("\n```\n", markdown.IndexOf("```mermaid", start, System.StringComparison.Ordinal), System.StringComparison.Ordinal);
        return markdown.Substring(start, end - start);
    }

    private const string MeetingRooms = @"# Meeting rooms

## Actors

- **Visitor** – person who books a room
- **Reception** – person at the front desk

## UC-2 Book and collect a room key

**Main Success Scenario:**
1. Visitor opens the room list.
2. System shows the free rooms of the day.
3. Visitor chooses the room and the time slot, morning or evening.
4. Visitor arrives at the front desk; Reception looks up the booking by room number.
5. Reception hands over the key.
6. When the key comes back, Reception checks the room; the system closes the booking.

**Extensions:**

*a. The booking stays unconfirmed for 2 days:
  *a1. If it is still unconfirmed after 3 days, System cancels the booking and tells the visitor to book again.

3a. Visitor selects evening and the building closes early that day:
  3a1. System shows the closing time and keeps the morning slot. Continue at step 4.

If the visitor has an unpaid fine, Reception is shown a warning at step 4 and must call the manager. This is a soft rule; it does not block the booking.
";

    private const string Salas = @"# Salas de reunião

## Atores

- **Visitante** – pessoa que reserva a sala
- **Porteiro** – pessoa na portaria

## UC-3 Reservar sala

### Fluxo principal

1. O Visitante abre a lista de salas.
2. O sistema mostra as salas livres.
3. O Visitante confirma a reserva.
4. O sistema envia o código da sala ao Visitante.

### Exceções

**E1 — Reserva cancelada.** Se o Porteiro cancelar a reserva antes do passo 3, a sala volta para Livre e o Visitante é avisado.
";

    private static string Generate(string name, string text) =>
        SequenceGenerator.Generate(new SequenceGenerationInput(name, text, "usecase.md", TranslationOptions.Default)).Markdown;

    [Test]
    public void PersonGivingInputOneWay_IsTheStepDoneThatWay_DrawnAfterIt()
    {
        // act
        var flow = Section(Generate("rooms", MeetingRooms), "#### Success Flow");

        // assert: "selects evening" is one of the choices of "chooses … morning or evening": step 3 happened.
        var step = flow.IndexOf("Visitor->>SYS: chooses the room and the time slot", System.StringComparison.Ordinal);
        var branch = flow.IndexOf("opt 3a", System.StringComparison.Ordinal);
        Assert.That(step, Is.GreaterThan(0));
        Assert.That(branch, Is.GreaterThan(step));
        Assert.That(flow, Does.Not.Contain("else otherwise#58; step 3"));
    }

    [Test]
    public void BranchStepThatOpensWithACondition_IsAnOpt_AndItsWordToThePersonIsAnArrow()
    {
        // act
        var flow = Section(Generate("rooms", MeetingRooms), "#### Success Flow");

        // assert
        Assert.That(flow, Does.Contain("opt *a1 If it is still unconfirmed after 3 days"));
        Assert.That(flow, Does.Contain("SYS-->>Visitor: System cancels the booking and tells the visitor to book again."));
    }

    [Test]
    public void StepThatSaysWhen_KeepsEachClauseWithItsSubject()
    {
        // act
        var flow = Section(Generate("rooms", MeetingRooms), "#### Success Flow");

        // assert
        Assert.That(flow, Does.Contain("Reception->>Reception: When the key comes back, Reception checks the room\n"));
        Assert.That(flow, Does.Contain("SYS->>SYS: closes the booking."));
    }

    [Test]
    public void ItemsAStepShows_AreThatStepsText_NotNumberedSubSteps()
    {
        // arrange
        const string text = @"# Claims

## UC-5 Review a claim

**Primary actor:** Adjuster

**Main Success Scenario:**
1. Adjuster selects a claim.
2. System shows the claim on one screen:
   - claimant name, policy number
   - damage photos and the repair estimate
3. Adjuster approves the claim.
";

        // act
        var flow = Section(Generate("claims", text), "#### Success Flow");

        // assert
        Assert.That(flow, Does.Contain("SYS-->>Adjuster: shows the claim on one screen#58; claimant name, policy number#59; damage photos and the repair estimate"));
        Assert.That(flow, Does.Not.Contain("2.1"));
    }

    [Test]
    public void LoopWithoutAComma_EndsBeforeWhoActs()
    {
        // arrange
        const string text = @"# Claims

## Actors

- **Claimant** – person who claims
- **Clerk** – person at the desk

## UC-6 File a claim

**Primary actor:** Claimant

1. The Claimant opens the claim form.
2. For each damaged item the Claimant describes the item: kind (from the list), colour, brand and price.
3. The system records the claim.
";

        // act
        var flow = Section(Generate("items", text), "#### Success Flow");

        // assert
        Assert.That(flow, Does.Contain("loop For each damaged item\n"));
        Assert.That(flow, Does.Contain("Claimant->>SYS: describes the item#58; kind (from the list), colour, brand and price."));
    }

    [Test]
    public void AlternativeOfThePersonThatResumesPastTheNextStep_ReplacesTheStep()
    {
        // arrange
        const string text = @"# Refunds

## UC-7 Claim a refund

**Primary actor:** Traveller

### Basic Flow
1. The system shows the claim types.
2. The Traveller selects ""Delay"" and enters the delay in minutes.
3. The Traveller uploads the ticket.
4. The Traveller enters the bank details.
5. The system records the claim.

### Alternative Flows
#### A1 (at step 2): Claim for a cancelled train
1. Available only when the train was cancelled on the day.
2. The Traveller lists the cancelled train and the date.
3. The flow resumes at step 4.

#### A2 (at step 3): Paper ticket
1. The Traveller chooses the paper ticket instead of the upload.
2. The flow resumes at step 4.
";

        // act
        var flow = Section(Generate("refunds", text), "#### Success Flow");

        // assert: each alternative is drawn in the step's place, the step in its else arm.
        Assert.That(flow, Does.Contain("alt A1#58; if Claim for a cancelled train"));
        Assert.That(flow, Does.Contain("alt A2#58; if Paper ticket"));
        Assert.That(flow.IndexOf("alt A1", System.StringComparison.Ordinal), Is.LessThan(flow.IndexOf("selects #quot;Delay#quot;", System.StringComparison.Ordinal)));
        Assert.That(flow, Does.Contain("else otherwise#58; steps 2-3"));
        Assert.That(flow.IndexOf("alt A2", System.StringComparison.Ordinal), Is.LessThan(flow.IndexOf("uploads the ticket", System.StringComparison.Ordinal)));
    }

    [Test]
    public void VariantWrittenAsASentenceAfterTheList_IsQuoted_NotDropped()
    {
        // arrange: no flow heading; the list under the use case's title is its flow.
        const string text = @"# Notes

### UC-8: Add or edit a note

The writer usually starts from an empty page.

1. The writer opens the notebook.
2. The writer types the note.
3. The system saves the note.

Editing an existing note is the same flow from step 2, except that at step 3 the system keeps the old version.
";

        // act
        var markdown = Generate("notes", text);

        // assert
        Assert.That(markdown, Does.Contain("usecase.md also states this variant of the flow; it is not drawn above:"));
        Assert.That(markdown, Does.Contain("- line 11: Editing an existing note is the same flow from step 2, except that at step 3 the system keeps the old version."));
    }

    [Test]
    public void ConditionBeforeItsComma_AndTheStepInsideTheAction_IsAnOptAfterTheStep()
    {
        // act
        var flow = Section(Generate("rooms", MeetingRooms), "#### Success Flow");

        // assert: the warning comes after the look-up of step 4, which "Reception is shown …" does not replace.
        Assert.That(flow, Does.Contain("opt Alternative 1#58; if the visitor has an unpaid fine"));
        Assert.That(flow.IndexOf("looks up the booking", System.StringComparison.Ordinal), Is.LessThan(flow.IndexOf("opt Alternative 1", System.StringComparison.Ordinal)));
        Assert.That(flow, Does.Contain("is shown a warning and must call the manager"));
        Assert.That(flow, Does.Contain("Note over SYS: This is a soft rule#59; it does not block the booking."));
    }

    [Test]
    public void StepInsideAnIfClause_ClosesTheCondition_AndBeforeStepThreeIsAfterStepTwo()
    {
        // act
        var markdown = Generate("salas", Salas);

        // assert
        Assert.That(markdown, Does.Contain("E1: At step 2, if o Porteiro cancelar a reserva;"));
        var flow = Section(markdown, "#### Error Flow - E1");
        Assert.That(flow, Does.Contain("#### Error Flow - E1 Reserva cancelada\n"));
        Assert.That(flow, Does.Not.Contain("confirma a reserva"), "drawn before step 3");
        Assert.That(flow, Does.Contain("a sala volta para Livre"));
    }

    [Test]
    public void FlowThatSaysItGoesOnAnyway_ContinuesInEverySection()
    {
        // act
        var markdown = Generate();

        // assert
        Assert.That(markdown, Does.Contain("E5: At step 7, if the watering log is full; the flow goes on, as usecase.md says."));
        Assert.That(markdown, Does.Contain("End of E5 - the flow goes on (usecase.md#58; the oldest entry is archived and the watering is still<br>recorded)"));
        Assert.That(markdown, Does.Contain("| E5 (exception flow, at step 7) | Watering log full: the watering log is full | \"the oldest entry is archived and the watering is still recorded\" (line 53) |"));
        Assert.That(markdown, Does.Not.Contain("--> Seq1_Failure : E5"));
    }

    [Test]
    public void FlowThatNamesAnIncludedUseCase_IsDrawnAtTheStepThatIncludesIt()
    {
        // act
        var flow = Section(Generate(), "#### Error Flow - E1");

        // assert
        Assert.That(flow, Does.Contain("E1: At step 3 (the step that names UC-7; usecase.md names no step), if UC-7 ends without a forecast"));
        Assert.That(flow, Does.Not.Contain("computes the amount"), "drawn at step 3, before step 4");
    }

    [Test]
    public void FlowThatNamesNoStep_DrawsOnlyItsOwnSteps_AndAWordOfEveryStepPlacesNothing()
    {
        // act
        var flow = Section(Generate(), "#### Error Flow - E2");

        // assert: "plant" is a word of four of the seven steps; the flow is not drawn after any of them.
        Assert.That(flow, Does.Contain("E2: At an unspecified step"));
        Assert.That(flow, Does.Contain("usecase.md names no step, so only the flow's own steps are drawn"));
        Assert.That(flow, Does.Not.Contain("selects a plant bed"));
    }

    [Test]
    public void StepThatClosesTheConditionsSentence_LeavesTheConditionWhole()
    {
        // act
        var markdown = Generate();

        // assert: a paragraph and an edge-case bullet, each a sentence that ends with its step, then what happens.
        Assert.That(markdown, Does.Contain("E3: At step 2, if The soil sensor is offline"));
        Assert.That(markdown, Does.Contain("if The forecast is older than a day"));
        Assert.That(markdown, Does.Not.Contain("if . "));
        Assert.That(markdown, Does.Contain("SYS->>SYS: uses the last reading and flags the bed"));
    }

    [Test]
    public void ColonInsideBrackets_DoesNotEndTheCondition()
    {
        // act
        var markdown = Generate();

        // assert
        Assert.That(markdown, Does.Contain("E4: At step 5, if the Valve Controller reports a fault (e.g.: a broken seal, a blocked pipe);"));
        Assert.That(markdown, Does.Not.Match(@"->>\w+: a broken seal"));
    }

    [Test]
    public void WayBackInBrackets_LeavesNoOpenBracketInTheStep()
    {
        // act
        var markdown = Generate();

        // assert
        Assert.That(markdown, Does.Contain("records the amount the Grower enters"));
        Assert.That(markdown, Does.Not.Contain("the Grower enters ("));
    }

    [Test]
    public void QuotedText_NamesNoReceiver()
    {
        // act
        var flow = Section(Generate(), "#### Success Flow");

        // assert
        Assert.That(flow, Does.Contain("SYS-->>Grower: 2 asks #quot;Is the Valve Controller switched off?#quot;"));
        Assert.That(flow, Does.Not.Contain("->>ValveController: 2 asks"));
    }

    [Test]
    public void SentencesThatCommentOnTheFlow_AreNotes()
    {
        // act
        var flow = Section(Generate(), "#### Success Flow");

        // assert
        Assert.That(flow, Does.Contain("Note over SYS: 3 This is a manual override#59; it does not change the schedule."));
        Assert.That(flow, Does.Contain("Note over SYS: 4 Step 6 is not performed for hand watering."));
        Assert.That(flow, Does.Not.Contain("->>SYS: 3 This is"));
    }

    [Test]
    public void BranchesThatGoBackBesideOneThatEndsAtTheSameStep_AreArmsOfOneAlt()
    {
        // arrange: three ways step 3 turns out; two go back to step 2, one goes back or ends
        const string text = @"# Sign-up

## UC-1 Sign up

### Main Flow

1. Visitor opens the sign-up page.
2. Visitor submits a nickname and an email address.
3. System checks that the nickname and the email address are free.
4. System creates the account.

### Alternative Flows

#### A1: Nickname taken

**Trigger:** The nickname is already used (step 3)

1. System shows that the nickname is taken.
2. Use case continues at step 2.

#### A2: Email known

**Trigger:** The email address already has an account (step 3)

1. System shows that the email address is known.
2. Use case continues at step 2 or ends.

#### A3: Email malformed

**Trigger:** The email address is malformed (step 3)

1. System shows the expected format.
2. Use case continues at step 2.
";

        // act
        var flow = Section(Generate("signup", text), "#### Success Flow");

        // assert: one alt, the arms in the author's order, step 4 only otherwise; no opt beside it
        var a1 = flow.IndexOf("alt A1 Nickname taken", System.StringComparison.Ordinal);
        var a2 = flow.IndexOf("else A2 Email known", System.StringComparison.Ordinal);
        var a3 = flow.IndexOf("else A3 Email malformed", System.StringComparison.Ordinal);
        var otherwise = flow.IndexOf("else otherwise#58; step 4", System.StringComparison.Ordinal);
        Assert.That(a1, Is.GreaterThan(0));
        Assert.That(a2, Is.GreaterThan(a1));
        Assert.That(a3, Is.GreaterThan(a2));
        Assert.That(otherwise, Is.GreaterThan(a3));
        Assert.That(flow, Does.Not.Contain("    opt "));
    }

    [Test]
    public void ABranchThatGoesBackAlone_StaysAnOptBlock()
    {
        // arrange
        const string text = @"# Sign-up

## UC-1 Sign up

### Main Flow

1. Visitor opens the sign-up page.
2. Visitor submits a nickname.
3. System checks that the nickname is free.
4. System creates the account.

### Alternative Flows

#### A1: Nickname taken

**Trigger:** The nickname is already used (step 3)

1. System shows that the nickname is taken.
2. Use case continues at step 2.
";

        // act
        var flow = Section(Generate("signup", text), "#### Success Flow");

        // assert
        Assert.That(flow, Does.Contain("    opt A1 Nickname taken"));
        Assert.That(flow, Does.Not.Contain("    alt "));
    }
}
