using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>A called system that is unreachable or down sends nothing: its error flow draws no message from it.</summary>
[TestFixture]
internal sealed class SilentPartyTests
{
    private const string Orders = @"# Orders

## UC-1 Check stock

**Primary Actor:** Clerk
**Secondary Actors:** Stock Service

**Main Success Scenario:**
1. Clerk enters the article number.
2. System asks the Stock Service for the quantity on hand.
3. System shows the quantity.

**Extensions:**
2a. Stock Service is unreachable:
  2a1. System shows an error. Use case ends.
";

    [Test]
    public void AnUnreachableService_SendsNoMessage_TheConditionIsANote()
    {
        // act
        var markdown = GeneratedSections.Generate("orders", Orders);

        // assert
        Assert.That(markdown, Does.Not.Contain("StockService--xSYS"));
        Assert.That(markdown, Does.Contain("Note over SYS,StockService: 2a#58; if Stock Service is unreachable"));
    }
}
