namespace KiroSpecs.Core.UseCases;

/// <summary>The step (or range of steps) a branch is attached to.</summary>
public sealed record BranchAnchor(AnchorKind Kind, int FromStep, int ToStep)
{
    /// <summary>No anchor was written.</summary>
    public static BranchAnchor None { get; } = new(AnchorKind.None, 0, 0);

    /// <summary>"At any step".</summary>
    public static BranchAnchor AnyStep { get; } = new(AnchorKind.AnyStep, 0, 0);
}
