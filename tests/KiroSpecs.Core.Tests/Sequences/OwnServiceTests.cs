using KiroSpecs.Core.Sequences;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// A document whose steps never say "the system": the actor its table describes as "our … service" and that acts in
/// the steps is the system's lifeline (no "System" beside it); an actors table whose header and one name open like
/// field labels ("Actor", "Status page") is still a table of actors; a page or a channel is no person.
/// </summary>
[TestFixture]
internal sealed class OwnServiceTests
{
    private const string Paging = @"# Paging

## Actors

| Actor | What it is |
|---|---|
| Monitoring system | Alertmanager. Sends trigger events. |
| Pager service | Our paging service (owns incidents and timers). |
| Responder | Engineer on the rotation. |
| Status page | Public status page (customer-facing). |

## UC-1: Page the responder

**Primary actor:** Monitoring system

### Main flow

1. Monitoring system sends a trigger event to the pager service.
2. Pager service checks the dedup key.
3. Pager service pages the responder.
4. Pager service publishes the incident to the Status page.
5. Responder acknowledges.

### Alternate flows

A1 — Duplicate alert. At step 2, if the key matches an open incident, no new page is sent. Use case ends.
";

    private static string Diagram()
    {
        var markdown = GeneratedSections.Generate("paging", Paging);
        var start = markdown.IndexOf("```mermaid", System.StringComparison.Ordinal);
        return markdown.Substring(start, markdown.IndexOf("```", start + 10, System.StringComparison.Ordinal) - start);
    }

    [Test]
    public void ActorOurDescriptionCallsOurService_IsTheSystem()
    {
        // act
        var diagram = Diagram();

        // assert
        Assert.That(diagram, Does.Contain("participant SYS as Pager service"));
        Assert.That(diagram, Does.Not.Contain("as System"));
        Assert.That(diagram, Does.Contain("SYS->>SYS: checks the dedup key."));
    }

    [Test]
    public void ActorsTableWithANameOpeningLikeAField_IsStillATableOfActors_AndAPageIsNoPerson()
    {
        // act
        var diagram = Diagram();

        // assert
        Assert.That(diagram, Does.Not.Contain("What it is"));
        Assert.That(diagram, Does.Contain("participant StatusPage as Status page"));
        Assert.That(diagram, Does.Contain("SYS->>StatusPage: publishes the incident to the Status page."));
    }
}
