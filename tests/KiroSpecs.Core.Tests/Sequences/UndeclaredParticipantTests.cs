using KiroSpecs.Core.Sequences;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// Participants of a use case that declares none: a system named by three or four capitalised words acting as a
/// step's subject, and a person the steps only tell something ("notifies the Buyer").
/// </summary>
[TestFixture]
internal sealed class UndeclaredParticipantTests
{
    private const string Parts = @"# Spare parts

## UC-7 Source a spare part

### Basic Flow

1. The Mechanic enters the part number.
2. The system sends a stock query to the Regional Parts Exchange Network.
3. The Regional Parts Exchange Network returns the dealers that hold the part.
4. The system orders the part from the nearest dealer and notifies the Buyer.
5. When the part is shipped, the system e-mails the Fleet Owner the tracking number.
";

    private static string Model() =>
        SequenceGenerator.DescribeModel(new SequenceGenerationInput("parts", Parts, "usecase.md", TranslationOptions.Default));

    [Test]
    public void ASystemOfFourCapitalisedWordsActingInAStep_IsAParticipant_AndAnswersTheCall()
    {
        // act
        var model = Model();

        // assert
        Assert.That(model, Does.Contain("participant \"Regional Parts Exchange Network\": system"));
        Assert.That(model, Does.Contain("3 Regional Parts Exchange Network --> System: returns the dealers"));
    }

    [Test]
    public void APersonTheStepsOnlyTellSomething_ReceivesIt()
    {
        // act
        var model = Model();

        // assert: the Buyer and the Fleet Owner are told, not the Mechanic who waits
        Assert.That(model, Does.Contain("participant \"Buyer\": person"));
        Assert.That(model, Does.Contain("4 System -> Buyer: orders the part from the nearest dealer and notifies the Buyer."));
        Assert.That(model, Does.Contain("5 System -> Fleet Owner: When the part is shipped"));
        Assert.That(model, Does.Contain("1 Mechanic -> System: enters the part number."));
    }

    [Test]
    public void IntegrationPoints_DoesNotSayNoSystemIsNamed_WhenTheStepsNameOne()
    {
        // act
        var integration = GeneratedSections.Section(GeneratedSections.Generate("parts", Parts), "Integration Points");

        // assert: the system the steps name is listed, and the line above it does not deny it
        Assert.That(integration, Does.Contain("- **Regional Parts Exchange Network** (UC-7 (step 2, step 3))"));
        Assert.That(integration, Does.Not.Contain("no step names a provider"));
        Assert.That(integration, Does.Contain("usecase.md declares none of the systems and components listed below as an actor, and does not say which are external."));
    }
}
