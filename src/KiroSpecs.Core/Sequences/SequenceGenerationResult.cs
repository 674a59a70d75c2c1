using KiroSpecs.Core.Common;
using KiroSpecs.Core.Diagnostics;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// The generated sequence.md (empty when no use case was recognised), the number of use cases and of
/// sequences, whether any error flow was drawn, and the diagnostics about usecase.md.
/// </summary>
public sealed record SequenceGenerationResult(
    string Markdown,
    int UseCaseCount,
    int SequencesCount,
    bool ErrorFlowsDefined,
    EquatableArray<Diagnostic> Diagnostics);
