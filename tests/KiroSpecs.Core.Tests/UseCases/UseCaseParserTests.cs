using System.Linq;
using KiroSpecs.Core.UseCases;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.UseCases;

[TestFixture]
public sealed class UseCaseParserTests
{
    [Test]
    public void FullyDressed_ExtensionsBecomeAnchoredBranches()
    {
        // arrange
        const string text = "## Use Case: Pay\n\n**Primary Actor:** Buyer\n\n**Main Success Scenario:**\n\n1. Buyer enters a card.\n2. System charges the card.\n\n**Extensions:**\n\n2a. Card declined:\n    2a1. System shows the decline.\n    2a2. Use case resumes at step 1.\n\n*a. At any time, Buyer cancels:\n    *a1. Use case ends.\n";

        // act
        var useCase = UseCaseParser.Parse(text, "usecase.md").UseCases.Single();

        // assert
        Assert.That(useCase.Actors.Select(a => a.Name), Is.EqualTo(new[] { "Buyer" }));
        Assert.That(useCase.Steps.Select(s => s.Ordinal), Is.EqualTo(new[] { 1, 2 }));
        var declined = useCase.Branches[0];
        Assert.That(declined.Id, Is.EqualTo("2a"));
        Assert.That(declined.Kind, Is.EqualTo(BranchKind.Exception));
        Assert.That(declined.Anchor, Is.EqualTo(new BranchAnchor(AnchorKind.Step, 2, 2)));
        Assert.That(declined.Steps.Select(s => s.Number), Is.EqualTo(new[] { "2a1" }));
        Assert.That(declined.Ending.Kind, Is.EqualTo(EndingKind.ContinueAt));
        Assert.That(declined.Ending.Step, Is.EqualTo(1));
        Assert.That(useCase.Branches[1].Anchor.Kind, Is.EqualTo(AnchorKind.AnyStep));
        Assert.That(useCase.Branches[1].Ending.Kind, Is.EqualTo(EndingKind.Terminates));
    }

    [Test]
    public void ScenarioBullets_AConditionalBulletAfterPlainOnesIsAStepOfTheSameScenario()
    {
        // arrange: an error scenario written as bullets, its last one conditional; then sibling one-line flows
        const string text = @"# Use Case: Import a Catalogue

## Scenarios

- **Main success scenario:**
  - Importer reads the catalogue.
  - Importer stores the items.
- **Error scenario:**
  - Importer reads the catalogue.
  - Reading the catalogue ends with an error.
  - If some items were read at all, Importer keeps them for review.

## Alternative Flows

- Catalogue empty → Importer reports that nothing was imported
- If the catalogue is locked, Importer retries later
";

        // act
        var branches = UseCaseParser.Parse(text, "usecase.md").UseCases.Single().Branches;

        // assert
        var error = branches.Single(b => b.Kind == BranchKind.Exception);
        Assert.That(error.Steps.Select(s => s.Text), Has.Some.StartsWith("If some items were read at all"), "the conditional bullet is the scenario's own step");
        Assert.That(branches.Count(b => b.Kind == BranchKind.Alternative), Is.EqualTo(2), "one-line flows stay one branch each");
    }

    [Test]
    public void EdgeCaseBulletsOfSeveralSentences_AreEachAFlow_TheirFirstSentenceTheCondition()
    {
        // arrange: a list of edge cases, each bullet a whole flow in a few sentences
        const string text = @"# Shared playlists

## People

- **Curator** - the person who owns the playlist.
- **Listener** - a teammate invited to add songs.

## UC-3: Add a song

1. The listener opens the playlist.
2. The listener adds a song.
3. The system stores the song.

**Edge cases**

- Two listeners add the same song at once. The second add gets a 409. The app shows the song already there.
- The playlist is full (500 songs). The add button is disabled. The app suggests a new playlist.
- The song is unavailable in the listener's country. The system refuses it.
";

        // act
        var document = UseCaseParser.Parse(text, "usecase.md");
        var model = KiroSpecs.Core.Sequences.SequenceGenerator.DescribeModel(new KiroSpecs.Core.Sequences.SequenceGenerationInput("playlists", text, "usecase.md", KiroSpecs.Core.Sequences.TranslationOptions.Default));

        // assert
        var branches = document.UseCases.Single().Branches;
        Assert.That(branches.Select(b => b.Condition), Is.EqualTo(new[]
        {
            "Two listeners add the same song at once", "The playlist is full (500 songs)", "The song is unavailable in the listener's country",
        }));
        Assert.That(branches[1].Steps.Select(s => s.Text), Is.EqualTo(new[] { "The add button is disabled", "The app suggests a new playlist." }));
        Assert.That(model, Does.Contain("initiator: Listener"), "the declared person the first step opens with starts the use case");
        Assert.That(model, Does.Contain("participant \"Listener\": person, declared"), "a teammate is a person");
    }

