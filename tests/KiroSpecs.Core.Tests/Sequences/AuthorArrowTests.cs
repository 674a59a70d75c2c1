using KiroSpecs.Core.Sequences;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// Steps the author writes as arrows ("A → B: message"), the metadata line that names the secondary actors after
/// the primary one, initials that stand for a declared participant, extension ids written with a dot ("2.a"),
/// and what a bracket lists inside a step.
/// </summary>
[TestFixture]
internal sealed class AuthorArrowTests
{
    private const string Greenhouse = @"# Greenhouse irrigation

## UC-1: Water a bed on schedule

Primary actor: Irrigation Controller (timer). Secondary: Weather Service, Valve Board, Grower Portal.

### Main flow
1. Irrigation Controller → Weather Service: GET /forecast?bed=B4
2. Weather Service → Irrigation Controller: forecast with expected rain
3. The Irrigation Controller runs a self-test (pump, flow meter, valves).
4. Irrigation Controller -> Valve Board: open valve 4 for 12 minutes
5. Valve Board → Grower Portal: watering started event

### Extensions
2.a Forecast unavailable: the Irrigation Controller waters with the default amount.
";

    private const string Meter = @"# Meter readings

## UC-1: Upload a daily reading

Primary actor: Smart Meter. Secondary: Reading Store, Billing Desk.

### Main flow
1. Smart Meter → RS: POST /readings with the day's total
2. RS → Smart Meter: 202 Accepted
3. The Smart Meter clears its buffer.
";

    private static string Generate(string markdown) =>
        SequenceGenerator.Generate(new SequenceGenerationInput("arrows", markdown, "usecase.md", TranslationOptions.Default)).Markdown;

    private static string Model(string markdown) =>
        SequenceGenerator.DescribeModel(new SequenceGenerationInput("arrows", markdown, "usecase.md", TranslationOptions.Default));

    [Test]
    public void ArrowStep_IsDrawnFromItsSenderToItsReceiver()
    {
        // act
        var model = Model(Greenhouse);

        // assert: the author's arrows, an answer back to the caller, and a call between two secondary actors
        Assert.That(model, Does.Contain("1 Irrigation Controller -> Weather Service: GET /forecast?bed=B4"));
        Assert.That(model, Does.Contain("2 Weather Service --> Irrigation Controller: forecast with expected rain"));
        Assert.That(model, Does.Contain("4 Irrigation Controller -> Valve Board: open valve 4 for 12 minutes"));
        Assert.That(model, Does.Contain("5 Valve Board -> Grower Portal: watering started event"));
    }

    [Test]
    public void SecondaryActorsAfterThePrimaryOnOneLine_AreDeclared()
    {
        // act
        var model = Model(Meter);

        // assert: "Billing Desk" is in no step, yet the metadata line declares it
        Assert.That(model, Does.Contain("participant \"Billing Desk\": system, declared"));
        Assert.That(model, Does.Contain("participant \"Reading Store\": system, declared"));
    }

    [Test]
    public void InitialsOfADeclaredParticipant_NameThatParticipant()
    {
        // act
        var model = Model(Meter);

        // assert: "RS" is the Reading Store, not a participant of its own
        Assert.That(model, Does.Contain("1 Smart Meter -> Reading Store: POST /readings"));
        Assert.That(model, Does.Contain("2 Reading Store --> Smart Meter: 202 Accepted"));
        Assert.That(model, Does.Not.Contain("participant \"RS\""));
    }

    [Test]
    public void DeviceNamedOrDescribedAsSuch_IsNoPerson_AndWorksOnItsOwnSide()
    {
        // act
        var meter = Model(Meter);
        var greenhouse = Model(Greenhouse);

        // assert: a meter and a controller described as a timer are systems; their own work is no call
        Assert.That(meter, Does.Contain("participant \"Smart Meter\": system, declared"));
        Assert.That(meter, Does.Contain("3 Smart Meter self: clears its buffer."));
        Assert.That(greenhouse, Does.Contain("participant \"Irrigation Controller\": system, declared"));
    }

    [Test]
    public void WhatABracketLists_IsNoParticipant()
    {
        // act
        var model = Model(Greenhouse);

        // assert
        Assert.That(model, Does.Contain("3 Irrigation Controller self: runs a self-test (pump, flow meter, valves)."));
        Assert.That(model, Does.Not.Contain("participant \"flow meter\"").IgnoreCase);
    }

    [Test]
    public void ExtensionIdWithADot_IsAnExtensionOfItsStep_CitedAsWritten()
    {
        // act
        var model = Model(Greenhouse);
        var markdown = Generate(Greenhouse);

        // assert
        Assert.That(model, Does.Contain("exception \"2.a\" at step 2"));
        Assert.That(markdown, Does.Contain("#### Error Flow - 2.a Forecast unavailable"));
    }

    private const string Lockers = @"# Parcel lockers

## UC-1: Reserve a locker

Actors: Courier (person), Depot Server, Locker Bank, Courier App.

### Main flow
1. Courier App → Depot Server: `POST /reservations` {parcelId}
2. Depot Server: pick the smallest free compartment that fits the parcel.
3. Depot Server → Locker Bank: `PUT /compartments/{id}/hold`
4. Locker Bank: lock the compartment for 20 minutes. Locker Bank → Depot Server: `200 OK`.
5. Locker Bank → Depot Server: `GET /parcels/{parcelId}` to read the size again
6. Depot Server → Courier App: `201 Created` {compartmentId}
7. Courier: opens the compartment from the app.
";

    [Test]
    public void InAUseCaseWrittenInArrows_ASystemsPrefixedStepIsItsOwnWork_AndAnArrowAfterItFollows()
    {
        // act
        var model = Model(Lockers);

        // assert: no message is made up for "Depot Server: pick …"; the arrow after the system's own work is drawn after it
        Assert.That(model, Does.Contain("2 Depot Server self: pick the smallest free compartment"));
        Assert.That(model, Does.Contain("4 Locker Bank self: lock the compartment for 20 minutes\n      then Locker Bank --> Depot Server: 200 OK."));
        // a person's prefixed step still goes to the system
        Assert.That(model, Does.Not.Contain("7 Courier self"));
    }

    [Test]
    public void AnArrowWhoseMessageIsARequest_IsACall_EvenBackToItsCaller()
    {
        // act
        var model = Model(Lockers);

        // assert: Locker Bank was called by the Depot Server, but "GET …" is a new call, not an answer
        Assert.That(model, Does.Contain("5 Locker Bank -> Depot Server: GET /parcels/{parcelId}"));
        Assert.That(model, Does.Contain("6 Depot Server --> Courier App: 201 Created {compartmentId}"));
    }
}
