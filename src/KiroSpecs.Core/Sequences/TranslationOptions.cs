using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.Sequences;

/// <summary>Options of the use-case → sequence translation: the project's participant items (KiroSpecsParticipant).</summary>
public sealed record TranslationOptions(EquatableArray<ParticipantRule> Participants)
{
    /// <summary>No participant items: participants come from usecase.md alone.</summary>
    public static TranslationOptions Default { get; } = new(EquatableArray<ParticipantRule>.Empty);
}