    [Test]
    public void SameFlowFromAStep_IsWhereTheBranchRejoinsTheFlow()
    {
        // arrange: a one-line extension and a table row that each rejoin the flow the terse way
        const string text = @"# Kayaks

## UC-1: Take a kayak

1. Paddler scans the tag.
2. System holds the deposit.
3. System opens the dock.

### Extensions

- 1a. Tag unreadable: Paddler types the code. Same flow from 2.

### Alt

| Ref | At | Condition | What happens |
| --- | --- | --- | --- |
| 2a | 2 | Card declined | Paddler picks another card. Same flow from 2. |
";

        // act
        var branches = UseCaseParser.Parse(text, "usecase.md").UseCases.Single().Branches;

        // assert
        Assert.That(branches.Select(b => (b.Ending.Kind, b.Ending.Step)), Is.EqualTo(new[] { (EndingKind.ContinueAt, 2), (EndingKind.ContinueAt, 2) }));
        Assert.That(branches.SelectMany(b => b.Steps).Select(s => s.Text), Has.None.Contains("Same flow"));
    }

    [Test]
    public void AConditionInTheParenthesisWithTheStep_AndParagraphsAfterTheList_AreReadAsTheAuthorMeantThem()
    {
        // arrange: the condition written beside the step in the parenthesis; a remark and a prose flow after the list
        const string text = @"# Kayaks

## UC-1: Take a kayak

1. Paddler scans the tag.
2. System checks the kayak is free.
3. System holds the deposit.
4. System opens the dock.

**Errors**

- **E1 (step 3, card timeout > 10 s):** treat like a decline.

Note — step 4 has to be atomic with the check in step 2. Whoever commits first wins.

If a warden opens the dock by hand (e.g. the app is down), steps 1–3 are skipped and the flow continues from step 4. The warden enters a reason.
";

        // act
        var useCase = UseCaseParser.Parse(text, "usecase.md").UseCases.Single();

        // assert
        var e1 = useCase.Branches.Single(b => b.Id == "E1");
        Assert.That((e1.Anchor.FromStep, e1.Condition), Is.EqualTo((3, "card timeout > 10 s")));
        Assert.That(e1.Steps.Select(s => s.Text), Is.EqualTo(new[] { "treat like a decline." }));
        Assert.That(useCase.Notes.Select(n => n.Text), Has.Some.StartsWith("Note — step 4 has to be atomic"));
        var warden = useCase.Branches.Single(b => b.Id != "E1");
        Assert.That(warden.Condition, Is.EqualTo("a warden opens the dock by hand (e.g. the app is down)"));
        Assert.That((warden.Ending.Kind, warden.Ending.Step), Is.EqualTo((EndingKind.ContinueAt, 4)));
    }

    [Test]
    public void ExtensionsWrittenAsParagraphsWithADash_AreEachAFlow_AndSoIsATitledParagraphAfterThem()
    {
        // arrange: Portuguese paragraphs, each opening with a bold id and a dash, then one titled by a bold word
        const string text = @"# Consultas

## UC01: Marcar consulta

1. O paciente escolhe a especialidade.
2. O sistema mostra os horários livres.
3. O paciente escolhe um horário.
4. O sistema grava a consulta.

### Fluxos alternativos

**2a — Nenhum horário livre.** O sistema oferece a lista de espera. O paciente entra na lista.

**4a — Já existe consulta marcada.** O sistema não grava outra e mostra a existente.

**Cancelamento.** O paciente pode cancelar a consulta até um dia antes. É obrigatório informar o motivo.
";

        // act
        var branches = UseCaseParser.Parse(text, "usecase.md").UseCases.Single().Branches;

        // assert
        Assert.That(branches.Select(b => b.Id), Is.EqualTo(new[] { "2a", "4a", "Alternative 1" }));
        Assert.That(branches[0].Condition, Is.EqualTo("Nenhum horário livre"));
        Assert.That(branches[2].Condition, Is.EqualTo("Cancelamento"));
    }

