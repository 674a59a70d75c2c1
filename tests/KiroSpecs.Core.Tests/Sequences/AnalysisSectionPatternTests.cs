using System.Linq;
using KiroSpecs.Core.Sequences;
using KiroSpecs.Core.UseCases;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// Patterns of the analysis sections, each on a document written for the test: rules and postconditions under
/// sub-headings, validation stated in branches and rules, branches that go back into the flow, and bounds on data
/// that are no timing.
/// </summary>
[TestFixture]
internal sealed class AnalysisSectionPatternTests
{
    private const string Library = @"# Use Case: Borrow a Board Game

**Use Case ID:** UC-7
**Primary Actor:** Member

## Main Flow

1. Member scans the game's barcode.
2. System verifies that the member card is valid and that the member holds fewer than three games.
3. System records the loan.
4. System shows the return date to the Member.

## Alternative Flows

### A1: Card Expired

**Trigger:** The member card has expired (step 2)

1. System shows that the card must be renewed.
2. Use case continues at step 1.

### A2: Barcode Unreadable

**Trigger:** The barcode cannot be read (step 1)

1. System asks the Member to type the code.
2. Member types the code and the System returns to the scanning screen.

## Postconditions

### Success Postconditions

- The loan is stored with its return date.

### Failure Postconditions

- No loan is stored.

## Business Rules

### BR-10: Loan Limit

A member holds at most 3 games at a time.

### BR-11: Name Length

A game title must be at least 2 characters long.
";

    private const string Catalogue = @"# Use Case: Look Up a Part

## Scenarios

- **Main success scenario:**
  - Technician enters the part number.
  - System shows the part's stock.
- **Postcondition:**
  - The stock shown is the stored one.
- **Non-functional Constraints:**
  - The lookup must stay responsive under load, so it has to be performant.
    Stock figures may be cached for this.
";

    private const string FailureScenarios = @"# Import Scenarios

### IMP-1: Import with a readable sheet

**Steps:**

1. The operator starts the import.
2. Importer reads the sheet.

**Results:**

1. The rows are stored.

### IMP-2: Import with an invalid sheet

**Steps:**

1. The operator starts the import.
2. Importer detects that the sheet is invalid.

**Results:**

1. The import fails with an error message.
2. The message names the first bad row.

### IMP-3: Cancel an import

**Steps:**

1. The operator cancels the running import.
2. Importer stops reading.

**Results:**

1. The import is cancelled and nothing is stored.
";

