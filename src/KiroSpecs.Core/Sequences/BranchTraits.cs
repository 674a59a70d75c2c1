using System.Linq;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>What a branch says about how the flow goes on, as the planners read it.</summary>
internal static class BranchTraits
{
    /// <summary>"either creates only the missing documents, confirms …, or terminates": the actor chooses how it goes on.</summary>
    public static bool OffersChoice(UseCaseBranch branch) =>
        branch.Steps.Any(step => System.Text.RegularExpressions.Regex.IsMatch(step.Text, @"\beither\b.*\bor\b|\bou\b.*\bou\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value));

    /// <summary>A Cockburn extension of one step ("4a", "2b"), as opposed to a named flow or one at any step.</summary>
    public static bool IsExtensionOfOneStep(UseCaseBranch branch) =>
        branch.Anchor.Kind == AnchorKind.Step && branch.Anchor.FromStep == branch.Anchor.ToStep
        && branch.Id.Length > 1 && char.IsDigit(branch.Id[0]) && System.Text.RegularExpressions.Regex.IsMatch(branch.Id, @"^\d+[a-z]\d*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);

    /// <summary>The branch says the step did not go as written: a failure, or the step's negation ("does not fill out").</summary>
    public static bool Departs(UseCaseBranch branch, string goal) =>
        Fails(branch, goal) || System.Text.RegularExpressions.Regex.IsMatch(branch.Condition, @"\bnot\b|n't\b|^\s*no\b|\bwithout\b|\bnão\b|\bsem\b|\bnenhuma?\b|\bsin\b|\bning[uú]na?\b|\bkeine?\b|ない|なし|無し|없", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);

    /// <summary>
    /// The branch's condition or one of its steps speaks of a failure; words of the use case's own goal do not
    /// count ("cancellation occurs late" in "Cancel Appointment").
    /// </summary>
    public static bool Fails(UseCaseBranch branch, string goal) =>
        FailureWords.LooksLikeFailure(OutcomeReader.WithoutGoal(Keywords.Unquoted(branch.Condition), goal))
        || branch.Steps.Any(step => FailureWords.LooksLikeFailure(OutcomeReader.WithoutGoal(step.Text, goal)));
}
