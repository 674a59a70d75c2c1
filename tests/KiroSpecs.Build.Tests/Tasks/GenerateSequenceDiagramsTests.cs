using System;
using System.IO;
using System.Linq;
using KiroSpecs.Build.Tasks;
using KiroSpecs.Build.Tests.Infrastructure;
using NUnit.Framework;

namespace KiroSpecs.Build.Tests.Tasks;

/// <summary>The task against a recording engine: parameters in, log events out.</summary>
public sealed class GenerateSequenceDiagramsTests
{
    private string _root = string.Empty;

    [SetUp]
    public void SetUp()
    {
        _root = Path.Combine(Path.GetTempPath(), "kirospecs-task-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_root, "specs", "pending"));
        Directory.CreateDirectory(Path.Combine(_root, "specs", "ready"));
        File.WriteAllText(Path.Combine(_root, "specs", "pending", "spec.json"), SpecTexts.Spec("pending", approved: false));
        File.WriteAllText(Path.Combine(_root, "specs", "pending", "usecase.md"), SpecTexts.UseCase());
        File.WriteAllText(Path.Combine(_root, "specs", "ready", "spec.json"), SpecTexts.Spec("ready", approved: true));
        File.WriteAllText(Path.Combine(_root, "specs", "ready", "usecase.md"), SpecTexts.UseCase());
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_root, recursive: true);

    [Test]
    public void Execute_LogsApprovalWarningWithPosition_AndOutputsWrittenFiles()
    {
        // arrange
        var engine = RecordingBuildEngine.Create();
        var task = NewTask(engine);
        var log = RecordingBuildEngine.EngineOf(engine);

        // act
        var ok = task.Execute();

        // assert
        Assert.That(ok, Is.True);
        Assert.That(task.Complete, Is.True);
        Assert.That(task.DiagnosticCount, Is.EqualTo(1));
        var warning = log.Warnings.Single();
        Assert.That(warning.Code, Is.EqualTo("KIRO001"));
        Assert.That(warning.File, Is.EqualTo(Path.Combine(_root, "specs", "pending", "spec.json")));
        Assert.That((warning.LineNumber, warning.ColumnNumber), Is.EqualTo((12, 19)));
        Assert.That(warning.HelpLink, Is.Not.Empty);
        Assert.That(task.WrittenFiles.Select(f => Path.GetFileName(f.ItemSpec)), Is.EqualTo(new[] { "spec.json", "sequence.md" }));
        Assert.That(log.Messages.Any(m => m.Message!.Contains("generated 1 of 2 features", StringComparison.Ordinal)), Is.True);
    }

    [Test]
    public void Execute_SecondRunFromCache_ReportsSameWarning_WritesNothing()
    {
        // arrange
        Assert.That(NewTask(RecordingBuildEngine.Create()).Execute(), Is.True);
        var engine = RecordingBuildEngine.Create();
        var task = NewTask(engine);
        var log = RecordingBuildEngine.EngineOf(engine);

        // act
        var ok = task.Execute();

        // assert
        Assert.That(ok, Is.True);
        Assert.That(log.Warnings.Select(w => w.Code), Is.EqualTo(new[] { "KIRO001" }));
        Assert.That(task.WrittenFiles, Is.Empty);
    }

    [Test]
    public void Execute_ReportDiagnosticsFalse_DemotesWarningsToMessages()
    {
        // arrange
        var engine = RecordingBuildEngine.Create();
        var task = NewTask(engine);
        var log = RecordingBuildEngine.EngineOf(engine);
        task.ReportDiagnostics = false;

        // act
        task.Execute();

        // assert
        Assert.That(log.Warnings, Is.Empty);
        Assert.That(log.Messages.Any(m => m.Message!.Contains("KIRO001", StringComparison.Ordinal)), Is.True);
    }

    [Test]
    public void Verify_MissingSequence_LogsErrorAndFails()
    {
        // arrange
        var engine = RecordingBuildEngine.Create();
        var task = NewTask(engine);
        var log = RecordingBuildEngine.EngineOf(engine);
        task.Verify = true;

        // act
        var ok = task.Execute();

        // assert
        Assert.That(ok, Is.False);
        Assert.That(log.Errors.Select(e => e.Code), Is.EqualTo(new[] { "KIRO007" }));
        Assert.That(File.Exists(Path.Combine(_root, "specs", "ready", "sequence.md")), Is.False);
    }

    [Test]
    public void ReportSpecDiagnostics_ReplaysTheCache()
    {
        // arrange
        Assert.That(NewTask(RecordingBuildEngine.Create()).Execute(), Is.True);
        var engine = RecordingBuildEngine.Create();
        var log = RecordingBuildEngine.EngineOf(engine);
        var replay = new ReportSpecDiagnostics { BuildEngine = engine, CacheFile = Path.Combine(_root, "obj", "cache.tsv") };

        // act
        var ok = replay.Execute();

        // assert
        Assert.That(ok, Is.True);
        Assert.That(log.Warnings.Select(w => (w.Code, w.LineNumber)), Is.EqualTo(new[] { ("KIRO001", 12) }));
    }

    private GenerateSequenceDiagrams NewTask(Microsoft.Build.Framework.IBuildEngine engine) => new()
    {
        BuildEngine = engine,
        SpecRoot = Path.Combine(_root, "specs"),
        CacheFile = Path.Combine(_root, "obj", "cache.tsv"),
        SourceDateEpoch = "1767225600",
    };
}
