using System.IO;
using KiroSpecs.Build.Tests.Infrastructure;
using NUnit.Framework;

namespace KiroSpecs.Build.Tests.Integration;

/// <summary>CI gates: verify mode and MSBuild's standard warning switches.</summary>
[TestFixture]
[NonParallelizable]
public sealed class CiGateTests
{
    [Test]
    public void Verify_StaleAndMissingSequence_FailWithKiro007_AndWriteNothing()
    {
        // arrange
        using var project = new ConsumerProject();
        project.AddFeature("stale", SpecTexts.Spec("stale", approved: true), SpecTexts.UseCase("Stale"));
        Assert.That(project.Build().Succeeded, Is.True);
        project.AddFeature("missing", SpecTexts.Spec("missing", approved: true), SpecTexts.UseCase("Missing"));
        File.WriteAllText(project.FeatureFile("stale", "usecase.md"), SpecTexts.UseCase("Stale", "\n7. Customer takes the snack"));
        var sequenceBefore = File.ReadAllText(project.FeatureFile("stale", "sequence.md"));
        var specBefore = File.ReadAllText(project.FeatureFile("stale", "spec.json"));

        // act
        var result = project.Build("--no-restore", "-p:KiroSpecsVerify=true");

        // assert
        Assert.That(result.Succeeded, Is.False, result.Output);
        var errors = result.WithCode("KIRO007");
        Assert.That(errors, Has.Count.EqualTo(2), result.Output);
        Assert.That(errors, Has.All.Property(nameof(BuildDiagnostic.Severity)).EqualTo("error"));
        Assert.That(errors[0].File, Is.EqualTo(project.FeatureFile("missing", "sequence.md")));
        Assert.That(errors[1].File, Is.EqualTo(project.FeatureFile("stale", "sequence.md")));
        Assert.That(errors[1].Line, Is.GreaterThan(1));
        Assert.That(errors[1].Message, Does.Contain("line " + errors[1].Line));
        Assert.That(File.Exists(project.FeatureFile("missing", "sequence.md")), Is.False);
        Assert.That(File.ReadAllText(project.FeatureFile("stale", "sequence.md")), Is.EqualTo(sequenceBefore));
        Assert.That(File.ReadAllText(project.FeatureFile("stale", "spec.json")), Is.EqualTo(specBefore));
    }

    [Test]
    public void Verify_UpToDate_Passes()
    {
        // arrange
        using var project = new ConsumerProject();
        project.AddFeature("fresh", SpecTexts.Spec("fresh", approved: true), SpecTexts.UseCase());
        Assert.That(project.Build().Succeeded, Is.True);

        // act
        var result = project.Build("--no-restore", "-p:KiroSpecsVerify=true");

        // assert
        Assert.That(result.Succeeded, Is.True, result.Output);
        Assert.That(result.WithCode("KIRO007"), Is.Empty);
    }

    [Test]
    public void WarnAsErrorSwitch_FailsOnMissingApproval()
    {
        // arrange
        using var project = new ConsumerProject();
        project.AddFeature("pending", SpecTexts.Spec("pending", approved: false), SpecTexts.UseCase());

        // act
        var result = project.Build("-warnaserror:KIRO001");

        // assert
        Assert.That(result.Succeeded, Is.False, result.Output);
        Assert.That(result.WithCode("KIRO001"), Has.Count.EqualTo(1));
        Assert.That(result.WithCode("KIRO001")[0].Severity, Is.EqualTo("error"));
    }

    [TestCase("net10.0")]
    [TestCase("net10.0;netstandard2.0")]
    public void WarningsAsErrorsProperty_FailsOnMissingApproval(string targetFrameworks)
    {
        // arrange
        using var project = new ConsumerProject(targetFrameworks: targetFrameworks, extraProjectXml: "<PropertyGroup><WarningsAsErrors>$(WarningsAsErrors);KIRO001</WarningsAsErrors></PropertyGroup>");
        project.AddFeature("pending", SpecTexts.Spec("pending", approved: false), SpecTexts.UseCase());

        // act
        var result = project.Build();

        // assert
        Assert.That(result.Succeeded, Is.False, result.Output);
        Assert.That(result.WithCode("KIRO001"), Has.Count.EqualTo(1), result.Output);
        Assert.That(result.WithCode("KIRO001")[0].Severity, Is.EqualTo("error"));
    }

    [TestCase("net10.0")]
    [TestCase("net10.0;netstandard2.0")]
    public void NoWarnProperty_SilencesMissingApproval(string targetFrameworks)
    {
        // arrange
        using var project = new ConsumerProject(targetFrameworks: targetFrameworks, extraProjectXml: "<PropertyGroup><NoWarn>$(NoWarn);KIRO001</NoWarn></PropertyGroup>");
        project.AddFeature("pending", SpecTexts.Spec("pending", approved: false), SpecTexts.UseCase());

        // act
        var result = project.Build("-warnaserror");

        // assert
        Assert.That(result.Succeeded, Is.True, result.Output);
        Assert.That(result.WithCode("KIRO001"), Is.Empty, result.Output);
    }
}
