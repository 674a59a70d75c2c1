namespace KiroSpecs.Core.Pipeline;

/// <summary>Where a feature stands after a run.</summary>
public enum FeatureStatus
{
    /// <summary>spec.json or usecase.md is missing, unreadable or invalid.</summary>
    Incomplete,

    /// <summary>Use cases are not approved.</summary>
    NotApproved,

    /// <summary>usecase.md changed after approval.</summary>
    ChangedSinceApproval,

    /// <summary>usecase.md holds no readable use case.</summary>
    NoUseCases,

    /// <summary>sequence.md was edited by hand and was left alone.</summary>
    EditedByHand,

    /// <summary>sequence.md already holds what would be generated.</summary>
    UpToDate,

    /// <summary>sequence.md was (or, in verify mode, would be) written.</summary>
    Generated,

    /// <summary>Verify mode: sequence.md is missing or differs.</summary>
    Stale,
}
