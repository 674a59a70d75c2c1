namespace KiroSpecs.Core.UseCases;

/// <summary>A section written as "Same as UC-1": the section's name and the use case it points to.</summary>
public sealed record SameAsReference(string Section, string UseCaseId, SourcePosition Position);
