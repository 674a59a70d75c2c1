using System;
using System.Linq;
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
        Assert.That(model, Does.Contain("1 Gardener -> App: Taps \"Water now\""));
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
        Assert.That(model, Does.Contain("2 App --> Gardener: Still offline"));
    }

    private const string Claims = @"# Claims

People and systems that appear below:

- **Claims handler** – takes calls and registers claims.
- **Claims assessor** – senior handler who decides on cover.
- **Claims Workbench** – the new system (""the Workbench"" below).
- **PayCore** – external payment system.

## UC-5 Update a claim

Actor: Claims handler. Precondition: the claim is not closed.

- Handler opens the claim by searching for the claim number.
- Handler changes the contact details.
- Handler saves and the Workbench stores the change.

Two handlers may edit the same claim at once; the Workbench then refuses the later save.

## UC-7 Pay a claim

**Primary actor:** Workbench (on behalf of the assessor)

1. Workbench checks that the payee details are complete.
2. Workbench sends a payment instruction to PayCore.
3. PayCore confirms the payment.

If PayCore rejects the instruction, the assessor is told and the use case ends without payment.
";

    [Test]
    public void ActorDescribedAsTheNewSystem_IsTheSystem_ByTheNameTheStepsUse()
    {
        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("claims", Claims, "usecase.md", TranslationOptions.Default));

        // assert
        Assert.That(model, Does.Contain("system: Workbench"));
        Assert.That(model, Does.Contain("2 Workbench -> PayCore: sends a payment instruction to PayCore."));
    }

    [Test]
    public void FieldWithItsValueOnTheLine_OwnsOnlyThatValue_AndTheListAfterItIsTheFlow()
    {
        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("claims", Claims, "usecase.md", TranslationOptions.Default));
        var document = KiroSpecs.Core.UseCases.UseCaseParser.Parse(Claims, "usecase.md");

        // assert: "Claims handler" is the actor, "the claim is not closed" the precondition, the bullets the steps
        Assert.That(document.UseCases[0].Actors.Select(a => a.Name), Is.EqualTo(new[] { "Claims handler" }));
        Assert.That(document.UseCases[0].Preconditions.Select(p => p.Text), Is.EqualTo(new[] { "the claim is not closed." }));
        Assert.That(document.UseCases[0].Steps.Count, Is.EqualTo(3));
        Assert.That(document.UseCases[1].Steps.Count, Is.EqualTo(3));
        Assert.That(model, Does.Contain("alternative"));
        Assert.That(model, Does.Contain("when: PayCore rejects the instruction"));
    }

    private const string Written = @"# Claims

## UC-4 Register a claim

Preconditions: the handler is logged in.

The handler types the incident details:

```mermaid
sequenceDiagram
    actor H as Handler
    participant W as Workbench
    participant S as ScoreService
    H->>W: New claim
    W-)S: score request
    S--)W: score within 10 s
    Note over H,W: handler can register<br/>or cancel
```
";

    [Test]
    public void WrittenDiagram_KeepsItsAsyncArrowsAndLineBreaks_AndIsNoTimingStatement()
    {
        // act
        var markdown = SequenceGenerator.Generate(new SequenceGenerationInput("claims", Written, "usecase.md", TranslationOptions.Default)).Markdown;

        // assert
        Assert.That(markdown, Does.Contain("-)S: score request"));
        Assert.That(markdown, Does.Contain("S--)"));
        Assert.That(markdown, Does.Contain("handler can register<br>or cancel"));
        Assert.That(markdown, Does.Not.Contain("sequenceDiagram     actor"));
    }

    private const string Fields = @"# Sprinkler

## UC-02 Name a zone

| Step | Actor | Action |
|------|-------|--------|
| 1 | Gardener | Enters a zone name |
| 2 | App | Saves the name |

**A1 (from step 2)** – name unchanged
1. Nothing to do, UC ends OK.

Data

