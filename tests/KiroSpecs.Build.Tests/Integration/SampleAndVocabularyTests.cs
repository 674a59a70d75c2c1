using System.IO;
using KiroSpecs.Build.Tests.Infrastructure;
using KiroSpecs.Testing;
using NUnit.Framework;

namespace KiroSpecs.Build.Tests.Integration;

/// <summary>The shipped sample end to end, and the participant vocabulary items.</summary>
[TestFixture]
[NonParallelizable]
public sealed class SampleAndVocabularyTests
{
    [Test]
    public void EverySampleFeature_BuildsAsDocumented()
    {
        // arrange: the sample's specs in a fresh consumer
        using var project = new ConsumerProject();
        var sampleSpecs = Path.Combine(RepoPaths.Root, "samples", "LibraryDesk", ".kiro", "specs");
        foreach (var folder in Directory.GetDirectories(sampleSpecs))
        {
            var name = Path.GetFileName(folder);
            project.AddFeature(
                name,
                File.ReadAllText(Path.Combine(folder, "spec.json")),
                File.ReadAllText(Path.Combine(folder, "usecase.md")));
        }

        // act
        var result = project.Build();

        // assert
        Assert.That(result.Succeeded, Is.True, result.Output);
        Assert.That(result.WithCode("KIRO001"), Has.Count.EqualTo(1), result.Output);
        Assert.That(result.WithCode("KIRO001")[0].File, Is.EqualTo(project.FeatureFile("reading-list", "spec.json")));
        var sequence = File.ReadAllText(project.FeatureFile("book-loan", "sequence.md"));
        Assert.That(sequence, Does.Contain("### Sequence 1: UC-1 Borrow a Book").And.Contain("### Sequence 2: UC-2 Return a Book"));
        Assert.That(sequence, Does.Contain("#### Error Flow - EF-1.1").And.Contain("#### Error Flow - EF-1.2").And.Contain("#### Error Flow - EF-2.1"));
        MermaidChecker.AssertValid(project.FeatureFile("book-loan", "sequence.md"));
    }

    [Test]
    public void ParticipantItems_AddAComponent_AndTheStatusUsesTheSameVocabulary()
    {
        // arrange
        using var project = new ConsumerProject(extraProjectXml: """
            <ItemGroup>
              <KiroSpecsParticipant Include="Snack Ledger" Alias="Ledger" Keywords="ledger" />
            </ItemGroup>
            """);
        project.AddFeature("snacks", SpecTexts.Spec("snacks", approved: true), SpecTexts.UseCase("Snack Vending", "\n7. System writes the sale to the ledger"));

        // act
        var result = project.Build();
        var status = project.Build("--no-restore", "-t:KiroSpecsStatus");

        // assert
        Assert.That(result.Succeeded, Is.True, result.Output);
        var sequence = File.ReadAllText(project.FeatureFile("snacks", "sequence.md"));
        Assert.That(sequence, Does.Contain("participant Ledger as Snack Ledger"));
        Assert.That(sequence, Does.Contain("SYS->>Ledger"));
        Assert.That(status.Output, Does.Contain("up to date"), "the status target judges with the same vocabulary");
    }

    [Test]
    public void ChangingParticipantItems_RegeneratesWithoutAnyFileChange()
    {
        // arrange
        using var project = new ConsumerProject();
        project.AddFeature("snacks", SpecTexts.Spec("snacks", approved: true), SpecTexts.UseCase("Snack Vending", "\n7. System writes the sale to the ledger"));
        Assert.That(project.Build().Succeeded, Is.True);
        Assert.That(File.ReadAllText(project.FeatureFile("snacks", "sequence.md")), Does.Not.Contain("Snack Ledger"));

        // act: only the project file changes
        project.WriteProject("Consumer", "net10.0", """<ItemGroup><KiroSpecsParticipant Include="Snack Ledger" Alias="Ledger" Keywords="ledger" /></ItemGroup>""");
        var result = project.Build("--no-restore");

        // assert
        Assert.That(result.Succeeded, Is.True, result.Output);
        Assert.That(File.ReadAllText(project.FeatureFile("snacks", "sequence.md")), Does.Contain("participant Ledger as Snack Ledger"));
    }
}