    private const string Kiosk = @"# Kiosk Use Cases

## UC-1: Buy a Ticket

**Frequency of Use:** Several hundred times on a match day

### Main Flow

1. Fan selects the match and the seat.
2. Kiosk reserves the seat.
3. Fan pays at the terminal.
4. Kiosk prints the ticket.

### Alternative Flows

#### A1: Seat Taken

1. Kiosk reports that the seat is taken.
2. Use case continues at step 1 or ends.

#### A2: Fan Wants To Cancel

1. The fan wants to cancel the purchase and presses Cancel.

#### A3: Reservation Times Out

1. The reservation expires before the payment.
2. Kiosk releases the seat.

### Domain Events

- `ticket.sold`
- `seat.released`

## UC-2: Ask for Help

A fan who is lost asks a steward, who explains the way to the stands in person.

## UC-3: Open the Gates

```mermaid
sequenceDiagram
    participant Op as Operator
    participant Hub as Gate Hub
    participant Board as Display Board
    Op->>Hub: opens all gates
    par every gate at once
        Hub->>Hub: unlocks gate A
    and
        Hub->>Hub: unlocks gate B
    end
    Hub->>Hub: gate state changes to OPEN
    Hub-)Board: broadcasts the opening over WebSocket
```
";

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf("\n## " + heading + "\n", System.StringComparison.Ordinal);
        var end = markdown.IndexOf("\n## ", start + 4, System.StringComparison.Ordinal);
        return markdown.Substring(start, (end < 0 ? markdown.Length : end) - start);
    }

    private static string Generate(string text) =>
        SequenceGenerator.Generate(new SequenceGenerationInput("f", text, "usecase.md", TranslationOptions.Default)).Markdown;

    [Test]
    public void Constraints_WithoutAFigure_AreStatedPerformanceAndCaching()
    {
        // act
        var markdown = Generate(Catalogue);

        // assert
        Assert.That(Section(markdown, "Timing Constraints"), Does.Contain("has to be performant"));
        Assert.That(Section(markdown, "Critical Path"), Does.Contain("Stock figures may be cached"));
        Assert.That(Section(markdown, "State Transitions"), Does.Not.Contain("performant"));
    }

    [Test]
    public void DataTheStepsName_QuotesTheWholeStep() =>
        Assert.That(Section(Generate(Catalogue), "Data Flow Details"), Does.Contain("enters the part number"));

    [Test]
    public void SubHeadings_UnderRulesAndPostconditions_LabelWhatFollows()
    {
        // act
        var useCase = UseCaseParser.Parse(Library, "usecase.md").UseCases.Single();

        // assert
        Assert.That(useCase.BusinessRules.Select(r => r.Label), Is.EqualTo(new[] { "BR-10: Loan Limit", "BR-11: Name Length" }));
        Assert.That(useCase.BusinessRules[0].Text, Is.EqualTo("A member holds at most 3 games at a time."));
        Assert.That(useCase.Postconditions.Select(p => p.Label), Is.EqualTo(new[] { "Success Postconditions", "Failure Postconditions" }));
    }

    [Test]
    public void Validation_ListsTheRulesAndTheBranchesAtAValidatingStep()
    {
        // act
        var validation = Section(Generate(Library), "Data Validation Points");

        // assert
        Assert.That(validation, Does.Contain("BR-10: Loan Limit: A member holds at most 3 games at a time."));
        Assert.That(validation, Does.Contain("BR-11: Name Length"));
        Assert.That(validation, Does.Contain("A1 (taken when the check fails): Card Expired"));
        Assert.That(validation, Does.Not.Contain("not specified"));
    }

    [Test]
    public void Timing_LeavesABoundOnDataToValidation()
    {
        // act
        var timing = Section(Generate(Library), "Timing Constraints");

        // assert
        Assert.That(timing, Does.Not.Contain("2 characters"));
    }

    [Test]
    public void States_ABranchThatGoesBackIntoTheFlowIsNoFailure()
    {
        // act
        var states = Section(Generate(Library), "State Transitions");

        // assert
        Assert.That(states, Does.Contain("Seq1_Flow --> Seq1_Flow : A1 Card Expired (back to step 1)"));
        Assert.That(states, Does.Contain("Seq1_Flow --> Seq1_Flow : A2 Barcode Unreadable (continues)"));
        Assert.That(states, Does.Not.Contain("--> Seq1_Failure :"));
        Assert.That(states, Does.Contain("Failure#58; No loan is stored."));
    }

    [Test]
    public void States_ABasicFlowThatIsItselfAFailureEndsInFailure()
    {
        // act
        var markdown = Generate(FailureScenarios);
        var states = Section(markdown, "State Transitions");
        var coverage = Section(markdown, "Error Scenario Coverage");

        // assert: only the scenario whose stated result fails ends in Failure; cancelling is the goal of IMP-3
        Assert.That(states, Does.Contain("Seq1_Flow --> Seq1_Success : basic flow completes (steps 1-2)"));
        Assert.That(states, Does.Contain("Seq2_Flow --> Seq2_Failure : basic flow completes (steps 1-2)"));
        Assert.That(states, Does.Contain("Failure#58; The import fails with an error message"));
        Assert.That(states, Does.Not.Contain("Seq2_Success"));
        Assert.That(states, Does.Contain("Seq3_Flow --> Seq3_Success : basic flow completes (steps 1-2)"));
        Assert.That(coverage, Does.Contain("| basic flow (steps 1-2) | step 2: Importer detects that the sheet is invalid. | ends in failure: The import fails with an error message |"));
        Assert.That(markdown, Does.Contain("#### Error Flow - Basic Flow\n\nBasic flow steps 1-2. Its stated result is a failure: The import fails with an error message."));
        Assert.That(markdown.Split(new[] { "#### Success Flow" }, System.StringSplitOptions.None).Length - 1, Is.EqualTo(2), "IMP-1 and IMP-3 succeed");
    }

    [Test]
    public void Sections_CiteWhatTheDocumentStatesAndNameWhatTheyCannotRead()
    {
        // act
        var markdown = Generate(Kiosk);

        // assert: Critical Path reads words, not arrows
        var critical = Section(markdown, "Critical Path");
        Assert.That(critical, Does.Not.Contain("step 1, step 3"));
        Assert.That(critical, Does.Contain("written diagram, message Gate Hub → Display Board: broadcasts the opening over WebSocket"));

        // every flow with its own last words; a choice between going on and ending is kept
        var coverage = Section(markdown, "Error Scenario Coverage");
        Assert.That(coverage, Does.Contain("| A1 (alternative flow) | Seat Taken | back to step 1 or ends |"));
        Assert.That(coverage, Does.Contain("| A3 (alternative flow) | Reservation Times Out | \"Kiosk releases the seat.\" (line 28) |"), "the package placed A3 at step 2; usecase.md names no step");
        Assert.That(coverage, Does.Contain("Written as prose without steps"));
        var states = Section(markdown, "State Transitions");
        Assert.That(states, Does.Contain("Seq1_Flow --> Seq1_Flow : A1 Seat Taken (back to step 1)"));
        Assert.That(states, Does.Contain("A1 Seat Taken (or the use case ends)"));
        Assert.That(states, Does.Contain("gate state changes to OPEN"));
        Assert.That(states, Does.Contain("Seq1_Flow --> Seq1_Cancelled : A2 Fan Wants To Cancel"), "a cancel is its own end, neither success nor failure");

        // frequency and the timeout without a figure are timing; events and the diagram's participants are integration
        var timing = Section(markdown, "Timing Constraints");
        Assert.That(timing, Does.Contain("Frequency of Use: Several hundred times on a match day"));
        Assert.That(timing, Does.Contain("A3 step 1: The reservation expires before the payment."));
        var integration = Section(markdown, "Integration Points");
        Assert.That(integration, Does.Contain("ticket.sold"));
        Assert.That(integration, Does.Contain("UC-3: Gate Hub, Display Board"), "the operator is a person, not a participant to integrate with");
        Assert.That(integration, Does.Contain("written as prose without steps, read here only for their sentences that name messages, queues or events: UC-2"));

        // the written diagram's messages and parallel block are read
        Assert.That(Section(markdown, "Data Flow Details"), Does.Contain("Operator → Gate Hub: opens all gates"));
        Assert.That(Section(markdown, "Concurrency Handling"), Does.Contain("written diagram, par every gate at once"));
    }

    [Test]
    public void ProseOnlyUseCases_AreNamedAsNotReadRatherThanSaidToStateNothing()
    {
        // arrange
        const string prose = @"# Ward Use Cases

## Use Case 1: Admission at the Ward Desk

### Description

A nurse looks the patient up in the hospital registry by name and date of birth and confirms the ward bed. The bed MUST be free before it is confirmed.

## Use Case 2: Transfer Between Wards

### Description

The ward clerk sends the transfer to the receiving ward, which accepts it within the hour.
";

        // act
        var markdown = Generate(prose);

        // assert
        foreach (var heading in new[] { "State Transitions", "Integration Points", "Error Scenario Coverage", "Critical Path" })
        {
            var section = Section(markdown, heading);
            Assert.That(section, Does.Contain("Not derived: every use case of usecase.md is prose without numbered steps"), heading);
            Assert.That(section, Does.Not.Contain("not specified").IgnoreCase, heading);
        }

        // the prose is quoted where it says what data moves or states a rule
        var data = Section(markdown, "Data Flow Details");
        Assert.That(data, Does.Contain("- The ward clerk sends the transfer to the receiving ward, which accepts it within the hour."));
        Assert.That(data, Does.Not.Contain("not specified").IgnoreCase);
        Assert.That(Section(markdown, "Data Validation Points"), Does.Contain("prose: The bed MUST be free before it is confirmed."));
    }

    [Test]
    public void States_PlaceBranchesByWhatTheyState()
    {
        // arrange
        const string shelf = @"# Use Case: Borrow From the Shelf

## Main Flow

1. Reader picks a title (required).
2. Gate checks the reader card → DENY when the card is blocked.
3. System lends the title.

## Alternative Flows

- No titles on the shelf → System shows an empty shelf
- The reader wants to change the title → Reader picks another title
- Another loan is open → System refuses the loan
";

        // act
        var markdown = Generate(shelf);
        var states = Section(markdown, "State Transitions");

        // assert: nothing to show and a refusal end outside the success path; a change of mind goes on
        Assert.That(states, Does.Match(@"Seq1_Flow --> Seq1_Ended : [^\n]* No titles on the shelf"));
        Assert.That(states, Does.Match(@"Seq1_Flow --> Seq1_Failure : [^\n]* Another loan is open"));
        Assert.That(states, Does.Not.Contain("step 2 Gate"), "a step whose result is stated and after which the flow goes on is no branch");
        Assert.That(states, Does.Match(@"Seq1_Flow --> Seq1_Flow : [^\n]* The reader wants to change the title \(continues"));
        Assert.That(Section(markdown, "Data Validation Points"), Does.Contain("step 1: Reader picks a title (required)."));
    }

    [Test]
    public void NamesInPassingAndMeasuredConditions_AreQuotedWithoutARole()
    {
        // arrange
        const string text = @"# Use Case: Renew a Permit

## Main Flow

1. Holder opens the permit page.
2. Holder pays the fee via PayBridge or SEPA.
3. System sends the renewed permit (see UC-4).
4. System files the permit in a record document (e.g., SRF, PermitLog).
5. Holder may watch the guide video via VidHub/Streamo.

## Alternative Flows

- If the renewal comes more than 30 days after expiry, a late fee is shown
";

        // act
        var markdown = Generate(text);

        // assert: proper names after 'via' are listed with where they are named, ids and ordinary words are not
        var integration = Section(markdown, "Integration Points");
        Assert.That(integration, Does.Contain("- PayBridge (Use case 1 step 2)"));
        Assert.That(integration, Does.Contain("- SEPA (Use case 1 step 2)"));
        Assert.That(integration, Does.Not.Contain("- UC-4 ("));
        Assert.That(integration, Does.Not.Contain("SRF"), "examples of a document are no system");
        Assert.That(integration, Does.Contain("- Streamo (Use case 1 step 5)"), "a name written beside a proper name, 'A/B', is one too");
        Assert.That(integration, Does.Contain("No actor of usecase.md is described as a system; the names its steps mention in passing are listed below."));
        Assert.That(integration, Does.Not.Contain("no step names a provider"));
        Assert.That(Section(markdown, "Data Validation Points"), Does.Contain("(a rule applies): the renewal comes more than 30 days after expiry"));
    }

    [Test]
    public void Validation_LeavesOutagesRatesAndRulesOnOtherThingsThanData()
    {
        // arrange: an endpoint without input whose rules are about rates, caching and outages
        const string text = @"# Use Case: Ping the Service

## Main Flow

1. Monitor sends a ping.
2. Service answers with its status.

## Exception Flows

### E1: Database Down

At step 2, if the database connection times out, the service answers 503.

## Business Rules

- BR-1: Rate limit is 5 requests per second per caller.
- BR-2: The status may be cached for 1 second.
";

        // act
        var validation = Section(Generate(text), "Data Validation Points");

        // assert: the timeout of the answer is a wait; rates, caching and outages are no checks on data
        Assert.That(Section(Generate(text), "Critical Path"), Does.Contain("**Synchronous operations**: step 2 (its time-out: E1 ("));
        Assert.That(validation, Does.Not.Contain("BR-1"));
        Assert.That(validation, Does.Not.Contain("BR-2"));
        Assert.That(validation, Does.Not.Contain("E1"));
        Assert.That(validation, Does.Contain("No step, flow, business rule or data element of usecase.md is read as a check on the data a use case takes."));
    }

    [Test]
    public void States_FlowsSameAsAnotherUseCaseReachItsFailure()
    {
        // arrange
        const string text = @"# Parcel Lockers

## UC-1: Drop a Parcel

### Main Flow

1. Courier scans the parcel.
2. Locker opens a door.

### Exception Flows

#### E1: Door Jammed

1. At step 2, if the door does not open, the locker reports a fault.
2. Flow terminates.

### Postconditions

- Failure: The parcel stays with the courier.

## UC-2: Return a Parcel

### Main Flow

1. Customer scans the return code.
2. Locker opens a door.

### Exception Flows

- Same as UC-1

### Postconditions

- Failure: The parcel stays with the customer.
";

        // act
        var states = Section(Generate(text), "State Transitions");

        // assert
        Assert.That(states, Does.Contain("Seq2_Flow --> Seq2_Failure : Exception Flows same as UC-1 (those ending in failure)"));
    }

    [Test]
    public void States_AnOptionTheStepOffersIsNoFailure_AndNothingThatCanBeDoneIs()
    {
        // arrange
        const string text = @"# Use Case: Review a Recipe Submission

## Main Flow

1. Editor opens the submitted recipe.
2. Editor records a verdict: accept, decline or ask for changes.
3. System stores the verdict.

## Alternative Flows

- **1a. No reviewers are assigned to the kitchen**
  - 1a1. System tells the Editor that no verdict can be recorded.
  - 1a2. The Editor terminates the use case.
- **2a. Declined**
  - 2a1. The recipe stays unpublished.
";

        // act
        var markdown = Generate(text);
        var states = Section(markdown, "State Transitions");
        var failures = Section(markdown, "Error Scenario Coverage");

        // assert: declining is one of the verdicts step 2 offers; "no verdict can be recorded" and the end is a failure
        Assert.That(states, Does.Contain("Seq1_Flow --> Seq1_Flow : 2a Declined (continues"));
        Assert.That(states, Does.Contain("Seq1_Flow --> Seq1_Failure : 1a No reviewers are assigned to the kitchen"));
        Assert.That(failures, Does.Contain("| 1a (extension, at step 1) | No reviewers are assigned to the kitchen | \"The Editor terminates the use case.\" (line 13) |"));
        Assert.That(failures, Does.Contain("| 2a (extension, at step 2) | Declined | \"The recipe stays unpublished.\" (line 15) |"));
    }

    [Test]
    public void WrittenDiagram_ItsConditionalBlocksAreListedAsWrittenUnderStatesWithoutCallingOneAFailure()
    {
        // arrange
        const string text = @"# Parcel Lockers

## Use Case 1: Open a Locker

```mermaid
sequenceDiagram
    actor Courier
    participant L as Locker Unit
    participant S as Locker Service
    Courier->>L: 1. Scans the code
    L->>S: GET /codes/{code}
    alt code known
        S-->>L: door number
        L->>Courier: 2. Opens the door
    else code unknown
        S-->>L: 404
        break three wrong codes
            L->>Courier: Locks the keypad
        end
    end
```
";

        // act
        var markdown = Generate(text);
        var states = Section(markdown, "State Transitions");
        var failures = Section(markdown, "Error Scenario Coverage");
        var validation = Section(markdown, "Data Validation Points");

        // assert: the branches are listed where they are drawn, not in the failure table
        Assert.That(failures, Does.Contain("which of its branches is a failure, the diagram does not say"));
        Assert.That(failures, Does.Not.Contain("| alt"));
        Assert.That(states, Does.Contain("| alt code known | Locker Unit → Locker Service: GET /codes/{code} | Locker Service → Locker Unit: door number; Locker Unit → Courier: 2. Opens the door | not stated (the diagram goes on after the alt block) |"));
        Assert.That(states, Does.Contain("| else code unknown | Locker Unit → Locker Service: GET /codes/{code} | Locker Service → Locker Unit: 404; Locker Unit → Courier: Locks the keypad | not stated (the diagram goes on after the alt block) |"));
        Assert.That(states, Does.Contain("| break three wrong codes | Locker Service → Locker Unit: 404 | Locker Unit → Courier: Locks the keypad | the sequence stops (break) |"));
        Assert.That(states, Does.Not.Contain("Failure"));
        Assert.That(validation, Does.Contain("- after Locker Unit → Locker Service: GET /codes/{code}, alt: code known / code unknown"));
    }

    [Test]
    public void DataFlow_QuotesFilesGivenInPreconditionsAndTheValuesATriggerNames()
    {
        // arrange
        const string text = @"# Nightly Report Use Cases

## UC-R1: Build the nightly report

**Preconditions:**

1. The report settings file holds the recipients:

    ```yaml
    report:
      recipients: ""ops@example.test""
    ```

**Trigger:**

The scheduler starts the job with:

1. `REPORT_DAY: 2026-01-31`
2. `dryRun = false`
3. Owner: Operations team

**Steps:**

1. The job reads the settings file.
2. The job writes the report.
";

        // act
        var data = Section(Generate(text), "Data Flow Details");

        // assert
        Assert.That(data, Does.Contain("Given before the flow (Preconditions):"));
        Assert.That(data, Does.Contain("recipients: \"ops@example.test\""));
        Assert.That(data, Does.Contain("- Named value (Trigger): `REPORT_DAY: 2026-01-31`"));
        Assert.That(data, Does.Contain("- Named value (Trigger): `dryRun = false`"));
        Assert.That(data, Does.Not.Contain("Owner"), "a plain word and a phrase are a label, not a named value");
    }

    [Test]
    public void States_AScenarioNamedForTheRefusalItEndsIn_ReachesItsGoal_NotAFailure()
    {
        // arrange: a scenario written to be refused, its outcome stated as assertions
        const string text = @"# UC-40: Gate Refusal — Unknown Badge

## Steps
1. Visitor taps an unknown badge
2. Gate reads the badge
3. Gate checks the badge list → refused (badge not listed)
4. Refusal logged; door stays locked/blocked

## Assertions
- Log entry has `status: ""BADGE_REFUSED""`
- The door did not open
";

        // act
        var markdown = Generate(text);

        // assert: the refusal is what the scenario is for; its stated result labels the end it reaches
        var states = Section(markdown, "State Transitions");
        Assert.That(states, Does.Contain("Seq1_Flow --> Seq1_Success : basic flow completes (steps 1-4)"));
        Assert.That(states, Does.Contain("state \"Success#58; Log entry has status#58; #quot;BADGE_REFUSED#quot;\" as Seq1_Success"));
        Assert.That(states, Does.Not.Contain("Failure"));
        Assert.That(Section(markdown, "Error Scenario Coverage"), Does.Not.Contain("ends in failure"));
    }

    [Test]
    public void States_AScenarioWhoseResultSaysTheOperationFailed_EndsInFailure()
    {
        // arrange: named for the failure, its result a failure of the operation, not a refusal it was written to reach
        const string text = @"# UC-41: Import Error — Broken File

## Steps
1. Clerk uploads the broken file
2. System reads the file
3. System detects the invalid file

## Results
Import fails with an error message.
";

        // act
        var markdown = Generate(text);

        // assert
        Assert.That(Section(markdown, "State Transitions"), Does.Contain("Seq1_Flow --> Seq1_Failure : basic flow completes (steps 1-3)"));
        Assert.That(Section(markdown, "Error Scenario Coverage"), Does.Contain("ends in failure"));
    }

    [Test]
    public void DataFlow_CitesWhoActsOnlyWhereTheStepWritesIt()
    {
        // arrange
        const string text = @"# Use Case: File a Leave Request

**Primary Actor:** Clerk
**Secondary Actor:** Manager

## Main Flow

1. Clerk submits the leave request with the dates.
2. Manager is notified of the request through the approvals queue.
3. Sends the decision to the Clerk.
4. The request form is archived.
";

        // act
        var data = Section(Generate(text), "Data Flow Details");

        // assert: a passive subject is the one it happens to; a step without a subject names no one
        Assert.That(data, Does.Contain("- step 1 (Clerk): submits the leave request with the dates"));
        Assert.That(data, Does.Contain("- step 2 (Manager): Manager is notified of the request through the approvals queue"));
        Assert.That(data, Does.Contain("- step 3: Sends the decision to the Clerk"));
    }

    [Test]
    public void Validation_LeavesOutWhoThePersonIsAndNothingToShow()
    {
        // arrange
        const string text = @"# Use Case: Open the Ledger

## Main Flow

1. Bookkeeper enters the user name and password.
2. System checks the entries and shows the ledger.

## Alternative Flows

- 2a. The password does not match the account: System shows a sign-in error.
- 2b. No entries are available: System shows an error message.
- 2c. The amount field holds letters: System rejects the entry as invalid.
- 2d. A closed period (BR-4) blocks the posting: System shows the next open period.
";

        // act
        var validation = Section(Generate(text), "Data Validation Points");

        // assert: a credential mismatch and an empty ledger are no checks on the data; invalid input is
        Assert.That(validation, Does.Not.Contain("2a"));
        Assert.That(validation, Does.Not.Contain("2b"));
        Assert.That(validation, Does.Contain("2c (taken when the check fails): The amount field holds letters"));
        Assert.That(validation, Does.Contain("2d (a rule applies): A closed period (BR-4) blocks the posting"));
    }

    [Test]
    public void Failures_ADecisionAStepStatesBothWaysIsAFailurePoint_UnlessDecidingIsTheGoal()
    {
        // arrange
        const string text = @"# Loans

## UC-1: Request a Loan

### Main Flow

1. Member sends the loan form.
2. Bank returns approval/rejection (LoanDecision).
3. After approval, the money is paid out.

## UC-2: Approve or Reject a Loan

### Main Flow

1. Officer opens the loan form.
2. Officer approves or rejects the loan.
";

        // act
        var markdown = Generate(text);
        var failures = Section(markdown, "Error Scenario Coverage");

        // assert: and the step that opens with "After approval" waits for the step that returns it
        Assert.That(failures, Does.Contain("| step 2 | rejection (as the step states: \"Bank returns approval/rejection (LoanDecision).\") | not stated |"));
        Assert.That(Section(markdown, "State Transitions"), Does.Contain("Seq1_Flow --> Seq1_Failure : step 2#58; rejection"));
        Assert.That(Section(markdown, "Data Validation Points"), Does.Not.Contain("approval/rejection"), "a decision is no check on the data");
        Assert.That(Section(markdown, "Critical Path"), Does.Contain("- **Steps that wait for an outcome (not a blocking call)**: step 3 (waits for step 2: \"After approval\")"));
        Assert.That(Section(markdown, "Critical Path"), Does.Contain("- **Synchronous operations**: none stated in usecase.md"), "a wait for an approval is no call that blocks");
        Assert.That(failures, Does.Not.Contain("Officer approves or rejects"));
    }

    [Test]
    public void States_APostconditionThatNamesTheErrorCaseLabelsTheFailureState()
    {
        // arrange
        const string text = @"# Use Case: Import Settings

## Main Flow

1. Tool reads the settings file.
2. Tool applies the settings.

## Exception Flows

- E1: At step 1, if the file cannot be parsed, the tool reports an error.

## Postconditions

- Settings applied without error are saved.
- Settings read with an error are left unchanged.
";

        // act
        var states = Section(Generate(text), "State Transitions");

        // assert
        Assert.That(states, Does.Contain("state \"Success#58; Settings applied without error are saved.\" as Seq1_Success"));
        Assert.That(states, Does.Contain("state \"Failure#58; Settings read with an error are left unchanged.\" as Seq1_Failure"));
    }

    [Test]
    public void CriticalPath_AStepThatActsAheadOfATimeRunsOnItsOwn()
    {
        // arrange
        const string text = @"# Use Case: Book a Class

## Main Flow

1. Member picks a class.
2. System books the seat.
3. System reminds the member 2 hours before the class.
4. Sistema coloca a reserva na fila de confirmação.
";

        // act
        var critical = Section(Generate(text), "Critical Path");

        // assert
        // A work queue ("na fila de confirmação") is where people pick the booking up, not a step that runs in the background.
        Assert.That(critical, Does.Contain("- **Asynchronous operations**: step 3 (scheduled: \"2 hours before\")\n"));
        Assert.That(critical, Does.Contain("- **Synchronous operations**: none stated in usecase.md"));
    }

    [Test]
    public void Validation_QuotesARuleStatedInTheNotesBesideTheSteps()
    {
        // arrange
        const string text = @"# Invoices

## UC-3: Send an Invoice

**Problem:** Invoices above 10,000 EUR need a mandatory second signature. Most invoices are small.

**Workflow:**
1. Clerk prepares the invoice.
2. System sends the invoice to the customer.
";

        // act
        var validation = Section(Generate(text), "Data Validation Points");

        // assert
        Assert.That(validation, Does.Contain("- prose: Invoices above 10,000 EUR need a mandatory second signature."));
        Assert.That(validation, Does.Not.Contain("Most invoices are small"));
    }

    [Test]
    public void Validation_QuotesAProseSentenceThatSaysWhatSomethingRequires()
    {
        // arrange: a use case written as prose, its rule stated with "requires"
        const string text = @"# Permits

## UC-1: File a Permit

1. Owner fills in the form.
2. System stores the permit.

## UC-2: Renew a Permit

**Problem:** A renewal requires a valid inspection report from the last 12 months. Renewals are rare.
";

        // act
        var validation = Section(Generate(text), "Data Validation Points");

        // assert
        Assert.That(validation, Does.Contain("- prose: A renewal requires a valid inspection report from the last 12 months."));
        Assert.That(validation, Does.Not.Contain("Renewals are rare"));
    }

    [Test]
    public void ErrorCoverage_ListsTheFailuresTheProseBesideTheStepsStates()
    {
        // arrange: no flow is written as a failure; the text after the steps says what can go wrong
        const string text = @"# Garage

## UC-2 Book a service slot

Actor: Driver. Precondition: the car is registered.

- Driver picks a slot in the planner.
- Planner stores the booking and shows ""Booked"".

Other things that can go wrong:

- If the slot was taken in the meantime, the planner refuses it with ""Slot taken by J. Doe"" and shows the next free slots.
- The workshop is closed that day → error message, nothing is stored.
- We do not want locked slots.

The status of a booking is one of held / booked / cancelled.
";

        // act
        var markdown = Generate(text);
        var coverage = Section(markdown, "Error Scenario Coverage");

        // assert
        Assert.That(coverage, Does.Not.Contain("states no failure"));
        Assert.That(coverage, Does.Contain("| Exception 1 | the slot was taken in the meantime | \"the planner refuses it with \"Slot taken by J. Doe\" and shows the next free slots.\" (line 12) |"));
        Assert.That(coverage, Does.Contain("- The workshop is closed that day → error message, nothing is stored."));
        Assert.That(coverage, Does.Not.Contain("locked slots"));
        Assert.That(Section(markdown, "State Transitions"), Does.Contain("- text: The status of a booking is one of held / booked / cancelled."));
    }

    [Test]
    public void DataFlow_SuccessResponseQuotesTheAnswers_AndErrorResponseTheStatusOfAFailureCondition()
    {
        // arrange: data elements without a direction; the answer and the error status are in the steps and a condition
        const string text = @"# Vet clinic

## UC-4: Check a pet's vaccination

**Primary actor:** Vet. **Participants:** Vaccine Registry.

### Basic Flow
1. The Vet sends the chip number to the Vaccine Registry.
2. The Vaccine Registry returns the vaccination dates and the batch numbers.
3. System shows the dates.

### Exception Flows
#### EF-4.1: `404 Not Found` (chip unknown)
1. System shows that the chip is unknown. The use case ends.

### Data Elements
| Name | Type | Description |
|---|---|---|
| chipNumber | string(15) | Chip of the pet |
";

        // act
        var dataFlow = Section(Generate(text), "Data Flow Details");

        // assert
        Assert.That(dataFlow, Does.Contain("the answers of the steps name:"));
        Assert.That(dataFlow, Does.Contain("- step 2 (Vaccine Registry): returns the vaccination dates and the batch numbers"));
        Assert.That(dataFlow, Does.Not.Contain("Response data not specified"));
        Assert.That(dataFlow, Does.Contain("- EF-4.1 (condition): 404 Not Found"));
    }

    [Test]
    public void Timing_PerformanceFieldIsAPerformanceRequirement_AndAWaitThatRunsOutIsATimeout()
    {
        // arrange
        const string text = @"# Print shop

## Use Case 2: Print a poster

**Primary actor:** Designer

**Main success scenario:**
1. Designer uploads the file and arranges the blocks on the sheet.
2. System sends the job to the printer.

**Extensions:**
2a. The printer does not register the job within 40 s:
   2a1. System polls the printer every 5 s; after 40 s gives up. Use case ends in failure.

**Performance:** A poster must be printed within 15 minutes of upload.
";

        // act
        var timing = Section(Generate(text), "Timing Constraints");
        var performance = timing.Substring(0, timing.IndexOf("### Timeout Settings", System.StringComparison.Ordinal));
        var timeouts = timing.Substring(timing.IndexOf("### Timeout Settings", System.StringComparison.Ordinal));

        // assert
        Assert.That(performance, Does.Contain("Performance: A poster must be printed within 15 minutes of upload."));
        Assert.That(timeouts, Does.Contain("2a: The printer does not register the job within 40 s"));
        Assert.That(timeouts, Does.Not.Contain("arranges the blocks"));
    }

    [Test]
    public void Integration_ExternalOnlyWithEvidence_UnsaidSystemsUnderANeutralHeading_PeopleNever()
    {
        // arrange
        const string text = @"# Ferry desk

Actors
- **Clerk** – person at the desk
- **Kiosk** – the touch screen in the hall
- **FareHub** – fare service of the port authority (third party)
- **Jefe/a de Turno** – firma el cierre de caja

## UC-1 Sell a ticket

**Primary actor:** Clerk. **Participants:** Kiosk, FareHub, Jefe/a de Turno.

1. The Clerk enters the crossing on the Kiosk.
2. The Kiosk asks FareHub for the fare.
3. FareHub returns the fare.
4. The Jefe/a de Turno signs the day's report.
";

        // act
        var integration = Section(Generate(text), "Integration Points");
        var external = integration.Substring(0, integration.IndexOf("### ", integration.IndexOf("### External Services", System.StringComparison.Ordinal) + 5, System.StringComparison.Ordinal));

        // assert
        Assert.That(external, Does.Contain("**FareHub**"));
        Assert.That(external, Does.Not.Contain("**Kiosk**"));
        Assert.That(integration, Does.Contain("Whether these are external systems usecase.md does not say."));
        Assert.That(integration, Does.Contain("**Kiosk**"));
        Assert.That(integration, Does.Not.Contain("**Jefe/a de Turno**"));
    }

    [Test]
    public void CriticalPath_QuotesTheSentenceOfARequirementThatSaysAsynchronous()
    {
        // arrange
        const string text = @"# Library

## Use Case 3: Renew a loan

**Primary Actor:** Member

## Main Success Scenario

1. Member asks to renew a loan.
2. System extends the due date and shows it.

## Special Requirements

- Response time: the new due date must be shown within 2 seconds. The reminder e-mail is sent asynchronously and is not counted in this time.
";

        // act
        var critical = Section(Generate(text), "Critical Path");

        // assert
        Assert.That(critical, Does.Contain("- **Asynchronous operations**: Response time (\"The reminder e-mail is sent asynchronously and is not counted in this time.\")"));
    }

    [Test]
    public void HeadingThatRepeatsTheUseCaseName_AtItsLevel_IsTheUseCasesOwnText()
    {
        // arrange: the description is a sibling heading of the use case, not a child
        const string text = @"# Library cards

#### 1.1 Use Case #1: Renew a Card by Its Number
In this use case a member renews a card.

#### 1.1.1 Renew a Card by Its Number Description
The member gives the card number at the desk. Card numbers end with a check digit computed with the Luhn algorithm.

### 1.2 Analysis
Nothing here belongs to a use case.
";

        // act
        var result = SequenceGenerator.Generate(new SequenceGenerationInput("cards", text, "usecase.md", TranslationOptions.Default));

        // assert
        Assert.That(Section(result.Markdown, "Data Validation Points"), Does.Contain("- prose: Card numbers end with a check digit computed with the Luhn algorithm."));
        Assert.That(result.Diagnostics.Select(d => d.Code), Does.Not.Contain("KIRO104"));
    }

    [Test]
    public void Integration_QuotesTheProseThatNamesMessages()
    {
        // arrange: one use case with steps, one written as prose
        const string text = @"# Clinic Exchange

## UC-1: Book a Visit

1. Patient picks a time.
2. System books the visit.

## UC-2: Share a Referral

Referrals are exchanged between clinics as signed messages over the regional health messenger.
Each clinic keeps its own records.
";

        // act
        var integration = Section(Generate(text), "Integration Points");

        // assert
        Assert.That(integration, Does.Contain("- UC-2 (prose): Referrals are exchanged between clinics as signed messages over the regional health messenger."));
        Assert.That(integration, Does.Not.Contain("Each clinic keeps"));
        Assert.That(integration, Does.Contain("read here only for their sentences that name messages, queues or events"));
    }

    [Test]
    public void States_ListTheStatusValuesTheDocumentNames()
    {
        // arrange
        const string text = @"# Use Case: Review a Paper

**Notes:**
- Review status: submitted / in review / accepted / declined

## Main Flow

1. Editor opens the paper.
2. Paper status is set (ACCEPTED, DECLINED, REVISE).
3. System stores the status.
";

        // act
        var states = Section(Generate(text), "State Transitions");

        // assert
        Assert.That(states, Does.Contain("- Notes: Review status: submitted / in review / accepted / declined"));
        Assert.That(states, Does.Contain("- step 2: Paper status is set (ACCEPTED, DECLINED, REVISE)."));
        Assert.That(states, Does.Not.Contain("- step 3"));
    }

    [Test]
    public void Integration_ListsADeclaredActorThatIsNoPersonAndThatStepsName()
    {
        // arrange
        const string text = @"# Use Case: Post an Entry

- **Actors:** Clerk, Vaultline
- **Brief:** The clerk posts a ledger entry.

## Main Flow

1. Clerk posts the entry to Vaultline.
2. Vaultline checks the balance against the limit.
3. Clerk sees the new balance.
";

        // act
        var integration = Section(Generate(text), "Integration Points");

        // assert
        Assert.That(integration, Does.Contain("### Other Declared Actors the Steps Name"));
        Assert.That(integration, Does.Contain("- **Vaultline** (Use case 1 (secondary actor; step 1, step 2))"));
        Assert.That(integration, Does.Not.Contain("**Clerk**"));
        Assert.That(integration, Does.Not.Contain("no step names a provider"));
    }

    [Test]
    public void Outcomes_ReadWhatIsMeantNotAWordNearby()
    {
        // arrange: a person's choice between two answers, an exception flow whose trigger a step names among its
        // options, and "no … can" split over two sentences
        const string text = @"# Sign-up

## UC-1: Accept the Terms

### Main Flow

1. User accepts or declines the terms.
2. User enters email or phone number.
3. System stores the account.

### Exception Flows

#### 2a. Email invalid

1. System shows an error.

### Alternative Flows

#### 3a. Nothing matches the name

1. System displays no results. The member can refine the search.
";

        // act
        var failures = Section(Generate(text), "Error Scenario Coverage");

        // assert
        Assert.That(failures, Does.Not.Contain("declines"), "a person's choice is no refusal");
        Assert.That(failures, Does.Contain("| 2a (extension, at step 2) | Email invalid | \"System shows an error.\" (line 15) |"), "an exception flow is listed with its words");
        Assert.That(failures, Does.Contain("| 3a (extension, at step 3) | Nothing matches the name | \"The member can refine the search.\" (line 21) |"), "'no results.' and 'can refine' are two sentences");
    }

    [Test]
    public void Timing_AnAnswerThatDoesNotComeInTimeIsATimeout_AndAQueueNamedIsNoBackgroundWork()
    {
        // arrange
        const string text = @"# Use Case: Place a Hold

## Main Flow

1. Member asks for a hold.
2. System finds the member's position in the hold queue.
3. System records the hold.

## Extensions

2a. Catalog Service does not answer within 3 seconds:
  2a1. System shows that holds are not available. The use case ends in failure.
";

        // act
        var markdown = Generate(text);
        var timing = Section(markdown, "Timing Constraints");

        // assert
        Assert.That(timing.Substring(timing.IndexOf("### Timeout Settings", System.StringComparison.Ordinal)), Does.Contain("2a: Catalog Service does not answer within 3 seconds"));
        Assert.That(timing.Substring(0, timing.IndexOf("### Timeout Settings", System.StringComparison.Ordinal)), Does.Not.Contain("Catalog Service"));
        Assert.That(Section(markdown, "Critical Path"), Does.Contain("- **Asynchronous operations**: none stated"));
        Assert.That(Section(markdown, "Critical Path"), Does.Contain("- **Synchronous operations**: step 2 (its time-out: 2a"));
    }

    private const string Holds = @"# Holds

