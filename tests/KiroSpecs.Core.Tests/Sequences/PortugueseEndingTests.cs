using KiroSpecs.Core.Sequences;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>"Segue no passo 12": a flow written in Portuguese goes on at the step it names.</summary>
[TestFixture]
internal sealed class PortugueseEndingTests
{
    private const string Clinic = @"# Clínica

## UC01 Marcar exame

**Ator principal:** Paciente

### Fluxo principal

1. Paciente escolhe o exame.
2. Sistema mostra os horários livres.
3. Paciente escolhe um horário.

### Fluxos alternativos

- FA01 (passo 2): nenhum horário livre: Sistema mostra a lista de espera. Segue no passo 1.
";

    [Test]
    public void SegueNoPasso_ContinuesAtThatStep()
    {
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("clinica", Clinic, "usecase.md", TranslationOptions.Default));

        Assert.That(model, Does.Contain("alternative \"FA01\" at step 2, ends: continues at step 1"));
    }
}
