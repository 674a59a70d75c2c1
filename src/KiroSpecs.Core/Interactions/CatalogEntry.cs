using KiroSpecs.Core.Sequences;

namespace KiroSpecs.Core.Interactions;

/// <summary>
/// One participant a use case can use and the words that name it in step text: its full name, and for a
/// declared person also the last word of the name when no other participant shares it ("Registered User"
/// is also "the user").
/// </summary>
internal sealed record CatalogEntry(Participant Participant, string[] NameWords, string UnspacedName, ParticipantOrigin Origin);
