using KiroSpecs.Core.Common;
using KiroSpecs.Core.Diagnostics;

namespace KiroSpecs.Core.Pipeline;

/// <summary>
/// What processing one feature decided: its status, diagnostics, and the writes to make
/// (spec.json first, then sequence.md). Pure data; the runner performs the writes.
/// </summary>
public sealed record FeatureOutcome(
    string FeatureName,
    FeatureStatus Status,
    int UseCaseCount,
    int SequencesCount,
    EquatableArray<Diagnostic> Diagnostics,
    PlannedWrite? SpecWrite,
    PlannedWrite? SequenceWrite);
