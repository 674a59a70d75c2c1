namespace KiroSpecs.Core.Specs;

/// <summary>What the sequence step records in spec.json after generating sequence.md.</summary>
/// <param name="SequencesCount">Number of sequences (one per use case) in sequence.md.</param>
/// <param name="ErrorFlowsDefined">True when sequence.md holds error flows.</param>
/// <param name="UpdatedAt">The timestamp to record as <c>updated_at</c>.</param>
public sealed record SequenceMetadata(int SequencesCount, bool ErrorFlowsDefined, string UpdatedAt);
