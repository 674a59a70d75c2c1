namespace KiroSpecs.Core.Sequences;

/// <summary>
/// One step, interpreted: who talks to whom, how, and the step's own words (not yet escaped).
/// <see cref="Answer"/> is what the called participant hands back when the verb implies an answer
/// ("looks up the price in the cache" → the cache answers "price"); drawn unnumbered right after the call.
/// </summary>
internal sealed record Interaction(InteractionKind Kind, Participant From, Participant To, string Text, string? Answer = null);