## Use Case 3: Place a hold

**Primary Actor:** Member
**Secondary Actors:**
- Catalog Service - reports copies

## Main Success Scenario

1. Member asks for a hold.
2. System asks the Catalog Service for the copies.
3. System records the hold.

## Extensions

2a. Catalog Service does not answer within 3 seconds:
  2a1. System shows ""Try again later."" The use case ends in failure.

## Special Requirements

- Response time: the hold in step 3 is confirmed within 2 seconds for 95% of requests. Delivery of the e-mail is asynchronous.

## Postconditions

**Success guarantees:**
- A hold exists.

**Minimal (failure) guarantees:**
- No partial hold is stored.
";

    [Test]
    public void CockburnDocument_TimeOutsRequirementsAndGuarantees_GoWhereTheySay()
    {
        // act
        var markdown = Generate(Holds);

        // assert: the labelled response time is a performance requirement; a quoted "later" is no background work;
        // the statement that says "asynchronous" is; a time-out is no rule on data; failure guarantees label Failure
        Assert.That(Section(markdown, "Timing Constraints"), Does.Contain("### Performance Requirements\n\n- Use Case 3 Response time:"));
        Assert.That(Section(markdown, "Critical Path"), Does.Contain("step 2 (its time-out: 2a"));
        Assert.That(Section(markdown, "Critical Path"), Does.Contain("**Asynchronous operations**: Response time"));
        Assert.That(Section(markdown, "Critical Path"), Does.Not.Contain("2a1"));
        Assert.That(Section(markdown, "Data Validation Points"), Does.Not.Contain("2a (a rule applies)"));
        Assert.That(Section(markdown, "State Transitions"), Does.Contain("state \"Failure#58; No partial hold is stored.\""));
        Assert.That(Section(markdown, "State Transitions"), Does.Contain("state \"Success#58; A hold exists.\""));
    }

    private const string Claims = @"# Claims

