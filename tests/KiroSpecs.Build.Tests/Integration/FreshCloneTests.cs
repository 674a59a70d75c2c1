using System.IO;
using KiroSpecs.Build.Tests.Infrastructure;
using KiroSpecs.Core.IO;
using KiroSpecs.Core.Pipeline;
using KiroSpecs.Core.Sequences;
using NUnit.Framework;

namespace KiroSpecs.Build.Tests.Integration;

/// <summary>
/// Builds of a fresh clone (no obj/, no bin/, so no cache): committed output whose marker pins the
/// current inputs is taken as it is, and every change of an input still has the outcome it has in an
/// incremental build. (A changed generator is covered at the Core level, InputPinTests and
/// SpecRunnerTests, where another generator identity can be passed in.)
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class FreshCloneTests
{
    private const string LedgerStep = "\n7. System writes the sale to the ledger";
    private const string LedgerParticipant = """<ItemGroup><KiroSpecsParticipant Include="Snack Ledger" Alias="Ledger" Keywords="ledger" /></ItemGroup>""";

    private static ConsumerProject Generated(string extraProjectXml = "", string extraStep = "")
    {
        var project = new ConsumerProject(extraProjectXml: extraProjectXml);
        project.AddFeature("snacks", SpecTexts.Spec("snacks", approved: true), SpecTexts.UseCase("Snack Vending", extraStep));
        var first = project.Build();
        Assert.That(first.Succeeded, Is.True, first.Output);
        return project;
    }

    /// <summary>What a clone has: the sources and the committed spec files, no build output.</summary>
    private static void RemoveBuildOutput(ConsumerProject project)
    {
        foreach (var folder in new[] { "obj", "bin" })
        {
            var path = Path.Combine(project.ProjectDirectory, folder);
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
    }

    private static BuildResult FreshBuild(ConsumerProject project, params string[] arguments)
    {
        RemoveBuildOutput(project);
        return project.Build(arguments);
    }

    /// <summary>A fresh clone in verify mode fails with KIRO007; a fresh normal build writes output containing <paramref name="expected"/>.</summary>
    private static void AssertStaleOnVerify_ThenRegenerated(ConsumerProject project, string expected)
    {
        var verified = FreshBuild(project, "-p:KiroSpecsVerify=true");
        var built = FreshBuild(project);

        Assert.That(verified.WithCode("KIRO007"), Has.Count.EqualTo(1), verified.Output);
        Assert.That(built.Succeeded, Is.True, built.Output);
        Assert.That(File.ReadAllText(project.FeatureFile("snacks", "sequence.md")), Does.Contain(expected));
    }

    [Test]
    public void CurrentOutput_IsTakenAsCommitted_InVerifyAndNormalBuilds()
    {
        // arrange: the committed file pins the current inputs but holds a body generation would not
        // produce, so only the pin can make the builds accept it as it is.
        using var project = Generated();
        var sequenceFile = project.FeatureFile("snacks", "sequence.md");
        var useCase = TextFileReader.NormalizeNewLines(File.ReadAllText(project.FeatureFile("snacks", "usecase.md")));
        var pin = InputPin.Of(GeneratorIdentity.Current, "snacks", TranslationOptions.Default, ContentHash.Of(useCase));
        var committed = GeneratedMarker.Stamp("# Sequence Diagrams: Snack Vending\n\nAs committed.\n", "0.1.0", pin);
        File.WriteAllText(sequenceFile, committed);
        var spec = File.ReadAllText(project.FeatureFile("snacks", "spec.json"));

        // act
        var verified = FreshBuild(project, "-p:KiroSpecsVerify=true");
        var built = FreshBuild(project);

        // assert
        Assert.That(verified.Succeeded, Is.True, verified.Output);
        Assert.That(verified.WithCode("KIRO007"), Is.Empty, verified.Output);
        Assert.That(built.Succeeded, Is.True, built.Output);
        Assert.That(built.WithCode("KIRO006"), Is.Empty, built.Output);
        Assert.That(File.ReadAllText(sequenceFile), Is.EqualTo(committed));
        Assert.That(File.ReadAllText(project.FeatureFile("snacks", "spec.json")), Is.EqualTo(spec));
    }

    [Test]
    public void HandEdit_FailsVerifyWithKiro007_AndIsKeptWithKiro006()
    {
        // arrange
        using var project = Generated();
        var sequenceFile = project.FeatureFile("snacks", "sequence.md");
        var edited = File.ReadAllText(sequenceFile).Replace("Enjoy", "Enjoy your snack", System.StringComparison.Ordinal);
        File.WriteAllText(sequenceFile, edited);

        // act
        var verified = FreshBuild(project, "-p:KiroSpecsVerify=true");
        var built = FreshBuild(project);

        // assert
        Assert.That(verified.Succeeded, Is.False, verified.Output);
        Assert.That(verified.WithCode("KIRO007"), Has.Count.EqualTo(1), verified.Output);
        Assert.That(verified.WithCode("KIRO007")[0].Message, Does.Contain("edited by hand"));
        Assert.That(built.WithCode("KIRO006"), Has.Count.EqualTo(1), built.Output);
        Assert.That(File.ReadAllText(sequenceFile), Is.EqualTo(edited));
    }

    [Test]
    public void ChangedUseCase_FailsVerifyWithKiro007_AndIsRegenerated()
    {
        // arrange
        using var project = Generated();
        File.WriteAllText(project.FeatureFile("snacks", "usecase.md"), SpecTexts.UseCase("Snack Vending", "\n7. Customer takes the snack"));

        // act + assert
        AssertStaleOnVerify_ThenRegenerated(project, "takes the snack");
    }

    [Test]
    public void ChangedParticipantItem_FailsVerifyWithKiro007_AndIsRegenerated()
    {
        // arrange
        using var project = Generated(extraStep: LedgerStep);
        project.WriteProject("Consumer", "net10.0", LedgerParticipant);

        // act + assert
        AssertStaleOnVerify_ThenRegenerated(project, "participant Ledger as Snack Ledger");
    }

    [Test]
    public void RemovedParticipantItem_FailsVerifyWithKiro007()
    {
        // arrange: generated with the participant, which the clone's project no longer has
        using var project = Generated(LedgerParticipant, LedgerStep);
        Assert.That(File.ReadAllText(project.FeatureFile("snacks", "sequence.md")), Does.Contain("Snack Ledger"));
        project.WriteProject("Consumer", "net10.0", string.Empty);

        // act
        var verified = FreshBuild(project, "-p:KiroSpecsVerify=true");

        // assert
        Assert.That(verified.WithCode("KIRO007"), Has.Count.EqualTo(1), verified.Output);
    }
}
