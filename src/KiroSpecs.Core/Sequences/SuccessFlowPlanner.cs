using System.Collections.Generic;
using System.Linq;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.UseCases;

using KiroSpecs.Core.Interactions;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// The success flow: every basic step in order; each alternative flow as an <c>alt</c> block right after the
/// step it names, with the basic steps it skips in the <c>else</c> branch (or an <c>opt</c> block when it
/// skips nothing); alternatives "at any step" as <c>opt</c> blocks at the end.
/// </summary>
internal sealed partial class SuccessFlowPlanner
{
    private readonly UseCase _useCase;
    private readonly InteractionModel _participants;
    private readonly SequenceDiagramWriter _writer;
    private readonly List<UseCaseBranch> _alternatives;

    // By reference: a branch is a record, and hashing one hashes all of its steps.
    private readonly HashSet<UseCaseBranch> _placed = new(ByReference<UseCaseBranch>.Instance);

    // The alternatives at each step, in document order: by the step they follow (ToStep) and by the step they
    // may replace (FromStep), so placing n alternatives along n steps is linear, not n².
    private readonly Dictionary<int, List<UseCaseBranch>> _byToStep = new();
    private readonly Dictionary<int, List<UseCaseBranch>> _byFromStep = new();
    private readonly Dictionary<UseCaseBranch, bool> _replaces = new(ByReference<UseCaseBranch>.Instance);

    // Each alt/else nests the steps it skips one level deeper (and recurses here). Past this depth the
    // remaining alternatives are drawn as opt blocks: a document with thousands of chained alternatives
    // must not overflow the stack of the build, nor Mermaid's parser.
    private const int MaxNesting = 12;
    private int _nesting;

    private readonly System.Threading.CancellationToken _cancellationToken;

    private SuccessFlowPlanner(UseCase useCase, InteractionModel participants, SequenceDiagramWriter writer, System.Threading.CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
        _useCase = useCase;
        _participants = participants;
        _writer = writer;
        _alternatives = useCase.Branches.Where(b => b.Kind == BranchKind.Alternative).ToList();
        foreach (var branch in _alternatives)
        {
            if (branch.Anchor.Kind == AnchorKind.Step)
            {
                // "FA-03 (step 6) … skips steps 8 and 9 and goes on at step 10": step 7 still happens, so the branch
                // is drawn where what it skips begins.
                var skipFrom = branch.Ending.SkipFrom;
                var at = skipFrom > branch.Anchor.ToStep + 1 && useCase.Steps.Any(s => s.Ordinal == skipFrom - 1) ? skipFrom - 1 : branch.Anchor.ToStep;
                Add(_byToStep, at, branch);
                Add(_byFromStep, branch.Anchor.FromStep, branch);
            }
            else if (branch.Anchor.Kind == AnchorKind.AnyStep && BeforeStep(branch) is var before and > 1)
            {
                // "*a. At any time before step 7, the customer leaves": drawn before step 7, its last chance, not
                // after the last step.
                Add(_byBeforeStep, before, branch);
            }
        }
    }

    private readonly Dictionary<int, List<UseCaseBranch>> _byBeforeStep = new();

    private const string BeforeStepPattern =
        @"\b(?:before|prior\s+to)\s+(?:the\s+)?step\s+(?<n>\d+)|\bantes\s+(?:del|do|de)\s+(?:paso|passo)\s+(?<n>\d+)|\bvor\s+schritt\s+(?<n>\d+)";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_beforeStep = BeforeStepRegex();

