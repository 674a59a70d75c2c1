using KiroSpecs.Core.Sequences;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// A step in which two participants act: "Clerk scans the parcel; the System records the arrival" is drawn as the
/// clerk's message and then, unnumbered, the system's own work, so the step keeps its one number; "deletes the old
/// entry from the database and shows the updated list" is the call to the database and the answer to the clerk.
/// A condition, a name in brackets or quotes, and the same subject again are not a second clause.
/// </summary>
[TestFixture]
internal sealed class StepClauseTests
{
    private const string Desk = @"# Parcel desk

## Actors
- **Clerk** – person at the desk
- **Scanner** – handheld tag reader
- **Tracker** – the parcel tracking server

## UC-1 Receive a parcel

**Primary actor:** Clerk

### Basic Flow
1. Clerk scans the parcel; the System records the arrival.
2. Clerk confirms the weight. The System prints the label.
3. Scanner reads the tag, acks with the count; Tracker marks the tag seen.
4. The System deletes the old entry from the database and shows the updated list.
5. If the label is torn, the System prints it again.
6. The System stores the parcel (the Tracker sees it; nothing else) and says ""Clerk waits; the System beeps"".
7. The System checks the weight; the System stores the parcel.
8. Clerk hands the parcel over, the System closes the entry.
";

    private static string Model() =>
        SequenceGenerator.DescribeModel(new SequenceGenerationInput("desk", Desk, "usecase.md", TranslationOptions.Default));

    private static string Diagram() =>
        SequenceGenerator.Generate(new SequenceGenerationInput("desk", Desk, "usecase.md", TranslationOptions.Default)).Markdown;

    [Test]
    public void SecondSubjectAfterASemicolon_IsItsOwnInteraction()
    {
        // act
        var model = Model();

        // assert
        Assert.That(model, Does.Contain("1 Clerk -> System: scans the parcel\n"));
        Assert.That(model, Does.Contain("then System self: records the arrival."));
    }

    [Test]
    public void SecondSentenceWithItsOwnSubject_IsItsOwnInteraction()
    {
        // act
        var model = Model();

        // assert
        Assert.That(model, Does.Contain("2 Clerk -> System: confirms the weight.\n"));
        Assert.That(model, Does.Contain("then System --> Clerk: prints the label."));
    }

    [Test]
    public void AnswerAfterACallToAComponent_ReachesThePersonWhoWaits()
    {
        // act
        var model = Model();

        // assert
        Assert.That(model, Does.Contain("4 System -> Database: deletes the old entry from the database\n"));
        Assert.That(model, Does.Contain("then System --> Clerk: shows the updated list."));
    }

    [Test]
    public void SecondClause_IsUnnumberedSoTheStepKeepsItsNumber()
    {
        // act
        var diagram = Diagram();

        // assert
        Assert.That(diagram, Does.Contain("    Clerk->>SYS: scans the parcel\n    autonumber off\n    SYS->>SYS: records the arrival.\n    autonumber 2\n"));
    }

    [TestCase("5 System --> Clerk: If the label is torn, the System prints it again.")]
    [TestCase("(the Tracker sees it; nothing else) and says \"Clerk waits; the System beeps\".")]
    [TestCase("7 System self: checks the weight; the System stores the parcel.")]
    public void ConditionBracketsQuotesAndTheSameSubject_StayOneInteraction(string whole)
    {
        // act
        var model = Model();

        // assert
        Assert.That(model, Does.Contain(whole));
    }
    private const string Grades = @"# Notas

## UC-1 Apagar nota

**Ator principal:** Professor
**Ator secundário:** Aluno

### Fluxo principal
1. O professor seleciona a nota.
2. O sistema apaga a nota do banco de dados e atualiza a página.
3. O sistema lista as notas do aluno.
4. O professor visualiza lista de notas.
5. O sistema fecha o modal e o professor volta para a página.
";

    [Test]
    public void PageRefreshAfterAWriteToTheDatabase_AnswersThePerson()
    {
        // act
        var diagram = SequenceGenerator.Generate(new SequenceGenerationInput("grades", Grades, "usecase.md", TranslationOptions.Default)).Markdown;

        // assert
        Assert.That(diagram, Does.Contain("    SYS->>BancoDeDados: apaga a nota do banco de dados\n    autonumber off\n    SYS-->>Professor: atualiza a página.\n"));
    }

    [Test]
    public void ListingForAPersonNamedAfterOf_GoesToWhoWaits()
    {
        // act
        var diagram = SequenceGenerator.Generate(new SequenceGenerationInput("grades", Grades, "usecase.md", TranslationOptions.Default)).Markdown;

        // assert: "lista" opening the step is the answer; "do aluno" only says whose grades; "visualiza lista" stays the teacher's.
        Assert.That(diagram, Does.Contain("SYS-->>Professor: lista as notas do aluno."));
        Assert.That(diagram, Does.Contain("Professor->>SYS: visualiza lista de notas."));
        Assert.That(diagram, Does.Contain("SYS-->>Professor: fecha o modal e o professor volta para a página."));
    }
    private const string Claims = @"# Claims

## UC-6 Approve a claim

**Primary actor:** Assessor

### Main flow
1. Assessor opens the claim.
2. System checks the cover (see UC-2).
3. The claim is paid: continues in UC-7.

### Alternative flows
- 2a. The claim is a duplicate: Assessor continues with [[UC-9]].
";

