using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.Sequences;

/// <summary>Options of the use-case → sequence translation: user participant rules (added to the built-in vocabulary).</summary>
public sealed record TranslationOptions(EquatableArray<ParticipantRule> Participants)
{
    /// <summary>No user rules: the built-in vocabulary only.</summary>
    public static TranslationOptions Default { get; } = new(EquatableArray<ParticipantRule>.Empty);
}
