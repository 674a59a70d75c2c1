using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// Integration Points on declared actors: a system named in a header by the long form of its declared short name is
/// one system, an actor whose declared type is a person is no integration, and a declared "Sistema interno" is an
/// internal system even when its description speaks of a person.
/// </summary>
[TestFixture]
internal sealed class IntegrationNamingTests
{
    private const string Clinic = @"# Clinic

## Actors

| Actor | Type | Notes |
| --- | --- | --- |
| Nurse | Person | Books the rooms |
| Reception Desk | Person | Greets the patients and hands over the forms |
| Hospital Information System (HIS) | External system | Holds the patients' records |
| Sistema de Turnos (ST) | Sistema interno | Lista de turnos del enfermero |

## UC-1 Book a room

Secondary actors: Hospital Information System.

1. Nurse opens the booking screen.
2. System asks the HIS for the patient's record.
3. System reads the shifts from the ST.
4. Reception Desk hands over the room key.
";

    private static string Integration() =>
        GeneratedSections.Section(GeneratedSections.Generate("clinic", Clinic), "Integration Points");

    [Test]
    public void ASystemNamedByTheLongFormOfItsShortName_IsOneEntry()
    {
        // act
        var integration = Integration();

        // assert
        Assert.That(integration, Does.Contain("- **HIS** - Hospital Information System - External system - Holds the patients' records (UC-1 (step 2), UC-1 (secondary actor))"));
        Assert.That(integration, Does.Not.Contain("- **Hospital Information System** ("));
    }

    [Test]
    public void AnActorDeclaredAsAPerson_IsNoIntegration_AndADeclaredInternalSystemIsInternal()
    {
        // act
        var integration = Integration();

        // assert
        Assert.That(integration, Does.Not.Contain("Reception Desk"));
        Assert.That(integration, Does.Not.Contain("Whether these are external systems usecase.md does not say"));
        var internals = integration.IndexOf("### Internal Systems", System.StringComparison.Ordinal);
        Assert.That(internals, Is.GreaterThan(0));
        Assert.That(integration.IndexOf("- **ST** - Sistema de Turnos - Sistema interno", System.StringComparison.Ordinal), Is.GreaterThan(internals));
    }

    [Test]
    public void AnEventAStepSendsOrAWebhookItCalls_IsListedAsAnEvent_InAnyLanguage()
    {
        // arrange
        const string text = @"# Camas

## UC-1 Liberar cama

1. El Sistema Clínico envia ao sistema o evento de alta.
2. Later, the Billing Service calls our webhook with an event (invoice.paid).
3. When all is done, the system queues the archive job.
";

        // act
        var integration = GeneratedSections.Section(GeneratedSections.Generate("camas", text), "Integration Points");

        // assert
        Assert.That(integration, Does.Contain("UC-1 step 1: El Sistema Clínico envia ao sistema o evento de alta."));
        Assert.That(integration, Does.Contain("UC-1 step 2: Later, the Billing Service calls our webhook with an event (invoice.paid)."));
        Assert.That(integration, Does.Contain("UC-1 step 3: When all is done, the system queues the archive job."));
    }

    [Test]
    public void AWordOfADeclaredSystemsName_IsNoServiceOfItsOwn()
    {
        // arrange
        const string text = @"# Becas

## Actores

| Actor | Tipo | Descripción |
| --- | --- | --- |
| Servicio de Notificaciones Electrónicas | Sistema externo | Pone las notificaciones a disposición. |

## CU-01 Notificar

1. El sistema envía la resolución al Servicio de Notificaciones Electrónicas.
2. El sistema registra el envío en Notificaciones.
";

        // act
        var integration = GeneratedSections.Section(GeneratedSections.Generate("becas", text), "Integration Points");

        // assert
        Assert.That(integration, Does.Not.Contain("- **Notificaciones**"));
    }
}