| Name | Type | Required | Constraint |
|------|------|----------|------------|
| zone_name | string | Y | 1–40 chars, unique in the garden |
| zone_code | string(4) | N | |
| mode | enum (AUTO, MANUAL) | Y | |
";

    [Test]
    public void DataTableColumns_AreTheFieldsConstraints_AndUcEndsOkIsASuccess()
    {
        // act
        var markdown = SequenceGenerator.Generate(new SequenceGenerationInput("f", Fields, "usecase.md", TranslationOptions.Default)).Markdown;
        var validation = markdown.Substring(markdown.IndexOf("## Data Validation Points", StringComparison.Ordinal));

        // assert
        Assert.That(validation, Does.Contain("zone_name: required; constraint: 1–40 chars, unique in the garden"));
        Assert.That(validation, Does.Contain("zone_code (string(4))"));
        Assert.That(validation, Does.Contain("mode (enum (AUTO, MANUAL))"));
        Assert.That(markdown, Does.Contain("Seq1_Flow --> Seq1_Success : A1"));
    }

    private const string Api = @"# Thermostat

Actors
- **Owner** – person who set up the home
- **App** – phone app
- **Cloud** – the vendor's backend
- **Device** – the thermostat

## UC-02 Edit the schedule

| Step | Actor | Action |
|------|-------|--------|
| 1 | App | GET /v2/devices/{id}/schedule, keeps the ETag |
| 2 | Owner | Edits the blocks |
| 3 | App | Sends PUT with If-Match for the owner |
| 4 | Cloud | Stores the new version |
";

    [Test]
    public void HttpRequests_GoToTheDeclaredBackend()
    {
        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("f", Api, "usecase.md", TranslationOptions.Default));

        // assert
        Assert.That(model, Does.Contain("1 App -> Cloud: GET /v2/devices/{id}/schedule\n      then App self: keeps the ETag"));
        Assert.That(model, Does.Contain("3 App -> Cloud: Sends PUT with If-Match for the owner"));
    }
    private const string Zones = @"# Sprinkler app

Actors
- **Gardener** – person who owns the garden
- **App** – phone app

## UC-02 Pick a zone

| Step | Actor | Action |
|------|-------|--------|
| 1 | Gardener | Opens the zone list |
| 2 | App | Shows the zones |
| 3 | Gardener | Picks a zone |

**A1 (from step 3)** – zone is busy
1. App shows ""Zone busy"".
2. Gardener picks another zone → back to step 3.
";

    [Test]
    public void ArrowBeforeAWayBack_IsNotLeftInTheMessage()
    {
        // act
        var markdown = SequenceGenerator.Generate(new SequenceGenerationInput("zones", Zones, "usecase.md", TranslationOptions.Default)).Markdown;

        // assert
        Assert.That(markdown, Does.Contain("Gardener->>App: 2 picks another zone\n"));
        Assert.That(markdown, Does.Not.Contain("picks another zone →"));
    }

    private const string Doors = @"# Door app

Actors
- **Tenant** – person living in the flat
- **Neighbour** – person living next door
- **App** – phone app
- **Lock** – smart lock on the flat door
- **Server** – building backend

## UC-05 Auto-unlock on arrival

| Step | Actor | Action |
|------|-------|--------|
| 1 | Tenant | Opens lock → Settings |
| 2 | App (background) | Reports arrival for a tenant (`POST /v1/flats/{id}/arrivals`) |
| 3 | Server | Logs the arrival |
| 4 | App (background) | First neighbour to arrive reports a door OPEN |
| 5 | Server | Publishes the new state |
| 6 | Lock | Applies the state, acks with its counter |
";

    [Test]
    public void PersonNamedBeforeTheVerb_IsTheSubject_AndAReportGoesWhereTheLastOneWent()
    {
        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("doors", Doors, "usecase.md", TranslationOptions.Default));

        // assert
        Assert.That(model, Does.Contain("4 App -> Server: First neighbour to arrive reports a door OPEN"));
        Assert.That(model, Does.Not.Contain("App -> Neighbour"));
    }

    [Test]
    public void NameInAPathThroughTheScreens_IsNoReceiver()
    {
        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("doors", Doors, "usecase.md", TranslationOptions.Default));

        // assert
        Assert.That(model, Does.Contain("1 Tenant -> App: Opens lock → Settings"));
    }

    [Test]
    public void AcknowledgementThatNamesNoOne_AnswersTheComponentThatActedBefore()
    {
        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("doors", Doors, "usecase.md", TranslationOptions.Default));

        // assert
        Assert.That(model, Does.Contain("then Lock --> Server: acks with its counter"));
    }

    private const string Boiler = @"# Boiler app

