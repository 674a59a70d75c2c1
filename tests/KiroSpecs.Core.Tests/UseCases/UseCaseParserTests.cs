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
}
