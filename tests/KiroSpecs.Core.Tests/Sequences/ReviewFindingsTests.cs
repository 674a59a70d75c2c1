using KiroSpecs.Core.Sequences;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// Patterns blind reviewers found on documents the project had not seen: an extension of an extension's step
/// ("4c2a."), a use case that never speaks of a system beside one that does, the first word of a declared system's
/// name used alone, and a Portuguese remark label among the flows.
/// </summary>
[TestFixture]
internal sealed class ReviewFindingsTests
{
    private const string Rentals = @"# Bike rentals

## UC-1 Rent a bike

Primary actor: Rider.

### Main Success Scenario
1. Rider scans the dock code.
2. System unlocks the bike.

### Extensions
2a. Dock does not release the bike:
  2a1. System asks the Rider to try another dock.
  2a2. Rider picks another dock; use case resumes at step 1.
  2a2a. Rider gives up: use case fails.

## UC-2 Swap a battery

Primary actor: Mechanic. Secondary: Depot Scanner, Battery Rack.

1. Mechanic → Depot Scanner: scan the battery.
2. Depot Scanner → Battery Rack: reserve a slot.
3. Battery Rack → Mechanic: slot number.
";

    private const string Matricula = @"# Matrícula

Atores: Aluno, Gateway de Pagamento (serviço externo).

## UC01 — Pagar matrícula

**Ator principal:** Aluno
**Atores secundários:** Gateway de Pagamento

### Fluxo Principal
1. O Aluno confirma a matrícula.
2. O Sistema solicita a cobrança ao Gateway de Pagamento.
3. O Gateway de Pagamento retorna o código PIX.
4. O Sistema mostra o código ao Aluno.
5. O Sistema confirma o recebimento ao Gateway.

### Fluxos de Exceção

**FE01 — Gateway fora do ar** (passo 2)
1. O Sistema informa que o pagamento não está disponível.

> **Observação:** pagamentos em dinheiro são tratados pela secretaria, fora do sistema.
";

    private const string Tokens = @"# Access tokens

## UC-1: Issue a token

**Primary actor:** Developer. **Secondary:** Token Service, Audit Webhook Dispatcher, Partner Endpoint, Usage Relay.

1. Developer calls `POST /v2/tokens` with the client id.
2. Token Service checks the client's quota.
3. Token Service stores the token hash.
4. Token Service responds `201 Created` with the token.
5. Dispatcher → Partner Endpoint: `POST /hooks/token-issued`.
6. Relay → Partner Endpoint: `POST /hooks/usage`.

**Alternatives**

- 1a. If the client id is unknown → `404 Not Found`.
- 2a. If the quota is used up → `429 Too Many Requests`.
";

    private const string Loans = @"# Tool library

## UC-1: Borrow a tool

**Primary actor:** Member. **Secondary:** Deposit Service.

### Main Success Scenario
1. Member scans the tool's tag.
2. System checks the member's deposit with the Deposit Service.
3. System records the loan.
4. System prints the return slip.

### Extensions
2a. Deposit is too low:
  2a1. System shows the missing amount.
  2a2. Use case ends.
";

    private const string Claims = @"# Travel claims

Primary actor: Traveller. Secondary: Rate Feed, Ledger System.

## Actors

| Actor | Type | Notes |
|---|---|---|
| Traveller | Human | Files the claim |
| Rate Feed | External | Daily currency rates |

## UC-1: File a claim

1. Traveller enters the claim in the app.
2. The system asks the Rate Feed for the day's rate.
3. Rate Feed returns the rate.
4. The system posts the claim to the Ledger System.
";

    private const string Events = @"# Parcel events

## UC-1: Announce a delivery

**Primary actor:** Courier. **Secondary:** Event Relay, Shop Endpoint.

1. Courier marks the parcel as delivered.
2. The system hands the delivered event to the Event Relay.
3. Event Relay posts the event to the Shop Endpoint and gets 200.

**Alternatives**

- 3a. If the Shop Endpoint does not answer within 10 seconds → the Event Relay drops the event.
";

