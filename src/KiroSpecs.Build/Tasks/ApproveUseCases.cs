using System;
using KiroSpecs.Core.Diagnostics;
using KiroSpecs.Core.Pipeline;
using Microsoft.Build.Framework;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace KiroSpecs.Build.Tasks;

/// <summary>Records use-case approval for one feature (the <c>KiroSpecsApprove</c> target).</summary>
public sealed class ApproveUseCases : MSBuildTask
{
    /// <summary>The spec root.</summary>
    [Required]
    public string SpecRoot { get; set; } = string.Empty;

    /// <summary>The feature folder name.</summary>
    public string Feature { get; set; } = string.Empty;

    /// <summary>SOURCE_DATE_EPOCH, for a reproducible updated_at.</summary>
    public string? SourceDateEpoch { get; set; }

    /// <summary>How long to wait for another build holding the spec-root lock.</summary>
    public int LockTimeoutSeconds { get; set; } = 60;

    /// <inheritdoc />
    public override bool Execute()
    {
        if (string.IsNullOrWhiteSpace(Feature))
        {
            DiagnosticLog.Log(Log, Diagnostic.Create(DiagnosticDescriptors.FeatureNotNamed, SpecRoot, 0, 0));
            return false;
        }

        foreach (var diagnostic in FeatureApproval.Approve(SpecRoot, Feature.Trim(), BuildClock.UpdatedAt(SourceDateEpoch), TimeSpan.FromSeconds(LockTimeoutSeconds)))
        {
            DiagnosticLog.Log(Log, diagnostic);
        }

        if (!Log.HasLoggedErrors)
        {
            Log.LogMessage(MessageImportance.High, "KiroSpecs: use cases of '{0}' approved; the next build generates its sequence.md.", Feature.Trim());
        }

        return !Log.HasLoggedErrors;
    }
}
