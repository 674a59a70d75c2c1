using System;
using System.Linq;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.Interactions;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// Draws one step (and its sub-steps) into a diagram: loops ("For each …", "Repeat …") become
/// <c>loop</c>, steps done "in parallel" with sub-steps become <c>par</c>, everything else one message.
/// </summary>
internal static partial class StepRenderer
{
    private static readonly string[] s_loopOpeners = { "for each ", "for every ", "for all ", "repeat ", "repeats ", "while ", "until ", "loop ", "iterate " };
    private static readonly string[] s_parallelMarkers = { "in parallel", "simultaneously", "concurrently", "at the same time", "並行", "同時に" };

    /// <summary>
    /// Draws a basic step. When its sub-steps are a choice with one arm that goes on and others that fail ("2.1 If
    /// the code exists, …" / "2.2 If it does not, the student is warned"), <paramref name="goOn"/> draws the rest of
    /// the flow inside the arm that goes on; the return value says whether it was called.
    /// </summary>
    public static bool Main(SequenceDiagramWriter writer, UseCaseStep step, InteractionModel participants, bool failed = false, bool withoutAnswer = false, System.Action? goOn = null, bool inChoice = false)
    {
        var text = step.Text;
        var loop = LoopClause(text);
        if (loop.Length > 0)
        {
            writer.Open("loop", loop);
        }

        var body = text;
        if (loop.Length > 0 && loop.Length + 1 < text.Length && text[loop.Length] is ',' or ' ')
        {
            body = text.Substring(loop.Length + 1).Trim();
        }

        var interaction = participants.For(body, step.Actor);
        if (withoutAnswer)
        {
            // The step's call fails: neither its answer nor what the step does with it happens.
            interaction = interaction.UntilFailingCall(interaction.Kind == InteractionKind.Call ? interaction.From : participants.System);
        }

        if (failed && interaction.Kind == InteractionKind.SelfCall)
        {
            failed = false;
        }

        if (step.SubSteps.Count > 0 && IsHeading(body) && !failed)
        {
            // "Step 2: View Payment Options" over its own steps: a heading, drawn as a note, not a second message.
            // The note spans the participants of the first step under it.
            var number = step.Ordinal > 0 ? step.Ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture) : step.Number;
            var first = participants.For(step.SubSteps[0]);
            writer.Note(first.From, ReferenceEquals(first.To, first.From) ? null : first.To, (number.Length > 0 ? "Step " + number + " - " : string.Empty) + body);
        }
        else if (loop.Length == 0 && !failed && !inChoice && interaction.Kind != InteractionKind.Note && ConditionOf(body) is { Length: > 0 } condition && !SaysWhen(condition))
        {
            // "4. If the bank details changed, the Workbench puts a hold on the payment": the step happens only then;
            // the block says the condition, the message what happens.
            writer.Open("opt", condition);
            var then = body.Trim().Substring(condition.Length).TrimStart(',', '→', '>', '-', ' ');
            if (then.Length > 0)
            {
                interaction = participants.For(then, step.Actor);
            }

            writer.Step(interaction, step.Ordinal > 0 ? step.Ordinal : 0, step.Ordinal > 0 ? string.Empty : step.Number, failed);
            writer.Close();
        }
        else
        {
            writer.Step(interaction, step.Ordinal > 0 ? step.Ordinal : 0, step.Ordinal > 0 ? string.Empty : step.Number, failed);
        }

        var subs = step.SubSteps;
        var parallel = subs.Count >= 2 && IsParallel(text);

        // "3.1 Select an option. 3.2 If online, enter the card. 3.3 If cash, confirm.": the sub-steps from the first
        // of a run of two or more conditional ones to the last are one choice.
        var choiceFrom = subs.Count;
        while (choiceFrom > 0 && ConditionOf(subs[choiceFrom - 1].Text).Length > 0)
        {
            choiceFrom--;
        }

        var choice = !parallel && subs.Count - choiceFrom >= 2;
        choiceFrom = choice ? choiceFrom : subs.Count;
        var goingOn = choice && goOn is not null ? OnlyArmThatGoesOn(subs, choiceFrom) : -1;
        var wentOn = false;
        if (parallel)
        {
            writer.Open("par", subs[0].Number);
        }

        for (var i = 0; i < subs.Count; i++)
        {
            var sub = subs[i];
            if (parallel && i > 0)
            {
                writer.Else("and", sub.Number);
            }
            else if (choice && i == choiceFrom)
            {
                // "2.1 If the data are right, …" / "2.2 If they are wrong, …": one of the sub-steps happens.
                writer.Open("alt", sub.Number + " " + ConditionOf(sub.Text));
            }
            else if (choice && i > choiceFrom)
            {
                writer.Else("else", sub.Number + " " + ConditionOf(sub.Text));
            }

            Unnumbered(writer, sub, participants, opensAnArm: choice && i >= choiceFrom);
            if (i == goingOn)
            {
                goOn!();
                wentOn = true;
            }
        }

