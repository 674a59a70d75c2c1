using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// A use case written as a table of fields, its flows joined with <c>&lt;br/&gt;</c> inside one cell: every line of
/// the cell is cited on the row's own line of usecase.md, not on the lines after it.
/// </summary>
[TestFixture]
internal sealed class CellLinePositionTests
{
    private const string Returns = @"# R01 - Return an item

| Field | Value |
| ----- | ----- |
| ID | R01 |
| Name | Return an item |
| Actors | Shopper, Clerk |
| Main Flow | 1. The shopper hands the item to the clerk.<br/>2. The clerk checks the receipt.<br/>3. The clerk refunds the shopper. |
| Exceptions | At step 2, the receipt is missing.<br/>2.1 The clerk tells the shopper.<br/>2.2 The use case ends. |
| Postconditions | The item is back in stock. |
";

    [Test]
    public void ALineOfACellIsCitedOnTheRowsLine()
    {
        // act
        var coverage = GeneratedSections.Section(GeneratedSections.Generate("returns", Returns), "Error Scenario Coverage");

        // assert
        Assert.That(coverage, Does.Contain("\"The use case ends.\" (line 9)"));
    }
}
