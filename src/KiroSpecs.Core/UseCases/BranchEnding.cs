namespace KiroSpecs.Core.UseCases;

/// <summary>
/// How a branch ends: <see cref="Step"/> is the step the flow continues with (for
/// <see cref="EndingKind.ContinueAt"/>); <see cref="SkipFrom"/>..<see cref="SkipTo"/> are steps the branch
/// says it skips (0 when none); <see cref="Text"/> is the ending as written.
/// </summary>
public sealed record BranchEnding(EndingKind Kind, int Step, int SkipFrom, int SkipTo, string Text, SourcePosition Position)
{
    /// <summary>No ending written.</summary>
    public static BranchEnding Unspecified { get; } = new(EndingKind.Unspecified, 0, 0, 0, string.Empty, SourcePosition.None);
}
