using KiroSpecs.Core.Common;
using KiroSpecs.Core.Diagnostics;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// Everything read from one usecase.md: its title, document-level actors (with descriptions), use cases,
/// use-case dependencies (from/to ids, include/extend relations) and the diagnostics raised while reading.
/// </summary>
public sealed record UseCaseDocument(
    string Title,
    EquatableArray<UseCaseActor> Actors,
    EquatableArray<UseCase> UseCases,
    EquatableArray<UseCaseDependency> Dependencies,
    EquatableArray<Diagnostic> Diagnostics)
{
    /// <summary>
    /// Requirements, rules and acceptance criteria written for the whole document (outside any use case): they
    /// apply to every use case.
    /// </summary>
    public EquatableArray<UseCaseNote> Requirements { get; init; } = EquatableArray<UseCaseNote>.Empty;

    /// <summary>Data elements the document states outside any use case ("## Data we store"): data of every use case.</summary>
    public EquatableArray<DataElement> DataElements { get; init; } = EquatableArray<DataElement>.Empty;

    /// <summary>
    /// The changes of status the document states beside its flows (a lifecycle chain or table), in its order, and the
    /// sentences about those statuses that state no change (a transition with no statuses, see <see cref="StatusTransition"/>).
    /// </summary>
    public EquatableArray<StatusTransition> Lifecycle { get; init; } = EquatableArray<StatusTransition>.Empty;
}
