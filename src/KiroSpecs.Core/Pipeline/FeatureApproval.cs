using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KiroSpecs.Core.Diagnostics;
using KiroSpecs.Core.IO;
using KiroSpecs.Core.Specs;

namespace KiroSpecs.Core.Pipeline;

/// <summary>
/// The build-time form of the workflow's interactive "y": records use-case approval in spec.json,
/// pinned to a hash of the approved usecase.md.
/// </summary>
public static class FeatureApproval
{
    /// <summary>Approves one feature. Problems come back as error diagnostics; nothing is written then.</summary>
    public static IReadOnlyList<Diagnostic> Approve(string specRoot, string featureName, string updatedAt, TimeSpan lockTimeout)
    {
        var diagnostics = new List<Diagnostic>();
        var root = Path.GetFullPath(specRoot);
        var features = FeatureDiscovery.Discover(root, diagnostics);
        var paths = features.FirstOrDefault(f => string.Equals(f.Name, featureName, StringComparison.Ordinal));
        if (paths is null)
        {
            var known = features.Count == 0 ? "none" : string.Join(", ", features.Select(f => f.Name));
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.FeatureNotFound, root, 0, 0, featureName, root, known));
            return diagnostics;
        }

        using var rootLock = SpecRootLock.TryAcquire(root, lockTimeout, default);
        if (rootLock is null)
        {
            diagnostics.Add(AsError(Diagnostic.Create(DiagnosticDescriptors.LockTimeout, root, 0, 0, root, (int)lockTimeout.TotalSeconds)));
            return diagnostics;
        }

        var snapshot = FeatureReader.Read(paths, long.MaxValue);
        diagnostics.AddRange(snapshot.ReadDiagnostics.Select(AsError));
        if (snapshot.Spec is null || snapshot.UseCase is null)
        {
            if (snapshot.ReadDiagnostics.Count == 0)
            {
                diagnostics.Add(snapshot.Spec is null
                    ? AsError(Diagnostic.Create(DiagnosticDescriptors.SpecFileMissing, paths.SpecFile, 0, 0, paths.Name, paths.SpecFile))
                    : AsError(Diagnostic.Create(DiagnosticDescriptors.UseCaseFileMissing, paths.UseCaseFile, 0, 0, paths.Name, paths.UseCaseFile)));
            }

            return diagnostics;
        }

        // Never rewrite a spec.json that is not UTF-8: its bytes would become U+FFFD (KIRO201 is reported).
        if (!snapshot.Spec.IsValidUtf8)
        {
            return diagnostics;
        }

        var read = SpecJsonReader.Read(paths.SpecFile, paths.Name, snapshot.Spec.Text);
        if (read.Error is not null)
        {
            diagnostics.Add(AsError(read.Error));
            return diagnostics;
        }

        var hash = ApprovalHash.Of(TextFileReader.NormalizeNewLines(snapshot.UseCase.Text));
        var updated = SpecJsonEditor.ApplyUseCaseApproval(snapshot.Spec.Text, hash, updatedAt);
        if (updated != snapshot.Spec.Text)
        {
            try
            {
                AtomicFileWriter.Write(paths.SpecFile, updated, snapshot.Spec.HasBom);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(AsError(Diagnostic.Create(DiagnosticDescriptors.FileAccessFailed, paths.SpecFile, 0, 0, "write", paths.SpecFile, e.Message)));
            }
        }

        return diagnostics;
    }

    private static Diagnostic AsError(Diagnostic d) => d with { Severity = DiagnosticSeverity.Error };
}