## UC-5 Update a claim

**Primary actor:** Handler

### Basic Flow
1. Handler opens the claim.
2. Handler saves the claim.
3. System shows ""Saved. Thank you."" to the Handler.
4. The use case continues in UC-7.

Two handlers may have the same claim open. The Workbench uses optimistic locking: each save sends the version it loaded.

## Notes

- The fee schedules run in parallel for private and public patients.
";

    [Test]
    public void Concurrency_IsReadFromProse_ButAParallelOfTheDomainIsNot_AndRemarksAreNotes()
    {
        // act
        var markdown = Generate(Claims);

        // assert
        Assert.That(Section(markdown, "Concurrency Handling"), Does.Contain("optimistic locking"));
        Assert.That(Section(markdown, "Concurrency Handling"), Does.Not.Contain("fee schedules"));
        Assert.That(markdown, Does.Contain("SYS-->>Handler: shows #quot;Saved. Thank you.#quot; to the Handler."));
        Assert.That(markdown, Does.Contain("Note over SYS: Step 4#58; The use case continues in UC-7."));
    }
    private const string Outbox = @"# Outbox

## UC-2 Send a reminder

**Primary actor:** Clerk

### Basic Flow
1. Clerk picks a member.
2. System sends the reminder by e-mail.
3. System logs event REMINDER_SENT and ignores bounce events for a day.

Refund notices go to the ledger through the finance message queue.

### Exceptions
2a. The mail server is down:
    2a1. System stores the reminder in its outbound queue and retries every 10 minutes.
    The use case ends in success.
";

    [Test]
    public void QueuesOfMessages_AreMessageQueueEvents_ButALoggedEventIsNot_AndAnUnnumberedStepIsCitedByItsBranch()
    {
        // act
        var markdown = Generate(Outbox);

        // assert
        var integration = Section(markdown, "Integration Points");
        Assert.That(integration, Does.Contain("2a1: System stores the reminder in its outbound queue"));
        Assert.That(integration, Does.Contain("(prose): Refund notices go to the ledger through the finance message queue."));
        Assert.That(integration, Does.Not.Contain("logs event"));
        Assert.That(Section(markdown, "Critical Path"), Does.Not.Contain("step 3"));
        Assert.That(markdown, Does.Not.Contain("2a step 2"));
    }
    private const string SignUp = @"# Cadastro

## UC001 — Cadastrar conta

**Ator:** Visitante

**Fluxo principal:**

1. Visitante acessa `/register`.
2. Informa nome, e-mail, senha e data de nascimento.
3. Sistema cria a conta.

**Fluxos alternativos:**

