using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>Labels for blocks and notes built from branch data (English wording of the generator).</summary>
internal static partial class FlowText
{
    /// <summary>Words of a step that speak of how a branch ends or goes on (<see cref="SpeaksOfEnding"/>).</summary>
    private const string EndingWordsPattern = @"\bsteps?\s+\d|\bcontinues?\b|\bends?\b|\breturns?\b|\bterminat|\buse case\b|\buser case\b|\bUC-?\d|\[\[|\bse\s+detiene\b|\bcaso\s+de\s+uso\b|\bcontin[úu]a\b|\bpaso\s+\d";

    private const RegexOptions EndingWordsOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const int EndingWordsTimeoutMilliseconds = KiroSpecs.Core.Common.RegexTimeout.Milliseconds;

    // Built once: asked of every step of every branch without a readable ending, the pattern was looked up in
    // the shared cache of Regex.IsMatch on each call and run by the interpreter.
#if NET
    private static readonly Regex s_endingWords = EndingWordsRegex();

    [GeneratedRegex(EndingWordsPattern, EndingWordsOptions, EndingWordsTimeoutMilliseconds)]
    private static partial Regex EndingWordsRegex();
#else
    private static readonly Regex s_endingWords = new(EndingWordsPattern, EndingWordsOptions, TimeSpan.FromMilliseconds(EndingWordsTimeoutMilliseconds));
#endif

    /// <summary>What a branch without a basic-flow step says of its place: " (starts in A1)" or " (usecase.md names no step)".</summary>
    public static string NoStep(UseCaseBranch branch) =>
        branch.Anchor.InFlow.Length > 0 ? " (starts in " + branch.Anchor.InFlow + ")" : " (usecase.md names no step)";

    public static string BranchLabel(UseCaseBranch branch, string span = "")
    {
        var head = branch.Title.Length > 0 && !string.Equals(branch.Title, branch.Condition, StringComparison.Ordinal)
            ? branch.Id + " " + branch.Title
            : branch.Id;
        var condition = branch.Condition.Length > 0 ? "if " + branch.Condition : string.Empty;
        if (branch.Condition.StartsWith("if ", StringComparison.OrdinalIgnoreCase) || branch.Condition.StartsWith("when ", StringComparison.OrdinalIgnoreCase))
        {
            condition = branch.Condition;
        }

        var where = branch.Anchor.Kind switch
        {
            AnchorKind.AnyStep => "at any step" + span,
            AnchorKind.None => string.Empty,
            _ => string.Empty,
        };
        var tail = string.Join(", ", new[] { where, condition }.Where(s => s.Length > 0));
        return tail.Length == 0 ? head : head + ": " + tail;
    }

    /// <summary>"steps 1-7" (or "step 1"): the basic flow of <paramref name="useCase"/> by its first and last step numbers as written.</summary>
    public static string BasicSpan(UseCases.UseCase useCase)
    {
        var first = useCase.Steps[0].Number;
        var last = useCase.Steps[useCase.Steps.Count - 1].Number;
        return first == last ? "step " + first : "steps " + first + "-" + last;
    }

    /// <summary>"EF-1.1 Database Connection Failed": the branch id and title without the condition.</summary>
    public static string BranchHead(UseCaseBranch branch) =>
        branch.Title.Length > 0 && !string.Equals(branch.Title, branch.Condition, StringComparison.Ordinal) ? branch.Id + " " + branch.Title : branch.Id;

    public static string Ending(BranchEnding ending)
    {
        return ending.Kind switch
        {
            EndingKind.ContinueAt => "Continue with step " + ending.Step.ToString(CultureInfo.InvariantCulture),
            EndingKind.Terminates => ending.Text.Length > 0 ? ending.Text : "Flow terminates",
            _ => string.Empty,
        };
    }

    private const string StepNumberPattern =
        @"\b(?:step|paso|passo|schritt)\s+(?<n>\d+)";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_stepNumber = StepNumberRegex();

    [System.Text.RegularExpressions.GeneratedRegex(StepNumberPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex StepNumberRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_stepNumber = new(StepNumberPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>
    /// The ending as written when, besides where the flow goes on, it says what happens at a later step ("The flow
    /// goes on at step 5 and at step 7 the status becomes Rejected"); empty otherwise.
    /// </summary>
    public static string LaterEffect(BranchEnding ending)
    {
        if (ending.Kind != EndingKind.ContinueAt || ending.Text.Length == 0)
        {
            return string.Empty;
        }

        foreach (System.Text.RegularExpressions.Match m in s_stepNumber.Matches(ending.Text))
        {
            if (int.TryParse(m.Groups["n"].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > ending.Step)
            {
                return ending.Text;
            }
        }

        return string.Empty;
    }

    public static string Range(int from, int to) =>
        from == to ? "step " + from.ToString(CultureInfo.InvariantCulture)
            : "steps " + from.ToString(CultureInfo.InvariantCulture) + "-" + to.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// True when the branch's last step is itself the ending the branch states ("4b2. The use case ends in failure; no
    /// hold is created."): drawn once, as that step.
    /// </summary>
    public static bool LastStepStatesTheEnding(KiroSpecs.Core.UseCases.UseCaseBranch branch)
    {
        var text = branch.Ending.Text;
        if (branch.Ending.Kind != KiroSpecs.Core.UseCases.EndingKind.Terminates || text.Length == 0 || branch.Steps.Count == 0)
        {
            return false;
        }

        var last = branch.Steps[branch.Steps.Count - 1].Text;
        return LettersOf(last).IndexOf(LettersOf(text), StringComparison.OrdinalIgnoreCase) >= 0;
    }

    private static string LettersOf(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// True when the branch's own steps speak of how it ends ("… or return to step 2", "continues with UC-026",
    /// "the user case ends"), although no single ending could be read: then no note says the document is silent.
    /// </summary>
    public static bool SpeaksOfEnding(KiroSpecs.Core.UseCases.UseCaseBranch branch)
    {
        foreach (var step in branch.Steps)
        {
            if (s_endingWords.IsMatch(step.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where a branch goes on: "back to step N" when N is its own step or an earlier one, "on to step N" when the
    /// branch skips ahead ("continues at step 11" from step 10 goes forward, not back).
    /// </summary>
    internal static string ToStep(UseCases.UseCaseBranch branch, int step) =>
        (branch.Anchor.Kind == UseCases.AnchorKind.Step && step > branch.Anchor.ToStep ? "on to step " : "back to step ") + step.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