Actors
- **Owner** – person who owns the boiler
- **App** – phone app
- **Boiler** – the boiler's controller

## UC-03 Set the water temperature

| Step | Actor | Action |
|------|-------|--------|
| 1 | Owner | Taps Water |
| 2 | App | Connects to Boiler over BLE |
| 3 | Boiler | Returns the current temperature |
| 4 | Owner | Sets the new temperature |

**E1** – BLE link drops (steps 2–3)
1. App shows ""Move closer"". UC ends, fail.

**E2** – user is a guest
1. App hides the controls. UC ends.
";

    [Test]
    public void FlowOverAStepRange_KeepsItsRange_AndAFlowWithoutAStepSaysSo()
    {
        // act
        var markdown = SequenceGenerator.Generate(new SequenceGenerationInput("boiler", Boiler, "usecase.md", TranslationOptions.Default)).Markdown;

        // assert
        Assert.That(markdown, Does.Contain("| E1 (exception flow, at steps 2-3) | BLE link drops |"));
        Assert.That(markdown, Does.Contain("E2#58; if user is a guest - usecase.md names no step, so only the flow's own steps are drawn"));
        Assert.That(markdown, Does.Not.Contain("at any step (steps 1-4)"));
    }

    [Test]
    public void NameAfterByIsWhoDidIt_AndAQuotedMessageIsForThePerson()
    {
        // arrange
        var text = Garden.Replace("| 4 | App | Shows the zones, asks for a duration |", "| 4 | App | Lists the zones seen by the Hub |");

        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("garden", text, "usecase.md", TranslationOptions.Default));

        // assert
        Assert.That(model, Does.Contain("4 App --> Gardener: Lists the zones seen by the Hub"));
        Assert.That(model, Does.Contain("App --> Gardener: Still offline → \"Check the hub\""));
    }

    private const string Greenhouse = @"# Greenhouse app

Actors
- **Grower** – person who runs the greenhouse
- **App** – phone app
- **Hub** – greenhouse controller
- **SunAPI** – external forecast service

## UC-04 Shade the glass

| Step | Actor | Action |
|------|-------|--------|
| 1 | Grower | Taps Shade |
| 2 | Hub | Asks SunAPI for the forecast; above 30 °C → closes the blinds, else keeps them open |
| 3 | App | Shows the blinds' state |

