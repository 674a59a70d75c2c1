using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// One step of a flow. <see cref="Number"/> is the step number as the reader sees it ("3", "3.1", "3a1");
/// <see cref="Ordinal"/> is the numeric step number for main-flow steps (0 for sub-steps and branch steps).
/// <see cref="Actor"/> is an explicit actor given in a table column, or empty.
/// </summary>
public sealed record UseCaseStep(
    string Number,
    int Ordinal,
    string Text,
    string Actor,
    SourcePosition Position,
    EquatableArray<UseCaseStep> SubSteps)
{
    /// <summary>A code block the author indents under the step (the JSON it sends), as written; empty when none.</summary>
    public string Payload { get; init; } = string.Empty;

    /// <summary>The code block's language ("json", "http"), lower case; empty when none is given.</summary>
    public string PayloadInfo { get; init; } = string.Empty;
}
