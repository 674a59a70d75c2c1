using System;
using System.Linq;
using System.Threading;
using KiroSpecs.Core.Diagnostics;
using KiroSpecs.Core.Pipeline;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace KiroSpecs.Build.Tasks;

/// <summary>
/// Checks approvals and regenerates sequence.md for every feature under the spec root that needs it.
/// A thin adapter: it turns parameters into a <see cref="RunRequest"/> and diagnostics into log events.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "MSBuild owns the task's lifetime and never disposes tasks; the token source holds no unmanaged resource.")]
public sealed class GenerateSequenceDiagrams : MSBuildTask, ICancelableTask
{
    private readonly CancellationTokenSource _cancel = new();

    /// <summary>The folder whose direct sub-folders are features (usually .kiro/specs).</summary>
    [Required]
    public string SpecRoot { get; set; } = string.Empty;

    /// <summary>The per-project cache file under the intermediate folder.</summary>
    [Required]
    public string CacheFile { get; set; } = string.Empty;

    /// <summary>Write nothing; report each missing or stale sequence.md as error KIRO007.</summary>
    public bool Verify { get; set; }

    /// <summary>Replace sequence.md files that were edited by hand or written by someone else.</summary>
    public bool Overwrite { get; set; }

    /// <summary>
    /// False: warnings go to the detailed log only (errors are still errors). For all but one of
    /// several projects that share a spec root, so the solution reports each warning once.
    /// </summary>
    public bool ReportDiagnostics { get; set; } = true;

    /// <summary>Inputs larger than this many bytes are skipped with KIRO205.</summary>
    public long MaxInputBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>How long to wait for another build that holds the spec-root lock.</summary>
    public int LockTimeoutSeconds { get; set; } = 60;

    /// <summary>SOURCE_DATE_EPOCH, for a reproducible updated_at in spec.json.</summary>
    public string? SourceDateEpoch { get; set; }

    /// <summary>Extra or replacement participants (<c>KiroSpecsParticipant</c> items).</summary>
    public ITaskItem[]? Participants { get; set; }

    /// <summary>The spec files written by this run.</summary>
    [Output]
    public ITaskItem[] WrittenFiles { get; private set; } = Array.Empty<ITaskItem>();

    /// <summary>False when work was left undone (lock timeout, a file that could not be read or written), so the stamp must not be touched.</summary>
    [Output]
    public bool Complete { get; private set; }

    /// <summary>How many diagnostics this run reported (the targets replay them on skipped builds only when there are any).</summary>
    [Output]
    public int DiagnosticCount { get; private set; }

    /// <inheritdoc />
    public void Cancel() => _cancel.Cancel();

    /// <inheritdoc />
    public override bool Execute()
    {
        var settings = new GenerationSettings(
            ParticipantItems.ToOptions(Participants),
            GeneratorInfo.Version,
            BuildClock.UpdatedAt(SourceDateEpoch),
            Verify,
            Overwrite,
            MaxInputBytes);
        RunResult result;
        try
        {
            result = SpecRunner.Run(new RunRequest(SpecRoot, settings, CacheFile, TimeSpan.FromSeconds(LockTimeoutSeconds)), _cancel.Token);
        }
        catch (OperationCanceledException)
        {
            Log.LogMessage(MessageImportance.Low, "KiroSpecs: cancelled.");
            return false;
        }
        catch (Exception e)
        {
            // A defect in the package must never be the reason a build crashes: report it with a
            // code, leave the stamp untouched so the next build tries again, and let the build go on.
            DiagnosticLog.Log(Log, Diagnostic.Create(DiagnosticDescriptors.InternalError, SpecRoot, 0, 0, SpecRoot, e.GetType().Name + ": " + e.Message));
            Log.LogMessage(MessageImportance.Low, e.ToString());
            Complete = false;
            return !Log.HasLoggedErrors;
        }

        var diagnostics = result.AllDiagnostics;
        foreach (var diagnostic in diagnostics)
        {
            DiagnosticLog.Log(Log, diagnostic, ReportDiagnostics);
        }

        DiagnosticCount = diagnostics.Count;

        foreach (var feature in result.Features)
        {
            Log.LogMessage(MessageImportance.Low, "KiroSpecs: {0}: {1}", feature.FeatureName, feature.Status);
        }

        if (result.WrittenFiles.Count > 0)
        {
            Log.LogMessage(
                MessageImportance.Normal,
                "KiroSpecs: generated {0} of {1} features, {2} up to date",
                result.GeneratedCount,
                result.Features.Count,
                result.UpToDateCount);
        }

        WrittenFiles = result.WrittenFiles.Select(f => (ITaskItem)new TaskItem(f)).ToArray();
        Complete = result.Complete;
        return !Log.HasLoggedErrors;
    }
}