- **1b.** Idade inferior a 13 anos → sistema mostra um erro e não cria a conta (RN014).
";

    [Test]
    public void Validation_ListsAFlowOnce_WhenItsConditionIsAlsoABound()
    {
        // act
        var validation = Section(Generate(SignUp), "Data Validation Points");

        // assert
        Assert.That(validation, Does.Contain("1b (a rule is broken): Idade inferior a 13 anos"));
        Assert.That(validation, Does.Not.Contain("- 1b: Idade inferior a 13 anos"));
    }

    [Test]
    public void Integration_TakesWhatTheAuthorSaysOfAListOrANameAsExternal_AndCitesAStepThatNamesADeclaredSystem()
    {
        // arrange: systems declared under a lead-in that calls them external, one only named inside a step's second
        // clause, and names a step calls external in passing
        const string text = @"# Garden Centre Orders

External systems the shop relies on:
- **Larkspur Ledger** - keeps the invoices.
- **Fernway Couriers** - deliveries.
- **Quarry Archive** - keeps copies of every order.

## UC-1: Deliver an order

**Primary Actor:** Clerk

### Main Flow

1. Clerk packs the order.
2. System books a pickup with Fernway Couriers.
3. System marks the order SHIPPED and sends the invoice to the Larkspur Ledger.
4. System shows the Clerk an external tracking page (Trackly/ParcelPeek).
5. System closes the order.

### Alternative Flows

- 5a. At step 5, if the Quarry Archive has no copy yet: System keeps the order open.
";

        // act
        var integration = Section(Generate(text), "Integration Points");
        var services = integration.Substring(0, integration.IndexOf("### Message Queue Events", System.StringComparison.Ordinal));

        // assert
        Assert.That(services, Does.Contain("- **Larkspur Ledger** - keeps the invoices. (UC-1 (step 3))"));
        Assert.That(services, Does.Contain("- **Quarry Archive** - keeps copies of every order. (UC-1 5a names it)"));
        Assert.That(services, Does.Not.Contain("### Other Declared Actors the Steps Name"));
        Assert.That(services, Does.Contain("- **Trackly** (UC-1 step 4 calls it external)"));
        Assert.That(services, Does.Contain("- **ParcelPeek** (UC-1 step 4 calls it external)"));
        Assert.That(services, Does.Not.Contain("### Names the Steps Mention in Passing"));
        Assert.That(integration, Does.Not.Contain("no use case step names it"));
        var diagram = Generate(text);
        Assert.That(diagram, Does.Contain("SYS->>SYS: marks the order SHIPPED\n"));
        Assert.That(diagram, Does.Contain("SYS->>LarkspurLedger: sends the invoice to the Larkspur Ledger."));
        Assert.That(diagram, Does.Contain("participant LarkspurLedger as Larkspur Ledger"));
    }

    [Test]
    public void CriticalPath_AWaitOfDaysIsNoBlockingCall_AndConcurrencyAndAtomicityAreReadInTheirWords()
    {
        // arrange
        const string text = @"# Repairs

## UC-1: Approve a repair

**Primary Actor:** Assessor

### Main Flow

1. Assessor opens the repair request.
2. System records the repair as APPROVED.

### Extensions

- 1a. Quote missing: the flow waits for the garage's quote (typically 5 working days), then goes on at step 2.

### Business Rules

- BR-1: Repairs are handled first come, first served.
- BR-2: No partial repair record is stored.
";

        // act
        var markdown = Generate(text);
        var critical = Section(markdown, "Critical Path");

        // assert
        Assert.That(critical, Does.Contain("- **Synchronous operations**: none stated in usecase.md"));
        Assert.That(critical, Does.Contain("- **Steps that wait for an outcome (not a blocking call)**: 1a (\"the flow waits for the garage's quote"));
        Assert.That(critical, Does.Contain("- **Transactional boundaries**: BR-2"));
        Assert.That(Section(markdown, "Concurrency Handling"), Does.Contain("first come, first served"));
    }

    [Test]
    public void Timing_ADeadlineThatHasPassedIsStated_ButADeadlineAsAThingIsNot()
    {
        // arrange
        const string text = @"# Courses

## UC-1: Cancel a booking

**Primary Actor:** Student

### Main Flow

1. Student opens the booking.
2. System displays the deadlines of the course.
3. Student cancels the booking.

### Alternative Flows

- Cancellation deadline passed: System shows that the booking can no longer be cancelled.
";

        // act
        var timing = Section(Generate(text), "Timing Constraints");

        // assert
        Assert.That(timing, Does.Contain("Cancellation deadline passed"));
        Assert.That(timing, Does.Contain("(no figure given)"));
        Assert.That(timing, Does.Not.Contain("displays the deadlines"));
    }

    [Test]
    public void Outcomes_ADeclineInAUseCaseWhoseGoalIsToDecide_IsNoFailure()
    {
        // arrange
        const string text = @"# Grants

## UC-4: Assess grant and decide award

**Primary Actor:** Assessor

### Main Flow

1. Assessor opens the application.
2. Assessor sets each budget line to Accepted or Declined.
3. System calculates the award.

### Alternatives

- 2a. All lines declined: the System writes the decision letter, status becomes CLOSED_DECLINED. UC-4 ends here.
";

        // act
        var markdown = Generate(text);

        // assert
        Assert.That(Section(markdown, "State Transitions"), Does.Contain("Seq1_Flow --> Seq1_Ended : 2a All lines declined"));
        Assert.That(Section(markdown, "State Transitions"), Does.Not.Contain("Seq1_Failure : 2a"));
        Assert.That(Section(markdown, "Error Scenario Coverage"), Does.Contain("| 2a (extension, at step 2) | All lines declined | \"UC-4 ends here\" (line 15) |"));
    }

    [Test]
    public void AGuaranteeThatNothingPartialIsStoredIsATransactionalBoundary_AndARaceAtALaterStepDrawsNoRaceAtTheFirst()
    {
        // arrange
        const string text = @"# Holds

## UC-1: Place a hold

**Primary Actor:** Member

### Main Flow

1. Member asks the System for the title.
2. System records the hold.

### Business Rules

- BR-1: Queue position is assigned first come, first served, by the time the hold is recorded in step 2.

**Minimal guarantees:**
- No partial hold record is stored.
";

        // act
        var markdown = Generate(text);

        // assert
        Assert.That(Section(markdown, "Critical Path"), Does.Contain("No partial hold record is stored."));
        Assert.That(Section(markdown, "Concurrency Handling"), Does.Contain("BR-1"));
        Assert.That(Section(markdown, "Concurrency Handling"), Does.Not.Contain("par request A"));
    }

    [Test]
    public void ARequirementOfTheWholeDocumentThatNamesASystem_ConcernsOnlyTheUseCasesThatUseIt()
    {
        // arrange
        const string text = @"# Garden

Actors
- **Owner** - person who owns the garden
- **App** - phone app
- **RainFeed** - external weather service

## UC-01 Water the lawn

| Step | Actor | Action |
| --- | --- | --- |
| 1 | Owner | Taps Water now |
| 2 | App | Starts the sprinkler |

**E1 (step 2)** – sprinkler fails to start → App shows an error

## UC-02 Plan watering

| Step | Actor | Action |
| --- | --- | --- |
| 1 | Owner | Opens the plan |
| 2 | App | Asks RainFeed for the forecast |

**E1 (step 2)** – RainFeed times out → App shows an error

## Non-functional requirements (all UCs)

| ID | Kind | Requirement |
| --- | --- | --- |
| NFR-01 | Rate limit | RainFeed: max 1 call per garden per 30 min |
| NFR-02 | Rate limit | 60 requests per minute per user |
";

        // act
        var coverage = Section(Generate(text), "Error Scenario Coverage");
        var first = coverage.Substring(0, coverage.IndexOf("UC-02", System.StringComparison.Ordinal));
        var second = coverage.Substring(coverage.IndexOf("UC-02", System.StringComparison.Ordinal));

        // assert
        Assert.That(first, Does.Not.Contain("RainFeed: max 1 call"));
        Assert.That(first, Does.Contain("60 requests per minute"));
        Assert.That(second, Does.Contain("RainFeed: max 1 call"));
    }

    [Test]
    public void Integration_ATeamOfPeopleTheStepsNameIsNoComponent()
    {
        // arrange
        const string text = @"# Returns

## UC-1: Receive a parcel

**Primary Actor:** Clerk

### Main Flow

1. Clerk scans the parcel.
2. System sends the parcel record to the Stock Database.
3. System asks Customer Service to call the customer.
";

        // act
        var integration = Section(Generate(text), "Integration Points");

        // assert
        Assert.That(integration, Does.Contain("**Stock Database**"));
        Assert.That(integration, Does.Not.Contain("**Customer Service**"));
    }

    [Test]
    public void Validation_ARuleThatDescribesTheProcessAndTheFrequencyOfUseAreNoChecks()
    {
        // arrange
        const string text = @"# Holds

## UC-1: Place a hold

**Primary Actor:** Member

**Frequency:** about 400 per day, up to 2,000 per day in January.

### Main Flow

1. Member asks the System for the title.
2. System records the hold.

### Business Rules

- BR-1: A member may have at most 5 active holds.
- BR-2: Queue position is assigned in the order holds are recorded.
- BR-3: A ready item is kept at the branch for 7 days.
";

        // act
        var validation = Section(Generate(text), "Data Validation Points");

        // assert
        Assert.That(validation, Does.Contain("BR-1: A member may have at most 5 active holds."));
        Assert.That(validation, Does.Not.Contain("BR-2"));
        Assert.That(validation, Does.Not.Contain("BR-3"));
        Assert.That(validation, Does.Not.Contain("2,000 per day"));
    }

    [Test]
    public void DataFlow_AMessageAFailureFlowShowsWordForWordIsItsErrorResponse()
    {
        // arrange
        const string text = @"# Lobby

## UC-1: Check in

**Primary Actor:** Visitor

### Main Flow

1. Visitor scans the badge at the Kiosk.
2. Kiosk shows the welcome screen.

### Exception Flows

#### EF-1.1: Badge unknown
At step 1, if the badge is not found:
1. The Kiosk shows ""Badge not recognised - please see reception.""
2. The use case ends.

### Data Elements
| Name | Type | Description |
|---|---|---|
| badgeId | string(10) | Number printed on the badge |
";

        // act
        var flow = Section(Generate(text), "Data Flow Details");

        // assert
        Assert.That(flow, Does.Contain("EF-1.1: The Kiosk shows \"Badge not recognised - please see reception.\""));
        Assert.That(flow, Does.Not.Contain("Error response format not specified"));
    }

    [Test]
    public void CriticalPath_AnUnnumberedFlowThatQueuesIsCitedByItsWords_AndHoursOfWaitingAreNoBlockingCall()
    {
        // arrange
        const string text = @"# Parcels

## UC-1: Redeliver a parcel

**Primary actor:** Recipient

### Basic Flow
1. The system sends the Recipient a link to choose a new day.
2. The Recipient chooses a day.
3. The system books the day with the Carrier API.
4. The system records the booking with status ""Aguardando entrega"".

### Alternative Flows
#### A1 (at step 2): Recipient does not answer
If the Recipient has not answered within 12 hours, the system picks the next free day.

### Exception Flows
#### E1 (at step 3): Carrier API unavailable
If the Carrier API does not respond within 10 seconds, the parcel stays at the depot; the booking is queued and retried every 15 minutes.
";

        // act
        var critical = Section(Generate(text), "Critical Path");

        // assert
        Assert.That(critical, Does.Contain("- **Asynchronous operations**: E1 (\"the booking is queued and retried every 15 minutes\")"));
        Assert.That(critical, Does.Contain("- **Synchronous operations**: step 3 (its time-out: E1"));
        Assert.That(critical, Does.Contain("- **Steps that wait for an outcome (not a blocking call)**: step 2 (its time-out: A1"));
        Assert.That(critical, Does.Not.Contain("step 4"), "a status in quotes is no wait");
    }

    [Test]
    public void ErrorCoverage_ListsEveryFlowWithTheStepItGoesOnAt()
    {
        // arrange
        const string text = @"# Lost property

## UC-1: Report a lost item

**Primary actor:** Traveller

### Basic Flow
1. The Traveller selects the trip.
2. The Traveller chooses the kind of report.
3. The system checks the ticket code.
4. The Traveller describes the item.
5. The system records the report.

### Alternative Flows
#### A1 (at step 2): Report for a missing suitcase
1. The Traveller selects ""Suitcase"" and enters the tag number.
2. The flow resumes at step 4.

#### A2 (at step 3): Ticket code not valid
1. The system informs the Traveller that the code is not valid.
2. The flow resumes at step 4 without a ticket.
";

        // act
        var coverage = Section(Generate(text), "Error Scenario Coverage");

        // assert
        Assert.That(coverage, Does.Contain("| A1 (alternative flow, at step 2) | Report for a missing suitcase | on to step 4 |"));
        Assert.That(coverage, Does.Contain("| A2 (alternative flow, at step 3) | Ticket code not valid | on to step 4 |"));
    }

    [Test]
    public void Concurrency_AnotherPersonHavingOpenedTheSameThing_IsConcurrency()
    {
        // arrange
        const string text = @"# Reviews

## UC-1: Review a claim

**Primary actor:** Adjuster

**Main Success Scenario:**
1. Adjuster selects a claim.
2. System shows the claim.

**Extensions:**

1a. Another adjuster has already opened the same claim:
  1a1. System shows the claim read-only. Return to step 1.
";

        // act
        var concurrency = Section(Generate(text), "Concurrency Handling");

        // assert
        Assert.That(concurrency, Does.Contain("- 1a: Another adjuster has already opened the same claim"));
    }

    [Test]
    public void CriticalPath_AFlowIsListedOnceByItsStepThatQueues()
    {
        // arrange
        const string text = @"# Labels

## UC-1: Get a label

**Primary actor:** Customer

**Main success scenario:**
1. Customer asks for a return label.
2. System requests the label from the Carrier API.
3. System shows the label.

**Extensions:**
2a. The Carrier API does not answer within 30 s:
   2a1. System retries once after 5 s.
   2a2. Retry fails: System queues the label request and tells the customer the label will follow by e-mail.
        Use case ends in success (label delivered later by the retry job).
";

        // act
        var critical = Section(Generate(text), "Critical Path");

        // assert
        Assert.That(critical, Does.Contain("- **Asynchronous operations**: 2a2\n"));
    }

    [Test]
    public void ABranchWrittenAsProseBesideTheSteps_IsDrawnAtTheStepItSpeaksOf_OrSaidNotToBeDrawn()
    {
        // arrange
        const string text = @"# Claims

## UC-4: Register a claim

**Primary Actor:** Handler

### Main Flow

1. Handler enters the caller's policy number.
2. System creates the claim and shows its number.

### Notes

If the caller hangs up before the number is given, the claim is still saved and the number is sent by text message.
If the office closes early, everything waits for Monday.
";

        // act
        var primary = Section(Generate(text), "Primary Sequences");

        // assert: a sentence that shares its words with a step is drawn there as a flow; one that shares none is said
        // not to be drawn.
        Assert.That(primary, Does.Contain("opt Alternative 1#58; if the caller hangs up before the number is given\n"));
        Assert.That(primary, Does.Contain("SYS->>SYS: the claim is still saved and the number is sent by text message."));
        Assert.That(primary, Does.Contain("they are not drawn above:\n\n- If the office closes early, everything waits for Monday.\n"));
        Assert.That(primary, Does.Not.Contain("- If the caller hangs up"));
    }

    [Test]
    public void RulesUnderASpanishOrPortugueseHeading_AreTheDocumentsRules()
    {
        // arrange
        const string text = @"# Permisos

## 1. CU-01 Pedir permiso

**Actor principal:** Vecino

### Flujo principal

1. El vecino envía la solicitud.
2. El sistema registra la solicitud.

## 2. Reglas de negocio

- **RN-01** La solicitud se presenta con al menos 5 días hábiles de antelación.
";

        // act
        var timing = Section(Generate(text), "Timing Constraints");

        // assert
        Assert.That(timing, Does.Contain("RN-01 La solicitud se presenta con al menos 5 días hábiles de antelación."));
    }

    [Test]
    public void CriticalPath_AUseCaseWhosePrimaryActorIsABatchRunsInTheBackground()
    {
        // arrange
        const string text = @"# Permisos

## CU-04 Proceso nocturno

**Actor principal:** Planificador (proceso por lotes asíncrono, todos los días a las 02:00)

### Flujo principal

1. El sistema busca los expedientes vencidos.
2. El sistema los archiva.
";

        // act
        var critical = Section(Generate(text), "Critical Path");

        // assert
        Assert.That(critical, Does.Contain("- **Asynchronous operations**: the use case (primary actor: \"Planificador (proceso por lotes asíncrono"));
    }

    [Test]
    public void Timing_AMessageThatSaysSomethingExpiredIsNoTimeOut()
    {
        // arrange
        const string text = @"# Returns

## UC-1: Track a return

**Primary actor:** Customer

**Main success scenario:**
1. Customer drops off the parcel.
2. System records the first scan.

**Extensions:**
2a. No first scan is recorded:
   2a1. System cancels the return and e-mails the customer that the return has expired.
2b. The session expired:
   2b1. System asks the customer to sign in again.
";

        // act
        var timing = Section(Generate(text), "Timing Constraints");

        // assert
        Assert.That(timing, Does.Not.Contain("e-mails the customer that the return has expired"));
        Assert.That(timing, Does.Contain("The session expired"));
    }

    [Test]
    public void DataFlow_AFailureConditionThatQuotesAValueOfADataElementIsItsErrorResponse()
    {
        // arrange
        const string text = @"# Desk

## UC-2: Verify a pass

**Primary Actor:** Guard

### Main Flow

1. Guard scans the pass.
2. The Pass Registry returns the pass status.

### Exception Flows

#### EF-2.1: Pass revoked
At step 2, if the pass status is ""REVOKED"":
1. The Guard refuses entry and the use case ends.

### Data Elements
| Name | Type | Description |
|---|---|---|
| passStatus | enum (VALID, REVOKED, EXPIRED) | Result from the registry |
";

        // act
        var flow = Section(Generate(text), "Data Flow Details");

        // assert
        Assert.That(flow, Does.Contain("EF-2.1 (condition): the pass status is \"REVOKED\" (a value of passStatus)"));
        Assert.That(flow, Does.Not.Contain("Error response format not specified"));
    }

    /// <summary>A terse team document: fields on consecutive lines, a step table with an actor column, data with constraints.</summary>
    private const string Kiln = @"# Kiln controller

