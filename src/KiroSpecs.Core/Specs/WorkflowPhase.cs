namespace KiroSpecs.Core.Specs;

/// <summary>One value of spec.json's <c>phase</c> and its place in the workflow.</summary>
/// <param name="Name">The phase as written in spec.json.</param>
/// <param name="Rank">Position in the workflow; phases with the same rank are synonyms.</param>
public sealed record WorkflowPhase(string Name, int Rank);
