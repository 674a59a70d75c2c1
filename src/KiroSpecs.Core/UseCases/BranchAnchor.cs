namespace KiroSpecs.Core.UseCases;

/// <summary>The step (or range of steps) a branch is attached to.</summary>
public sealed record BranchAnchor(AnchorKind Kind, int FromStep, int ToStep)
{
    /// <summary>
    /// True when usecase.md names no step for the branch and the package placed it by its words (the diagrams
    /// draw it there; the analysis sections do not cite the step as the author's).
    /// </summary>
    public bool Inferred { get; init; }

    /// <summary>
    /// For an inferred anchor, the use case or rule id the branch shares with that one step ("If UC-04 ends with a
    /// timeout" at "retrieves the booking (include UC-04)"); empty when the branch was placed by its words.
    /// </summary>
    public string SharedId { get; init; } = string.Empty;

    /// <summary>
    /// The other flow the branch starts in ("At step 1 of A1" gives "A1"): the author names no step of the basic flow,
    /// so the branch is not placed on one by its words. Empty otherwise.
    /// </summary>
    public string InFlow { get; init; } = string.Empty;

    /// <summary>No anchor was written.</summary>
    public static BranchAnchor None { get; } = new(AnchorKind.None, 0, 0);

    /// <summary>"At any step".</summary>
    public static BranchAnchor AnyStep { get; } = new(AnchorKind.AnyStep, 0, 0);
}