Actors
- **Potter** – person firing the kiln
- **Panel** – touch panel on the kiln
- **Hub** – the studio's hub server
- **Grid** – external electricity price service

## UC-07 Start a firing

Goal: Potter starts a firing program.
Pre: kiln door closed; program saved.
Post (ok): firing running, log opened.
Post (fail): kiln stays cold.

| Step | Actor | Action |
|------|-------|--------|
| 1 | Potter | Chooses a program and taps Start |
| 2 | Panel | Sends `POST /v1/kilns/{kiln}/firings` to Hub |
| 3 | Hub | Asks Grid for the price band |
| 4 | Panel (background) | Streams temperatures to Hub |
| 5 | Panel | Shows the planned curve for all 3 days of the program |

**A1 (from step 3)** – Grid does not answer within 4 s
1. Hub starts anyway with the cheap band. UC ends OK.

**E1 (step 2)** – door opened
1. Panel shows ""Close the door"" and retries 3x. After 3 failed tries UC ends, fail.

Data

| Name | Type | Required | Constraint |
|------|------|----------|------------|
| program_id | uuid | Y | |
| start_token | string | Y | single use, valid 10 min after issue |
| price_band | enum | N | from Grid, cached 60 min per studio |

## Rules (all UCs)

| ID | Area | Rule |
|----|------|------|
| R-1 | Rate limit | 20 firings per day per studio; 429 + Retry-After |
";

    [Test]
    public void ShortFieldLabels_OnConsecutiveLines_AreThePreAndPostconditions()
    {
        // act
        var states = Section(Generate(Kiln), "State Transitions");

        // assert: "Pre:", "Post (ok):", "Post (fail):" are read as fields, not as more of the goal.
        Assert.That(states, Does.Contain("kiln door closed; program saved."));
        Assert.That(states, Does.Contain("Success#58; firing running, log opened."));
        Assert.That(states, Does.Contain("Failure#58; kiln stays cold."));
        Assert.That(states, Does.Contain("Seq1_Flow --> Seq1_Failure : E1 door opened"));
    }

    [Test]
    public void Timing_ADataElementsPeriodIsStated_AndAllNDaysIsNoDuration()
    {
        // act
        var timing = Section(Generate(Kiln), "Timing Constraints");

        // assert
        Assert.That(timing, Does.Contain("UC-07 data element start_token: required; constraint: single use, valid 10 min after issue"));
        Assert.That(timing, Does.Contain("UC-07 data element price_band"));
        Assert.That(timing, Does.Not.Contain("all 3 days"));
    }

    [Test]
    public void CriticalPath_ABackgroundActorColumnAndACachedDataElementAreStated()
    {
        // act
        var critical = Section(Generate(Kiln), "Critical Path");

        // assert
        Assert.That(critical, Does.Contain("- **Asynchronous operations**: step 4"));
        Assert.That(critical, Does.Contain("data element price_band (\"constraint: from Grid, cached 60 min per studio\")"));
    }

    [Test]
    public void DataFlow_APlaceholderInAPathIsNoPayload_AndARulesErrorStatusIsAnErrorAnswer()
    {
        // act
        var flow = Section(Generate(Kiln), "Data Flow Details");

        // assert
        Assert.That(flow, Does.Not.Contain("`{kiln}`"));
        Assert.That(flow, Does.Contain("R-1: Rate limit — 20 firings per day per studio; 429 + Retry-After"));
        Assert.That(flow, Does.Not.Contain("Error response format not specified"));
    }

    [Test]
    public void ErrorCoverage_AFailureTheFlowRecoversFromIsListedWithItsSuccessfulEnd()
    {
        // act
        var coverage = Section(Generate(Kiln), "Error Scenario Coverage");

        // assert
        Assert.That(coverage, Does.Contain("| Grid does not answer within 4 s | \"UC ends OK.\" (line 25) |"));
    }

    [Test]
    public void TriggerThatFailsAsWellAsCancels_IsAFailureNotTheActorsChoice()
    {
        // arrange
        const string text = @"# Permits

## CU-02: Pay the permit fee

**Actor principal:** Solicitante

### Flujo básico
1. El solicitante pulsa Pagar.
2. El sistema redirige a la Pasarela de pago.
3. La Pasarela de pago confirma el pago.

### Flujos de excepción
- FE-01 (paso 3) Pago rechazado o cancelado. El sistema muestra un aviso. El caso de uso termina.
- FE-02 (paso 1) El solicitante cancela: el caso de uso termina.
";

        // act
        var states = Section(Generate(text), "State Transitions");

        // assert
        Assert.That(states, Does.Contain("--> Seq1_Failure : FE-01"));
        Assert.That(states, Does.Contain("--> Seq1_Cancelled : FE-02"));
    }

    [Test]
    public void EventsOnNoQueue_AreListedApartFromTheQueues()
    {
        // arrange
        const string text = @"# Parcels

## UC-4: Track a parcel

**Primary actor:** Clerk

**Main success scenario:**
1. Clerk opens the parcel.
2. System receives the scan event from the Carrier API.
3. System shows the parcel's route.
4. Clerk closes the parcel.
";

        // act
        var markdown = Generate(text);
        var integration = Section(markdown, "Integration Points");

        // assert
        Assert.That(integration, Does.Contain("### Events and Webhooks"));
        Assert.That(integration, Does.Contain("UC-4 step 2: System receives the scan event from the Carrier API."));
        Assert.That(integration.Substring(integration.IndexOf("### Message Queue Events", System.StringComparison.Ordinal)), Does.StartWith("### Message Queue Events\n\nusecase.md names no queue"));
    }

    [Test]
    public void SpanishFlowThatGoesOnInAnotherUseCase_OrStopsTheProcess_SaysSo()
    {
        // arrange
        const string text = @"# Permisos

## CU-07: Revisar un permiso

**Actor principal:** Técnico

### Flujo básico
1. El técnico abre el expediente.
2. El sistema muestra los documentos.
3. El técnico comprueba los documentos.
4. El sistema aprueba el permiso.

### Flujos alternativos
- FA-01 (paso 3) Falta un documento. El sistema pide el documento al solicitante. Continúa en CU-08.

### Flujos de excepción
- FE-01 (paso 4) Error de la base de datos. El proceso se detiene y se registra el error.
";

        // act
        var markdown = Generate(text);

        // assert
        Assert.That(Section(markdown, "State Transitions"), Does.Contain("Seq1_Flow --> Seq1_Elsewhere : FA-01"));
        Assert.That(markdown, Does.Not.Contain("End of FE-01 - usecase.md does not say how the flow continues"));
    }

    [Test]
    public void Validation_AStepThatCitesARuleOfTheWholeDocumentAppliesIt()
    {
        // arrange
        const string text = @"# Refunds

## Business rules

- BR-3 A refund must not exceed the amount paid.
- BR-4 Refunds are made in the currency of the payment.

## UC-2: Refund an order

**Primary actor:** Clerk

**Main success scenario:**
1. Clerk opens the order.
2. System calculates the refund (BR-3).
3. System shows the refund to the Clerk.
";

        // act
        var validation = Section(Generate(text), "Data Validation Points");

        // assert
        Assert.That(validation, Does.Contain("(cited in step 2): BR-3 A refund must not exceed the amount paid."));
        Assert.That(validation, Does.Not.Contain("is read as a check on the data of this use case"));
    }

    [Test]
    public void FailureStatedBesideTheSteps_KeepsItsClauseAfterASemicolon_AndEndsInFailure()
    {
        // arrange
        const string text = @"# Payments

## UC-7: Pay the settlement

Actor: Assessor.

1. Assessor approves the payment.
2. The Workbench sends the payment instruction to the bank.
3. The bank confirms the payment.

**Notes**

The bank pays in the next run. If the bank rejects the instruction, the claim goes to the exceptions queue and the assessor is told; the use case ends without payment.
";

        // act
        var markdown = Generate(text);

        // assert
        Assert.That(markdown, Does.Contain("SYS->>SYS: the claim goes to the exceptions queue and the assessor is told\n    Note over SYS: The use case ends without payment.\n"));
        Assert.That(Section(markdown, "State Transitions"), Does.Contain("Seq1_Flow --> Seq1_Failure : Exception 1 the bank rejects the instruction"));
    }

    [Test]
    public void Timing_ABoundOnAnAmountOfMoneyIsNoLimitOrRate()
    {
        // arrange
        const string text = @"# Permits

## Business rules

- BR-9 The fee is the area times the days; minimum 15 €.
- BR-10 At most 5 attempts per hour.

## UC-1: Pay a permit

**Primary actor:** Applicant

**Main success scenario:**
1. Applicant asks for the fee.
2. System shows the fee.
";

        // act
        var timing = Section(Generate(text), "Timing Constraints");

        // assert
        Assert.That(timing, Does.Not.Contain("minimum 15 €"));
        Assert.That(timing, Does.Contain("At most 5 attempts per hour"));
    }

    [Test]
    public void CriticalPath_AFlowThatQueuesItsWorkForLaterIsAsynchronous()
    {
        // arrange
        const string text = @"# Permisos

## CU-05: Notificar la resolución

**Actor principal:** Técnico

### Flujo básico
1. El técnico firma la resolución.
2. El sistema envía el correo de aviso al solicitante.

### Flujos de excepción
- FE-01 (paso 2) Fallo del correo. El sistema guarda el aviso en la cola de reenvío y lo reintenta cada hora. No se bloquea el expediente.
";

        // act
        var critical = Section(Generate(text), "Critical Path");

        // assert
        Assert.That(critical, Does.Contain("- **Asynchronous operations**: FE-01 (\"El sistema guarda el aviso en la cola de reenvío y lo reintenta cada hora"));
    }

    [Test]
    public void Validation_ARejectedFileIsAFailedCheck_AndAnUnhandledErrorIsNoRule()
    {
        // arrange
        const string text = @"# Permisos

## CU-06: Aportar documentos

**Actor principal:** Solicitante

### Flujo básico
1. El solicitante adjunta los documentos.
2. El sistema registra los documentos sin duplicar nada.

### Flujos de excepción
- FE-01 (paso 1) Fichero no admitido. Formato distinto de PDF o tamaño superior a 10 MB: el sistema rechaza el fichero.
- FE-02 (cualquier paso) Error no controlado. El proceso se detiene y se registra el error, sin duplicar nada.
";

        // act
        var validation = Section(Generate(text), "Data Validation Points");

        // assert
        Assert.That(validation, Does.Contain("FE-01 (taken when the check fails): Fichero no admitido"));
        Assert.That(validation, Does.Not.Contain("FE-02"));
    }

    [Test]
    public void IntegrationPoints_ASystemTheTextSaysTheTeamDoesNotOwn_IsExternal()
    {
        // arrange
        const string text = @"# Refunds

## Actors

- **Clerk** – handles refunds.
- **LedgerCore** – the accounts system (read-only for us).

## UC-3: Pay a refund

Most of the work is done by the bank's transfer system (PayHub), which we do not own.

**Primary actor:** Clerk

1. Clerk asks LedgerCore for the balance.
2. System sends the transfer to PayHub.
3. PayHub confirms the transfer.
";

        // act
        var integration = Section(Generate(text), "Integration Points");
        var external = integration.Substring(0, integration.IndexOf("\n### ", integration.IndexOf("### External Services", System.StringComparison.Ordinal) + 5, System.StringComparison.Ordinal) is var end and > 0 ? end : integration.Length);

        // assert
        Assert.That(external, Does.Contain("- **LedgerCore** - the accounts system (read-only for us)."));
        Assert.That(external, Does.Contain("- **PayHub** (UC-3 (step 2, step 3), usecase.md: \"Most of the work is done by the bank's transfer system (PayHub), which we do not own\")"));
    }

    [Test]
    public void ARetryFollowedByWhatIsDoneWhenItStillFails_IsNoWayBackIntoTheFlow()
    {
        // arrange
        const string text = @"# Archive

## UC-2: File a request

**Primary actor:** Clerk

**Basic flow:**
1. Clerk submits the request.
2. System files the request in the archive.
3. System shows the file number.

**Exception flows:**
- EF-1 (step 2) Archive failure. System retries 3 times; if it still fails, it keeps the request and warns the operator.
- EF-2 (step 2) Archive busy. System retries after 10 s.
";

        // act
        var markdown = Generate(text);

        // assert
        Assert.That(Section(markdown, "Error Scenario Coverage"), Does.Contain("| EF-1 (exception flow, at step 2) | Archive failure | \"System retries 3 times; if it still fails, it keeps the request and warns the operator.\" (line 13) |"));
        Assert.That(Section(markdown, "Error Scenario Coverage"), Does.Contain("| EF-2 (exception flow, at step 2) | Archive busy | \"System retries after 10 s.\" (line 14) |"));
        Assert.That(Section(markdown, "State Transitions"), Does.Contain("Seq1_Flow --> Seq1_Failure : EF-1 Archive failure"));
    }

    [Test]
    public void ABranchStepWrittenAsASentence_IsCitedByItsPlace_NotByAStepNumberTheAuthorDidNotWrite()
    {
        // arrange
        const string text = @"# Archive

## UC-2: File a request

**Primary actor:** Clerk

**Basic flow:**
1. Clerk submits the request.
2. System files the request in the archive.

**Exception flows:**
- EF-1 (step 2) Archive busy. System waits 10 seconds. System tries once more within 30 seconds.
- EF-2 (step 2) Archive full. System warns the clerk within 2 seconds.
";

        // act
        var timing = Section(Generate(text), "Timing Constraints");

        // assert
        Assert.That(timing, Does.Contain("EF-1, sentence 2"));
        Assert.That(timing, Does.Not.Contain("EF-1 step"));
        Assert.That(timing, Does.Contain("EF-2: "));
    }

    [Test]
    public void DataValidation_APersonWhoChecksCompatibilityOrAgainstSomething_IsACheck()
    {
        // arrange
        const string text = @"# Mercados

## CU-3: Revisar un puesto

**Actor principal:** Inspector

**Flujo principal:**
1. El inspector abre la solicitud del puesto.
2. El inspector comprueba la compatibilidad con otros puestos (RN-2).
3. El sistema comprueba el número de licencia contra el registro municipal.
4. El inspector firma el informe.
";

        // act
        var validation = Section(Generate(text), "Data Validation Points");

        // assert
        Assert.That(validation, Does.Contain("step 2: El inspector comprueba la compatibilidad con otros puestos (RN-2)."));
        Assert.That(validation, Does.Contain("step 3: El sistema comprueba el número de licencia contra el registro municipal."));
        Assert.That(validation, Does.Not.Contain("step 4"));
    }

    [Test]
    public void Timing_ADeadlineStepThatCitesARuleWithItsFigure_QuotesTheFigure()
    {
        // arrange
        const string text = @"# Permits

## UC-4: Night run

**Primary actor:** Scheduler

**Main flow:**
1. Scheduler starts the run.
2. System closes the files whose deadline has passed (BR-7).

## Business rules

- BR-7 Correction period: 10 days from the notice. After that the file is closed.
";

        // act
        var timing = Section(Generate(text), "Timing Constraints");

        // assert
        Assert.That(timing, Does.Contain("UC-4 step 2: System closes the files whose deadline has passed (BR-7). (the figure is in BR-7: 10 days from the notice)"));
        Assert.That(timing, Does.Not.Contain("(no figure given)"));
    }

    [Test]
    public void ABranchThatGoesBackButClosesTheCaseUnderItsOwnCondition_GoesBackOrEnds()
    {
        // arrange
        const string text = @"# Claims

## UC-6: Assess a claim

**Primary actor:** Assessor

**Main success scenario:**
1. Assessor opens the claim.
2. Assessor checks the evidence.
3. Assessor decides the claim.

**Extensions:**
2a. Evidence missing:
   2a1. Assessor asks the customer for documents.
   2a2. When the documents arrive, the flow resumes at step 2.
   2a3. If nothing arrives in 30 days the claim is closed as withdrawn.
";

        // act
        var markdown = Generate(text);

        // assert
        Assert.That(Section(markdown, "Error Scenario Coverage"), Does.Contain("| 2a (extension, at step 2) | Evidence missing | back to step 2 or ends |"));
        Assert.That(Section(markdown, "State Transitions"), Does.Contain("Seq1_Flow --> Seq1_Ended : 2a Evidence missing (or the use case ends)"));
    }

    private const string BikeShed = @"# Bike shed

