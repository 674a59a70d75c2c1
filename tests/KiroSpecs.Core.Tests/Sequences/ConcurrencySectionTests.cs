using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>A section of a use case about concurrency is quoted whole: its list items too, not only the sentence before them.</summary>
[TestFixture]
internal sealed class ConcurrencySectionTests
{
    private const string Seats = @"# Seat booking

## UC-2 Hold a seat

### Main flow

1. The Fan picks a seat.
2. The system holds the seat for the Fan.

### Concurrency

Two fans may pick the same seat in the same second. The seat store guards each seat:

- each seat row carries a counter that the hold must echo;
- the second hold finds a changed counter and is refused with 409.
";

    [Test]
    public void TheItemsUnderASentenceEndingInAColon_AreQuotedWithIt()
    {
        // act
        var concurrency = GeneratedSections.Section(GeneratedSections.Generate("seats", Seats), "Concurrency Handling");

        // assert
        Assert.That(concurrency, Does.Contain("The seat store guards each seat:"));
        Assert.That(concurrency, Does.Contain("each seat row carries a counter that the hold must echo"));
        Assert.That(concurrency, Does.Contain("the second hold finds a changed counter and is refused with 409"));
    }
}
