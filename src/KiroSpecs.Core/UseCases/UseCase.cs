using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// One use case as read from usecase.md. <see cref="Notes"/> are its sections the diagrams do not draw (free text,
/// unknown labels, code blocks), kept so the analysis sections can cite what they state. <see cref="Written"/> is
/// the Mermaid sequence diagram of a use case the author wrote as one instead of steps.
/// </summary>
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
    EquatableArray<SameAsReference> SameAs,
    EquatableArray<UseCaseNote> Notes,
    WrittenSequence? Written = null)
{
    /// <summary>"UC-1 Name", or the name alone when the use case has no id.</summary>
    public string DisplayName => Id.Length == 0 ? Name : Name.Length == 0 ? Id : Id + " " + Name;
}
