using System.IO;
using KiroSpecs.Build.Tests.Infrastructure;
using NUnit.Framework;

namespace KiroSpecs.Build.Tests.Integration;

/// <summary>Human work is never lost: hand-edited output and changed approvals.</summary>
[TestFixture]
[NonParallelizable]
public sealed class HumanEditTests
{
    [Test]
    public void HandEditedSequence_SurvivesUseCaseChange_WithKiro006_UntilOverwriteIsAsked()
    {
        // arrange
        using var project = new ConsumerProject();
        project.AddFeature("snacks", SpecTexts.Spec("snacks", approved: true), SpecTexts.UseCase());
        Assert.That(project.Build().Succeeded, Is.True);
        var sequenceFile = project.FeatureFile("snacks", "sequence.md");
        var edited = File.ReadAllText(sequenceFile) + "\nReviewed by the payments team.\n";
        File.WriteAllText(sequenceFile, edited);
        File.WriteAllText(project.FeatureFile("snacks", "usecase.md"), SpecTexts.UseCase("Snack Vending", "\n7. Customer takes the snack"));

        // act
        var kept = project.Build("--no-restore");

        // assert
        Assert.That(kept.Succeeded, Is.True, kept.Output);
        Assert.That(kept.WithCode("KIRO006"), Has.Count.EqualTo(1), kept.Output);
        Assert.That(kept.WithCode("KIRO006")[0].File, Is.EqualTo(sequenceFile));
        Assert.That(kept.WithCode("KIRO006")[0].Message, Does.Contain("KiroSpecsOverwrite"));
        Assert.That(File.ReadAllText(sequenceFile), Is.EqualTo(edited));

        // act: asked explicitly, the package replaces it
        var replaced = project.Build("--no-restore", "-p:KiroSpecsOverwrite=true");

        // assert
        Assert.That(replaced.WithCode("KIRO006"), Is.Empty, replaced.Output);
        Assert.That(File.ReadAllText(sequenceFile), Does.Contain("takes the snack").And.Not.Contain("Reviewed by the payments team."));
    }

    [Test]
    public void SequenceWrittenBySomeoneElse_IsNotOverwritten()
    {
        // arrange
        using var project = new ConsumerProject();
        const string handWritten = "# Sequence Diagrams: Snacks\n\nWritten by hand.\n";
        project.AddFeature("snacks", SpecTexts.Spec("snacks", approved: true), SpecTexts.UseCase(), handWritten);

        // act
        var result = project.Build();

        // assert
        Assert.That(result.WithCode("KIRO006"), Has.Count.EqualTo(1), result.Output);
        Assert.That(result.WithCode("KIRO006")[0].Message, Does.Contain("not written by KiroSpecs.Build"));
        Assert.That(File.ReadAllText(project.FeatureFile("snacks", "sequence.md")), Is.EqualTo(handWritten));
    }

    [Test]
    public void UseCaseEditedAfterApproval_ReportsKiro008_AndGeneratesNothing()
    {
        // arrange
        using var project = new ConsumerProject();
        project.AddFeature("refunds", SpecTexts.Spec("refunds", approved: false), SpecTexts.UseCase("Refunds"));
        Assert.That(project.Build("-t:KiroSpecsApprove", "-p:KiroSpecsFeature=refunds").Succeeded, Is.True);
        File.WriteAllText(project.FeatureFile("refunds", "usecase.md"), SpecTexts.UseCase("Refunds", "\n7. Customer takes the refund"));

        // act
        var result = project.Build("--no-restore");
        var again = project.Build("--no-restore");

        // assert
        Assert.That(result.WithCode("KIRO008"), Has.Count.EqualTo(1), result.Output);
        Assert.That(result.WithCode("KIRO008")[0].File, Is.EqualTo(project.FeatureFile("refunds", "usecase.md")));
        Assert.That(again.WithCode("KIRO008"), Has.Count.EqualTo(1), "reported on every build until re-approved");
        Assert.That(File.Exists(project.FeatureFile("refunds", "sequence.md")), Is.False);

        // act: approve again
        Assert.That(project.Build("--no-restore", "-t:KiroSpecsApprove", "-p:KiroSpecsFeature=refunds").Succeeded, Is.True);
        var approved = project.Build("--no-restore");

        // assert
        Assert.That(approved.WithCode("KIRO008"), Is.Empty, approved.Output);
        Assert.That(File.ReadAllText(project.FeatureFile("refunds", "sequence.md")), Does.Contain("takes the refund"));
    }
}
