namespace KiroSpecs.Core.Sequences;

/// <summary>One step, interpreted: who talks to whom, how, and the step's own words (not yet escaped).</summary>
internal sealed record Interaction(InteractionKind Kind, Participant From, Participant To, string Text);
