namespace KiroSpecs.Core.Diagnostics;

/// <summary>
/// Every diagnostic the package reports. Ranges: KIRO001–099 workflow contract,
/// KIRO100–199 usecase.md content, KIRO200–299 generation and I/O. A retired code is never reused.
/// Every code the package reports is defined here once, including those the targets raise
/// themselves (their text must match); DiagnosticCatalogueTests holds the README's diagnostics
/// table, the targets and the sources to this file.
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
    /// <summary>sequence.md was edited by hand or not written by the package.</summary>
    public static readonly DiagnosticDescriptor SequenceEditedByHand = new(
        "KIRO006", DiagnosticSeverity.Warning, "sequence.md not overwritten",
        "'{0}' was {1}, so it is not overwritten. Delete it to have it generated again, or build with -p:KiroSpecsOverwrite=true to replace it.");

    /// <summary>Verify mode: sequence.md is missing or differs from what would be generated.</summary>
    public static readonly DiagnosticDescriptor SequenceOutOfDate = new(
        "KIRO007", DiagnosticSeverity.Error, "sequence.md out of date",
        "'{0}' {1}. Run 'dotnet build' without KiroSpecsVerify to regenerate it, review the change and commit it.");

    /// <summary>usecase.md changed after it was approved.</summary>
    public static readonly DiagnosticDescriptor UseCaseChangedSinceApproval = new(
        "KIRO008", DiagnosticSeverity.Warning, "Use cases changed since approval",
        "usecase.md of feature '{0}' changed since it was approved; review it and approve again with 'dotnet build -t:KiroSpecsApprove -p:KiroSpecsFeature={0}'. Its sequence.md is not regenerated until then.");

    /// <summary>KiroSpecsApprove named a feature that does not exist.</summary>
    public static readonly DiagnosticDescriptor FeatureNotFound = new(
        "KIRO009", DiagnosticSeverity.Error, "Feature not found",
        "No feature folder '{0}' under '{1}'. Pass the folder name with -p:KiroSpecsFeature=<name>; known features: {2}.");

    /// <summary>No spec root was found for a command target (KiroSpecsApprove, KiroSpecsStatus); reported by the targets.</summary>
    public static readonly DiagnosticDescriptor SpecRootNotFound = new(
        "KIRO010", DiagnosticSeverity.Error, "No spec root",
        "No .kiro/specs folder was found at or above '{0}'. Set KiroSpecsRoot to the folder that holds the feature folders.");

    /// <summary>KiroSpecsApprove was run without naming a feature.</summary>
    public static readonly DiagnosticDescriptor FeatureNotNamed = new(
        "KIRO011", DiagnosticSeverity.Error, "Feature not named",
        "Name the feature to approve: dotnet build -t:KiroSpecsApprove -p:KiroSpecsFeature=<feature folder name>.");

    /// <summary>A file could not be read or written.</summary>
    public static readonly DiagnosticDescriptor FileAccessFailed = new(
        "KIRO200", DiagnosticSeverity.Warning, "File access failed",
        "Could not {0} '{1}': {2}. Check that the file is not locked or read-only; the build goes on without it.");

    /// <summary>An input file is not valid UTF-8.</summary>
    public static readonly DiagnosticDescriptor NotUtf8 = new(
        "KIRO201", DiagnosticSeverity.Warning, "Not UTF-8",
        "'{0}' is not valid UTF-8; invalid bytes were read as U+FFFD. Save the file as UTF-8.");

    /// <summary>A feature folder is a link that leaves the spec root.</summary>
    public static readonly DiagnosticDescriptor FeatureOutsideRoot = new(
        "KIRO202", DiagnosticSeverity.Warning, "Feature folder outside the spec root",
        "Feature folder '{0}' is a link to '{1}', outside the spec root; it is skipped so that the build never writes outside '{2}'.");

    /// <summary>The spec root exists but is not a folder.</summary>
    public static readonly DiagnosticDescriptor SpecRootNotFolder = new(
        "KIRO203", DiagnosticSeverity.Warning, "Spec root is not a folder",
        "'{0}' is a file, not a folder; no specs are processed. Remove it or set KiroSpecsRoot to the folder that holds the feature folders.");

    /// <summary>The spec root does not exist (only possible when KiroSpecsRoot is set explicitly).</summary>
    public static readonly DiagnosticDescriptor SpecRootMissing = new(
        "KIRO206", DiagnosticSeverity.Warning, "Spec root missing",
        "The spec root '{0}' does not exist; no specs are processed. Check KiroSpecsRoot.");

    /// <summary>Another build held the spec-root lock too long.</summary>
    public static readonly DiagnosticDescriptor LockTimeout = new(
        "KIRO204", DiagnosticSeverity.Warning, "Spec root busy",
        "Another build kept the specs under '{0}' locked for more than {1} seconds; nothing was written in this build. Build again when the other build has finished.");

    /// <summary>An input file is too large to process.</summary>
    public static readonly DiagnosticDescriptor InputTooLarge = new(
        "KIRO205", DiagnosticSeverity.Warning, "Input too large",
        "'{0}' is {1} bytes, more than KiroSpecsMaxInputBytes ({2}); the feature is skipped. Split the document or raise the limit.");

    /// <summary>Unexpected failure while processing one feature ({0}: its name) or the whole spec root ({0}: its path).</summary>
    public static readonly DiagnosticDescriptor InternalError = new(
        "KIRO299", DiagnosticSeverity.Warning, "Internal error",
        "'{0}' could not be processed because of an internal error ({1}); its files were left unchanged. Please report this with the usecase.md concerned.");

    /// <summary>A use case has no step the generator can read.</summary>
    public static readonly DiagnosticDescriptor UseCaseWithoutSteps = new(
        "KIRO101", DiagnosticSeverity.Warning, "Use case has no steps",
        "Use case '{0}' has no steps that can be read, so its success flow is empty. Write its flow as a numbered list under a heading such as '#### Basic Flow'.");

    /// <summary>A flow refers to a step number the basic flow does not have.</summary>
    public static readonly DiagnosticDescriptor StepReferenceMissing = new(
        "KIRO102", DiagnosticSeverity.Warning, "Flow refers to a missing step",
        "'{0}' of use case '{1}' refers to step {2}, which the basic flow does not have (it has steps {3}). Correct the step number.");

    /// <summary>Two use cases have the same id.</summary>
    public static readonly DiagnosticDescriptor DuplicateUseCaseId = new(
        "KIRO103", DiagnosticSeverity.Warning, "Duplicate use-case id",
        "Use-case id '{0}' is also used at line {1}. Give each use case its own id; both are generated, but references to '{0}' are ambiguous.");

    /// <summary>A section label inside a use case is not one the generator knows.</summary>
    public static readonly DiagnosticDescriptor UnknownSection = new(
        "KIRO104", DiagnosticSeverity.Warning, "Section not recognised",
        "Section '{0}' of use case '{1}' is not recognised, so its content is not used in sequence.md. Rename it to a known section (Actors, Preconditions, Basic Flow, Alternative Flows, Exception Flows, Postconditions, Data Elements, Business Rules, Non-Functional Requirements) or ignore this warning.");

    /// <summary>A branch says neither at which step it applies nor "at any step".</summary>
    public static readonly DiagnosticDescriptor BranchWithoutAnchor = new(
        "KIRO105", DiagnosticSeverity.Warning, "Flow without a step",
        "'{0}' of use case '{1}' does not say at which step it applies, and no step of the basic flow shares its words, so it is drawn after the last step, marked 'usecase.md names no step'. Start it with 'At step N, if …' or 'At any step, if …'.");

    /// <summary>Content of a flow section that is not a step.</summary>
    public static readonly DiagnosticDescriptor UnreadableFlowContent = new(
        "KIRO106", DiagnosticSeverity.Warning, "Flow content not read",
        "Text in '{0}' of use case '{1}' is not a step and is not shown in the diagrams: '{2}'. Write steps as numbered list items.");

    /// <summary>A branch with neither steps nor an ending.</summary>
    public static readonly DiagnosticDescriptor BranchWithoutSteps = new(
        "KIRO107", DiagnosticSeverity.Warning, "Flow without steps",
        "'{0}' of use case '{1}' has no steps and no ending, so its diagram only shows the condition. Add what happens as list items under it.");

    /// <summary>The prose beside a use case's steps states a failure that no flow of it draws.</summary>
    public static readonly DiagnosticDescriptor ProseFailureNotDrawn = new(
        "KIRO109", DiagnosticSeverity.Warning, "Failure in prose not drawn",
        "Use case '{0}' states a failure in prose that its diagrams do not draw: '{1}'. It is quoted under Error Scenario Coverage; to have it drawn, write it as an exception flow ('At step N, if …').");

    /// <summary>usecase.md nests lists, quotes or inline markup deeper than the Markdown parser accepts.</summary>
    public static readonly DiagnosticDescriptor UseCaseNestedTooDeeply = new(
        "KIRO108", DiagnosticSeverity.Warning, "usecase.md nested too deeply",
        "'{0}' nests lists, block quotes, brackets or emphasis too deeply to be read, so no use case is taken from it. Reduce the nesting (a few levels are plenty).");

    /// <summary>usecase.md could not be interpreted because of an unexpected problem.</summary>
    public static readonly DiagnosticDescriptor UseCaseUnreadable = new(
        "KIRO199", DiagnosticSeverity.Warning, "usecase.md could not be interpreted",
        "usecase.md could not be interpreted ({0}), so no sequence.md is generated. Please report this with the file attached.");
}
