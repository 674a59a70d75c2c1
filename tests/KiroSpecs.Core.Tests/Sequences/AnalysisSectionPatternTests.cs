using System.Linq;
using KiroSpecs.Core.Sequences;
using KiroSpecs.Core.UseCases;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// Patterns of the analysis sections, each on a document written for the test: rules and postconditions under
/// sub-headings, validation stated in branches and rules, branches that go back into the flow, and bounds on data
/// that are no timing.
/// </summary>
[TestFixture]
internal sealed class AnalysisSectionPatternTests
{
    private const string Library = @"# Use Case: Borrow a Board Game

**Use Case ID:** UC-7
**Primary Actor:** Member

## Main Flow

1. Member scans the game's barcode.
2. System verifies that the member card is valid and that the member holds fewer than three games.
3. System records the loan.
4. System shows the return date to the Member.

## Alternative Flows

### A1: Card Expired

**Trigger:** The member card has expired (step 2)

1. System shows that the card must be renewed.
2. Use case continues at step 1.

### A2: Barcode Unreadable

**Trigger:** The barcode cannot be read (step 1)

1. System asks the Member to type the code.
2. Member types the code and the System returns to the scanning screen.

## Postconditions

### Success Postconditions

- The loan is stored with its return date.

### Failure Postconditions

- No loan is stored.

## Business Rules

### BR-10: Loan Limit

A member holds at most 3 games at a time.

### BR-11: Name Length

A game title must be at least 2 characters long.
";

    private const string Catalogue = @"# Use Case: Look Up a Part

## Scenarios

- **Main success scenario:**
  - Technician enters the part number.
  - System shows the part's stock.
- **Postcondition:**
  - The stock shown is the stored one.
- **Non-functional Constraints:**
  - The lookup must stay responsive under load, so it has to be performant.
    Stock figures may be cached for this.
";

    private const string FailureScenarios = @"# Import Scenarios

### IMP-1: Import with a readable sheet

**Steps:**

1. The operator starts the import.
2. Importer reads the sheet.

**Results:**

1. The rows are stored.

### IMP-2: Import with an invalid sheet

**Steps:**

1. The operator starts the import.
2. Importer detects that the sheet is invalid.

**Results:**

1. The import fails with an error message.
2. The message names the first bad row.

### IMP-3: Cancel an import

**Steps:**

1. The operator cancels the running import.
2. Importer stops reading.

**Results:**

1. The import is cancelled and nothing is stored.
";

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf("\n## " + heading + "\n", System.StringComparison.Ordinal);
        var end = markdown.IndexOf("\n## ", start + 4, System.StringComparison.Ordinal);
        return markdown.Substring(start, (end < 0 ? markdown.Length : end) - start);
    }

    private static string Generate(string text) =>
        SequenceGenerator.Generate(new SequenceGenerationInput("f", text, "usecase.md", TranslationOptions.Default)).Markdown;

    [Test]
    public void Constraints_WithoutAFigure_AreStatedPerformanceAndCaching()
    {
        // act
        var markdown = Generate(Catalogue);

        // assert
        Assert.That(Section(markdown, "Timing Constraints"), Does.Contain("has to be performant"));
        Assert.That(Section(markdown, "Critical Path"), Does.Contain("Stock figures may be cached"));
        Assert.That(Section(markdown, "State Transitions"), Does.Not.Contain("performant"));
    }

    [Test]
    public void DataTheStepsName_QuotesTheWholeStep() =>
        Assert.That(Section(Generate(Catalogue), "Data Flow Details"), Does.Contain("enters the part number"));

    [Test]
    public void SubHeadings_UnderRulesAndPostconditions_LabelWhatFollows()
    {
        // act
        var useCase = UseCaseParser.Parse(Library, "usecase.md").UseCases.Single();

        // assert
        Assert.That(useCase.BusinessRules.Select(r => r.Label), Is.EqualTo(new[] { "BR-10: Loan Limit", "BR-11: Name Length" }));
        Assert.That(useCase.BusinessRules[0].Text, Is.EqualTo("A member holds at most 3 games at a time."));
        Assert.That(useCase.Postconditions.Select(p => p.Label), Is.EqualTo(new[] { "Success Postconditions", "Failure Postconditions" }));
    }

    [Test]
    public void Validation_ListsTheRulesAndTheBranchesAtAValidatingStep()
    {
        // act
        var validation = Section(Generate(Library), "Data Validation Points");

        // assert
        Assert.That(validation, Does.Contain("BR-10: Loan Limit: A member holds at most 3 games at a time."));
        Assert.That(validation, Does.Contain("BR-11: Name Length"));
        Assert.That(validation, Does.Contain("A1 (taken when the check fails at step 2): Card Expired"));
        Assert.That(validation, Does.Not.Contain("not specified"));
    }

    [Test]
    public void Timing_LeavesABoundOnDataToValidation()
    {
        // act
        var timing = Section(Generate(Library), "Timing Constraints");

        // assert
        Assert.That(timing, Does.Not.Contain("2 characters"));
    }

    [Test]
    public void States_ABranchThatGoesBackIntoTheFlowIsNoFailure()
    {
        // act
        var states = Section(Generate(Library), "State Transitions");

        // assert
        Assert.That(states, Does.Contain("UC1_Flow --> UC1_Flow : A1 Card Expired (back to step 1)"));
        Assert.That(states, Does.Contain("UC1_Flow --> UC1_Flow : A2 Barcode Unreadable (continues)"));
        Assert.That(states, Does.Not.Contain("--> UC1_Failure :"));
        Assert.That(states, Does.Contain("Failure#58; No loan is stored."));
    }

    [Test]
    public void States_ABasicFlowThatIsItselfAFailureEndsInFailure()
    {
        // act
        var markdown = Generate(FailureScenarios);
        var states = Section(markdown, "State Transitions");
        var coverage = Section(markdown, "Error Scenario Coverage");

        // assert: only the scenario whose stated result fails ends in Failure; cancelling is the goal of IMP-3
        Assert.That(states, Does.Contain("UC1_Flow --> UC1_Success : basic flow completes (steps 1-2)"));
        Assert.That(states, Does.Contain("UC2_Flow --> UC2_Failure : basic flow completes (steps 1-2)"));
        Assert.That(states, Does.Contain("Failure#58; The import fails with an error message"));
        Assert.That(states, Does.Not.Contain("UC2_Success"));
        Assert.That(states, Does.Contain("UC3_Flow --> UC3_Success : basic flow completes (steps 1-2)"));
        Assert.That(coverage, Does.Contain("| basic flow (steps 1-2) | The import fails with an error message | ends in failure |"));
    }
}
