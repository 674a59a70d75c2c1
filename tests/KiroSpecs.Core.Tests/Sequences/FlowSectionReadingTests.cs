using KiroSpecs.Core.Sequences;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// Flow sections as chapter-numbered specifications write them: "3.3 Exceptional Flow: …", flows headed by ids of the
/// author's own ("B1 …"), a numbered step of a flow that opens with "When", a passive step that names the system it
/// reaches, a numbered flow after a paragraph under the fields, and a "Note:" among the alternatives.
/// </summary>
[TestFixture]
internal sealed class FlowSectionReadingTests
{
    private const string FuelCards = @"# Fuel cards

# UC-FC-01 Top up a fuel card

## 1. Actors

Primary actor: Fleet Manager. Secondary: Card Issuer.

## 2. Flow of Events

### 2.1 Basic Flow

1. The Fleet Manager selects a card and enters the amount.
2. The system checks the monthly budget.
3. The Fleet Manager confirms the top-up.
4. The top-up order is created and transmitted to the Card Issuer.
5. The Card Issuer confirms the new balance.
6. The system shows the new balance to the Fleet Manager.

### 2.2 Alternative Flows

#### B1 Budget exceeded

At step 2, if the amount exceeds the monthly budget:

1. The system shows the remaining budget.
2. The Fleet Manager lowers the amount.
3. The use case resumes at step 2.

### 2.3 Exceptional Flow: Issuer rejects the order

At step 5, if the Card Issuer rejects the order:

1. The order is marked as rejected.
2. The Fleet Manager is told the reason.
3. When the Fleet Manager retries later, the use case resumes at step 4.

# UC-FC-02 Block a card

**Primary actor:** Fleet Manager. **Secondary:** Card Issuer.

Use this as soon as a card is reported lost.

1. Fleet Manager blocks the card.
2. System sends the block to the Card Issuer.
3. Card Issuer confirms.

**Alternatives**

- 2a. If the Card Issuer does not answer → the system retries once.

Note: a blocked card cannot be unblocked; a new card is issued instead.
";

    private static string Model() =>
        SequenceGenerator.DescribeModel(new SequenceGenerationInput("fuel", FuelCards, "usecase.md", TranslationOptions.Default));

    [Test]
    public void ExceptionalFlowUnderAChapterNumber_IsAnExceptionNamedWithoutTheNumber()
    {
        // act
        var model = Model();

        // assert
        Assert.That(model, Does.Contain("exception \"Exceptional Flow: Issuer rejects the order\" at step 5"));
    }

    [Test]
    public void FlowHeadedByAnIdOfTheAuthors_KeepsThatId()
    {
        // act
        var model = Model();

        // assert
        Assert.That(model, Does.Contain("alternative \"B1\" at step 2, ends: continues at step 2"));
    }

    [Test]
    public void NumberedStepOpeningWithWhen_IsTheFlowsNextStep()
    {
        // act
        var model = Model();

        // assert: one flow whose third step is the "When …" line, no flow of its own
        Assert.That(model, Does.Contain("ends: continues at step 4"));
        Assert.That(model, Does.Not.Contain("\"Exception 2\""));
    }

    [Test]
    public void PassiveStepThatNamesTheSystemItReaches_IsTheSystemsCall()
    {
        // act
        var model = Model();

        // assert: after the person's step, the passive is still the system's message to the issuer it names
        Assert.That(model, Does.Contain("4 System -> Card Issuer: The top-up order is created and transmitted to the Card Issuer."));
    }

    [Test]
    public void NumberedFlowAfterAParagraphUnderTheFields_IsTheFlow()
    {
        // act
        var model = Model();

        // assert
        Assert.That(model, Does.Contain("3 Card Issuer --> System: confirms."));
    }

    [Test]
    public void NoteAmongTheAlternatives_IsNoFlow()
    {
        // act
        var model = Model();

        // assert
        Assert.That(model, Does.Not.Contain("when: Note"));
        Assert.That(model, Does.Not.Contain("\"Alternative 1\""));
    }
}
