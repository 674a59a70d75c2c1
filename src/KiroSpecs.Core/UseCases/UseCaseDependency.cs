namespace KiroSpecs.Core.UseCases;

/// <summary>
/// An edge "From depends on / leads to To" read from the Use Case Dependencies section, or an include/extend
/// relation written anywhere (<see cref="Kind"/> "include", "extend" or "uses"; empty for a plain edge).
/// </summary>
public sealed record UseCaseDependency(string From, string To, string Kind = "");
