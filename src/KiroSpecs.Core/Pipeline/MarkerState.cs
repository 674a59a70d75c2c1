namespace KiroSpecs.Core.Pipeline;

/// <summary>The provenance of an existing sequence.md.</summary>
public enum MarkerState
{
    /// <summary>No marker: written by a person or another tool.</summary>
    NotGenerated,

    /// <summary>Written by the package and unchanged since.</summary>
    Unmodified,

    /// <summary>Written by the package, then edited.</summary>
    EditedByHand,
}