    [Test]
    public void WrappedProse_ALineOpeningInLowerCaseGoesOnWithTheSentenceAbove()
    {
        // arrange: a quoted summary wrapped in the source, then a new sentence on its own line
        const string text = "# UC-9 Print a Label\n\n> Print one label from the order view within a few\n> seconds of packing.\n> Labels are kept for a week.\n\n## Main Flow\n\n1. Packer opens the order.\n2. Printer prints the label.\n";

        // act
        var notes = UseCaseParser.Parse(text, "usecase.md").UseCases.Single().Notes.Select(n => n.Text).ToList();

        // assert
        Assert.That(notes, Does.Contain("Print one label from the order view within a few seconds of packing."));
        Assert.That(notes, Does.Contain("Labels are kept for a week."));
    }

    [Test]
    public void WrappedProse_ALowerCaseStepHeaderIsAStepOfItsOwn()
    {
        // arrange
        const string text = "# Use Case: Save a Form\n\n## Main Flow\n\nStep 1: Clerk opens the form\nstep 2: clerk saves the form\n";

        // act
        var steps = UseCaseParser.Parse(text, "usecase.md").UseCases.Single().Steps;

        // assert
        Assert.That(steps.Select(s => s.Text), Is.EqualTo(new[] { "Clerk opens the form", "clerk saves the form" }));
    }

    [Test]
    public void WrappedProse_ShortLinesOfAListWrittenAsLinesStayApart()
    {
        // arrange
        const string text = "# Use Case: Pay\n\n## Preconditions\n\nuser is logged in\ncart is not empty\n\n## Main Flow\n\n1. User pays.\n";

        // act
        var preconditions = UseCaseParser.Parse(text, "usecase.md").UseCases.Single().Preconditions;

        // assert
        Assert.That(preconditions.Select(p => p.Text), Is.EqualTo(new[] { "user is logged in", "cart is not empty" }));
    }

    [Test]
    public void ProseUseCase_TheLinesUnderItsTitleAreKept()
    {
        // arrange: two use cases written as prose; the second says all it says right under its title
        const string text = "# Lookups\n\n## Use Case 1: Find a Member by Name\n\nThe desk searches by a part of the name.\n\n### Description\n\nThe clerk types a name and the registry returns the matches.\n\n## Use Case 2: Find a Member by Card Number\n\nIn this use case the card number locates the member's record.\n";

        // act
        var useCases = UseCaseParser.Parse(text, "usecase.md").UseCases;

        // assert
        Assert.That(useCases[0].Notes.Select(n => n.Text), Is.EqualTo(new[] { "The desk searches by a part of the name.", "The clerk types a name and the registry returns the matches." }));
        Assert.That(useCases[1].Notes.Select(n => n.Text), Is.EqualTo(new[] { "In this use case the card number locates the member's record." }));
    }

    [Test]
    public void SkipSteps_IsReadAsSkipRangeAndContinue()
    {
        // arrange
        const string text = "### UC-1: A\n#### Basic Flow\n1. a\n2. b\n3. c\n4. d\n#### Alternative Flows\n##### AF-1.1: X\n- At step 1, if y\n- System does z\n- Skip steps 2-3, proceed to step 4\n";

        // act
        var branch = UseCaseParser.Parse(text, "usecase.md").UseCases.Single().Branches.Single();

        // assert
        Assert.That(branch.Ending, Is.EqualTo(new BranchEnding(EndingKind.ContinueAt, 4, 2, 3, "Skip steps 2-3, proceed to step 4", new SourcePosition(11, 3))));
        Assert.That(branch.Condition, Is.EqualTo("y"));
        Assert.That(branch.Steps.Select(s => s.Text), Is.EqualTo(new[] { "System does z" }));
    }