    [System.Text.RegularExpressions.GeneratedRegex(BeforeStepPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex BeforeStepRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_beforeStep = new(BeforeStepPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>The step an "at any step" branch can happen before ("before step 7"), else 0.</summary>
    private static int BeforeStep(UseCaseBranch branch)
    {
        var m = UseCases.TextPatterns.SafeMatch(s_beforeStep, branch.Condition + " " + branch.Title);
        return m is not null && int.TryParse(m.Groups["n"].Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
    }

    private static void Add(Dictionary<int, List<UseCaseBranch>> index, int step, UseCaseBranch branch)
    {
        if (!index.TryGetValue(step, out var list))
        {
            list = new List<UseCaseBranch>(1);
            index.Add(step, list);
        }

        list.Add(branch);
    }

    private static readonly List<UseCaseBranch> s_none = new();

    private static List<UseCaseBranch> At(Dictionary<int, List<UseCaseBranch>> index, int step) =>
        index.TryGetValue(step, out var list) ? list : s_none;

    public static string Render(UseCase useCase, InteractionModel participants, System.Threading.CancellationToken cancellationToken = default)
    {
        var (writer, leading) = Plan(useCase, participants, cancellationToken);
        return writer.Render(leading);
    }

    /// <summary>The diagram written in place as a block of <paramref name="md"/> (see <see cref="SequenceDiagramWriter.Render(MarkdownBuilder, IEnumerable{Participant})"/>).</summary>
    public static void Render(MarkdownBuilder md, UseCase useCase, InteractionModel participants, System.Threading.CancellationToken cancellationToken)
    {
        var (writer, leading) = Plan(useCase, participants, cancellationToken);
        writer.Render(md, leading);
    }

    private static (SequenceDiagramWriter Writer, List<Participant?> Leading) Plan(UseCase useCase, InteractionModel participants, System.Threading.CancellationToken cancellationToken)
    {
        var writer = new SequenceDiagramWriter();
        var planner = new SuccessFlowPlanner(useCase, participants, writer, cancellationToken);
        planner.Run();
        var leading = new List<Participant?> { participants.Initiator, participants.System };
        leading.AddRange(participants.Actors);
        return (writer, leading);
    }

    private void Run()
    {
        var steps = _useCase.Steps;
        if (steps.Count == 0 && _useCase.Written is { } written)
        {
            WrittenDiagram.Draw(_writer, written, _participants);
            return;
        }

        if (steps.Count == 0)
        {
            _writer.Note(_participants.NoteOwner, null, "usecase.md gives no steps for this use case");
        }
        else if (Trigger(_useCase) is { Length: > 0 } trigger && !RestatesAStep(trigger, steps))
        {
            // What starts the flow, in the author's words, where the flow starts.
            _writer.Note(_participants.Initiator ?? _participants.System, null, "Trigger: " + trigger);
        }

        RenderRange(0, steps.Count - 1);
        foreach (var branch in _alternatives)
        {
            if (_placed.Contains(branch))
            {
                continue;
            }

            _placed.Add(branch);
            Optional(branch, FlowText.BranchLabel(branch) + (branch.Anchor.Kind == AnchorKind.Step ? " (" + FlowText.Range(branch.Anchor.FromStep, branch.Anchor.ToStep) + ")"
                : branch.Anchor.Kind == AnchorKind.None ? FlowText.NoStep(branch) : string.Empty));
        }
    }

    private void RenderRange(int first, int last)
    {
        var steps = _useCase.Steps;
        for (var i = first; i <= last && i < steps.Count; i++)
        {
            if ((i & 255) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            var step = steps[i];
            foreach (var early in At(_byBeforeStep, step.Ordinal))
            {
                if (_placed.Add(early))
                {
                    var label = FlowText.BranchLabel(early);
                    label = s_beforeStep.IsMatch(label) ? label : label + " (before step " + step.Ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
                    if (EndsTheFlow(early) && _nesting < MaxNesting)
                    {
                        // "*a. The session expires at any time before step 6: … the use case ends in failure": the
                        // rest of the flow happens only otherwise.
                        InsteadOf(new List<UseCaseBranch> { early }, i, last, label);
                        return;
                    }

                    Optional(early, label);
                }
            }

            var replacing = _nesting < MaxNesting ? ReplacingBranch(step) : null;
            if (replacing is not null)
            {
                // "At step 4, if the check is disabled: System skips the check; continue with step 5": the
                // branch happens instead of step 4, so step 4 is the else branch.
                _placed.Add(replacing);
                var until = ReplacedUntil(replacing, i, last);
                var arms = new List<UseCaseBranch> { replacing };

                // Other branches instead of the same steps ("1a. fields left empty", "1b. credentials do not match"):
                // further arms of the one alt.
                while (ReplacingBranch(step) is { } other && ReplacedUntil(other, i, last) == until)
                {
                    _placed.Add(other);
                    arms.Add(other);
                }

                if (until > i && ChecksFirst(step))
                {
                    // "4. System checks the patron's standing with the Catalog Service" / "4b. Patron owes $10 or more":
                    // the check runs, and what it finds decides the steps after it.
                    StepRenderer.Main(_writer, step, _participants);
                    InsteadOf(arms, i + 1, until);
                }
                else
                {
                    InsteadOf(arms, i, until);
                }

                i = until;
                continue;
            }

            if (ConditionalRun(i, last) is var runEnd && runEnd > i)
            {
                // "3. Se timeLimit definido → cronômetro regressivo" / "4. Se sem limite → cronômetro progressivo":
                // steps that each open with a condition are the arms of one choice.
                for (var k = i; k <= runEnd; k++)
                {
                    var condition = StepRenderer.ConditionOf(steps[k].Text);
                    if (k == i)
                    {
                        _writer.Open("alt", condition);
                    }
                    else
                    {
                        _writer.Else("else", condition);
                    }

                    StepRenderer.Main(_writer, steps[k], _participants, inChoice: true);
                }

                _writer.Close();
                i = runEnd;
                continue;
            }

            var next = i + 1;
            var wentOn = StepRenderer.Main(_writer, step, _participants, goOn: next <= last && _nesting < MaxNesting ? () =>
            {
                _nesting++;
                RenderRange(next, last);
                _nesting--;
            }
            : null);
            if (wentOn)
            {
                // The rest of the flow was drawn inside the arm of the step's choice that goes on.
                break;
            }

            if (step.Ordinal == 0)
            {
                continue;
            }

            // The branches at this step: those that rejoin at once are opt blocks; those that skip steps are one
            // alt block, one arm each when they skip the same steps (two ways the step can fail), the skipped
            // steps in the last arm.
            List<(UseCaseBranch Branch, int First, int Last)>? skipping = null;
            List<UseCaseBranch>? goingBack = null;
            foreach (var branch in At(_byToStep, step.Ordinal))
            {
                if (_placed.Contains(branch))
                {
                    continue;
                }

                // Past the nesting limit the branch is an opt block whatever it skips: the range is not looked for.
                var (skipFirst, skipLast) = _nesting < MaxNesting ? SkippedRange(branch, i, last) : (1, 0);
                if (skipFirst <= skipLast)
                {
                    (skipping ??= new()).Add((branch, skipFirst, skipLast));
                    continue;
                }

                if (_nesting < MaxNesting && GoesBack(branch, step))
                {
                    // "A1 … continues at step 4" at step 5: decided once it is known whether the step has an alt.
                    (goingBack ??= new()).Add(branch);
                    continue;
                }

                _placed.Add(branch);
                Optional(branch, FlowText.BranchLabel(branch));
            }

            if (goingBack is not null && skipping is null)
            {
                goingBack = goingBack.OrderBy(IndexOfBranch).ToList();
                if (goingBack.Count >= 2 && i + 1 <= last)
                {
                    // "2a … back to step 2" and "2b … back to step 2": two ways the step turns out, neither going on
                    // to step 3, so arms of one alt with the rest of the flow as its otherwise.
                    InsteadOf(goingBack, i + 1, last);
                    i = last;
                    continue;
                }

                foreach (var branch in goingBack)
                {
                    _placed.Add(branch);
                    Optional(branch, FlowText.BranchLabel(branch));
                }
            }

            if (skipping is not null)
            {
                // Branches that skip different steps from here nest, the one that skips most outside: "FA-01 …
                // continues in UC-03" (all the rest) holds "FA-02 … goes on at step 5" (step 4) in its otherwise arm.
                var groups = skipping.GroupBy(s => s.Last).OrderByDescending(g => g.Key).ToList();
                Nested(0);
                i = groups[0].Key;

                void Nested(int g)
                {
                    var arms = groups[g].Select(s => s.Branch).ToList();
                    if (g == 0 && goingBack is not null)
                    {
                        // "A1 username taken … continues at step 4" beside "A2 email registered … or ends", both at
                        // step 5: ways the same step turns out, none of which goes on to step 6, so arms of one alt,
                        // in the author's order.
                        arms = arms.Concat(goingBack).OrderBy(IndexOfBranch).ToList();
                    }
                    if (g + 1 == groups.Count)
                    {
                        InsteadOf(arms, i + 1, groups[g].Key);
                        return;
                    }

                    InsteadOf(arms, i + 1, groups[g].Key, inner: () =>
                    {
                        Nested(g + 1);
                        RenderRange(groups[g + 1].Key + 1, groups[g].Key);
                    });
                }
            }
        }
    }

    /// <summary>
    /// The last index of a run of two or more basic steps from <paramref name="at"/> that each open with a condition
    /// and carry no sub-steps and no branch of their own; <paramref name="at"/> when there is none.
    /// </summary>
    private int ConditionalRun(int at, int last)
    {
        var steps = _useCase.Steps;
        var end = at - 1;
        while (end + 1 <= last && end + 1 < steps.Count && _nesting < MaxNesting)
        {
            var step = steps[end + 1];
            if (step.SubSteps.Count > 0 || step.Ordinal == 0 || StepRenderer.ConditionOf(step.Text).Length == 0
                || At(_byToStep, step.Ordinal).Count > 0 || At(_byFromStep, step.Ordinal).Count > 0 || At(_byBeforeStep, step.Ordinal).Count > 0)
            {
                break;
            }

            end++;
        }

        return end > at ? end : at;
    }

    /// <summary>One alt block: an arm per branch taken instead of the basic steps first..last, those steps in the last arm.</summary>
    private void InsteadOf(List<UseCaseBranch> arms, int first, int last, string? firstLabel = null, System.Action? inner = null)
    {
        for (var a = 0; a < arms.Count; a++)
        {
            _placed.Add(arms[a]);
            if (a == 0)
            {
                _writer.Open("alt", firstLabel ?? FlowText.BranchLabel(arms[a]));
            }
            else
            {
                _writer.Else("else", FlowText.BranchLabel(arms[a]));
            }

            RenderBranchBody(arms[a]);
        }

        var steps = _useCase.Steps;
        _writer.Else("else", "otherwise: " + FlowText.Range(steps[first].Ordinal, steps[last].Ordinal));
        _nesting++;
        if (inner is null)
        {
            RenderRange(first, last);
        }
        else
        {
            // Narrower branches from the same step, then the rest of the range.
            inner();
        }

        _nesting--;
        _writer.Close();
    }

    /// <summary>Where the author wrote the branch among the use case's branches.</summary>
    private int IndexOfBranch(UseCaseBranch branch)
    {
        for (var b = 0; b < _useCase.Branches.Count; b++)
        {
            if (ReferenceEquals(_useCase.Branches[b], branch))
            {
                return b;
            }
        }

        return int.MaxValue;
    }

    /// <summary>A branch that goes back to its own step or an earlier one ("continue at step 4" from step 5).</summary>
    private bool GoesBack(UseCaseBranch branch, UseCaseStep step)
    {
        if (branch.Ending.Kind == EndingKind.ContinueAt)
        {
            return branch.Ending.Step > 0 && branch.Ending.Step <= step.Ordinal;
        }

        // "Use case continues at step 4 or ends": back, or out; never on to the next step.
        return branch.Ending.Kind == EndingKind.Unspecified && OutcomeReader.Of(branch, _useCase.Name) == FlowOutcome.RejoinsOrEnds
            && OutcomeReader.ContinueStep(branch) is > 0 and var back && back <= step.Ordinal;
    }

    /// <summary>
    /// A branch that ends the use case, goes on in another use case ("Continúa en CU-03"), or fails without saying
    /// how the flow goes on (and offers no choice): the steps after its own happen only otherwise.
    /// </summary>
    private bool EndsTheFlow(UseCaseBranch branch) =>
        branch.Ending.Kind == EndingKind.Terminates
        || OutcomeReader.Of(branch, _useCase.Name) == FlowOutcome.ContinuesElsewhere
        || BranchTraits.FailsWithoutSayingHowItGoesOn(branch, _useCase.Name);

    private static readonly string[] s_anyTime = { "at any time", "at any moment", "anytime", "en cualquier momento", "a qualquer momento", "em qualquer momento", "jederzeit", "à tout moment" };

    /// <summary>A branch over a range of steps, or one whose first step says it may happen at any time.</summary>
    private static bool IsAtAnyTime(UseCaseBranch branch) =>
        (branch.Anchor.Kind == AnchorKind.Step && branch.Anchor.ToStep > branch.Anchor.FromStep && !branch.Anchor.Inferred)
        || Keywords.Any(branch.Steps[0].Text, s_anyTime);

    /// <summary>The index of the last basic step a branch that replaces step <paramref name="at"/> stands for.</summary>
    private int ReplacedUntil(UseCaseBranch branch, int at, int last)
    {
        var steps = _useCase.Steps;
        var ending = branch.Ending;
        if (EndsTheFlow(branch))
        {
            return System.Math.Min(last, steps.Count - 1);
        }

        var until = at;
        for (var j = at + 1; ending.Kind == EndingKind.ContinueAt && j <= last && j < steps.Count && steps[j].Ordinal < ending.Step; j++)
        {
            until = j;
        }

        return until;
    }

    private static readonly string[] s_checkVerbs =
    {
        "checks", "verifies", "validates", "looks", "queries", "consults", "compares", "evaluates", "determines", "searches",
        "verifica", "valida", "consulta", "comprueba", "confere", "checa", "prüft", "überprüft", "vérifie", "contrôle",
    };

    /// <summary>A step in which a system checks or looks something up: what it finds is the branch's condition.</summary>
    private bool ChecksFirst(UseCaseStep step) =>
        _participants.For(step) is { From.IsPerson: false } own && own.Kind != InteractionKind.Note
        && Words.Of(own.Text) is { Count: > 1 } words && System.Array.IndexOf(s_checkVerbs, words[0]) >= 0;

    /// <summary>An unplaced alternative at this step whose first step skips or bypasses work: it replaces the step.</summary>
    private UseCaseBranch? ReplacingBranch(UseCaseStep step)
    {
        if (step.Ordinal == 0)
        {
            return null;
        }

        foreach (var branch in At(_byFromStep, step.Ordinal))
        {
            if (_placed.Contains(branch) || branch.Steps.Count == 0 || IsAtAnyTime(branch))
            {
                // "FA-01 (pasos 6 a 8): El solicitante puede pulsar «Guardar borrador» en cualquier momento": something that
                // may happen at any moment of those steps is drawn after the step, not in its place.
                continue;
            }

            if (BranchTraits.IsExtensionOfOneStep(branch) && (BranchTraits.Departs(branch, _useCase.Name) || SystemStepEndsInFailure(branch, step))
                && !(branch.Ending.Kind == EndingKind.ContinueAt && branch.Ending.Step <= step.Ordinal) && !HappenedBeforeTheBranch(branch, step))
            {
                // "4a. No templates are configured: … the use case ends": the extension is what happens at step 4
                // instead of it, so step 4 is drawn in the else arm, not before the failure.
                return branch;
            }

            if (branch.Condition.Length > 0 && Contradicts(branch.Condition, step) && !HappenedBeforeTheBranch(branch, step))
            {
                // "3. The PMS returns the record" / "At step 3, if no record exists"; "5. System finds that no copy is on
                // the shelf" / "5a. A copy is on the shelf": the branch is the other outcome of the step, which is
                // drawn in the else arm.
                return branch;
            }

            if (_participants.For(step) is { From.IsPerson: false } made && BranchTraits.FindsItMadeAlready(branch, made.Text) && !HappenedBeforeTheBranch(branch, step))
            {
                // "3. Sistema cria registro de matrícula" / "3a. Já matriculado → … sem duplicar matrícula": what the
                // step would make exists already, so the system does the branch instead.
                return branch;
            }

            if ((DoesSomethingElse(branch, step) || IsUnavailable(branch, step) || StaysSilent(branch, step)) && !HappenedBeforeTheBranch(branch, step))
            {
                // "3. El solicitante adjunta los documentos" / "FA-01 (paso 3) El solicitante retira la solicitud": the
                // person of the step does something else there, so the step is the else arm.
                return branch;
            }

            if (branch.Ending.Kind == EndingKind.Terminates)
            {
                continue;
            }

            if (branch.Condition.Length > 0 && AnswersOtherwise(branch, step))
            {
                // "5. The PMS returns one matching appointment" / "At step 5, if the PMS returns several": the same
                // answer with another content; the branch is that answer, so step 5 is the else arm.
                return branch;
            }

            if (branch.Ending.Kind == EndingKind.ContinueAt && branch.Ending.Step <= step.Ordinal)
            {
                continue;
            }

            if (!_replaces.TryGetValue(branch, out var replaces))
            {
                replaces = OpensWithReplacingVerb(branch);
                _replaces.Add(branch, replaces);
            }

            if (replaces && ContentWords(branch.Steps[0].Text).Overlaps(ContentWords(step.Text)))
            {
                // "skips the database ping" at "performs a database ping": that step is what is skipped. "Skips
                // payment" at "returns the copay amount" skips a later step: the step itself was taken.
                return branch;
            }

            // "At step 3, if degraded: System still returns HTTP 200": the same actor doing the same thing
            // another way is the step, replaced.
            if (SameActorAndVerb(branch.Steps[0].Text, step.Text) || DoesALaterClauseOtherwise(branch.Steps[0].Text, step.Text))
            {
                return branch;
            }

            if (TakesAnotherWay(branch, step))
            {
                // "4. The Passenger selects "Interim expenses" and adds …" / "A1 (at step 4): Claim for a lost bag — the
                // Passenger lists the bag … The flow resumes at step 7": the person of the step goes another way through
                // the steps the branch skips; "selects … instead of marking it missing" says so in words.
                return branch;
            }

            // "2. System displays the deadlines" / "No deadlines → Inform the user": the branch answers the same
            // person in the step's place.
            var own = _participants.For(step);
            var instead = _participants.For(branch.Steps[0]);
            if (own.Kind == InteractionKind.Return && instead.Kind == InteractionKind.Return && ReferenceEquals(own.From, instead.From)
                && ReferenceEquals(own.To, instead.To) && BranchTraits.Departs(branch, _useCase.Name))
            {
                return branch;
            }
        }

        return null;
    }

    /// <summary>
    /// A branch whose first step says it is done "instead of" something, or in which the person of the step acts and that resumes
    /// past the next step: another way through the steps it skips, not something after the step.
    /// </summary>
    private bool TakesAnotherWay(UseCaseBranch branch, UseCaseStep step)
    {
        if (Keywords.Any(branch.Steps[0].Text, s_instead))
        {
            // Its first step only: "… at step 6 the request is marked Refused instead of Granted" is a later change.
            return true;
        }

        if (branch.Ending.Kind != EndingKind.ContinueAt || branch.Ending.Step <= step.Ordinal + 1 || _participants.For(step) is not { From.IsPerson: true } own)
        {
            return false;
        }

        var first = branch.Steps.Select(s => _participants.For(s.Text, s.Actor)).FirstOrDefault(i => i.Kind != InteractionKind.Note);
        if (first is null || !ReferenceEquals(first.From, own.From))
        {
            return false;
        }

        // "3. Officer checks the documents. 4. Officer writes a favourable report" / "AF-2 (step 3) … Officer writes an
        // unfavourable report. The flow goes on at step 5": another way to do a skipped step, drawn where it begins.
        var verb = WordIndex.Build(first.Text).Words.FirstOrDefault();
        return verb is null || !_useCase.Steps.Any(s => s.Ordinal > step.Ordinal && s.Ordinal < branch.Ending.Step
            && WordIndex.Build(_participants.For(s).Text).Words.FirstOrDefault() == verb);
    }

    private static readonly string[] s_instead = { "instead of", "rather than", "en lugar de", "en vez de", "em vez de", "=anstatt" };

    /// <summary>
    /// "2. System asks the Catalog Service …" / "2a. Catalog Service does not answer": the one the step calls fails to
    /// answer, so the step was taken. "3. Member selects a pickup branch" / "3a. Member selects a branch that is
    /// closed": the step's actor did what the step says, and what was chosen is the exception.
    /// </summary>
    private bool HappenedBeforeTheBranch(UseCaseBranch branch, UseCaseStep step)
    {
        if (branch.Condition.Length == 0)
        {
            return false;
        }

        var own = _participants.For(step);
        var condition = _participants.For(branch.Condition, string.Empty);
        if (own.Kind == InteractionKind.Call && !ReferenceEquals(own.From, own.To) && ReferenceEquals(condition.From, own.To)
            && _participants.OriginOf(own.To) != ParticipantOrigin.System)
        {
            return true;
        }

        if (own.Kind == InteractionKind.SelfCall && BranchTraits.IsCheck(step.Text))
        {
            // "4. System checks the account against the hold policy" / "4a. Member already has 5 holds": what the
            // check found; the check itself was made.
            return true;
        }

        if (condition.Kind == InteractionKind.Note || !ReferenceEquals(condition.From, own.From) || ReferenceEquals(own.From, _participants.System))
        {
            return false;
        }

        // The condition's verb: the first word of its clause after the actor's name.
        var stepWords = WordIndex.Build(step.Text).Words;
        var verb = WordIndex.Build(condition.Text).Words.FirstOrDefault(w => !s_adverbs.Contains(w));
        return verb is { Length: > 3 } && verb.EndsWith("s", System.StringComparison.Ordinal) && stepWords.Contains(verb);
    }

    /// <summary>
    /// The branch's trigger says the person of a person's step does something the step does not say: its verb (the
    /// first word after the person's name) is none of the step's words.
    /// </summary>
    private bool DoesSomethingElse(UseCaseBranch branch, UseCaseStep step)
    {
        var trigger = branch.Condition.Length > 0 ? branch.Condition : branch.Title;
        if (trigger.Length == 0)
        {
            return false;
        }

        var own = _participants.For(step);
        if (!own.From.IsPerson)
        {
            return false;
        }

        var condition = _participants.For(trigger, string.Empty);
        if (condition.Kind == InteractionKind.Note || !ReferenceEquals(condition.From, own.From) || Keywords.Unquoted(trigger).Length < trigger.Length - 2)
        {
            return FirstStepDoesSomethingElse(branch, step, own);
        }

        // "Clerk has to stop in the middle of an inspection": the verb after a modal ("has to", "must") is the action.
        var words = WordIndex.Build(condition.Text).Words.Where(w => !s_adverbs.Contains(w)).ToList();
        var at = words.Count > 2 && words[0] is "has" or "have" or "needs" or "tiene" && words[1] is "to" or "que" ? 2
            : words.Count > 1 && words[0] is "must" or "debe" ? 1 : 0;
        var verb = at < words.Count ? words[at] : null;
        var stepWords = WordIndex.Build(own.Text).Words;
        return verb is { Length: > 3 } && !WordIndex.Build(step.Text).Words.Contains(verb) && System.Array.IndexOf(s_notInstead, verb) < 0 && !BranchTraits.SaysAlready(trigger)
            && !(stepWords.Count > 0 && GivesInput(verb) && GivesInput(stepWords[0]));
    }

    private static readonly string[] s_silent =
    {
        "has not answered", "hasn't answered", "does not answer", "doesn't answer", "has not responded", "does not respond", "doesn't respond",
        "does not reply", "never answers", "no responde", "não responde", "não respondeu", "no ha respondido",
    };

    /// <summary>
    /// "6. The Passenger confirms the address" / "A3 (at step 6): the Passenger has not answered within 12 hours": the
    /// one who acts in the step stays silent, so the step did not happen and is the else arm.
    /// </summary>
    private bool StaysSilent(UseCaseBranch branch, UseCaseStep step)
    {
        var trigger = branch.Condition.Length > 0 ? branch.Condition : branch.Title;
        if (!Keywords.Any(trigger, s_silent))
        {
            return false;
        }

        var own = _participants.For(step);
        if (!own.From.IsPerson)
        {
            return false;
        }

        var words = Words.Of(trigger);
        var name = Words.Split(own.From.Name);
        for (var at = 0; name.Length > 0 && at + name.Length <= words.Count; at++)
        {
            if (words.Matches(at, name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "3. The agent confirms the match …" / "A1 (at step 3): Description does not match — 1. The agent rejects the
    /// match …": the branch's first step is the same person doing another thing to what the step acts on, so the step
    /// did not happen.
    /// </summary>
    private bool FirstStepDoesSomethingElse(UseCaseBranch branch, UseCaseStep step, Interaction own)
    {
        if (branch.Steps.Count == 0 || branch.Kind == BranchKind.Exception)
        {
            return false;
        }

        var first = _participants.For(branch.Steps[0].Text, branch.Steps[0].Actor);
        if (!ReferenceEquals(first.From, own.From) || first.Kind == InteractionKind.Note)
        {
            return false;
        }

        var branchWords = WordIndex.Build(first.Text).Words.Where(w => !s_adverbs.Contains(w)).ToList();
        var stepWords = WordIndex.Build(own.Text).Words;
        if (branchWords.Count < 2 || stepWords.Count < 2 || branchWords[0] == stepWords[0] || branchWords[0].Length <= 3
            || System.Array.IndexOf(s_notInstead, branchWords[0]) >= 0 || stepWords.Contains(branchWords[0]))
        {
            return false;
        }

        // What both act on: a word of four letters or more after the verb, in both.
        return branchWords.Skip(1).Any(w => w.Length >= 4 && stepWords.Skip(1).Contains(w));
    }

    /// <summary>
    /// Verbs of a person giving input: "5. Pet Owner chooses the quantity and the fulfilment method" / "5a. Pet Owner
    /// selects home delivery and the address is outside the zone" is the step done one way, not something else (the
    /// step's verb is looked up here too, so verbs of a choice that <see cref="s_notInstead"/> also holds stay).
    /// </summary>
    private static bool GivesInput(string verb) => System.Array.IndexOf(s_inputVerbs, verb) >= 0;

    private static readonly string[] s_inputVerbs =
    {
        "selects", "chooses", "picks", "opts", "marks", "ticks", "enters", "types", "fills", "inputs", "provides", "specifies", "sets",
        "selecciona", "elige", "escoge", "introduce", "ingresa", "indica", "seleciona", "escolhe", "digita", "preenche", "informa",
        "wählt", "gibt",
    };

    /// <summary>
    /// Verbs of a wish, of saying something or of a state ("wants to change", "indicates that the insurance has
    /// changed", "holds a permit"): what the person means, tells or has, besides the step, not that it did not happen.
    /// </summary>
    private static readonly string[] s_notInstead =
    {
        "wants", "wishes", "decides", "chooses", "prefers", "opts", "indicates", "says", "mentions", "states", "reports", "tells",
        "holds", "owns", "needs", "lacks", "quiere", "desea", "decide", "elige", "indica", "tiene", "necesita", "deseja", "escolhe",
        "informa", "possui", "precisa", "möchte", "will", "besitzt", "braucht",
    };

    private static readonly string[] s_unavailable = { "offline", "unavailable", "not available", "=down", "unreachable", "no disponible", "indisponível", "fora do ar", "nicht erreichbar" };

    /// <summary>
    /// "7. Device applies the schedule, acks" / "A2 (from step 7) – device offline": the one who acts in the step is
    /// not there, so the step does not happen and is drawn in the else arm.
    /// </summary>
    private bool IsUnavailable(UseCaseBranch branch, UseCaseStep step)
    {
        var trigger = branch.Condition.Length > 0 ? branch.Condition : branch.Title;
        if (trigger.Length == 0 || !Keywords.Any(trigger, s_unavailable))
        {
            return false;
        }

        var own = _participants.For(step);
        var actor = own.From;
        return !ReferenceEquals(actor, _participants.System) && trigger.IndexOf(actor.Name, System.StringComparison.OrdinalIgnoreCase) >= 0;
    }

    private bool AnswersOtherwise(UseCaseBranch branch, UseCaseStep step)
    {
        var own = _participants.For(step);
        if (own.Kind != InteractionKind.Return || ReferenceEquals(own.From, _participants.System))
        {
            return false;
        }

        var condition = _participants.For(branch.Condition, string.Empty);
        var verb = WordIndex.Build(condition.Text).Words.FirstOrDefault();
        return condition.Kind != InteractionKind.Note && ReferenceEquals(condition.From, own.From) && verb is { Length: > 3 }
            && verb == WordIndex.Build(own.Text).Words.FirstOrDefault();
    }

    private static readonly HashSet<string> s_adverbs = new(System.StringComparer.Ordinal) { "still", "also", "instead", "then", "again", "now", "only", "the", "a", "an" };

    /// <summary>
    /// "2. System lists the lines that can be returned (BR-1)" / "2a. The order was delivered more than 30 days ago:
    /// … Use case ends in failure": the system's step, and an extension of it that its author ends in failure.
    /// </summary>
    private bool SystemStepEndsInFailure(UseCaseBranch branch, UseCaseStep step) =>
        FailureWords.LooksLikeFailure(branch.Ending.Text) && !_participants.For(step).From.IsPerson;

    private static bool SameActorAndVerb(string branchStep, string basicStep)
    {
        var a = WordIndex.Build(branchStep).Words.Where(w => !s_adverbs.Contains(w)).Take(2).ToList();
        var b = WordIndex.Build(basicStep).Words.Where(w => !s_adverbs.Contains(w)).Take(2).ToList();
        return a.Count == 2 && b.Count == 2 && a[0] == b[0] && a[1] == b[1] && a[1].Length > 3;
    }

    private static readonly HashSet<string> s_articles = new(System.StringComparer.Ordinal) { "the", "a", "an", "el", "la", "los", "las", "o", "os", "as", "um", "uma", "un", "una", "der", "die", "das" };

    /// <summary>
    /// "8. System redirects to the gateway; the applicant pays by card" / "8a. The applicant downloads the payment
    /// slip and pays at a bank": the one who acts in a later clause of the step does what that clause says another
    /// way, so the branch is that step done otherwise.
    /// </summary>
    private static bool DoesALaterClauseOtherwise(string branchStep, string basicStep)
    {
        var semicolon = basicStep.IndexOf(';');
        if (semicolon < 0)
        {
            return false;
        }

        // Who acts is the words both open with ("applicant", "front desk"); the clause's verb follows them.
        var clause = WordIndex.Build(basicStep.Substring(semicolon + 1)).Words.Where(w => !s_articles.Contains(w)).Take(4).ToList();
        var branch = WordIndex.Build(branchStep).Words.Where(w => !s_articles.Contains(w)).ToList();
        var actor = 0;
        while (actor < clause.Count - 1 && actor < branch.Count && branch[actor] == clause[actor] && (actor == 0 || !LooksLikeAVerb(clause[actor])))
        {
            actor++;
        }

        return actor > 0 && branch.Count > actor + 1 && clause[actor].Length > 3 && branch.Skip(actor).Contains(clause[actor]);
    }

    /// <summary>"pays", "looks": an English verb in the third person, which ends who acts ("applicant pays", not "front desk").</summary>
    private static bool LooksLikeAVerb(string word) => word.Length > 3 && word.EndsWith("s", System.StringComparison.Ordinal) && !word.EndsWith("ss", System.StringComparison.Ordinal);

    private static bool OpensWithReplacingVerb(UseCaseBranch branch)
    {
        var words = WordIndex.Build(branch.Steps[0].Text).Words;
        for (var w = 0; w < words.Count && w < 4; w++)
        {
            if (s_replacingVerbs.Contains(words[w]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> s_replacingVerbs = new(System.StringComparer.Ordinal) { "skips", "skip", "bypasses", "bypass", "instead", "omits" };

    /// <summary>Indexes of the basic steps the branch skips, clipped to the range being drawn; empty when first &gt; last.</summary>
    private (int First, int Last) SkippedRange(UseCaseBranch branch, int anchorIndex, int rangeLast)
    {
        var steps = _useCase.Steps;
        var first = anchorIndex + 1;
        var last = anchorIndex;
        var ending = branch.Ending;
        if (EndsTheFlow(branch))
        {
            // A branch that ends the use case, or fails without saying how the flow goes on: the rest of the
            // flow happens only otherwise (nothing is claimed about an ending the author did not write).
            last = rangeLast;
        }
        else if (ending.Kind == EndingKind.ContinueAt && ending.Step > steps[anchorIndex].Ordinal)
        {
            last = anchorIndex;
            for (var j = anchorIndex + 1; j <= rangeLast && j < steps.Count && steps[j].Ordinal < ending.Step; j++)
            {
                last = j;
            }
        }

        if (ending.SkipFrom > 0)
        {
            for (var j = anchorIndex + 1; j <= rangeLast && j < steps.Count && steps[j].Ordinal <= ending.SkipTo; j++)
            {
                last = System.Math.Max(last, j);
            }
        }

        return (first, System.Math.Min(last, rangeLast));
    }

    /// <summary>"Trigger: Login button is pressed" where step 2 is "clicks the login button": the note would say it twice.</summary>
    private bool RestatesAStep(string trigger, IReadOnlyList<UseCaseStep> steps)
    {
        var words = ContentWords(trigger);
        return words.Count > 0 && steps.Any(step => words.Count(ContentWords(step.Text).Contains) * 2 >= words.Count);
    }

    private static readonly HashSet<string> s_negations = new(System.StringComparer.Ordinal) { "no", "not", "none", "never", "without", "cannot", "nothing", "nenhum", "nenhuma", "ningún", "ninguna", "kein", "keine" };

    /// <summary>
    /// True when the condition says what a step of the system or a component says, with a negation on one side only:
    /// most of the condition's content words are the step's, and either the step states the negative outcome
    /// ("finds that no copy is on the shelf" / "a copy is on the shelf") or it delivers what the condition says is
    /// missing ("The PMS returns the record" / "no record exists"). A person's action is never contradicted: what
    /// the condition finds comes after it ("scans each item" / "an item is not on the RMA").
    /// </summary>
    private bool Contradicts(string condition, UseCaseStep step)
    {
        var words = ContentWords(condition);
        var own = _participants.For(step);
        if (words.Count == 0 || own.From.IsPerson)
        {
            return false;
        }

        var shared = words.Count(ContentWords(step.Text).Contains);
        if (shared == 0 || shared * 2 < words.Count)
        {
            return false;
        }

        var stepNegated = IsNegated(step.Text);
        // A check ("compares the stock level …" / "no item differs") finds what the condition says; it is not replaced.
        return stepNegated ? !IsNegated(condition) : IsNegated(condition) && own.Kind != InteractionKind.SelfCall && !BranchTraits.IsCheck(step.Text);
    }

    private static bool IsNegated(string text) =>
        WordIndex.Build(text).Words.Any(w => s_negations.Contains(w) || w.EndsWith("n't", System.StringComparison.Ordinal));

    /// <summary>
    /// The content words of <paramref name="text"/> (their first five letters), found once per text: every step is
    /// compared with the condition of every branch that may replace it. The caller must not change the set.
    /// </summary>
    private HashSet<string> ContentWords(string text)
    {
        if (!_contentWords.TryGetValue(text, out var words))
        {
            words = BranchTraits.ContentWords(text);
            _contentWords.Add(text, words);
        }

        return words;
    }

    private readonly Dictionary<string, HashSet<string>> _contentWords = new(System.StringComparer.Ordinal);

    private const string TriggerSectionPattern =
        @"^\W*(?:triggers?|gatilho|disparador|evento disparador|トリガー|트리거)\W*$";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_triggerSection = TriggerSectionRegex();

    [System.Text.RegularExpressions.GeneratedRegex(TriggerSectionPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex TriggerSectionRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_triggerSection = new(TriggerSectionPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>The text of the use case's Trigger field, if it has one.</summary>
    internal static string Trigger(UseCase useCase)
    {
        var parts = useCase.Notes
            .Where(n => !n.IsCode && s_triggerSection.IsMatch(n.Section))
            .Select(n => n.Text.Trim())
            .Where(t => t.Length > 0)
            .ToList();
        return string.Join(" ", parts);
    }

    /// <summary>
    /// An optional branch: an opt block with its steps; a branch that only states a condition or a rule (no
    /// steps, no ending) is one note where it applies, not an empty block repeating it.
    /// </summary>
    private void Optional(UseCaseBranch branch, string label)
    {
        if (branch.Steps.Count == 0 && branch.Ending.Kind == EndingKind.Unspecified)
        {
            _writer.Note(_participants.NoteOwner, null, branch.Id + ": " + (branch.Condition.Length > 0 ? branch.Condition : branch.Title)
                + (branch.Anchor.Kind == AnchorKind.None ? FlowText.NoStep(branch) : string.Empty));
            return;
        }

        _writer.Open("opt", label);
        RenderBranchBody(branch);
        _writer.Close();
    }

    private void RenderBranchBody(UseCaseBranch branch) =>
        StepRenderer.BranchSteps(_writer, branch, _participants, () => RenderBranchEnding(branch));

    private void RenderBranchEnding(UseCaseBranch branch)
    {
        var ending = branch.Ending;
        var anchorStep = branch.Anchor.ToStep;
        var showEnding = (ending.Kind == EndingKind.Terminates && !FlowText.LastStepStatesTheEnding(branch))
            || (ending.Kind == EndingKind.ContinueAt && (ending.Step <= anchorStep || branch.Anchor.Kind != AnchorKind.Step));
        if (showEnding)
        {
            _writer.Note(_participants.NoteOwner, null, branch.Id + ": " + FlowText.Ending(ending));
        }
        else if (FlowText.LaterEffect(ending) is { Length: > 0 } effect)
        {
            // "The flow goes on at step 5 and at step 7 the status becomes Rejected": what changes further on.
            _writer.Note(_participants.NoteOwner, null, branch.Id + ": " + effect);
        }
        else if (branch.Steps.Count == 0)
        {
            _writer.Note(_participants.NoteOwner, null, branch.Id + ": " + (branch.Condition.Length > 0 ? branch.Condition : branch.Title));
        }
    }
}
