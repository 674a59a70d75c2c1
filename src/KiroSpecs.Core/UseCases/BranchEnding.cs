namespace KiroSpecs.Core.UseCases;

/// <summary>
/// How a branch ends: <see cref="Step"/> is the step the flow continues with (for
/// <see cref="EndingKind.ContinueAt"/>); <see cref="SkipFrom"/>..<see cref="SkipTo"/> are steps the branch
/// says it skips (0 when none); <see cref="Text"/> is the ending as written.
/// </summary>
public sealed record BranchEnding(EndingKind Kind, int Step, int SkipFrom, int SkipTo, string Text, SourcePosition Position)
{
    /// <summary>
    /// The ending as the author wrote it: empty for the one the package gives a flow that restates the basic flow and
    /// stops (<see cref="Restated"/>), which is no quotation.
    /// </summary>
    public static string WrittenText(UseCaseBranch branch) =>
        branch is null || string.Equals(branch.Ending.Text, Restated(branch.Id), System.StringComparison.Ordinal) ? string.Empty : branch.Ending.Text;

    /// <summary>The ending the package gives a flow that restates the basic flow and stops there: "End of &lt;id&gt;".</summary>
    internal static string Restated(string id) => "End of " + id;

    /// <summary>No ending written.</summary>
    public static BranchEnding Unspecified { get; } = new(EndingKind.Unspecified, 0, 0, 0, string.Empty, SourcePosition.None);

    /// <summary>The <see cref="Step"/> of "the use case continues" before the branch's anchor is known.</summary>
    internal const int NextStep = -1;

    /// <summary>
    /// Gives "the use case continues" its step: the first step after the anchor (one past the last step when
    /// the anchor is the last). A branch without a step anchor keeps the text and no step.
    /// </summary>
    internal static UseCaseBranch Rejoin(UseCaseBranch branch, int[] sortedOrdinals)
    {
        if (branch.Ending.Kind != EndingKind.ContinueAt || branch.Ending.Step != NextStep)
        {
            return branch;
        }

        if (branch.Anchor.Kind != AnchorKind.Step || sortedOrdinals.Length == 0)
        {
            return branch with { Ending = branch.Ending with { Kind = EndingKind.Unspecified, Step = 0 } };
        }

        var at = System.Array.BinarySearch(sortedOrdinals, branch.Anchor.ToStep + 1);
        at = at >= 0 ? at : ~at;
        var next = at < sortedOrdinals.Length ? sortedOrdinals[at] : sortedOrdinals[sortedOrdinals.Length - 1] + 1;
        return branch with { Ending = branch.Ending with { Step = next } };
    }
}
