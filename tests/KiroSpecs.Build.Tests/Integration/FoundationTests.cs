using System;
using System.IO;
using System.Linq;
using KiroSpecs.Build.Tests.Infrastructure;
using NUnit.Framework;

namespace KiroSpecs.Build.Tests.Integration;

/// <summary>The package, packed and consumed through `dotnet build`: generation, approval gate, spec.json, incrementality.</summary>
[TestFixture]
[NonParallelizable]
public sealed class FoundationTests
{
    [Test]
    public void ApprovedAndUnapprovedFeatures_FirstAndSecondBuild()
    {
        // arrange
        using var project = new ConsumerProject();
        project.AddFeature("snacks", SpecTexts.Spec("snacks", approved: true), SpecTexts.UseCase());
        project.AddFeature("refunds", SpecTexts.Spec("refunds", approved: false), SpecTexts.UseCase("Refunds"));
        var specBefore = File.ReadAllText(project.FeatureFile("snacks", "spec.json"));

        // act
        var first = project.Build();

        // assert: the unapproved feature warns at its "approved" value, the approved one is generated
        Assert.That(first.Succeeded, Is.True, first.Output);
        var kiro001 = first.WithCode("KIRO001");
        Assert.That(kiro001, Has.Count.EqualTo(1), first.Output);
        Assert.That(kiro001[0].File, Is.EqualTo(project.FeatureFile("refunds", "spec.json")));
        Assert.That((kiro001[0].Line, kiro001[0].Column), Is.EqualTo((12, 19)));
        Assert.That(kiro001[0].Severity, Is.EqualTo("warning"));
        Assert.That(File.Exists(project.FeatureFile("refunds", "sequence.md")), Is.False);

        var sequence = File.ReadAllText(project.FeatureFile("snacks", "sequence.md"));
        Assert.That(sequence, Does.Contain("# Sequence Diagrams: Snack Vending"));
        Assert.That(sequence, Does.Contain("### Sequence 1: UC-1 Buy a Snack"));
        Assert.That(sequence, Does.Contain("### Sequence 2: UC-2 Restock the Machine"));
        Assert.That(sequence, Does.Contain("#### Success Flow"));
        Assert.That(sequence, Does.Not.Contain("\r\n"));

        var spec = File.ReadAllText(project.FeatureFile("snacks", "spec.json"));
        Assert.That(spec, Does.Contain("\"phase\": \"sequence-defined\""));
        Assert.That(spec, Does.Contain("\"sequences_count\": 2"));
        Assert.That(spec, Does.Contain("\"error_flows_defined\": true"));
        Assert.That(spec, Does.Contain("自動販売機"), "non-ASCII text stays as written");
        Assert.That(spec, Does.Not.Contain("\\u"));
        Assert.That(spec, Does.Contain("\"created_at\": \"2026-01-10T08:00:00Z\""));
        Assert.That(spec, Is.Not.EqualTo(specBefore));
        Assert.That(File.ReadAllText(project.FeatureFile("refunds", "spec.json")), Is.EqualTo(SpecTexts.Spec("refunds", approved: false)), "an unapproved feature's spec.json is untouched");

        // act: a second build changes nothing but still warns
        var times = Directory.EnumerateFiles(project.SpecRoot, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var second = project.Build("--no-restore");

        // assert
        Assert.That(second.Succeeded, Is.True, second.Output);
        Assert.That(second.WithCode("KIRO001"), Has.Count.EqualTo(1), second.Output);
        Assert.That(second.WithCode("KIRO001")[0].Line, Is.EqualTo(12));
        var replay = Directory.GetFiles(Path.Combine(project.ProjectDirectory, "obj"), "replay.count", SearchOption.AllDirectories);
        Assert.That(replay.Select(f => File.ReadAllText(f).Trim()), Is.EqualTo(new[] { "1" }), "the targets' own record of the last run");
        foreach (var (file, time) in times)
        {
            Assert.That(File.GetLastWriteTimeUtc(file), Is.EqualTo(time), $"{file} was rewritten by a no-op build");
        }
    }

    [Test]
    public void EditingOneUseCase_RegeneratesOnlyThatFeature()
    {
        // arrange
        using var project = new ConsumerProject();
        project.AddFeature("alpha", SpecTexts.Spec("alpha", approved: true), SpecTexts.UseCase("Alpha"));
        project.AddFeature("beta", SpecTexts.Spec("beta", approved: true), SpecTexts.UseCase("Beta"));
        Assert.That(project.Build().Succeeded, Is.True);
        var betaTime = File.GetLastWriteTimeUtc(project.FeatureFile("beta", "sequence.md"));
        var betaSpecTime = File.GetLastWriteTimeUtc(project.FeatureFile("beta", "spec.json"));

        // act
        File.WriteAllText(project.FeatureFile("alpha", "usecase.md"), SpecTexts.UseCase("Alpha", "\n7. Customer takes the snack"));
        var result = project.Build("--no-restore");

        // assert
        Assert.That(result.Succeeded, Is.True, result.Output);
        Assert.That(File.ReadAllText(project.FeatureFile("alpha", "sequence.md")), Does.Contain("takes the snack"));
        Assert.That(File.GetLastWriteTimeUtc(project.FeatureFile("beta", "sequence.md")), Is.EqualTo(betaTime));
        Assert.That(File.GetLastWriteTimeUtc(project.FeatureFile("beta", "spec.json")), Is.EqualTo(betaSpecTime));
    }

    [Test]
    public void MultiTargetedProject_ReportsEachWarningOnce_AndGeneratesOnce()
    {
        // arrange
        using var project = new ConsumerProject(targetFrameworks: "net10.0;netstandard2.0");
        project.AddFeature("snacks", SpecTexts.Spec("snacks", approved: true), SpecTexts.UseCase());
        project.AddFeature("refunds", SpecTexts.Spec("refunds", approved: false), SpecTexts.UseCase("Refunds"));

        // act
        var result = project.Build();

        // assert
        Assert.That(result.Succeeded, Is.True, result.Output);
        Assert.That(result.WithCode("KIRO001"), Has.Count.EqualTo(1), result.Output);
        Assert.That(File.Exists(project.FeatureFile("snacks", "sequence.md")), Is.True);
    }

    [Test]
    public void MissingAndInvalidFiles_ReportTheirCodes_AndLeaveMalformedSpecUntouched()
    {
        // arrange
        using var project = new ConsumerProject();
        project.AddFeature("no-usecase", SpecTexts.Spec("no-usecase", approved: true), null);
        project.AddFeature("no-spec", null, SpecTexts.UseCase());
        const string broken = "{\n  \"feature_name\": \"broken\",\n  \"approvals\": {\n    \"usecase\": { \"approved\": true, }\n  \n";
        project.AddFeature("broken", broken, SpecTexts.UseCase());
        project.AddFeature("empty-usecase", SpecTexts.Spec("empty-usecase", approved: true), "# Notes\n\nNothing here yet.\n");

        // act
        var result = project.Build();

        // assert
        Assert.That(result.Succeeded, Is.True, result.Output);
        Assert.That(result.WithCode("KIRO002").Select(d => d.File), Is.EqualTo(new[] { project.FeatureFile("no-usecase", "usecase.md") }), result.Output);
        Assert.That(result.WithCode("KIRO003").Select(d => d.File), Is.EqualTo(new[] { project.FeatureFile("no-spec", "spec.json") }), result.Output);
        var kiro004 = result.WithCode("KIRO004");
        Assert.That(kiro004, Has.Count.EqualTo(1), result.Output);
        Assert.That(kiro004[0].File, Is.EqualTo(project.FeatureFile("broken", "spec.json")));
        Assert.That(kiro004[0].Line, Is.GreaterThanOrEqualTo(4));
        Assert.That(File.ReadAllText(project.FeatureFile("broken", "spec.json")), Is.EqualTo(broken));
        Assert.That(result.WithCode("KIRO005").Select(d => d.File), Is.EqualTo(new[] { project.FeatureFile("empty-usecase", "usecase.md") }), result.Output);
        Assert.That(Directory.EnumerateFiles(project.SpecRoot, "sequence.md", SearchOption.AllDirectories), Is.Empty);
        Assert.That(Directory.EnumerateFiles(project.SpecRoot, "*.tmp", SearchOption.AllDirectories), Is.Empty);
    }

    [Test]
    public void KiroSpecsEnabledFalse_DoesNothing()
    {
        // arrange
        using var project = new ConsumerProject();
        project.AddFeature("snacks", SpecTexts.Spec("snacks", approved: true), SpecTexts.UseCase());
        project.AddFeature("refunds", SpecTexts.Spec("refunds", approved: false), SpecTexts.UseCase("Refunds"));

        // act
        var result = project.Build("-p:KiroSpecsEnabled=false");

        // assert
        Assert.That(result.Succeeded, Is.True, result.Output);
        Assert.That(result.Diagnostics, Is.Empty, result.Output);
        Assert.That(File.Exists(project.FeatureFile("snacks", "sequence.md")), Is.False);
    }

    [Test]
    public void ApproveTarget_RecordsApproval_ThenBuildGenerates()
    {
        // arrange
        using var project = new ConsumerProject();
        project.AddFeature("refunds", SpecTexts.Spec("refunds", approved: false), SpecTexts.UseCase("Refunds"));
        Assert.That(project.Build().WithCode("KIRO001"), Has.Count.EqualTo(1));

        // act
        var approve = project.Build("--no-restore", "-t:KiroSpecsApprove", "-p:KiroSpecsFeature=refunds");
        var build = project.Build("--no-restore");
        var noop = project.Build("--no-restore");

        // assert
        Assert.That(noop.WithCode("KIRO001"), Is.Empty, "a skipped build replays the last run's diagnostics, and there are none now:\n" + noop.Output);
        Assert.That(Directory.GetFiles(Path.Combine(project.ProjectDirectory, "obj"), "replay.count", SearchOption.AllDirectories), Is.Empty);
        Assert.That(approve.Succeeded, Is.True, approve.Output);
        Assert.That(approve.Output, Does.Contain("approved"));
        var spec = File.ReadAllText(project.FeatureFile("refunds", "spec.json"));
        Assert.That(spec, Does.Match("\"approved\": true"));
        Assert.That(spec, Does.Contain("\"approved_hash\": \"sha256:"));
        Assert.That(build.WithCode("KIRO001"), Is.Empty, build.Output);
        Assert.That(File.Exists(project.FeatureFile("refunds", "sequence.md")), Is.True);
    }

    [Test]
    public void ApproveTarget_UnknownFeature_FailsWithKiro009()
    {
        // arrange
        using var project = new ConsumerProject();
        project.AddFeature("refunds", SpecTexts.Spec("refunds", approved: false), SpecTexts.UseCase("Refunds"));

        // act
        var approve = project.Build("-t:KiroSpecsApprove", "-p:KiroSpecsFeature=nope");

        // assert
        Assert.That(approve.Succeeded, Is.False);
        Assert.That(approve.WithCode("KIRO009"), Has.Count.EqualTo(1), approve.Output);
        Assert.That(approve.WithCode("KIRO009")[0].Message, Does.Contain("refunds"));
    }

    [Test]
    public void ApproveTarget_WithoutFeatureName_FailsWithKiro011AtTheSpecRoot()
    {
        // arrange
        using var project = new ConsumerProject();
        project.AddFeature("refunds", SpecTexts.Spec("refunds", approved: false), SpecTexts.UseCase("Refunds"));

        // act
        var approve = project.Build("-t:KiroSpecsApprove");

        // assert
        Assert.That(approve.Succeeded, Is.False);
        Assert.That(approve.WithCode("KIRO011"), Has.Count.EqualTo(1), approve.Output);
        Assert.That(approve.WithCode("KIRO011")[0].File, Does.StartWith(project.SpecRoot));
        Assert.That(approve.WithCode("KIRO009"), Is.Empty);
    }

    [Test]
    public void CommandTargets_WithoutSpecRoot_FailWithKiro010AtTheProjectFile()
    {
        // arrange
        using var project = new ConsumerProject();
        System.IO.Directory.Delete(project.SpecRoot);
        System.IO.Directory.CreateDirectory(System.IO.Path.Combine(project.Root, ".git"));

        // act
        var status = project.Build("-t:KiroSpecsStatus");
        var approve = project.Build("--no-restore", "-t:KiroSpecsApprove", "-p:KiroSpecsFeature=refunds");

        // assert
        foreach (var result in new[] { status, approve })
        {
            Assert.That(result.Succeeded, Is.False);
            Assert.That(result.WithCode("KIRO010"), Has.Count.EqualTo(1), result.Output);
            Assert.That(result.WithCode("KIRO010")[0].File, Is.EqualTo(project.ProjectFile));
        }
    }
}
