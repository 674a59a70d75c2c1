using System.IO;
using System.Linq;
using KiroSpecs.Build.Tests.Infrastructure;
using NUnit.Framework;

namespace KiroSpecs.Build.Tests.Integration;

/// <summary>Several projects of one solution share a spec root and build in parallel.</summary>
[TestFixture]
[NonParallelizable]
public sealed class SharedRootTests
{
    private const string Epoch = "-p:SOURCE_DATE_EPOCH=1767225600";

    [Test]
    public void FourProjectsBuiltInParallel_LeaveTheSameBytesAsOneProjectAlone()
    {
        // arrange: one project alone
        using var alone = new ConsumerProject();
        AddFeatures(alone);
        Assert.That(alone.Build(Epoch).Succeeded, Is.True);

        // arrange: four projects, one solution, one spec root
        using var shared = new ConsumerProject("App1");
        AddFeatures(shared);
        for (var i = 2; i <= 4; i++)
        {
            Directory.CreateDirectory(Path.Combine(shared.Root, $"App{i}"));
            shared.WriteProject($"App{i}", "net10.0", string.Empty);
        }

        Assert.That(shared.DotnetRaw("new", "sln", "-n", "All", "--format", "sln").Succeeded, Is.True);
        Assert.That(shared.DotnetRaw("sln", "All.sln", "add", "App1", "App2", "App3", "App4").Succeeded, Is.True);

        // act
        var result = shared.Dotnet("build", "All.sln", "-m", Epoch);

        // assert
        Assert.That(result.Succeeded, Is.True, result.Output);
        Assert.That(result.Output, Does.Not.Contain("MSB4018").And.Not.Contain("MSB4181"));
        // Both approved features get a sequence.md and an updated spec.json; refunds, not approved,
        // keeps its spec.json as written and gets no sequence.md.
        foreach (var (feature, file) in new[] { ("snacks", "spec.json"), ("snacks", "sequence.md"), ("restock", "spec.json"), ("restock", "sequence.md"), ("refunds", "spec.json") })
        {
            var expected = alone.FeatureFile(feature, file);
            var actual = shared.FeatureFile(feature, file);
            Assert.That(expected, Does.Exist);
            Assert.That(actual, Does.Exist);
            Assert.That(File.ReadAllBytes(actual), Is.EqualTo(File.ReadAllBytes(expected)), actual);
        }

        Assert.That(alone.FeatureFile("refunds", "sequence.md"), Does.Not.Exist);
        Assert.That(shared.FeatureFile("refunds", "sequence.md"), Does.Not.Exist);

        Assert.That(Directory.EnumerateFiles(shared.SpecRoot, "*.tmp", SearchOption.AllDirectories), Is.Empty);
    }

    [Test]
    public void ReportDiagnosticsFalse_InAllButOneProject_ReportsEachWarningOnce()
    {
        // arrange
        using var shared = new ConsumerProject("App1");
        shared.AddFeature("refunds", SpecTexts.Spec("refunds", approved: false), SpecTexts.UseCase("Refunds"));
        File.WriteAllText(Path.Combine(shared.Root, "Directory.Build.props"), """
            <Project>
              <PropertyGroup>
                <KiroSpecsReportDiagnostics Condition="'$(MSBuildProjectName)' != 'App1'">false</KiroSpecsReportDiagnostics>
              </PropertyGroup>
            </Project>
            """);
        Directory.CreateDirectory(Path.Combine(shared.Root, "App2"));
        shared.WriteProject("App2", "net10.0", string.Empty);
        Assert.That(shared.DotnetRaw("new", "sln", "-n", "All", "--format", "sln").Succeeded, Is.True);
        Assert.That(shared.DotnetRaw("sln", "All.sln", "add", "App1", "App2").Succeeded, Is.True);

        // act
        var result = shared.Dotnet("build", "All.sln", "-m");

        // assert
        Assert.That(result.Succeeded, Is.True, result.Output);
        Assert.That(result.WithCode("KIRO001"), Has.Count.EqualTo(1), result.Output);
    }

    private static void AddFeatures(ConsumerProject project)
    {
        project.AddFeature("snacks", SpecTexts.Spec("snacks", approved: true), SpecTexts.UseCase());
        project.AddFeature("restock", SpecTexts.Spec("restock", approved: true), SpecTexts.UseCase("Restock"));
        project.AddFeature("refunds", SpecTexts.Spec("refunds", approved: false), SpecTexts.UseCase("Refunds"));
    }
}
