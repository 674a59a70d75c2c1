using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// Use Case Dependencies read from the use cases themselves: a precondition that another use case's postcondition
/// states ("Clerk is signed in" after "Sign in"), an "exists" met by a use case that stores the thing, and none from
/// a negated precondition, from a name whose postcondition says otherwise, or from a precondition too many use cases
/// could meet.
/// </summary>
[TestFixture]
internal sealed class PreconditionDependencyTests
{
    private const string Depot = @"# Depot

## UC-1 Sign in

Actor: Clerk

Preconditions:
- Clerk is not signed in.

Main flow:
1. Clerk enters the badge number.
2. System opens the session.

Postconditions:
- Clerk is signed in to the depot console.

## UC-2 Register parcel

Actor: Clerk

Preconditions:
- Clerk is signed in.

Main flow:
1. Clerk scans the parcel label.
2. System records the parcel.

Postconditions:
- Parcel is recorded with its shelf.

## UC-3 Request forklift licence

Actor: Clerk

Main flow:
1. Clerk fills in the licence form.
2. System queues the request.

Postconditions:
- The request waits for the supervisor.

## UC-4 Move pallet

Actor: Clerk

Preconditions:
- Parcel exists.
- Forklift licence.

Main flow:
1. Clerk picks the pallet.
2. System updates the shelf.
";

    private static string Integration() =>
        GeneratedSections.Section(GeneratedSections.Generate("depot", Depot), "Integration Points");

    [Test]
    public void APreconditionAnotherUseCaseAchieves_IsADependency_WithBothSentences()
    {
        // act
        var integration = Integration();

        // assert
        Assert.That(integration, Does.Contain("UC-2 precondition 1 (\"Clerk is signed in.\") is what UC-1 Sign in achieves: postcondition 1 (\"Clerk is signed in to the depot console.\")"));
    }

    [Test]
    public void ExistsIsMetByTheUseCaseThatRecordsTheThing()
    {
        // act
        var integration = Integration();

        // assert
        Assert.That(integration, Does.Contain("UC-4 precondition 1 (\"Parcel exists.\") is what UC-2 Register parcel achieves: postcondition 1 (\"Parcel is recorded with its shelf.\")"));
    }

    [Test]
    public void ANegatedPrecondition_AndANameWhosePostconditionSaysOtherwise_AreNoDependency()
    {
        // act
        var integration = Integration();

        // assert
        Assert.That(integration, Does.Not.Contain("UC-1 precondition"));
        Assert.That(integration, Does.Not.Contain("Request forklift licence achieves"));
    }
}