        if (parallel || choice)
        {
            writer.Close();
        }

        if (loop.Length > 0)
        {
            writer.Close();
        }

        return wentOn;
    }

    /// <summary>The index of the one arm of a choice that does not fail, when every other arm fails; else -1.</summary>
    private static int OnlyArmThatGoesOn(EquatableArray<UseCaseStep> subs, int from)
    {
        var found = -1;
        for (var i = from; i < subs.Count; i++)
        {
            if (!FailureWords.LooksLikeFailure(subs[i].Text))
            {
                if (found >= 0)
                {
                    return -1;
                }

                found = i;
            }
        }

        return found >= 0 && subs.Count - from >= 2 ? found : -1;
    }

    /// <summary>A sub-step or a branch step: no autonumber, its own number (if any) in front of the text.</summary>
    public static void Unnumbered(SequenceDiagramWriter writer, UseCaseStep step, InteractionModel participants, bool opensAnArm = false)
    {
        var interaction = participants.For(step.Text, step.Actor);
        if (!opensAnArm && interaction.Kind != InteractionKind.Note && ConditionOf(step.Text) is { Length: > 0 } condition && !SaysWhen(condition))
        {
            // "*a2. If it is still not reviewed after 72 hours, System sets it to Expired and tells the owner …": the
            // step happens only then, as a basic step that opens with a condition does.
            // The arrow is the step's (the clause after the condition decides it); the message is what follows the condition.
            var then = interaction.Text.StartsWith(condition, System.StringComparison.Ordinal)
                ? interaction.Text.Substring(condition.Length).TrimStart(',', '→', '>', '-', ' ')
                : interaction.Text;
            writer.Open("opt", (step.Number.Length > 0 ? step.Number + " " : string.Empty) + condition);
            writer.Step(then.Length > 0 ? interaction with { Text = then } : interaction, 0, string.Empty);
            writer.Close();
        }
        else
        {
            writer.Step(interaction, 0, step.Number);
        }

        foreach (var sub in step.SubSteps)
        {
            Unnumbered(writer, sub, participants);
        }
    }

    /// <summary>
    /// Draws a branch's steps, then <paramref name="ending"/>. A step that states its own way out ("4a2. Member cancels a
    /// hold; the use case returns to step 4") followed by another way the same person goes, or by a step that opens
    /// with a condition ("If nothing arrives in 30 days …"), opens a choice: nothing follows a step that has left the
    /// flow, so each step that leaves (and the steps up to the next one that does) is one arm of an <c>alt</c>. The
    /// branch's ending goes in the arm that states it, else in the last arm.
    /// </summary>
    public static void BranchSteps(SequenceDiagramWriter writer, UseCaseBranch branch, InteractionModel participants, System.Action ending)
    {
        var steps = branch.Steps;
        var first = -1;
        var leaves = steps.Count > 1 ? new bool[steps.Count] : null;
        for (var i = 0; leaves is not null && i < steps.Count; i++)
        {
            leaves[i] = LeavesTheFlow(steps[i].Text);
        }

        for (var i = 0; i + 1 < steps.Count && first < 0; i++)
        {
            first = leaves![i] && IsAnotherWay(steps[i], steps[i + 1], participants) ? i : -1;
        }

        // The arm whose step states where the branch goes on ("… the flow resumes at step 2"); else the last one.
        var endingAt = steps.Count - 1;
        if (first >= 0 && branch.Ending.Kind == EndingKind.ContinueAt && !leaves![steps.Count - 1])
        {
            for (var i = first; i < steps.Count - 1; i++)
            {
                if (OutcomeReader.StepOf(TextPatterns.SafeMatch(TextPatterns.ContinueAt, steps[i].Text)) == branch.Ending.Step)
                {
                    endingAt = i;
                    break;
                }
            }
        }

        for (var i = 0; i < steps.Count; i++)
        {
            if (i == first)
            {
                writer.Open("alt", ArmLabel(steps[i]));
            }
            else if (first >= 0 && i > first && leaves![i - 1])
            {
                writer.Else("else", ArmLabel(steps[i]));
            }

            Unnumbered(writer, steps[i], participants, opensAnArm: i == first || (first >= 0 && i > first && leaves![i - 1]));
            if (first >= 0 && i == endingAt)
            {
                ending();
            }
        }

        if (first < 0)
        {
            ending();
        }
        else
        {
            writer.Close();
        }
    }

    private static readonly string[] s_choiceOpeners = { "if", "when", "whenever", "otherwise", "unless", "else", "si", "caso", "quando", "cuando", "senão", "sino", "wenn", "falls" };

    /// <summary>The step after one that left the flow is another way out: the same person again, or a condition.</summary>
    private static bool IsAnotherWay(UseCaseStep left, UseCaseStep next, InteractionModel participants)
    {
        var words = Words.Of(next.Text);
        if (words.Count > 0 && System.Array.IndexOf(s_choiceOpeners, words[0]) >= 0)
        {
            return true;
        }

        var by = participants.For(left).From;
        return by.IsPerson && ReferenceEquals(participants.For(next).From, by);
    }

    /// <summary>A step's text says where the flow goes next ("continue at step 5", "the use case ends").</summary>
    private static bool LeavesTheFlow(string text) =>
        TextPatterns.SafeMatch(TextPatterns.ContinueAt, text) is not null || TextPatterns.SafeMatch(TextPatterns.Terminates, text) is not null;

    /// <summary>An arm of a choice is named by its step's number, else by its first words.</summary>
    private static string ArmLabel(UseCaseStep step) => step.Number.Length > 0 ? step.Number : TextClip.Clip(step.Text, 40);

    private static readonly string[] s_smallWords = { "a", "an", "the", "to", "of", "and", "or", "for", "in", "on", "with", "via", "by", "at", "from" };

    /// <summary>"View Payment Options", "Place Order": a short title in title case, without a sentence's full stop.</summary>
    internal static bool IsHeading(string text)
    {
        var t = text.Trim();
        if (t.Length == 0 || t.EndsWith(".", StringComparison.Ordinal) || t.IndexOfAny(new[] { ',', ';', '(', '"' }) >= 0)
        {
            return false;
        }

        var words = t.TrimEnd(':').Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 6
            && words.All(w => Array.IndexOf(s_smallWords, w) >= 0 || (char.IsLetter(w[0]) && char.IsUpper(w[0])));
    }

    private const string NamedObjectPattern =
        @"(?<!\b(?:in|on|of|from|for|to|at|with|by|into))\s(?:the|a|an)\s+\p{Lu}";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_namedObject = NamedObjectRegex();

    [System.Text.RegularExpressions.GeneratedRegex(NamedObjectPattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex NamedObjectRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_namedObject = new(NamedObjectPattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    internal static string LoopClause(string text)
    {
        var t = text.TrimStart();
        foreach (var opener in s_loopOpeners)
        {
            if (t.StartsWith(opener, StringComparison.OrdinalIgnoreCase))
            {
                // "For each missing bag the Passenger describes the bag: type, colour, …": the loop is over before the
                // one who acts, named with a capital, when no comma closes it first.
                var comma = t.IndexOf(',');
                // "For each item in the Cart, …": a name after a preposition is part of the loop.
                var named = s_namedObject.Match(t.Substring(opener.Length));
                var actor = named.Success ? opener.Length + named.Index : -1;
                return actor > 0 && (comma < 0 || actor < comma) && actor < 120 ? t.Substring(0, actor)
                    : comma > 0 && comma < 120 ? t.Substring(0, comma) : TextClip.Clip(t, 80);
            }
        }

        return string.Empty;
    }

    private const string ConditionOpenerPattern =
        @"^(?:if|when|se|si|caso|quando|cuando)\s[^,→]{2,120}?(?:,|\s*→|\s+->)";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_conditionOpener = ConditionOpenerRegex();

    [System.Text.RegularExpressions.GeneratedRegex(ConditionOpenerPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex ConditionOpenerRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_conditionOpener = new(ConditionOpenerPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>The condition of a sub-step written "If X, …" / "Se X, …" (the text before the first comma), or empty.</summary>
    internal static string ConditionOf(string text)
    {
        // "If the data are right, …", "Se timeLimit definido → cronômetro regressivo". A match opens, after white
        // space, with one of the words of the pattern and more: a text whose first two characters are ASCII and open
        // none of them is not tried.
        var at = 0;
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        if (at + 1 >= text.Length || (text[at] < '\u0080' && text[at + 1] < '\u0080' && !OpensAConditionWord(text[at], text[at + 1])))
        {
            return string.Empty;
        }

        var match = s_conditionOpener.Match(text.Trim());
        return match.Success ? match.Value.TrimEnd(',', '→', '>', '-', ' ') : string.Empty;
    }

    /// <summary>
    /// "4. When the bag arrives, the agent scans the bag tag": a step of the flow that says when it happens, not whether
    /// it does; it is drawn as a step, not as an optional block.
    /// </summary>
    private static bool SaysWhen(string condition) =>
        condition.StartsWith("when ", System.StringComparison.OrdinalIgnoreCase) || condition.StartsWith("cuando ", System.StringComparison.OrdinalIgnoreCase)
        || condition.StartsWith("quando ", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>True when two ASCII characters, ignoring case, open one of the words a condition of <see cref="ConditionOf"/> opens with (if, when, se, si, caso, cuando, quando).</summary>
    private static bool OpensAConditionWord(char first, char second) =>
        (char.ToLowerInvariant(first), char.ToLowerInvariant(second)) is ('i', 'f') or ('w', 'h') or ('s', 'e') or ('s', 'i') or ('c', 'a') or ('c', 'u') or ('q', 'u');

    internal static bool IsParallel(string text) => IgnoreCase.ContainsAny(text, s_parallelMarkers);
}
