namespace KiroSpecs.Core.Sequences;

/// <summary>A participant named in a step, at word <see cref="Word"/> and covering <see cref="Length"/> words.</summary>
internal readonly record struct ParticipantMatch(Participant Participant, int Word, int Length, int CharEnd);
