using KiroSpecs.Core.Pipeline;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace KiroSpecs.Build.Tasks;

/// <summary>
/// Replays the diagnostics of the last generation from the cache when MSBuild skipped the
/// generating target as up to date: MSBuild does not replay warnings of skipped targets, and the
/// approval gate must hold on every build.
/// </summary>
public sealed class ReportSpecDiagnostics : MSBuildTask
{
    /// <summary>The per-project cache file written by <see cref="GenerateSequenceDiagrams"/>.</summary>
    public string CacheFile { get; set; } = string.Empty;

    /// <inheritdoc />
    public override bool Execute()
    {
        var cache = GenerationCache.Load(CacheFile);
        if (cache is null)
        {
            return true;
        }

        foreach (var diagnostic in cache.RunDiagnostics)
        {
            DiagnosticLog.Log(Log, diagnostic);
        }

        var names = new System.Collections.Generic.List<string>(cache.Entries.Keys);
        names.Sort(System.StringComparer.Ordinal);
        foreach (var name in names)
        {
            foreach (var diagnostic in cache.Entries[name].Outcome.Diagnostics)
            {
                DiagnosticLog.Log(Log, diagnostic);
            }
        }

        return !Log.HasLoggedErrors;
    }
}
