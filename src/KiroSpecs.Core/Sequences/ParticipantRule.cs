using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// A participant vocabulary entry: a step that mentions one of <see cref="Keywords"/> (whole words, any case)
/// talks to the participant <see cref="Name"/>, drawn with the short <see cref="Alias"/>. From MSBuild items
/// <c>&lt;KiroSpecsParticipant Include="Redis Cache" Alias="Cache" Keywords="redis;cache" Kind="participant|actor" /&gt;</c>.
/// A rule whose name equals a built-in entry's name (case-insensitive) replaces it; other rules are added and
/// take precedence over the built-ins.
/// </summary>
public sealed record ParticipantRule(string Name, string Alias, EquatableArray<string> Keywords, bool IsPerson);