    private const string Batches = @"# Refund batches

## UC-1: Run a refund batch

Primary actor: Cashier. Secondary: Bank Gateway.

1. Cashier starts the refund batch.
2. The system sends the batch to the Bank Gateway.
3. Bank Gateway returns one result per refund.
4. The system marks each refund as paid.

### Alternative Flows

#### R1 Some refunds rejected

At step 3, if the Bank Gateway rejects some refunds:

1. Accepted refunds are processed as in step 4.
2. Rejected refunds follow the exception flow of UC-2.
3. The use case ends.
";

    private const string Badges = @"# Badges

## Actors

| Who | What |
|---|---|
| Visitor | Person at the front desk |
| Badge API | Our badge service |
| Door Controller | Access system run by the landlord |

## UC-1: Print a badge

1. Visitor enters the host's name at the kiosk.
2. The kiosk calls the Badge API with the name.
3. Badge API asks the Door Controller for a door code.
4. Door Controller returns the code.

### Alternative Flows

#### A1 Host unknown

At step 2, if the host is unknown:

1. The kiosk asks for the host again.
2. The use case resumes at step 2.

#### A2 Host unknown twice

At step 1 of A1, if the reception is closed:

1. The kiosk shows the reception number.
2. The use case ends.
";

    private const string Tries = @"# Fuel cards

## UC-1: Top up a card

1. The Fleet Manager enters the amount.
2. The system checks the monthly budget.
3. The system tops up the card.

### Alternative Flows

#### B1 Budget exceeded

At step 2, if the amount exceeds the monthly budget:

1. The system shows the remaining budget.
2. The Fleet Manager lowers the amount.
3. The use case resumes at step 2.

#### B2 Too many tries

At step 2 of B1 (or at step 1 of B1), if the amount was lowered three times:

1. The system locks the top-up form.
2. The use case ends.
";

    private const string Scooters = @"# Scooter parking

## UC-1: End a ride

**Primary actor:** Rider. **Secondary:** Parking API.

1. Rider taps ""End ride"" in the app.
2. App → Parking API: end ride with the scooter's position.
3. Parking API → App: parking fee.
";

    private const string Exports = @"# Report exports

## UC-1: Export a report

**Primary actor:** Analyst. **Secondary:** Export Worker.

1. Analyst requests the export.
2. Export Worker builds the file.
3. Export Worker uploads the file.

**Alternatives**

- 3a. If all 3 uploads fail → export marked `failed`, the admins get an email, and the export stays visible under *Admin → Exports → Failed* for 7 days.
";

    private const string Salas = @"# Reserva de salas

## CU01 — Reservar una sala

**Actor principal:** Empleado

### Flujo principal
1. El Empleado elige la fecha.
2. El Sistema muestra las salas libres.
3. El Empleado elige una sala.
4. El Sistema confirma la reserva.

### Flujos alternativos

**FA01 — Ninguna sala libre** (a partir del paso 2)
1. El Sistema ofrece la lista de espera.
2. El caso de uso termina.
";

    private const string Kitchen = @"# Kitchen orders

## UC-1: Send an order to the kitchen

**Primary actor:** Waiter. **Secondary:** Kitchen Printer.

### Main Success Scenario
1. Waiter confirms the order on the handheld.
2. System sends the order to the Kitchen Printer.
3. System marks the order as sent.
4. System shows the order number to the Waiter.

### Extensions
2a. Kitchen Printer does not confirm the order:
  2a1. System shows ""Printer offline"" to the Waiter.
  2a2. Use case ends.
";

    private const string Advances = @"# Travel advances

## UC-1: Request an advance

Primary actor: Employee. Secondary: Finance Clerk.

1. The Employee enters the amount and the trip.
2. The request is forwarded to Finance.
3. The Finance Clerk approves the advance.
4. The system notifies the Employee.
";

