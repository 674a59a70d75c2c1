using System.Globalization;

namespace KiroSpecs.Core.Diagnostics;

/// <summary>A catalogue entry: code, default severity, and message format.</summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Title, string MessageFormat)
{
    /// <summary>Formats the message with invariant culture.</summary>
    public string Format(params object[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
}
