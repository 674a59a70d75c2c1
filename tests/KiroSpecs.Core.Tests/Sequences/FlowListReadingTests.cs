using System.Linq;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.Sequences;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// Flows written the way teams write them: a whole flow in one bullet ("- **FA-01 (paso 3) Título.** Frases."),
/// steps and endings in Spanish, Cockburn extensions whose lines wrap, and the fields Cockburn puts after them
/// (Technology and data variations, Performance), which are no flows.
/// </summary>
[TestFixture]
internal sealed class FlowListReadingTests
{
    private const string Permiso = @"# Permisos

## CU-01 Solicitar un permiso

**Actor principal:** Solicitante

**Flujo principal:**
1. El solicitante abre el formulario.
2. El sistema muestra los campos.
3. El solicitante rellena las fechas y pulsa ""Siguiente"".
4. El sistema valida las fechas.
5. El sistema guarda la solicitud.

**Flujos alternativos:**
- **FA-01 (paso 3) Guardar como borrador.** El solicitante pulsa ""Guardar y salir"". El sistema guarda el borrador y termina el caso de uso.
- **FA-02 (paso 4) Fechas demasiado cercanas.** El sistema muestra el error junto al campo y lo avisa durante
  24 horas. Se vuelve al paso 3.
";

    private const string Returns = @"# Returns

## Use Case 1: Return an item

**Primary actor:** Customer

**Main success scenario:**
1. Customer selects ""Return"" on a delivered order.
2. System lists the lines that can be returned.
3. System stores the return.

**Extensions:**
2a. The order was delivered more than 30 days ago:
   2a1. System shows that the returns window has closed and offers a link to contact
        Customer Service. Use case ends in failure.

**Technology and data variations:**
2. Lines come from the order table.

**Performance:** The list in step 2 is shown within 2 seconds.
";

    private static string Model(string markdown) =>
        SequenceGenerator.DescribeModel(new SequenceGenerationInput("f", markdown, "usecase.md", TranslationOptions.Default));

    [Test]
    public void FlowInOneBullet_HasItsIdAnchorTitleStepsAndEnding()
    {
        // act
        var model = Model(Permiso);

        // assert
        Assert.That(model, Does.Contain("alternative \"FA-01\" at step 3, ends: use case ends\n    when: Guardar como borrador\n"));
        Assert.That(model, Does.Contain("Sistema self: guarda el borrador\n"));
        Assert.That(model, Does.Contain("alternative \"FA-02\" at step 4, ends: continues at step 3\n    when: Fechas demasiado cercanas\n"));
    }

    [Test]
    public void WrappedLineOpeningWithANumber_GoesOnWithTheSentence()
    {
        // act
        var model = Model(Permiso);

        // assert
        Assert.That(model, Does.Contain("muestra el error junto al campo y lo avisa durante 24 horas"));
    }

    [Test]
    public void WrappedExtensionStep_KeepsItsLastWords_AndCockburnFieldsAreNoFlows()
    {
        // act
        var result = SequenceGenerator.Generate(new SequenceGenerationInput("f", Returns, "usecase.md", TranslationOptions.Default));
        var model = Model(Returns);

        // assert
        Assert.That(model, Does.Contain("offers a link to contact Customer Service"));
        Assert.That(model, Does.Not.Contain("Technology and data variations"));
        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(result.Markdown, Does.Contain("The list in step 2 is shown within 2 seconds."));
    }

    private const string Numbered = @"# Licencias

## 2. CU-01 Solicitar

**Actor principal:** Solicitante

**Flujo principal:**
1. El solicitante envía la solicitud (ver CU-02).
2. El sistema registra la solicitud.

## 3. CU-02 Revisar

**Actor principal:** Técnico

**Flujo principal:**
1. El técnico revisa la solicitud, como en UC 1 paso 2.
2. El sistema guarda la revisión.
";

