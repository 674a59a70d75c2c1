using System;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.Sequences;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// A terse team document: "Actors" as a plain line over a list, a "| Step | Actor | Action |" table with no flow
/// heading, flows under bold ids with a dash ("**A1 (from step 2)** – …"), "UC ends" endings, and no system
/// besides the declared app and backend.
/// </summary>
[TestFixture]
internal sealed class TerseDocumentTests
{
    private const string Garden = @"# Sprinkler app

Actors
- **Gardener** – person who owns the garden
- **App** – phone app
- **Hub** – controller in the shed

## UC-01 Start a watering run

Pre: hub online.

| Step | Actor | Action |
|------|-------|--------|
| 1 | Gardener | Taps ""Water now"" |
| 2 | App | Asks the Hub for the zone list |
| 3 | Hub | Returns the zones |
| 4 | App | Shows the zones, asks for a duration |
| 5 | Gardener | Enters the duration |

**A1 (from step 3)** – no zone configured
1. App shows ""Add a zone first"".
2. UC ends, fail.

**E1 (step 2)** – Hub offline
1. App retries twice.
2. Still offline → ""Check the hub"". UC ends.
";

    private static string Model() =>
        SequenceGenerator.DescribeModel(new SequenceGenerationInput("garden", Garden, "usecase.md", TranslationOptions.Default));

    [Test]
    public void StepTableWithoutAFlowHeading_IsTheFlow()
    {
        // act
        var model = Model();

        // assert
        Assert.That(model, Does.Contain("1 Gardener self: Taps \"Water now\""));
        Assert.That(model, Does.Contain("2 App -> Hub: Asks the Hub for the zone list"));
        Assert.That(model, Does.Contain("3 Hub --> App: Returns the zones"));
        Assert.That(model, Does.Contain("5 Gardener -> App: Enters the duration"));
    }

    [Test]
    public void PlainActorsLine_DeclaresTheActors_AndNoSystemIsInvented()
    {
        // act
        var model = Model();

        // assert
        Assert.That(model, Does.Contain("system: none named (the actors deal with each other)"));
        Assert.That(model, Does.Contain("participant \"Hub\": system, declared"));
        Assert.That(model, Does.Not.Contain("System self"));
    }

    [Test]
    public void BoldFlowIdsWithADash_AreFlows_AndUcEndsEndsThem()
    {
        // act
        var model = Model();

        // assert
        Assert.That(model, Does.Contain("alternative \"A1\" at step 3, ends: use case ends"));
        Assert.That(model, Does.Contain("exception \"E1\" at step 2, ends: use case ends"));
        Assert.That(model, Does.Contain("2 App self: Still offline"));
    }
}