    [Test]
    public void MissingStepReference_ReportsKiro102AtTheBranch()
    {
        // arrange
        const string text = "### UC-1: A\n#### Basic Flow\n1. a\n2. b\n#### Exception Flows\n##### EF-1.1: X\n- At step 5, if y\n- Flow terminates\n";

        // act
        var diagnostics = UseCaseParser.Parse(text, "/p/usecase.md").Diagnostics;

        // assert
        Assert.That(diagnostics.Select(d => (d.Code, d.File, d.Line, d.Column)), Is.EqualTo(new[] { ("KIRO102", "/p/usecase.md", 6, 1) }));
    }

    [Test]
    public void DuplicateId_ReportsKiro103AtTheSecondUseCase()
    {
        // arrange
        const string text = "### UC-1: A\n#### Basic Flow\n1. a\n\n### UC-1: B\n#### Basic Flow\n1. b\n";

        // act
        var diagnostics = UseCaseParser.Parse(text, "usecase.md").Diagnostics;

        // assert
        Assert.That(diagnostics.Select(d => (d.Code, d.Line)), Is.EqualTo(new[] { ("KIRO103", 5) }));
    }

    [Test]
    public void UseCaseWithoutSteps_ReportsKiro101()
    {
        // act
        var diagnostics = UseCaseParser.Parse("### UC-7: Empty\n#### Actors\n- Primary: Clerk\n", "usecase.md").Diagnostics;

        // assert
        Assert.That(diagnostics.Select(d => (d.Code, d.Line, d.Column)), Is.EqualTo(new[] { ("KIRO101", 1, 1) }));
    }

    [TestCase("### UC-001: Name", "UC-001", "Name")]
    [TestCase("### UC1 Name", "UC1", "Name")]
    [TestCase("## Use Case 3: Name", "Use Case 3", "Name")]
    [TestCase("**UC-2 - Name**", "UC-2", "Name")]
    public void UseCaseIds_AreRecognised(string heading, string id, string name)
    {
        // act
        var useCase = UseCaseParser.Parse(heading + "\n\n#### Steps\n1. User opens it\n", "usecase.md").UseCases.Single();

        // assert
        Assert.That((useCase.Id, useCase.Name), Is.EqualTo((id, name)));
    }

    [Test]
    public void TableFlow_ReadsStepActorAndAction()
    {
        // arrange
        const string text = "### UC-1: T\n#### Main Flow\n| Step | Actor | Action |\n| --- | --- | --- |\n| 1 | Clerk | Opens the form |\n| 2 | System | Saves it |\n";

        // act
        var steps = UseCaseParser.Parse(text, "usecase.md").UseCases.Single().Steps;

        // assert
        Assert.That(steps.Select(s => (s.Ordinal, s.Actor, s.Text)), Is.EqualTo(new[] { (1, "Clerk", "Opens the form"), (2, "System", "Saves it") }));
    }

    [Test]
    public void NestedSubSteps_AreKeptUnderTheirStep()
    {
        // arrange
        const string text = "### UC-1: T\n#### Basic Flow\n1. System does a\n   1. System does a.1\n   2. System does a.2\n2. System does b\n";

        // act
        var steps = UseCaseParser.Parse(text, "usecase.md").UseCases.Single().Steps;

        // assert
        Assert.That(steps.Count, Is.EqualTo(2));
        Assert.That(steps[0].SubSteps.Select(s => s.Number), Is.EqualTo(new[] { "1.1", "1.2" }));
    }

    [TestCase("Use Case: Lend a ladder\n\n1. Neighbour asks for the ladder.\n2. System logs the loan.\n", "", "Lend a ladder")]
    [TestCase("**Use Case:** Lend a ladder\n\n1. Neighbour asks for the ladder.\n2. System logs the loan.\n", "", "Lend a ladder")]
    [TestCase("**UC-3** Lend a ladder\n\n1. Neighbour asks for the ladder.\n2. System logs the loan.\n", "UC-3", "Lend a ladder")]
    [TestCase("Use Case 2 – Lend a ladder\n\n1. Neighbour asks for the ladder.\n2. System logs the loan.\n", "Use Case 2", "Lend a ladder")]
    public void TitleWrittenAsParagraph_StartsAUseCase(string text, string id, string name)
    {
        // act
        var document = UseCaseParser.Parse("# Tools\n\n" + text, "usecase.md");

        // assert
        var useCase = document.UseCases.Single();
        Assert.That((useCase.Id, useCase.Name), Is.EqualTo((id, name)));
        Assert.That(useCase.Steps.Count, Is.EqualTo(2));
        Assert.That(document.Diagnostics, Is.Empty);
    }

