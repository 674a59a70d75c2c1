namespace KiroSpecs.Build.Tests.Infrastructure;

/// <summary>One warning or error line of a build's output, in MSBuild's canonical format.</summary>
internal sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Code, string Message);
