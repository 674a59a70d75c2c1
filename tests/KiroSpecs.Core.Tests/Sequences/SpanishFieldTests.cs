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
}