    [Test]
    public void SentenceStartingWithAnId_StaysText()
    {
        // act
        var document = UseCaseParser.Parse("### UC-1: Lend\n\nUC-2 extends this use case when the ladder is broken and needs a repair.\n\n#### Basic Flow\n1. a\n2. b\n", "usecase.md");

        // assert
        Assert.That(document.UseCases.Select(u => u.Id), Is.EqualTo(new[] { "UC-1" }));
    }

    [Test]
    public void ExceptionTable_KeepsAnchorConditionAndHandlingApart()
    {
        // arrange
        const string text = "### UC-1: Rent a kayak\n#### Basic Flow\n1. Renter picks a kayak.\n2. System takes the deposit.\n3. System unlocks the rack.\n#### Exception Flows\n| ID | Step | Condition | Handling |\n|---|---|---|---|\n| E1 | 2 | Deposit refused | System shows the refusal; resume at step 1 |\n| E2 | 3 | Rack jammed | System calls the attendant and the use case ends |\n";

        // act
        var branches = UseCaseParser.Parse(text, "usecase.md").UseCases.Single().Branches;

        // assert
        Assert.That(branches.Select(b => (b.Id, b.Kind, b.Anchor.FromStep, b.Condition, b.Ending.Kind, b.Ending.Step)), Is.EqualTo(new[]
        {
            ("E1", BranchKind.Exception, 2, "Deposit refused", EndingKind.ContinueAt, 1),
            ("E2", BranchKind.Exception, 3, "Rack jammed", EndingKind.Terminates, 0),
        }));
        Assert.That(branches.Select(b => b.Steps.Single().Text), Is.EqualTo(new[] { "System shows the refusal", "System calls the attendant" }));
    }

    [Test]
    public void ExtensionTable_AnchorsAtTheExtensionId()
    {
        // arrange
        const string text = "### UC-1: Rent a kayak\n#### Basic Flow\n1. Renter picks a kayak.\n2. System takes the deposit.\n#### Extensions\n| Extension | Condition | Action |\n|---|---|---|\n| 2a | Card expired | System asks for another card |\n";

        // act
        var branch = UseCaseParser.Parse(text, "usecase.md").UseCases.Single().Branches.Single();

        // assert
        Assert.That((branch.Id, branch.Kind, branch.Anchor, branch.Condition), Is.EqualTo(("2a", BranchKind.Exception, new BranchAnchor(AnchorKind.Step, 2, 2), "Card expired")));
        Assert.That(branch.Steps.Single().Text, Is.EqualTo("System asks for another card"));
    }

    [TestCase("2a) If the paddle is missing, the system shows \"No paddle\" and the use case ends.", "2a", "the paddle is missing", "the system shows \"No paddle\"", EndingKind.Terminates, 0)]
    [TestCase("2a. Deposit refused: System asks again; returns to step 1.", "2a", "Deposit refused", "System asks again", EndingKind.ContinueAt, 1)]
    public void OneLineExtension_IsSplitIntoConditionStepAndEnding(string line, string id, string condition, string step, EndingKind ending, int endingStep)
    {
        // arrange
        var text = "### UC-1: Rent\n#### Main Success Scenario\n1. Renter picks a kayak.\n2. System takes the deposit.\n#### Extensions\n" + line + "\n";

        // act
        var branch = UseCaseParser.Parse(text, "usecase.md").UseCases.Single().Branches.Single();

        // assert
        Assert.That((branch.Id, branch.Anchor.FromStep, branch.Condition), Is.EqualTo((id, 2, condition)));
        Assert.That(branch.Steps.Select(s => s.Text), Is.EqualTo(new[] { step }));
        Assert.That((branch.Ending.Kind, branch.Ending.Step), Is.EqualTo((ending, endingStep)));
    }

