namespace KiroSpecs.Core.UseCases;

/// <summary>What a labelled section of usecase.md holds.</summary>
internal enum SectionKind
{
    /// <summary>A label the vocabulary does not know.</summary>
    Unknown,

    /// <summary>Known free text the diagrams do not use (Overview, Goal, Trigger, Notes…).</summary>
    FreeText,
    Actors,
    Preconditions,
    Postconditions,
    BasicFlow,
    AlternativeFlows,
    ExceptionFlows,
    Extensions,
    DataElements,
    BusinessRules,
    Requirements,
    UseCaseList,
    DataSummary,
    Dependencies,
}
