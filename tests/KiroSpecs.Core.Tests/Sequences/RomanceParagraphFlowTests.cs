using System.Linq;
using KiroSpecs.Core.Sequences;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// Use cases headed "Caso de uso CU-n: …" and flows written as one paragraph in Spanish or Portuguese: "En el paso 4,
/// si …, el sistema … Vuelve al paso 3." The condition ends at the comma before who acts, and an if-clause of a later
/// sentence stays part of what happens.
/// </summary>
[TestFixture]
internal sealed class RomanceParagraphFlowTests
{
    private const string Rooms = @"# Reservas de salas

## Caso de uso CU-07: Reservar sala

### Actores
- **Actor principal:** Profesor

### Flujo básico
1. El profesor elige una sala y una hora.
2. El sistema consulta la disponibilidad de la sala.
3. El sistema registra la reserva.
4. El sistema muestra el código de la reserva.

### Flujos alternativos

**FA-1: Sala ocupada**
En el paso 2, si la sala está ocupada a esa hora, el sistema propone otra sala del mismo edificio. Vuelve al paso 1.

**FA-2: Hora pasada**
En el paso 2, si la hora ya ha pasado, el sistema muestra un aviso. Si el profesor insiste, el caso de uso termina.

## Caso de Uso UC02 – Cancelar reserva

### Fluxo principal
1. O professor abre a reserva.
2. O sistema cancela a reserva.

### Fluxos alternativos

**FA01: Reserva em andamento**
No passo 2, caso a reserva já tenha começado, o sistema recusa o cancelamento e o caso de uso é encerrado.
";

    private static SequenceGenerationResult Generate() =>
        SequenceGenerator.Generate(new SequenceGenerationInput("salas", Rooms, "usecase.md", TranslationOptions.Default));

    [Test]
    public void UseCaseHeadedCasoDeUso_IsAUseCase_InSpanishAndPortuguese()
    {
        // act
        var markdown = Generate().Markdown;

        // assert
        Assert.That(markdown, Does.Contain("2 use cases"));
        Assert.That(markdown, Does.Contain("### Sequence 1: CU-07 Reservar sala"));
        Assert.That(markdown, Does.Contain("### Sequence 2: UC02 Cancelar reserva"));
    }

    [Test]
    public void ParagraphFlow_ConditionEndsAtTheCommaBeforeWhoActs_AndItsWayBackIsRead()
    {
        // act
        var markdown = Generate().Markdown;

        // assert
        Assert.That(markdown, Does.Contain("FA-1 Sala ocupada#58; if la sala está ocupada a esa hora"));
        Assert.That(markdown, Does.Contain("propone otra sala del mismo edificio"));
        Assert.That(markdown, Does.Contain("FA-1#58; Continue with step 1"));
        Assert.That(markdown, Does.Not.Contain("if si la sala"));
    }

    [Test]
    public void IfClauseOfALaterSentence_IsNoConditionOfTheFlow()
    {
        // act
        var markdown = Generate().Markdown;

        // assert
        Assert.That(markdown, Does.Contain("FA-2 Hora pasada#58; if la hora ya ha pasado"));
        Assert.That(markdown, Does.Not.Contain("if el profesor insiste"));
    }

    [Test]
    public void PortugueseCaso_OpensTheCondition_ButCasoDeUsoDoesNot()
    {
        // act
        var result = Generate();

        // assert
        Assert.That(result.Markdown, Does.Contain("if a reserva já tenha começado"));
        Assert.That(result.Markdown, Does.Contain("recusa o cancelamento"));
        Assert.That(result.Diagnostics.Select(d => d.Code), Does.Not.Contain("KIRO107"));
    }
}
