using System;
using System.IO;
using KiroSpecs.Core.Pipeline;
using KiroSpecs.Core.Sequences;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Pipeline;

/// <summary>The runner over a real folder: counts, cache answers and writes.</summary>
public sealed class SpecRunnerTests
{
    private const string Spec = "{\n  \"approvals\": { \"usecase\": { \"generated\": true, \"approved\": true } }\n}\n";
    private const string UseCase = "### UC-1: Open\n#### Actors\n- Primary: Guest\n#### Basic Flow\n1. Guest opens the door\n2. System shows a greeting to the Guest\n";

    [Test]
    public void OneChangedFeature_IsTheOnlyOneCountedAndWritten()
    {
        // arrange
        var root = Path.Combine(Path.GetTempPath(), "kirospecs-runner-" + Guid.NewGuid().ToString("N"));
        foreach (var name in new[] { "a", "b", "c" })
        {
            Directory.CreateDirectory(Path.Combine(root, "specs", name));
            File.WriteAllText(Path.Combine(root, "specs", name, "spec.json"), Spec);
            File.WriteAllText(Path.Combine(root, "specs", name, "usecase.md"), UseCase);
        }

        var settings = new GenerationSettings(TranslationOptions.Default, "1.0.0", "2026-01-01T00:00:00Z", false, false, 1 << 20);
        var request = new RunRequest(Path.Combine(root, "specs"), settings, Path.Combine(root, "obj", "cache.tsv"), TimeSpan.FromSeconds(10));

        try
        {
            // act
            var first = SpecRunner.Run(request);
            File.WriteAllText(Path.Combine(root, "specs", "b", "usecase.md"), UseCase + "3. Guest closes the door\n");
            var second = SpecRunner.Run(request);
            var third = SpecRunner.Run(request);

            // assert
            Assert.That((first.GeneratedCount, first.UpToDateCount, first.WrittenFiles.Count), Is.EqualTo((3, 0, 6)));
            // Only sequence.md: spec.json already holds the same metadata (same count, same fixed clock).
            Assert.That((second.GeneratedCount, second.UpToDateCount, second.WrittenFiles.Count), Is.EqualTo((1, 2, 1)));
            Assert.That((third.GeneratedCount, third.UpToDateCount, third.WrittenFiles.Count), Is.EqualTo((0, 3, 0)));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
