using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// Statuses an author names only in steps and flows ('marks the permit "Under review"'), with no lifecycle stated: where
/// each use case names them, and which end a flow reaches when a postcondition names the status it sets; and a
/// lifecycle written as a list of pairs.
/// </summary>
[TestFixture]
internal sealed class StatusesInStepsTests
{
    private const string Permits = @"# Parking permits

## UC-1 Apply for a permit

**Preconditions:** the resident has an account.

**Main flow:**
1. Resident fills in the plate number and uploads proof of address.
2. System saves the application and marks the permit ""Under review"".
3. Clerk checks the proof of address.
4. System sets the permit status to ""Issued"" and emails the Resident.

**Alternative flows:**
- 3a. The proof is older than three months: Clerk sets the status to ""Refused – old proof"" and the Resident is told why. Use case ends.
- 3b. The Resident withdraws the application: System marks the permit as ""Withdrawn"". Use case ends.
- 3c. The Resident qualifies for a visitor pass instead: System marks the permit ""Visitor pass"". Use case ends.
- 3d. The printer is out of paper: the permit stays ""Issued"" and the Clerk writes it by hand.

**Postconditions:**
- On success the permit is ""Issued"" or ""Visitor pass"".
- On failure the permit is ""Refused – old proof"" or ""Withdrawn"".

## UC-2 Renew a permit

**Main flow:**
1. Resident opens the permit and chooses Renew.
2. System extends the end date by a year.
";

    private static string States(string text) => GeneratedSections.Section(GeneratedSections.Generate("permits", text), "State Transitions");

    [Test]
    public void WithNoLifecycle_StatusesTheStepsSetInQuotes_AreListedWhereEachUseCaseNamesThem()
    {
        // act
        var states = States(Permits);

        // assert: the statuses as written, quotes holding several words; the places that name them, with line
        Assert.That(states, Does.Contain("Statuses the steps and flows set (usecase.md gives no list or table of changes between them, so none is drawn; each use case lists where its text names them): Under review, Issued, Refused – old proof, Withdrawn, Visitor pass."));
        Assert.That(states, Does.Contain("| step 2 | Under review | \"System saves the application and marks the permit \"Under review\".\" (line 9) |"));
        Assert.That(states, Does.Contain("| 3b | Withdrawn |"));
        // a use case that names none of them says nothing more
        var renew = states.Substring(states.IndexOf("### UC-2", System.StringComparison.Ordinal));
        Assert.That(renew, Does.Not.Contain("Its text names none"));
        Assert.That(renew, Does.Not.Contain("| Where |"));
    }

    [Test]
    public void AFlowEndingInAStatusOnePostconditionNames_ReachesThatPostcondition()
    {
        // act
        var states = States(Permits);

        // assert: the failure postcondition names "Withdrawn" and "Refused – old proof", the success one "Visitor pass"
        Assert.That(states, Does.Contain("Seq1_Flow --> Seq1_Failure : 3b The Resident withdraws the application (status Withdrawn)"));
        Assert.That(states, Does.Contain("Seq1_Flow --> Seq1_Success : 3c The Resident qualifies for a visitor pass instead (status Visitor pass)"));
        Assert.That(states, Does.Not.Contain("Seq1_Ended"));
        // a flow that does not end the use case does not end in the status it names
        Assert.That(states, Does.Not.Contain("3d The printer is out of paper (status"));
    }

    [Test]
    public void AStatusNamedByBothPostconditionsOrByNone_DecidesNothing()
    {
        // arrange: "Withdrawn" now in both postconditions
        var text = Permits.Replace("On success the permit is \"Issued\" or \"Visitor pass\".", "On success the permit is \"Issued\", \"Visitor pass\" or \"Withdrawn\".");

        // act
        var states = States(text);

        // assert: no end is read from the status
        Assert.That(states, Does.Not.Contain("(status Withdrawn)"));
    }

    [Test]
    public void AStatusInCapitals_IsTheCodeAlone_AShortAcronymOpensAName()
    {
        // arrange
        var text = Permits.Replace("marks the permit \"Under review\"", "saves it with status PENDING until a clerk looks")
            .Replace("Clerk sets the status to \"Refused – old proof\"", "Clerk sets status PO refused");

        // act
        var states = States(text);

        // assert
        Assert.That(states, Does.Contain("| step 2 | PENDING |"));
        Assert.That(states, Does.Contain("| 3a | PO refused |"));
    }

    private const string Deliveries = @"# Deliveries

## Parcel states

- **Booked** — label printed
- **Collected** — on the van
- **Delivered** — signed for
- **Returned** — back at the depot

Allowed changes: Booked → Collected, Collected → Delivered, and Collected → Returned. A Booked parcel that is cancelled is removed.

## UC-1 Deliver a parcel

**Main flow:**
1. Driver scans the parcel; System sets the parcel to Collected.
2. Driver hands it over; the parcel moves to Delivered only if the recipient signs.
";

    [Test]
    public void ALifecycleWrittenAsAListOfPairs_IsEachPair_NotOneChain()
    {
        // act
        var states = States(Deliveries);

        // assert: three changes, none labelled with the next pair's status
        Assert.That(states, Does.Contain("Status1 --> Status2\n"));
        Assert.That(states, Does.Contain("Status2 --> Status3\n"));
        Assert.That(states, Does.Contain("Status2 --> Status4\n"));
        Assert.That(states, Does.Not.Contain("Status2 --> Status3 :"));
        Assert.That(states, Does.Not.Contain("Status3 --> Status4"));
        // "moves to Delivered only if …": the status is "Delivered"
        Assert.That(states, Does.Not.Contain("| Delivered only |"));
        Assert.That(states, Does.Not.Contain("the lifecycle above does not list"));
        Assert.That(states, Does.Contain("| step 2 | Delivered |"));
    }

    private const string Transfers = @"# Transferencias

## UC-04 Transferir un vehículo

### Fluxo principal

1. O sistema muda o status da solicitação para ""Aguardando pagamento"".
2. El sistema cambia el estado a «Confirmada».
3. The backend sets Status = `DROPPED` and marks the return as `PAID`.
4. The clerk marks urgency as Emergent.
";

    [Test]
    public void StatusesSetWithRomanceVerbs_Guillemets_AnEqualsSignOrMarksAs_AreListed()
    {
        // act
        var states = States(Transfers);

        // assert
        Assert.That(states, Does.Contain("Aguardando pagamento, Confirmada, DROPPED, PAID."));
        Assert.That(states, Does.Not.Contain("Emergent"));
    }
}
