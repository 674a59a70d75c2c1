using System.Linq;
using KiroSpecs.Core.Sequences;
using KiroSpecs.Core.UseCases;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// Use cases whose flows are all tables: ids with a letter before the number ("UC-P2"), a flow header over a
/// "| # | Actor | Action |" table of its steps, a "| Ref | Condition | Handling |" table right after the steps with no
/// heading of its own, and a product name in brackets after a long description of the system.
/// </summary>
[TestFixture]
internal sealed class TabledFlowTests
{
    private const string Parcels = @"# Parcel counter

Primary actor: Counter Clerk. Secondary: Address Check Service (AddrCheck), Label Printer.

## Actors and systems

| Actor / System | Type | Notes |
|---|---|---|
| Counter Clerk | Human | Works the counter |
| ParcelDesk | System under design | Counter application |
| Label Printer | Device | Thermal printer |

---

## UC-P1 Send a parcel

### Main flow

| # | Actor | Action |
|---|---|---|
| 1 | Counter Clerk | Enters the weight and the destination. |
| 2 | ParcelDesk | Sends the destination to AddrCheck. |
| 3 | AddrCheck | Returns the normalised address. |
| 4 | ParcelDesk | Sends the label to the Label Printer. |

### Exception flows

**EF-1: Address unknown** (step 3)

| # | Actor | Action |
|---|---|---|
| 3.1 | ParcelDesk | Highlights the destination field. |
| 3.2 | Counter Clerk | Corrects it; flow returns to step 2. |

---

## UC-P2 Reprint a label

**Actors:** Counter Clerk (primary), Label Printer.

| # | Actor | Action |
|---|---|---|
| 1 | Counter Clerk | Opens the parcel and selects Reprint. |
| 2 | ParcelDesk | Sends the label to the Label Printer. |

| Ref | Condition | Handling |
|---|---|---|
| 2a | Printer out of paper | ParcelDesk shows a warning and the use case ends. |
| 2b | Label already voided | ParcelDesk refuses the reprint. |
";

    private static UseCaseDocument Parse() => UseCaseParser.Parse(Parcels, "usecase.md");

    private static string Model() =>
        SequenceGenerator.DescribeModel(new SequenceGenerationInput("parcels", Parcels, "usecase.md", TranslationOptions.Default));

    [Test]
    public void IdWithALetterBeforeTheNumber_StartsAUseCase()
    {
        // act
        var ids = Parse().UseCases.Select(u => u.Id).ToArray();

        // assert
        Assert.That(ids, Is.EqualTo(new[] { "UC-P1", "UC-P2" }));
    }

    [Test]
    public void StepTableUnderAFlowHeader_IsThatFlowsSteps_DoneByItsActorColumn()
    {
        // act
        var model = Model();

        // assert: one flow EF-1 with its two steps, the second keeping its action before the ending
        Assert.That(model, Does.Contain("exception \"EF-1\" at step 3, ends: continues at step 2"));
        Assert.That(model, Does.Contain("3.1 ParcelDesk --> Counter Clerk: Highlights the destination field."));
        Assert.That(model, Does.Contain("3.2 Counter Clerk -> ParcelDesk: Corrects it"));
        Assert.That(model, Does.Not.Contain("exception \"3.1\""));
    }

    [Test]
    public void FlowTableRightAfterTheSteps_HoldsFlows_NotActors()
    {
        // act
        var model = Model();

        // assert
        Assert.That(model, Does.Contain("\"2a\" at step 2, ends: use case ends"));
        Assert.That(model, Does.Contain("\"2b\" at step 2"));
        Assert.That(model, Does.Not.Contain("participant \"2a\""));
    }

    [Test]
    public void ProductNameInBrackets_IsTheNameOfTheDescribedSystem()
    {
        // act
        var model = Model();

        // assert: the metadata's "Address Check Service (AddrCheck)" and the steps' "AddrCheck" are one participant
        Assert.That(model, Does.Contain("participant \"AddrCheck\": system, declared"));
        Assert.That(model, Does.Not.Contain("participant \"Address Check Service\""));
    }
}