    [Test]
    public void NumberedHeadingsWithCuIds_AreUseCases_AndReferencesFindThemWrittenAnyWay()
    {
        // act
        var markdown = SequenceGenerator.Generate(new SequenceGenerationInput("f", Numbered, "usecase.md", TranslationOptions.Default)).Markdown;

        // assert
        Assert.That(markdown, Does.Contain("### Sequence 1: CU-01 Solicitar"));
        Assert.That(markdown, Does.Contain("- CU-01 step 1 refers to CU-02:"));
        Assert.That(markdown, Does.Contain("- CU-02 step 1 refers to UC-1:"));
        Assert.That(markdown, Does.Not.Contain("not a use case of this usecase.md"));
    }

    private const string Roles = @"# Licencias

## CU-02 Revisar

**Actor principal:** Técnico/a de Vía Pública
**Actores secundarios:** Jefe/a de Servicio

**Flujo principal:**
1. El/la técnico/a comprueba la documentación.
2. El sistema envía la propuesta al portafirmas.
3. El/la Jefe/a de Servicio firma la resolución.
4. Continúa en CU-03.
";

    [Test]
    public void NameWrittenForEitherGender_IsOnePerson_NamedByItsRoleInTheSteps()
    {
        // act
        var model = Model(Roles);

        // assert
        Assert.That(model, Does.Contain("1 Técnico/a de Vía Pública -> Sistema: comprueba la documentación."));
        Assert.That(model, Does.Contain("3 Jefe/a de Servicio"));
        Assert.That(model, Does.Not.Contain("\"a de Servicio\""));
        Assert.That(model, Does.Contain("4 note over Sistema: Continúa en CU-03."));
    }

    private const string Pago = @"# Pagos

## CU-05 Pagar la tasa

**Actor principal:** Solicitante
**Actores secundarios:** Pasarela de Pago Municipal - plataforma externa de pago

**Postcondiciones:**
- Éxito: la tasa queda pagada.
- Fracaso: la solicitud sigue en Borrador.

**Flujo principal:**
1. El solicitante pulsa ""Pagar"".
2. El sistema envía el importe a la Pasarela de Pago Municipal.
3. La Pasarela de Pago Municipal confirma el pago.

**Flujos de excepción:**
- **FE-01 (cualquier paso) Error no controlado.** El sistema registra el error y termina el caso de uso.
- **FE-02 (paso 3) Rechazo.** La Pago Municipal rechaza el pago y termina el caso de uso.
";

    [Test]
    public void SpanishOutcomesAnyStepAndAPartOfADeclaredName_AreReadAsWritten()
    {
        // act
        var markdown = SequenceGenerator.Generate(new SequenceGenerationInput("f", Pago, "usecase.md", TranslationOptions.Default)).Markdown;
        var model = Model(Pago);

        // assert
        Assert.That(markdown, Does.Contain("state \"Success#58; la tasa queda pagada.\""));
        Assert.That(markdown, Does.Contain("state \"Failure#58; la solicitud sigue en Borrador.\""));
        Assert.That(model, Does.Contain("exception \"FE-01\" at any step"));
        Assert.That(markdown, Does.Not.Contain("- **Pago Municipal**"));
    }

    private const string Collected = @"# Returns

## Use Case 1: Request a return

**Primary actor:** Customer

**Main success scenario:**
1. Customer asks for a return.
2. System stores the return request.

## Use Case 2: Refund

**Primary actor:** Clerk

**Main success scenario:**
1. Clerk approves the refund.
2. System pays the refund.

## Business rules

- BR-1: A refund must not exceed the amount paid.
";

    [Test]
    public void RulesCollectedAfterTheLastUseCase_AreTheWholeDocuments()
    {
        // act
        var document = KiroSpecs.Core.UseCases.UseCaseParser.Parse(Collected, "usecase.md");

        // assert
        Assert.That(document.UseCases[1].BusinessRules.Count, Is.EqualTo(0));
        Assert.That(document.Requirements.Select(r => r.Text), Has.Some.Contains("must not exceed the amount paid"));
    }
}