    private const string Lockers = @"# Locker rentals

## UC-1: Rent a locker

**Primary actor:** Member. **Secondary:** Locker API.

1. Member picks a locker size.
2. The system sends the booking to the Locker API:
   ```json
   {
     ""size"": ""M"",
     ""hours"": 4
   }
   ```
3. Locker API returns the locker number.
";

    private const string Kiosk = @"# Ticket kiosk

## UC-1: Buy a ticket

Primary actor: Traveller. Secondary: Card Terminal.

1. Traveller picks a destination.
2. Card Terminal charges the card.
3. Kiosk prints the ticket.

### Exceptions

- **E1 (step 2)** — card refused: Card Terminal declines, kiosk shows ""Card refused. Try another card."" Use case ends.
";

    private static string Generate(string markdown) =>
        SequenceGenerator.Generate(new SequenceGenerationInput("review", markdown, "usecase.md", TranslationOptions.Default)).Markdown;

    private static string Model(string markdown) =>
        SequenceGenerator.DescribeModel(new SequenceGenerationInput("review", markdown, "usecase.md", TranslationOptions.Default));

    [Test]
    public void ExtensionOfAnExtensionStep_IsALineOfThatExtension()
    {
        // act
        var model = Model(Rentals);

        // assert: 2a2a stays in 2a; no flow of its own whose condition is its id
        Assert.That(model, Does.Contain("2a2a Rider -> System: gives up"));
        Assert.That(model, Does.Not.Contain("when: 2a2a"));
        Assert.That(model, Does.Not.Contain("\"Alternative 1\""));
    }

    [Test]
    public void UseCaseThatNeverSpeaksOfASystem_DrawsNone_BesideOneThatDoes()
    {
        // act
        var model = Model(Rentals);
        var swap = model.Substring(model.IndexOf("use case \"UC-2", System.StringComparison.Ordinal));

        // assert
        Assert.That(model, Does.Contain("system: System"));
        Assert.That(swap, Does.Contain("system: none named"));
        Assert.That(swap, Does.Not.Contain("-> System"));
    }

    [Test]
    public void FirstWordOfADeclaredSystemsName_IsThatSystem()
    {
        // act
        var model = Model(Matricula);

        // assert
        Assert.That(model, Does.Contain("5 Sistema -> Gateway de Pagamento: confirma o recebimento ao Gateway."));
        Assert.That(model, Does.Not.Contain("participant \"Gateway\""));
    }

    [Test]
    public void RemarkLabelAmongTheFlows_IsNoFlow()
    {
        // act
        var model = Model(Matricula);

        // assert
        Assert.That(model, Does.Not.Contain("Observação\" at"));
        Assert.That(model, Does.Not.Contain("exception \"Exception"));
    }

    [Test]
    public void BareErrorStatusInAFlow_AnswersTheWaitingRequest_AndEndsIt()
    {
        // act
        var model = Model(Tokens);

        // assert: from the service the developer called, to the developer, and the request is over
        Assert.That(model, Does.Contain("\"1a\" at step 1, ends: use case ends"));
        Assert.That(model, Does.Contain("Token Service --> Developer: 404 Not Found."));
        Assert.That(model, Does.Contain("\"2a\" at step 2, ends: use case ends"));
        Assert.That(model, Does.Contain("Token Service --> Developer: 429 Too Many Requests"));
    }

    [Test]
    public void WordThatOnlySoftwareHas_OutweighsARoleWord()
    {
        // act
        var model = Model(Tokens);

        // assert
        Assert.That(model, Does.Contain("participant \"Audit Webhook Dispatcher\": system, declared"));
        Assert.That(model, Does.Contain("participant \"Partner Endpoint\": system, declared"));
    }

