namespace KiroSpecs.Core.Diagnostics;

/// <summary>How a diagnostic is reported to the host.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Shown only at detailed verbosity.</summary>
    Info,

    /// <summary>A build warning; users may promote or silence it by code.</summary>
    Warning,

    /// <summary>A build error; the build fails.</summary>
    Error,
}
