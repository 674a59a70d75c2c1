namespace KiroSpecs.Core.UseCases;

/// <summary>An edge "From depends on / leads to To" read from the Use Case Dependencies section.</summary>
public sealed record UseCaseDependency(string From, string To);
