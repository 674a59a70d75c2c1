using System.Linq;
using KiroSpecs.Core.Sequences;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// Field labels of use cases written in Spanish and Portuguese in the singular ("Precondición", "Postcondición"), the
/// inputs and outputs of an included use case ("Entrada", "Salida"), and the metadata fields that are no section
/// ("Tipo", "Gatilho", "Condición de extensión").
/// </summary>
[TestFixture]
internal sealed class SpanishFieldTests
{
    private const string Library = @"# Biblioteca municipal

## CU-01 Renovar un préstamo

**Actor principal:** Socio
**Precondición:** El socio tiene un préstamo activo.
**Postcondición:** El préstamo queda renovado por 14 días.
**Gatilho:** o socio abre a ficha do empréstimo.

### Flujo principal

1. El socio solicita la renovación en el portal.
2. El sistema comprueba el carné (CU-02).
3. El sistema amplía la fecha de devolución.

### Flujos de excepción

- FE1 (paso 2): si CU-02 devuelve ""Bloqueado"", el sistema muestra un aviso y el caso de uso termina.

## CU-02 Comprobar el carné

**Tipo:** caso de uso incluido
**Condición de extensión:** ninguna
**Entrada:** número de carné y fecha de nacimiento.
**Salida:** ""Válido"", ""Caducado"" o ""Bloqueado"".

### Flujo principal

1. El sistema consulta el registro de socios.
2. El sistema devuelve el resultado al caso de uso base.
";

    private static SequenceGenerationResult Generate() =>
        SequenceGenerator.Generate(new SequenceGenerationInput("biblioteca", Library, "usecase.md", TranslationOptions.Default));

    [Test]
    public void SingularSpanishConditionLabels_AreThePreconditionAndThePostcondition()
    {
        // act
        var result = Generate();
        var states = GeneratedSections.Section(result.Markdown, "State Transitions");

        // assert
        Assert.That(states, Does.Contain("- El socio tiene un préstamo activo."));
        Assert.That(states, Does.Contain("Success#58; El préstamo queda renovado por 14 días."));
        Assert.That(result.Diagnostics.Select(d => d.Code), Does.Not.Contain("KIRO104"));
    }

    [Test]
    public void EntradaAndSalida_AreTheRequestAndTheResponseOfTheUseCase()
    {
        // act
        var flow = GeneratedSections.Section(Generate().Markdown, "Data Flow Details");

        // assert: each under its own heading, no "Data … - Data" line
        Assert.That(flow, Does.Contain("Request data: número de carné y fecha de nacimiento."));
        Assert.That(flow, Does.Contain("Response data: \"Válido\", \"Caducado\" o \"Bloqueado\"."));
        Assert.That(flow, Does.Not.Contain("- Data"));
    }

    private const string Permits = @"# Licencias

## 1. Actores

- **Vecino solicitante**: persona que pide la licencia.
- **Servicio web del Catastro Municipal** (sistema externo): devuelve los datos de la parcela. Tiempo máximo de espera: 8 segundos.

## CU-01 Pedir licencia

**Actor principal:** Vecino solicitante
**Actor secundario:** Servicio web del Catastro Municipal

### Flujo principal

1. El vecino abre el trámite y escribe la referencia de la parcela.
2. El sistema consulta la parcela al servicio web del Catastro Municipal.
3. El Catastro Municipal responde con la superficie y el uso de la parcela.
4. El sistema muestra el resumen al vecino.

### Flujos de excepción

- FE1 (paso 3) – Parcela desconocida: el sistema muestra un aviso y vuelve al paso 1.
- FE2. Catastro caído: el sistema guarda la solicitud y el caso de uso termina.
";

    private static string Model(string text) =>
        SequenceGenerator.DescribeModel(new SequenceGenerationInput("licencias", text, "usecase.md", TranslationOptions.Default));

    [Test]
    public void ThePersonWrittenByTheFirstWordOfItsDeclaredName_ActsInTheStep()
    {
        // act
        var model = Model(Permits);

        // assert: "El vecino" is the declared "Vecino solicitante"
        Assert.That(model, Does.Contain("1 Vecino solicitante -> Sistema: abre el trámite"));
    }

    [Test]
    public void ASystemWrittenByTheNameAfterDel_AnswersItsCall_AndItsDescriptionIsNoActor()
    {
        // act
        var model = Model(Permits);

        // assert: "Servicio web del …" is a system, "El Catastro Municipal responde" is its answer to the system
        Assert.That(model, Does.Contain("participant \"Servicio web del Catastro Municipal\": system"));
        Assert.That(model, Does.Contain("3 Servicio web del Catastro Municipal --> Sistema: responde con la superficie"));
        Assert.That(model, Does.Not.Contain("Tiempo máximo"));
    }

    [Test]
    public void AFlowWrittenAsItsNameAColonAndWhatHappens_HasThatConditionAndStepAndEnding()
    {
        // act
        var model = Model(Permits);

        // assert
        Assert.That(model, Does.Contain("exception \"FE1\" at step 3, ends: continues at step 1\n    when: Parcela desconocida\n"));
        Assert.That(model, Does.Contain("ends: use case ends\n    when: Catastro caído\n    - Sistema self: guarda la solicitud\n"));
    }
}
