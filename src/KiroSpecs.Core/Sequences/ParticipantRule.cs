using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// A participant vocabulary entry: a step that mentions one of <see cref="Keywords"/> (whole words, any case)
/// talks to the participant <see cref="Name"/>, drawn with the short <see cref="Alias"/>. From MSBuild items
/// <c>&lt;KiroSpecsParticipant Include="Redis Cache" Alias="Cache" Keywords="redis;cache" Kind="participant|actor" /&gt;</c>.
/// Items are the only participants not read from usecase.md; a step that mentions a keyword addresses the item
/// before any participant it merely names.
/// </summary>
public sealed record ParticipantRule(string Name, string Alias, EquatableArray<string> Keywords, bool IsPerson);
