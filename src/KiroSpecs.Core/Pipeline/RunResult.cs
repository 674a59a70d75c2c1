using System.Linq;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.Diagnostics;

namespace KiroSpecs.Core.Pipeline;

/// <summary>
/// The result of a run: per-feature outcomes (without their write plans), every diagnostic in a
/// stable order, and the files written. <see cref="Complete"/> is false when work was left undone
/// (the lock could not be taken), so the caller must not mark the build up to date.
/// </summary>
public sealed record RunResult(
    EquatableArray<FeatureOutcome> Features,
    EquatableArray<Diagnostic> RunDiagnostics,
    EquatableArray<string> WrittenFiles,
    bool Complete)
{
    /// <summary>Run-level diagnostics followed by each feature's, in feature order.</summary>
    public EquatableArray<Diagnostic> AllDiagnostics =>
        RunDiagnostics.Concat(Features.SelectMany(f => f.Diagnostics)).ToEquatableArray();

    /// <summary>Features whose sequence.md was written (or would be, in verify mode).</summary>
    public int GeneratedCount => Features.Count(f => f.Status is FeatureStatus.Generated or FeatureStatus.Stale);

    /// <summary>Features whose sequence.md already matched.</summary>
    public int UpToDateCount => Features.Count(f => f.Status == FeatureStatus.UpToDate);
}