    [Test]
    public void RemarkOnAnotherUseCase_IsANote_ButAnActionCitingOneStaysAMessage()
    {
        // act
        var diagram = SequenceGenerator.Generate(new SequenceGenerationInput("claims", Claims, "usecase.md", TranslationOptions.Default)).Markdown;

        // assert
        Assert.That(diagram, Does.Contain("Note over SYS: Step 3#58; The claim is paid#58; continues in UC-7."));
        Assert.That(diagram, Does.Contain("Note over SYS: Assessor continues with [[UC-9]]"));
        Assert.That(diagram, Does.Contain("SYS->>SYS: checks the cover (see UC-2)."));
    }
    private const string Kiosk = @"# Check-in desk

## Actors
- **Patient** – the visitor
- **Kiosk** – check-in device in the lobby
- **Registry** – the visit records system

## UC-1 Check in at the kiosk

**Primary actor:** Patient

1. Patient taps Check In on the Kiosk.
2. Kiosk shows the copay and the Patient pays by card.
3. Registry marks the visit as arrived and the Kiosk prints a ticket.
";

    private const string Inspection = @"# Returns

## UC-2 Inspect a parcel

**Primary actor:** Returns clerk

1. Returns clerk scans the parcel.
2. System shows the expected lines.
3. Supervisor approves the refund.

### Extensions
2a. Clerk has to stop:
    2a1. System keeps the partial inspection.
    2a2. After 8 hours the partial inspection is escalated to the shift supervisor.
2b. The parcel holds cash:
    2b1. Any returns clerk seals the parcel.
    2b2. Finance clerk gets the cash, counts it and closes the task.
";

    private static string Markdown(string name, string text) =>
        SequenceGenerator.Generate(new SequenceGenerationInput(name, text, "usecase.md", TranslationOptions.Default)).Markdown;

    [Test]
    public void SecondSubjectAfterAnd_IsItsOwnInteraction_AndAPersonAnswersTheDeviceThatAsked()
    {
        // act
        var diagram = Markdown("kiosk", Kiosk);

        // assert
        Assert.That(diagram, Does.Contain("    Kiosk-->>Patient: shows the copay\n    autonumber off\n    Patient->>Kiosk: pays by card.\n"));
        Assert.That(diagram, Does.Contain("    Registry->>Registry: marks the visit as arrived\n    autonumber off\n    Kiosk-->>Patient: prints a ticket.\n"));
    }

    [Test]
    public void AnyClerk_ARoleBeforeAPersonsWord_AndAnEscalationAfterATimeClause_ReadWhoActsAndWhomItReaches()
    {
        // act
        var diagram = Markdown("inspection", Inspection);

        // assert
        Assert.That(diagram, Does.Contain("SYS-->>Supervisor: 2a2 After 8 hours the partial inspection is escalated to the shift supervisor."));
        Assert.That(diagram, Does.Contain("ReturnsClerk->>SYS: 2b1 seals the parcel."));
        Assert.That(diagram, Does.Contain("FinanceClerk->>SYS: 2b2 gets the cash, counts it and closes the task."));
    }
    private const string Quiz = @"# Quiz

## UC-4 Start an attempt

**Primary actor:** Student

1. Student opens the quiz.
2. System creates the attempt.
3. If the quiz has a time limit → System shows a countdown.
4. If the quiz has no limit → System shows a stopwatch.
5. Student answers the questions.
";

    [Test]
    public void StepsThatEachOpenWithACondition_AreArmsOfOneChoice_AndTheArrowEndsTheCondition()
    {
        // act
        var diagram = Markdown("quiz", Quiz);

        // assert
        Assert.That(diagram, Does.Contain("    alt If the quiz has a time limit\n        SYS-->>Student: If the quiz has a time limit → System shows a countdown.\n"
            + "    else If the quiz has no limit\n        SYS-->>Student: If the quiz has no limit → System shows a stopwatch.\n    end\n"));
    }

    private const string Returns = @"# Returns desk

External systems referred to below:
- **Keel Ledger** - books credit notes.

## UC-1 Refund a return

**Primary actor:** Clerk

### Basic Flow
1. Clerk accepts the return.
2. System marks the refund SETTLED, posts the credit note to the Keel Ledger and sets the return to REFUNDED.
3. System shows the refund, the credit note, the ledger entries and the new status.

## UC-2 Registrar turma

**Ator principal:** Docente

### Fluxo principal
1. Docente envia o formulário.
2. O sistema armazena os dados no banco de dados e cria a turma para todos os alunos e outros docentes.
";

    [Test]
    public void LaterVerbOfTheSameSubject_ThatAddressesAnotherComponent_IsItsOwnInteraction()
    {
        // act
        var model = SequenceGenerator.DescribeModel(new SequenceGenerationInput("returns", Returns, "usecase.md", TranslationOptions.Default));

        // assert: the system's own work, the posting to the ledger, its own work again; an answer lists, and is one
        // message; a noun after "e" is no verb
        Assert.That(model, Does.Contain("2 System self: marks the refund SETTLED\n      then System -> Keel Ledger: posts the credit note to the Keel Ledger\n      then System self: sets the return to REFUNDED."));
        Assert.That(model, Does.Contain("3 System --> Clerk: shows the refund, the credit note, the ledger entries and the new status."));
        Assert.That(model, Does.Contain("2 System -> Banco de dados: armazena os dados no banco de dados\n      then System self: cria a turma para todos os alunos e outros docentes."));
    }
}
