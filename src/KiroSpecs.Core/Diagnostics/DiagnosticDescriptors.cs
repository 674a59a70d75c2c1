namespace KiroSpecs.Core.Diagnostics;

/// <summary>
/// Every diagnostic the package reports. Ranges: KIRO001–099 workflow contract,
/// KIRO100–199 usecase.md content, KIRO200–299 generation and I/O. A retired code is never reused.
/// The README's diagnostics table mirrors this file.
/// </summary>
public static class DiagnosticDescriptors
{
    /// <summary>Use-case approval is not recorded in spec.json.</summary>
    public static readonly DiagnosticDescriptor UseCaseNotApproved = new(
        "KIRO001", DiagnosticSeverity.Warning, "Use cases not approved",
        "Feature '{0}' has no recorded use-case approval, so its sequence.md is not generated. Review usecase.md, then run 'dotnet build -t:KiroSpecsApprove -p:KiroSpecsFeature={0}' or set approvals.usecase.approved to true in spec.json.");

    /// <summary>usecase.md is missing.</summary>
    public static readonly DiagnosticDescriptor UseCaseFileMissing = new(
        "KIRO002", DiagnosticSeverity.Warning, "usecase.md missing",
        "Feature '{0}' has no usecase.md; write the use cases in '{1}' before sequence diagrams can be generated.");

    /// <summary>spec.json is missing.</summary>
    public static readonly DiagnosticDescriptor SpecFileMissing = new(
        "KIRO003", DiagnosticSeverity.Warning, "spec.json missing",
        "Feature '{0}' has no spec.json; create '{1}' (the spec workflow's init step writes it) to record approvals.");

    /// <summary>spec.json is not valid JSON or has the wrong shape.</summary>
    public static readonly DiagnosticDescriptor SpecFileInvalid = new(
        "KIRO004", DiagnosticSeverity.Warning, "spec.json invalid",
        "spec.json of feature '{0}' cannot be used: {1}. Fix the file; it is left unchanged until then.");

    /// <summary>usecase.md holds no recognisable use case.</summary>
    public static readonly DiagnosticDescriptor NoUseCases = new(
        "KIRO005", DiagnosticSeverity.Warning, "No use cases found",
        "usecase.md of feature '{0}' holds no use case that can be read. Give each use case a heading such as '### UC-1: Name' with a numbered 'Basic Flow'.");
}