**E1 (step 2)** – SunAPI times out (3 s)
1. Hub keeps the blinds open. UC ends.
";

    [Test]
    public void WhatACallerDoesByTheAnswer_IsItsOwnWork_AndAFailingCallStopsThere()
    {
        // act
        var markdown = SequenceGenerator.Generate(new SequenceGenerationInput("greenhouse", Greenhouse, "usecase.md", TranslationOptions.Default)).Markdown;
        var error = markdown.Substring(markdown.IndexOf("#### Error Flow - E1", StringComparison.Ordinal));

        // assert
        Assert.That(markdown, Does.Contain("Hub->>SunAPI: Asks SunAPI for the forecast\n"));
        Assert.That(markdown, Does.Contain("Hub->>Hub: above 30 °C → closes the blinds, else keeps them open"));
        Assert.That(error, Does.Contain("Note over Hub,SunAPI: E1#58; if SunAPI times out (3 s)"));
        Assert.That(error.Substring(0, error.IndexOf("E1#58; if SunAPI times out", StringComparison.Ordinal)), Does.Not.Contain("closes the blinds"));
    }

    [Test]
    public void FailingAnswerThatTheBranchWritesFirst_IsDrawnOnce()
    {
        // arrange
        var text = Garden + @"
**E2 (step 3)** – zone list locked
1. Hub returns `423 LOCKED`.
2. App shows ""Locked"". UC ends, fail.
";

        // act
        var markdown = SequenceGenerator.Generate(new SequenceGenerationInput("garden", text, "usecase.md", TranslationOptions.Default)).Markdown;
        var error = markdown.Substring(markdown.IndexOf("#### Error Flow - E2", StringComparison.Ordinal));

        // assert
        Assert.That(error, Does.Contain("Hub-->>App: 1 returns 423 LOCKED"));
        Assert.That(error, Does.Not.Contain("Hub--xApp: zone list locked"));
    }

    private const string Kayaks = @"# Use cases — kayak hire

## Hire status

`booked` → `out` → `returned`

- `booked` → `void` if the deposit fails

## Figures

| Key | Value |
| --- | --- |
| deposit | €20 |

## HIRE-01 Take a kayak out

**Actor:** Paddler · **Systems:** Backend, Dock · also Warden (manual release)

| # | Actor | Action |
| --- | --- | --- |
| 1 | Paddler | Scans the kayak tag. |
| 2 | Backend | Holds the deposit. |
| 3 | Dock | Releases the kayak. |

Use case ends.

**Alt / branches**

| Ref | At | Condition | What happens |
| --- | --- | --- | --- |
| 2a | 2 | Deposit declined | Backend shows the decline to the Paddler. Use case ends. |

## HIRE-02 Bring it back

### Actors

Primary: Paddler. Secondary: Dock, Backend.

### Steps

1. Paddler docks the kayak.
2. Backend releases the deposit, see HIRE-01.

## Open questions

1. Do we refund in cash?
";

    private static (string Model, SequenceGenerationResult Result) Kayak()
    {
        var input = new SequenceGenerationInput("kayaks", Kayaks, "usecase.md", TranslationOptions.Default);
        return (SequenceGenerator.DescribeModel(input), SequenceGenerator.Generate(input));
    }

    [Test]
    public void HeadingsWithTheAuthorsOwnIds_AreTheUseCases_AndTheirSiblingsWithoutOneAreNot()
    {
        // act
        var (model, result) = Kayak();

        // assert
        Assert.That(result.UseCaseCount, Is.EqualTo(2));
        Assert.That(model, Does.Not.Contain("use case \"Hire status\""));
        Assert.That(model, Does.Not.Contain("use case \"Open questions\""));
        Assert.That(result.Markdown, Does.Contain("- HIRE-02 step 2 refers to HIRE-01: Backend releases the deposit, see HIRE-01."));
    }

    [Test]
    public void SeveralActorFieldsOnOneLine_AreEachReadAsAField()
    {
        // act
        var (model, _) = Kayak();

        // assert
        Assert.That(model, Does.Not.Contain("Systems\""));
        Assert.That(model, Does.Not.Contain("Secondary"));
        Assert.That(model, Does.Contain("participant \"Paddler\": person, declared"));
        Assert.That(model, Does.Contain("participant \"Dock\": system, declared"));
        Assert.That(model, Does.Contain("participant \"Warden\": "));
        Assert.That(model, Does.Contain("1 Paddler -> "));
    }

    [Test]
    public void AFlowLabelOfTwoNames_IsReadByTheOneKnown_AndAClosingUseCaseEndsIsNoWarning()
    {
        // act
        var (model, result) = Kayak();

        // assert
        Assert.That(model, Does.Contain("\"2a\" at step 2"));
        Assert.That(result.Diagnostics.Select(d => d.Code), Has.No.Member("KIRO104").And.No.Member("KIRO106"));
    }
}
