namespace KiroSpecs.Core.Diagnostics;

/// <summary>
/// One problem found by a pipeline stage. <see cref="Line"/> and <see cref="Column"/> are 1-based;
/// 0 means the position is unknown. <see cref="File"/> is the full path of the file concerned.
/// </summary>
public sealed record Diagnostic(
    string Code,
    DiagnosticSeverity Severity,
    string File,
    int Line,
    int Column,
    string Message)
{
    /// <summary>Creates a diagnostic from a catalogue entry with its default severity.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, string file, int line, int column, params object[] args) =>
        new(descriptor.Code, descriptor.Severity, file, line, column, descriptor.Format(args));

    /// <inheritdoc />
    public override string ToString() => $"{File}({Line},{Column}): {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