    [Test]
    public void NamedAlternateFlow_KeepsItsNumberedStepsAndParentheticalAnchor()
    {
        // arrange
        const string text = "### UC-1: Rent\n#### Basic Flow\n- Renter picks a kayak.\n- System takes the deposit.\n- System unlocks the rack.\n#### Alternate Flow A1: Group booking (at step 1)\nA1.1 Renter picks several kayaks.\nA1.2 System applies the group rate; resume at step 2.\n#### Exception E1 (at step 3): Rack jammed\n1. System calls the attendant.\n2. The use case ends.\n";

        // act
        var useCase = UseCaseParser.Parse(text, "usecase.md").UseCases.Single();

        // assert
        Assert.That(useCase.Steps.Select(s => s.Ordinal), Is.EqualTo(new[] { 1, 2, 3 }));
        var a1 = useCase.Branches[0];
        Assert.That((a1.Id, a1.Kind, a1.Anchor.FromStep, a1.Title, a1.Ending.Step), Is.EqualTo(("A1", BranchKind.Alternative, 1, "Group booking", 2)));
        Assert.That(a1.Steps.Select(s => (s.Number, s.Text)), Is.EqualTo(new[] { ("A1.1", "Renter picks several kayaks."), ("A1.2", "System applies the group rate") }));
        var e1 = useCase.Branches[1];
        Assert.That((e1.Id, e1.Kind, e1.Anchor.FromStep, e1.Title, e1.Ending.Kind), Is.EqualTo(("E1", BranchKind.Exception, 3, "Rack jammed", EndingKind.Terminates)));
    }

    [Test]
    public void StepParagraphs_AreReadAsSteps()
    {
        // act
        var useCase = UseCaseParser.Parse("## UC-4: Return\n\nStep 1: Renter brings the kayak back.\nStep 2 - System releases the deposit.\n", "usecase.md").UseCases.Single();

        // assert
        Assert.That(useCase.Steps.Select(s => (s.Ordinal, s.Text)), Is.EqualTo(new[] { (1, "Renter brings the kayak back."), (2, "System releases the deposit.") }));
    }

    [Test]
    public void UseCaseFieldHeadings_DoNotEndABoldTitledUseCase()
    {
        // act
        var document = UseCaseParser.Parse("# Kayaks\n\n**Use Case:** Rent\n\n### Trigger\nA renter arrives.\n\n### Main Flow\n1. Renter picks a kayak.\n2. System takes the deposit.\n", "usecase.md");

        // assert
        Assert.That(document.UseCases.Single().Steps.Count, Is.EqualTo(2));
        Assert.That(document.Diagnostics, Is.Empty);
    }

    [Test]
    public void BoldFieldLineAfterExtensionsUnderAHeading_IsNoBranch_ButABoldFlowNameKeepsItsOwnFields()
    {
        // arrange
        const string text = @"# Refills

## UC-1: Request refill

**Primary Actor:** Patient

### Main Success Scenario
1. Patient selects a prescription.
2. System shows the copay.

### Extensions

2a. Patient declines the copay:
  2a1. The use case ends.

**Frequency:** about 40,000 requests a day.

### Alternative Flows

**A1 Locker full**
**Description:** the patient picks another store.
";

        // act
        var useCase = UseCaseParser.Parse(text, "usecase.md").UseCases.Single();

        // assert
        Assert.That(useCase.Branches.Select(b => b.Id), Is.EqualTo(new[] { "2a", "A1" }));
        Assert.That(useCase.Branches.SelectMany(b => b.Steps).Select(st => st.Text), Has.None.Contains("40,000"));
        Assert.That(useCase.Branches[0].Condition, Does.Not.Contain("40,000"));
    }

    [Test]
    public void RulesTableAfterALastUseCaseWrittenAsAParagraph_IsTheWholeDocuments()
    {
        // arrange
        const string text = @"# Refills

## UC-1: Request refill

**Primary Actor:** Patient

### Main Success Scenario
1. Patient selects a prescription (BR-01).
2. System shows the copay.

## UC-2: Transfer a refill

Patient asks to move a prescription to another store; the system moves it.

## Business Rules

| ID | Rule |
|----|------|
| BR-01 | A refill needs a remaining refill count above zero. |
| BR-02 | Sessions time out after 15 minutes. |
";

        // act
        var document = UseCaseParser.Parse(text, "usecase.md");

        // assert
        Assert.That(document.UseCases[1].BusinessRules, Is.Empty);
        Assert.That(document.Requirements.Select(n => n.Text), Is.EqualTo(new[]
        {
            "BR-01: A refill needs a remaining refill count above zero.", "BR-02: Sessions time out after 15 minutes.",
        }));
    }
}
