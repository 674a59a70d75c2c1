using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.UseCases;

/// <summary>One use case as read from usecase.md.</summary>
public sealed record UseCase(
    string Id,
    string Name,
    SourcePosition Position,
    EquatableArray<UseCaseActor> Actors,
    EquatableArray<LabeledText> Preconditions,
    EquatableArray<UseCaseStep> Steps,
    EquatableArray<UseCaseBranch> Branches,
    EquatableArray<LabeledText> Postconditions,
    EquatableArray<DataElement> DataElements,
    EquatableArray<LabeledText> BusinessRules,
    EquatableArray<LabeledText> Requirements,
    EquatableArray<SameAsReference> SameAs)
{
    /// <summary>"UC-1 Name", or the name alone when the use case has no id.</summary>
    public string DisplayName => Id.Length == 0 ? Name : Name.Length == 0 ? Id : Id + " " + Name;
}
