using KiroSpecs.Core.Sequences;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// Verbs by which the system turns to the person waiting ("refers the Visitor to the desk", "explains that …", "lets … try
/// again"), also after a phrase of when ("After the third try, Machine refers …"), which keeps its words.
/// </summary>
[TestFixture]
internal sealed class ReplyVerbTests
{
    private const string Museum = @"# Museum tickets

## UC-3 Print a ticket at the machine

**Primary Actor:** Visitor

**Main Success Scenario:**
1. Visitor scans the booking code.
2. Machine prints the ticket.

**Extensions:**
1a. The code is unknown:
  1a1. Machine lets the Visitor try again; returns to step 1.
  1a2. After the third try, Machine refers the Visitor to the ticket desk.
2a. The printer is empty:
  2a1. Machine explains that a member of staff is on the way.
";

    [Test]
    public void RefersExplainsLets_GoToThePersonWhoWaits()
    {
        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("museum", Museum, "usecase.md", TranslationOptions.Default));

        // assert
        Assert.That(model, Does.Contain("Machine --> Visitor: lets the Visitor try again"));
        Assert.That(model, Does.Contain("Machine --> Visitor: After the third try, refers the Visitor to the ticket desk."));
        Assert.That(model, Does.Contain("Machine --> Visitor: explains that a member of staff is on the way"));
    }
}