    [Test]
    public void LastWordOfADeclaredSystemsName_AtAnArrowsEnd_IsThatSystem()
    {
        // act
        var model = Model(Tokens);

        // assert
        Assert.That(model, Does.Contain("5 Audit Webhook Dispatcher -> Partner Endpoint: POST /hooks/token-issued."));
        Assert.That(model, Does.Contain("6 Usage Relay -> Partner Endpoint: POST /hooks/usage."));
        Assert.That(model, Does.Not.Contain("participant \"Dispatcher"));
        Assert.That(model, Does.Not.Contain("participant \"Relay"));
    }

    [Test]
    public void BranchOnWhatACheckFinds_ComesAfterTheCheck()
    {
        // act
        var markdown = Generate(Loans);
        var diagram = markdown.Substring(markdown.IndexOf("```mermaid", System.StringComparison.Ordinal));
        var check = diagram.IndexOf("checks the member's deposit", System.StringComparison.Ordinal);
        var branch = diagram.IndexOf("alt 2a", System.StringComparison.Ordinal);

        // assert: the check is drawn once, before the alt; the steps after it are the otherwise arm
        Assert.That(check, Is.GreaterThan(0));
        Assert.That(branch, Is.GreaterThan(check));
        Assert.That(diagram, Does.Contain("else otherwise#58; steps 3-4"));
    }

    [Test]
    public void ActorDescribedInALaterTable_AndASystemAmongTheActors_AreExternalServices()
    {
        // act
        var markdown = Generate(Claims);
        var integration = markdown.Substring(markdown.IndexOf("## Integration Points", System.StringComparison.Ordinal));
        var services = integration.Substring(0, integration.IndexOf("\n### ", integration.IndexOf("### External Services", System.StringComparison.Ordinal) + 5, System.StringComparison.Ordinal));

        // assert: the table says the feed is external (after the metadata line named it); a system is no person
        Assert.That(services, Does.Contain("**Rate Feed** - External - Daily currency rates"));
        Assert.That(services, Does.Contain("**Ledger System**"));
        Assert.That(services, Does.Not.Contain("Traveller"));
    }

    [Test]
    public void StepWithATimeOutOnItsAnswer_IsSynchronousOnly()
    {
        // act
        var markdown = Generate(Events);
        var critical = markdown.Substring(markdown.IndexOf("## Critical Path", System.StringComparison.Ordinal));

        // assert: one kind per step
        Assert.That(critical, Does.Contain("- **Synchronous operations**: step 3 (its time-out: 3a"));
        Assert.That(critical, Does.Contain("- **Asynchronous operations**: none stated in usecase.md"));
    }

    [Test]
    public void SentenceThatOnlySaysWhereTheFlowGoes_IsANote()
    {
        // act
        var model = Model(Batches);

        // assert
        Assert.That(model, Does.Contain("note over System: Accepted refunds are processed as in step 4."));
        Assert.That(model, Does.Contain("note over System: Rejected refunds follow the exception flow of UC-2."));
    }

    [Test]
    public void SystemTheDocumentCallsItsOwn_IsNoExternalService_WhateverTheStepsCallIt()
    {
        // act
        var markdown = Generate(Badges);
        var integration = markdown.Substring(markdown.IndexOf("## Integration Points", System.StringComparison.Ordinal));
        var services = integration.Substring(0, integration.IndexOf("\n### ", integration.IndexOf("### External Services", System.StringComparison.Ordinal) + 5, System.StringComparison.Ordinal));

        // assert: "Our badge service" is internal though step 2 "calls the Badge API"; the landlord's system is external
        Assert.That(services, Does.Not.Contain("Badge API"));
        Assert.That(services, Does.Contain("**Door Controller** - Access system run by the landlord"));
        Assert.That(integration, Does.Contain("- **Badge API** - Our badge service"));
    }