## UC-2: Borrow a bike

**Primary actor:** Rider
**Secondary actors:** Dock Controller (external system), Mechanic (person)

### Main flow
1. Rider taps the card at the dock.
2. System records the hire with a return date 3 days ahead.
3. System asks the Dock Controller to release the bike.
4. Dock Controller releases the bike within 8 seconds.
5. System reminds the Rider 1 day before the return date.

### Extensions
- 4a. The dock does not release the bike within 8 seconds: System asks the Mechanic to free it and the use case ends.

### Minimal guarantee
A hire is never recorded twice; a recorded hire is not undone.
";

    [Test]
    public void IntegrationPoints_WhatTheParenthesisAfterADeclaredActorSays_IsItsDescription()
    {
        // act
        var integration = Section(Generate(BikeShed), "Integration Points");

        // assert
        var external = integration.Substring(0, integration.IndexOf("\n### ", integration.IndexOf("### External Services", System.StringComparison.Ordinal) + 5, System.StringComparison.Ordinal));
        Assert.That(external, Does.Contain("**Dock Controller** - external system"));
        Assert.That(integration, Does.Not.Contain("**Mechanic**"));
    }

    [Test]
    public void CriticalPath_ADateWrittenAheadIsAValue_AStepActingAheadIsScheduled_AndAGuaranteeThatNothingIsUndoneIsABoundary()
    {
        // act
        var critical = Section(Generate(BikeShed), "Critical Path");

        // assert
        Assert.That(critical, Does.Not.Contain("step 2"));
        Assert.That(critical, Does.Contain("step 5 (scheduled: \"1 day before\")"));
        Assert.That(critical, Does.Contain("- **Transactional boundaries**: postcondition (Minimal guarantee) (\"A hire is never recorded twice; a recorded hire is not undone.\")"));
    }

    [Test]
    public void Timing_WhatDoesNotHappenWithinATime_IsATimeOut_WhateverTheVerb()
    {
        // act
        var timing = Section(Generate(BikeShed), "Timing Constraints");

        // assert
        var timeouts = timing.Substring(timing.IndexOf("### Timeout Settings", System.StringComparison.Ordinal));
        Assert.That(timeouts.Substring(0, timeouts.IndexOf("\n### ", 5, System.StringComparison.Ordinal)), Does.Contain("UC-2 4a: The dock does not release the bike within 8 seconds"));
        Assert.That(timing.Substring(0, timing.IndexOf("### Timeout Settings", System.StringComparison.Ordinal)), Does.Not.Contain("4a"));
    }

    private const string Parcels = @"# Parcel lockers

## Parcel statuses

Announced → In transit → In locker → Collected

Side exits: In transit → Returned; In locker → Expired (automatic, 3 days after delivery). `In locker` ⇄ `Held`.

## Locker door states

| From | To | Trigger |
| --- | --- | --- |
| — | Closed | Locker installed |
| Closed | Open | Courier or recipient opens it |
| Open | Closed | Door shut |

## Invoice states

| State | Meaning | Next states |
| --- | --- | --- |
| Draft | Being written | Sent |
| Sent | With the customer | Paid, Void |
| Paid | Settled | — |
| Void | Cancelled | — |

The usual path of a claim is Opened → Assessed → Settled.

## UC-1: Collect a parcel

1. Recipient opens Parcels → Mine → Collect.
2. System opens the door.

### Alternative flows

