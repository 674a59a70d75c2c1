using KiroSpecs.Core.Sequences;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// Steps of one branch that are ways out of it ("2a2. Member returns one of them; the use case returns to step 2",
/// "2a3. Member gives up: the use case ends in failure") are a choice, drawn as alt/else arms, with the branch's
/// ending in the arm that states it; a remark after a step that ends the use case is not a second way.
/// </summary>
[TestFixture]
internal sealed class BranchChoiceTests
{
    private const string Tools = @"# Tool library

## UC-1 Lend a tool

**Primary actor:** Member

### Main Success Scenario
1. Member picks a tool.
2. System reserves the tool.
3. System shows the pickup code.

### Extensions
2a. Member already holds three tools:
    2a1. System shows the three loans.
    2a2. Member returns one of them; the use case returns to step 2.
    2a3. Member gives up: the use case ends in failure.
2b. The tool is booked for repair:
    2b1. System saves the request as a draft and the use case ends.
    2b2. Drafts are deleted after 30 days.
3a. The code cannot be generated:
    3a1. System generates a new code and continues at step 3.
    3a2. If the second code fails too, System shows ""Try later"".
";

    private static string Markdown() =>
        SequenceGenerator.Generate(new SequenceGenerationInput("tools", Tools, "usecase.md", TranslationOptions.Default)).Markdown;

    [Test]
    public void TwoWaysOutBySamePerson_AreArmsOfAChoice()
    {
        // act
        var markdown = Markdown();

        // assert: the failure ending belongs to the arm that gives up, not to the one that returns to step 2.
        Assert.That(markdown, Does.Contain(
            "        alt 2a2\n            Member->>SYS: 2a2 returns one of them#59; the use case returns to step 2.\n"
            + "        else 2a3\n            Member->>SYS: 2a3 gives up\n            Note over SYS: 2a#58; Use case ends in failure.\n        end\n"));
    }

    [Test]
    public void RemarkAfterAStepThatEndsTheUseCase_IsNoSecondWay()
    {
        // act
        var markdown = Markdown();

        // assert
        Assert.That(markdown, Does.Match(@"SYS->>SYS: 2b1 saves the request as a draft and the use case ends\.\n +SYS->>SYS: 2b2 Drafts are deleted after 30 days\."));
        Assert.That(markdown, Does.Not.Contain("alt 2b1"));
    }

    [Test]
    public void WayBackStatedInAnEarlierArm_ResumesTheFlowInThatArm()
    {
        // act
        var markdown = Markdown();

        // assert: the flow goes on at step 3 after 3a1; the arm opened by a condition (3a2) does not.
        Assert.That(markdown, Does.Contain(
            "    alt 3a1\n        autonumber off\n        SYS->>SYS: 3a1 generates a new code and continues at step 3.\n        Note over SYS: Continue with step 3\n"
            + "        autonumber 3\n        SYS-->>Member: shows the pickup code.\n    else 3a2\n"));
    }
}