    [Test]
    public void FlowStartingAtAStepOfAnotherFlow_IsNotPutOnTheBasicStepOfThatNumber()
    {
        // act
        var model = Model(Tries);
        var markdown = Generate(Tries);

        // assert: "At step 2 of B1 …, if …" names B1's step, not basic step 2, nor one found by shared words
        Assert.That(model, Does.Contain("alternative \"B2\" at no step, ends: use case ends"));
        Assert.That(model, Does.Contain("when: the amount was lowered three times"));
        Assert.That(markdown, Does.Contain("(starts in B1)"));
    }

    [Test]
    public void AppTheArrowsDraw_IsNoSystemUnderDesign()
    {
        // act
        var model = Model(Scooters);

        // assert: "in the app" is the App of the arrows; no System lifeline is made up
        Assert.That(model, Does.Contain("system: none named"));
        Assert.That(model, Does.Contain("1 Rider -> App: taps \"End ride\" in the app."));
        Assert.That(model, Does.Not.Contain("-> System"));
    }

    [Test]
    public void PathThroughScreensInAFlow_IsNoConditionOfAnotherFlow()
    {
        // act
        var model = Model(Exports);

        // assert: one flow 3a; "Admin → Exports → Failed" stays in its sentence
        Assert.That(model, Does.Contain("visible under Admin → Exports → Failed for 7 days"));
        Assert.That(model, Does.Not.Contain("\"3a.2\""));
    }

    [Test]
    public void FlowFromAStepInSpanishOrPortuguese_StartsAtThatStep()
    {
        // act
        var model = Model(Salas);

        // assert: "(a partir del paso 2)"
        Assert.That(model, Does.Contain("alternative \"FA01\" at step 2, ends: use case ends"));
    }

    [Test]
    public void BranchOnTheAnswerToACall_ComesAfterTheCall()
    {
        // act
        var markdown = Generate(Kitchen);
        var diagram = markdown.Substring(markdown.IndexOf("```mermaid", System.StringComparison.Ordinal));
        var call = diagram.IndexOf("SYS->>KitchenPrinter: sends the order", System.StringComparison.Ordinal);
        var branch = diagram.IndexOf("alt 2a", System.StringComparison.Ordinal);

        // assert: the order was sent; what the printer does not confirm decides the rest
        Assert.That(call, Is.GreaterThan(0));
        Assert.That(branch, Is.GreaterThan(call));
        Assert.That(diagram, Does.Contain("else otherwise#58; steps 3-4"));
    }

    [Test]
    public void FirstWordOfTheOneDeclaredPersonsName_WrittenAlone_NamesThatPerson()
    {
        // act
        var model = Model(Advances);

        // assert: "forwarded to Finance" reaches the Finance Clerk, not the employee who waits
        Assert.That(model, Does.Contain("2 System --> Finance Clerk: The request is forwarded to Finance."));
    }

    [Test]
    public void CodeBlockIndentedUnderAStep_IsThatStepsPayload_QuotedInDataFlow()
    {
        // act
        var result = SequenceGenerator.Generate(new SequenceGenerationInput("review", Lockers, "usecase.md", TranslationOptions.Default));
        var dataFlow = result.Markdown.Substring(result.Markdown.IndexOf("## Data Flow", System.StringComparison.Ordinal));

        // assert: quoted as written, with its step; nothing reported as unreadable
        Assert.That(dataFlow, Does.Contain("step 2:\n\n```json\n{\n  \"size\": \"M\",\n  \"hours\": 4\n}\n```"));
        Assert.That(result.Diagnostics.Count, Is.EqualTo(0));
    }

    [Test]
    public void QuotedMessageThatEndsItsSentence_LeavesTheNextSentenceItsOwn()
    {
        // act
        var model = Model(Kiosk);

        // assert: "… shows "Card refused. Try another card." Use case ends.": the flow ends, and the quote keeps its marks
        Assert.That(model, Does.Contain("exception \"E1\" at step 2, ends: use case ends"));
        Assert.That(model, Does.Contain("kiosk shows \"Card refused. Try another card.\""));
    }
}
