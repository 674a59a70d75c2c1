using System.IO;
using System.Linq;
using KiroSpecs.Build.Tests.Infrastructure;
using NUnit.Framework;

namespace KiroSpecs.Build.Tests.Integration;

/// <summary>Targets users call, clean, design-time builds, verbosity and reproducibility.</summary>
[TestFixture]
[NonParallelizable]
public sealed class IdeAndToolingTests
{
    [Test]
    public void StatusTarget_PrintsOneRowPerFeature()
    {
        // arrange
        using var project = new ConsumerProject();
        project.AddFeature("snacks", SpecTexts.Spec("snacks", approved: true), SpecTexts.UseCase());
        project.AddFeature("refunds", SpecTexts.Spec("refunds", approved: false), SpecTexts.UseCase("Refunds"));
        Assert.That(project.Build().Succeeded, Is.True);

        // act
        var result = project.Build("--no-restore", "-t:KiroSpecsStatus", "-v:m");

        // assert
        Assert.That(result.Succeeded, Is.True, result.Output);
        var rows = result.Output.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith('|')).ToList();
        Assert.That(rows, Has.Count.EqualTo(4), result.Output);
        Assert.That(rows[0], Does.Contain("Feature").And.Contain("Phase").And.Contain("Use cases approved"));
        Assert.That(rows[2], Does.StartWith("| refunds").And.Contain("usecase-defined").And.Contain("waiting for approval"));
        Assert.That(rows[2].Split('|')[3].Trim(), Is.EqualTo("2"), "use cases are counted before approval too");
        Assert.That(rows[3], Does.StartWith("| snacks").And.Contain("sequence-defined").And.Contain("up to date"));
    }

    [Test]
    public void Clean_RemovesIntermediateFiles_ButKeepsSequence()
    {
        // arrange
        using var project = new ConsumerProject();
        project.AddFeature("snacks", SpecTexts.Spec("snacks", approved: true), SpecTexts.UseCase());
        Assert.That(project.Build().Succeeded, Is.True);
        var stamp = Directory.EnumerateFiles(Path.Combine(project.ProjectDirectory, "obj"), "generate.stamp", SearchOption.AllDirectories).Single();

        // act
        var clean = project.Dotnet("clean", project.ProjectFile);

        // assert
        Assert.That(clean.Succeeded, Is.True, clean.Output);
        Assert.That(File.Exists(project.FeatureFile("snacks", "sequence.md")), Is.True);
        Assert.That(File.Exists(project.FeatureFile("snacks", "spec.json")), Is.True);
        Assert.That(File.Exists(stamp), Is.False);
    }

    [Test]
    public void DesignTimeBuild_WritesNothing()
    {
        // arrange
        using var project = new ConsumerProject();
        project.AddFeature("snacks", SpecTexts.Spec("snacks", approved: true), SpecTexts.UseCase());
        Assert.That(project.Dotnet("restore", project.ProjectFile).Succeeded, Is.True);

        // act
        var result = project.Build("--no-restore", "-p:DesignTimeBuild=true");

        // assert
        Assert.That(result.Succeeded, Is.True, result.Output);
        Assert.That(File.Exists(project.FeatureFile("snacks", "sequence.md")), Is.False);
    }

    [Test]
    public void NormalVerbosity_ShowsOneSummaryLine_OnlyWhenSomethingWasGenerated()
    {
        // arrange
        using var project = new ConsumerProject();
        project.AddFeature("snacks", SpecTexts.Spec("snacks", approved: true), SpecTexts.UseCase());
        project.AddFeature("refunds", SpecTexts.Spec("refunds", approved: false), SpecTexts.UseCase("Refunds"));

        // act
        var first = project.Build("-v:n");
        var second = project.Build("--no-restore", "-v:n");

        // assert
        Assert.That(first.Output.Split('\n').Count(l => l.Contains("KiroSpecs: generated 1 of 2 features, 0 up to date", System.StringComparison.Ordinal)), Is.EqualTo(1), first.Output);
        Assert.That(second.Output, Does.Not.Contain("KiroSpecs: generated"));
    }

    [Test]
    public void SourceDateEpoch_SetsUpdatedAt()
    {
        // arrange
        using var project = new ConsumerProject();
        project.AddFeature("snacks", SpecTexts.Spec("snacks", approved: true), SpecTexts.UseCase());

        // act
        var result = project.Build("-p:SOURCE_DATE_EPOCH=1767225600");

        // assert
        Assert.That(result.Succeeded, Is.True, result.Output);
        Assert.That(File.ReadAllText(project.FeatureFile("snacks", "spec.json")), Does.Contain("\"updated_at\": \"2026-01-01T00:00:00Z\""));
    }

    [Test]
    public void QuestionMode_WithAChangedUseCase_FailsAndWritesNothing()
    {
        // arrange
        using var project = new ConsumerProject();
        project.AddFeature("snacks", SpecTexts.Spec("snacks", approved: true), SpecTexts.UseCase());
        Assert.That(project.Build().Succeeded, Is.True);
        File.WriteAllText(project.FeatureFile("snacks", "usecase.md"), SpecTexts.UseCase("Snack Vending", "\n7. Customer takes the snack"));
        var before = File.ReadAllText(project.FeatureFile("snacks", "sequence.md"));

        // act
        var result = project.Build("--no-restore", "-question");

        // assert
        Assert.That(result.Succeeded, Is.False, result.Output);
        Assert.That(result.Output, Does.Contain("_KiroSpecsGenerateCore"), "MSBuild names the out-of-date target");
        Assert.That(File.ReadAllText(project.FeatureFile("snacks", "sequence.md")), Is.EqualTo(before));
    }

    [Test]
    public void ShowInProject_LinksEachSpecFileUnderItsFeature()
    {
        // arrange
        using var project = new ConsumerProject(extraProjectXml: "<PropertyGroup><KiroSpecsShowInProject>true</KiroSpecsShowInProject></PropertyGroup>");
        project.AddFeature("snacks", SpecTexts.Spec("snacks", approved: false), SpecTexts.UseCase());
        Assert.That(project.Dotnet("restore", project.ProjectFile).Succeeded, Is.True);

        // act
        var result = project.Dotnet("msbuild", project.ProjectFile, "-getItem:None");

        // assert
        Assert.That(result.Succeeded, Is.True, result.Output);
        Assert.That(result.Output, Does.Contain("\"Link\": \".kiro/specs/snacks/spec.json\"").And.Contain("\"Link\": \".kiro/specs/snacks/usecase.md\""));
    }

    [Test]
    public void FastUpToDateCheck_KnowsTheSpecFiles_AndTheStamp()
    {
        // arrange
        using var project = new ConsumerProject();
        project.AddFeature("snacks", SpecTexts.Spec("snacks", approved: true), SpecTexts.UseCase());
        Assert.That(project.Dotnet("restore", project.ProjectFile).Succeeded, Is.True);

        // act
        var inputs = project.Dotnet("msbuild", project.ProjectFile, "-getItem:UpToDateCheckInput");
        var outputs = project.Dotnet("msbuild", project.ProjectFile, "-getItem:UpToDateCheckOutput");

        // assert
        Assert.That(inputs.Output, Does.Contain(project.FeatureFile("snacks", "usecase.md")).And.Contain(project.FeatureFile("snacks", "spec.json")));
        Assert.That(inputs.Output, Does.Contain("\"Set\": \"KiroSpecs\""));
        Assert.That(outputs.Output, Does.Contain("generate.stamp").And.Contain("\"Set\": \"KiroSpecs\""));
    }

    [Test]
    public void QuestionMode_AfterTwoBuilds_FindsNothingToDo()
    {
        // arrange
        using var project = new ConsumerProject();
        project.AddFeature("snacks", SpecTexts.Spec("snacks", approved: true), SpecTexts.UseCase());
        Assert.That(project.Build().Succeeded, Is.True);
        Assert.That(project.Build("--no-restore").Succeeded, Is.True);

        // act
        var result = project.Build("--no-restore", "-question");

        // assert
        Assert.That(result.Succeeded, Is.True, result.Output);
    }
}
