using KiroSpecs.Core.Diagnostics;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace KiroSpecs.Build.Tasks;

/// <summary>Turns Core diagnostics into MSBuild log events in the canonical, clickable format.</summary>
internal static class DiagnosticLog
{
    // The package page shows the README, whose diagnostics table explains every code.
    private const string HelpLinkBase = "https://www.nuget.org/packages/KiroSpecs.Build#readme-body-tab";

    /// <summary>Logs one diagnostic with its code, file, 1-based position and a help link.</summary>
    public static void Log(TaskLoggingHelper log, Diagnostic d, bool reportWarnings = true)
    {
        if (!reportWarnings && d.Severity == DiagnosticSeverity.Warning)
        {
            d = d with { Severity = DiagnosticSeverity.Info };
        }

        var helpLink = HelpLinkBase;
        switch (d.Severity)
        {
            case DiagnosticSeverity.Error:
                log.LogError(null, d.Code, null, helpLink, d.File, d.Line, d.Column, 0, 0, d.Message);
                break;
            case DiagnosticSeverity.Warning:
                log.LogWarning(null, d.Code, null, helpLink, d.File, d.Line, d.Column, 0, 0, d.Message);
                break;
            default:
                log.LogMessage(MessageImportance.Low, "{0}({1},{2}): {3}: {4}", d.File, d.Line, d.Column, d.Code, d.Message);
                break;
        }
    }
}