- 2a. Parcel already collected → System shows the status and the use case ends.
";

    [Test]
    public void StateTransitions_ChangesWrittenInWordsBesideTheChain_AreDrawn_AndTheRestIsQuoted()
    {
        // arrange
        const string text = @"# Parcels

## Parcel statuses

Received → Sorted → Out for delivery → Delivered

A parcel in Sorted can also be Withdrawn by the sender until it leaves the depot. A damaged parcel goes straight from Received to Closed once the claim is paid. A hold may be put on a parcel in Sorted; once lifted, the parcel stays where it was.

## UC-1: Deliver a parcel

**Primary actor:** Courier

1. The Courier scans the parcel.
2. The system sets the parcel to Delivered.
";

        // act
        var states = Section(Generate(text), "State Transitions");

        // assert
        Assert.That(states, Does.Contain("state \"Withdrawn\" as Status5"));
        Assert.That(states, Does.Contain("Status2 --> Status5 : by the sender until it leaves the depot"));
        Assert.That(states, Does.Contain("Status1 --> Status6 : once the claim is paid"));
        Assert.That(states, Does.Contain("- line 7: A hold may be put on a parcel in Sorted; once lifted, the parcel stays where it was."));
    }

    [Test]
    public void StateTransitions_AStatusWhoseNameOpensAnothersIsNotReadInsideIt()
    {
        // arrange
        const string text = @"# Tickets

## Ticket statuses

Pending → Pending review → Closed

A reopened ticket goes from Pending review to Closed once the customer confirms.

## UC-1: Close a ticket

**Primary actor:** Agent

1. The Agent opens the ticket.
2. The system sets the ticket to Closed.
";

        // act
        var states = Section(Generate(text), "State Transitions");

        // assert: the chain already states Pending review → Closed; no Pending → Closed is made up.
        Assert.That(states, Does.Not.Contain("Status1 --> Status3"));
    }

    [Test]
    public void StateTransitions_TheLifecycleTheDocumentStatesBesideItsFlows_IsDrawnAsWritten()
    {
        // act
        var markdown = Generate(Parcels);
        var states = Section(markdown, "State Transitions");

        // assert
        var lifecycle = states.Substring(states.IndexOf("### Status Lifecycle Stated in usecase.md", System.StringComparison.Ordinal));
        lifecycle = lifecycle.Substring(0, lifecycle.IndexOf("```\n", lifecycle.IndexOf("```mermaid", System.StringComparison.Ordinal) + 3, System.StringComparison.Ordinal));
        string Id(string state) => System.Text.RegularExpressions.Regex.Match(lifecycle, "state \"" + state + "\" as (Status\\d+)").Groups[1].Value;
        var expected = new[]
        {
            (Id("Announced"), Id("In transit"), string.Empty), (Id("In locker"), Id("Collected"), string.Empty), (Id("In transit"), Id("Returned"), string.Empty),
            (Id("In locker"), Id("Expired"), " : automatic, 3 days after delivery"), (Id("In locker"), Id("Held"), string.Empty), (Id("Held"), Id("In locker"), string.Empty),
            ("[*]", Id("Closed"), " : Locker installed"), (Id("Open"), Id("Closed"), " : Door shut"),
            (Id("Sent"), Id("Paid"), string.Empty), (Id("Sent"), Id("Void"), string.Empty), (Id("Opened"), Id("Assessed"), string.Empty),
        };
        foreach (var (from, to, trigger) in expected)
        {
            Assert.That(from.Length > 0 && to.Length > 0, Is.True, "a status is missing from:\n" + lifecycle);
            Assert.That(lifecycle, Does.Contain("    " + from + " --> " + to + trigger + "\n"));
        }

        Assert.That(lifecycle, Does.Not.Contain("Mine").And.Not.Contain("already collected").And.Not.Contain("Paid --> "));
    }

    private const string Allotments = @"# Allotments

## Use cases

### UC-1: Rent a plot

1. Gardener picks a plot.
2. System reserves the plot for the Gardener.

### UC-2: Give a plot back

1. Gardener gives the plot back.
2. System frees the plot.

## Rules

- **G1** A gardener rents at most 2 plots.
- **G2** A plot is rented for at most 12 months.

## Data we keep

**Plot**
- plot_no — string, format P-NNN
- size_m2 — decimal (one decimal place)

**Renter**
- code (format, e.g.: R-001), name, phone

## Datos de la parcela

| Dato | Tipo | Observaciones |
| --- | --- | --- |
| suelo | Texto | arcilla o arena |
";

    [Test]
    public void RulesAndDataBesideTheUseCases_BelongToTheWholeDocument_NotToTheLastUseCase()
    {
        // act
        var markdown = Generate(Allotments);

        // assert
        var data = Section(markdown, "Data Flow Details");
        Assert.That(data, Does.Contain("### Data Elements of the Whole Document"));
        Assert.That(data, Does.Contain("- `plot_no`: string, format P-NNN - Plot"));
        Assert.That(data, Does.Contain("- `size_m2`: decimal (one decimal place) - Plot"));
        Assert.That(data, Does.Contain("- Renter: code (format, e.g.: R-001), name, phone\n"));
        Assert.That(data, Does.Contain("- `suelo` (Texto): arcilla o arena"));
        var validation = Section(markdown, "Data Validation Points");
        Assert.That(validation, Does.Contain("### Whole Document (applies to every use case)"));
        Assert.That(validation, Does.Not.Contain("UC-2 business rule"));
    }

    [Test]
    public void Concurrency_ASectionOfTheDocumentAboutIt_IsQuotedWhole_AndTwoPeopleActingAtOnceIsConcurrency()
    {
        // arrange
        const string text = @"# Shared shopping lists

## Concurrency

Everyone in a household edits the same list.

Each write carries the list's revision; the server refuses a stale one with 409.

## UC-1: Tick off an item

1. Shopper ticks off an item.
2. System saves the tick.

### Alternative flows

- 1a. Two shoppers tick the same item at once: the second sees it already ticked.
";

        // act
        var concurrency = Section(Generate(text), "Concurrency Handling");

        // assert
        Assert.That(concurrency, Does.Contain("- Concurrency: Everyone in a household edits the same list."));
        Assert.That(concurrency, Does.Contain("- Concurrency: Each write carries the list's revision; the server refuses a stale one with 409."));
        Assert.That(concurrency, Does.Contain("1a: Two shoppers tick the same item at once"));
    }

    [Test]
    public void Timing_ABoundOfSecondsOnHowSoonSomethingHappens_IsPerformance_AnExpiryOfMonthsIsNoTimeOut()
    {
        // arrange
        const string text = @"# Library cards

## UC-1: Renew a card

1. Member asks to renew the card.
2. System renews the card.

## Rules

- LC-1 Cards expire 24 months after they are issued.
- LC-2 A lost card is refunded if the member reports it within 10 minutes of the loss.

## Non-functional notes

- The renewal page must load within 2 seconds at the 95th percentile.
";

        // act
        var timing = Section(Generate(text), "Timing Constraints");

        // assert
        var performance = timing.Substring(0, timing.IndexOf("### Timeout Settings", System.StringComparison.Ordinal));
        var timeouts = timing.Substring(timing.IndexOf("### Timeout Settings", System.StringComparison.Ordinal));
        Assert.That(performance, Does.Contain("The renewal page must load within 2 seconds at the 95th percentile."));
        Assert.That(performance, Does.Not.Contain("LC-2"));
        Assert.That(timeouts.Substring(0, timeouts.IndexOf("\n### ", 5, System.StringComparison.Ordinal)), Does.Not.Contain("LC-1"));
        Assert.That(timing, Does.Contain("LC-1 Cards expire 24 months after they are issued."));
    }

    [Test]
    public void IntegrationPoints_AQuotedExampleValue_IsNoSystem()
    {
        // arrange
        const string text = @"# Guest list

## UC-1: Find a guest

1. Host types part of a name.
2. System lists the guests whose names match (shown as initials, e.g. ""K. JONES"").
3. System looks up the table number via SeatPlan.
";

        // act
        var integration = Section(Generate(text), "Integration Points");

        // assert
        Assert.That(integration, Does.Not.Contain("JONES"));
        Assert.That(integration, Does.Contain("SeatPlan"));
    }

    [Test]
    public void ARemarkBesideTheStepsThatSaysAtomic_IsATransactionalBoundary()
    {
        // arrange
        const string text = @"# Kayaks

## UC-1: Take a kayak

1. Paddler scans the tag.
2. System checks the kayak is free.
3. System adds a paddle to the order.
4. System opens the dock.

**Errors**

- **E1 (step 2, card timeout > 10 s):** treat like a decline.

Note — step 4 has to be atomic with the check in step 2.
";

        // act
        var markdown = Generate(text);

        // assert
        Assert.That(Section(markdown, "Critical Path"), Does.Contain("- **Transactional boundaries**: Errors (\"Note — step 4 has to be atomic with the check in step 2.\")"));
    }

    [Test]
    public void ABranchTheAuthorSaysIsNoFailure_IsNoFailure_WhateverItsTriggerSays()
    {
        // arrange
        const string text = @"# Parcels

## UC-1: Send a parcel

1. Sender drops the parcel at the locker.
2. System registers the parcel with the Carrier.
3. System prints the receipt.

### Exception flows

- E1 (at step 2): The Carrier does not respond within 10 seconds. The parcel is still created; the registration is retried every 15 minutes.
- E2 (at step 3): The printer is out of paper. The receipt is e-mailed instead (a warning, not an error).
";

        // act
        var markdown = Generate(text);

        // assert
        var coverage = Section(markdown, "Error Scenario Coverage");
        Assert.That(coverage, Does.Not.Contain("ends in failure"));
        Assert.That(Section(markdown, "State Transitions"), Does.Not.Contain("--> Seq1_Failure"));
    }

    [Test]
    public void ABranchWhoseFirstStepIsThePersonDoingAnotherThingToTheSameObject_ReplacesTheStep()
    {
        // arrange
        const string text = @"# Lost bags

## UC-02: Deliver a found bag

**Primary actor:** Desk Agent

### Basic Flow

1. The Desk Agent opens the file and compares the descriptions.
2. The agent confirms the match and records the flight.
3. The system books a courier for the bag.

### Alternative Flows

#### A1 (at step 2): Descriptions differ

1. The agent rejects the match and enters a reason.
2. The system sends the file back to tracing.
3. The use case ends.
";

        // act
        var markdown = Generate(text);

        // assert
        var flow = markdown.Substring(markdown.IndexOf("#### Success Flow", System.StringComparison.Ordinal));
        flow = flow.Substring(0, flow.IndexOf("```\n", flow.IndexOf("```mermaid", System.StringComparison.Ordinal) + 3, System.StringComparison.Ordinal));
        Assert.That(flow.IndexOf("alt A1", System.StringComparison.Ordinal), Is.GreaterThan(0));
        Assert.That(flow.IndexOf("alt A1", System.StringComparison.Ordinal), Is.LessThan(flow.IndexOf("confirms the match", System.StringComparison.Ordinal)), flow);
    }

    [Test]
    public void AnErrorFlowThatFindsWhatTheStepWouldMakeExistsAlready_DrawsNothingOfTheStep()
    {
        // arrange
        const string text = @"# Claims

## UC-03: Submit a claim

**Primary actor:** Passenger

### Basic Flow

1. The Passenger enters the expenses.
2. The system creates the claim with status Submitted and acknowledges with a claim number.
3. The system sends the claim to the Finance System.

### Exception Flows

#### E3 (at step 2): Duplicate claim

If a claim already exists for the same file, the system refuses the new claim. The use case ends.
";

        // act
        var markdown = Generate(text);

        // assert
        var error = markdown.Substring(markdown.IndexOf("#### Error Flow - E3", System.StringComparison.Ordinal));
        error = error.Substring(0, error.IndexOf("```\n", error.IndexOf("```mermaid", System.StringComparison.Ordinal) + 3, System.StringComparison.Ordinal));
        Assert.That(error, Does.Not.Contain("creates the claim"));
        Assert.That(error, Does.Contain("refuses the new claim"));
    }

    [Test]
    public void AStepThatSaysWhenItHappens_IsAStep_NotAnOptionalBlock_WhileAnIfStepIsOptional()
    {
        // arrange
        const string text = @"# Parcels

## UC-1: Receive a parcel

**Primary actor:** Clerk

1. Clerk books the delivery slot.
2. When the parcel arrives, the clerk scans its label.
3. Clerk weighs the parcel.
4. If the parcel is damaged, the clerk photographs it.
5. System marks the parcel received.
";

        // act
        var markdown = Generate(text);

        // assert
        Assert.That(markdown, Does.Not.Contain("opt When the parcel arrives"));
        Assert.That(markdown, Does.Contain("Clerk->>SYS: When the parcel arrives, the clerk scans its label."));
        Assert.That(markdown, Does.Contain("opt If the parcel is damaged"));
    }

    [Test]
    public void ABranchInWhichThePersonOfTheStepDoesNotAnswer_ReplacesTheStep()
    {
        // arrange
        const string text = @"# Deliveries

## UC-2: Plan a delivery

**Primary actor:** Customer

### Basic Flow

1. The system asks the Customer to pick a delivery window.
2. The Customer picks a window.
3. The system books the courier.

### Alternative Flows

#### A1 (at step 2): No answer

If the Customer has not answered within 12 hours, the system picks the first free window and continues at step 3.
";

        // act
        var markdown = Generate(text);

        // assert
        var flow = markdown.Substring(markdown.IndexOf("#### Success Flow", System.StringComparison.Ordinal));
        flow = flow.Substring(0, flow.IndexOf("```\n", flow.IndexOf("```mermaid", System.StringComparison.Ordinal) + 3, System.StringComparison.Ordinal));
        Assert.That(flow, Does.Contain("alt A1"));
        Assert.That(flow.IndexOf("alt A1", System.StringComparison.Ordinal), Is.LessThan(flow.IndexOf("picks a window", System.StringComparison.Ordinal)), flow);
    }
}
