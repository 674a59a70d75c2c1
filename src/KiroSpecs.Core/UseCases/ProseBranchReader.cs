using System;
using System.Collections.Generic;
using System.Linq;
using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// Branches the author wrote as sentences beside numbered steps ("If there is a hold, the payment waits until the
/// hold expires and starts again at step 1.", "Bank details fail the check → field error, nothing is saved"): each is
/// read as a flow of the step whose words it shares, so the diagrams draw it where it happens. A sentence that shares no words with a step stays a sentence (listed under the
/// diagram as not drawn).
/// </summary>
internal static class ProseBranchReader
{
    public static UseCase With(UseCase useCase)
    {
        if (useCase.Steps.Count == 0 || useCase.Written is not null || useCase.Notes.IsEmpty)
        {
            return useCase;
        }

        var sentences = Sequences.ProseFacts.UndrawnBranchSentences(useCase, arrows: true).ToList();
        if (sentences.Count == 0)
        {
            return useCase;
        }

        var alternatives = useCase.Branches.Count(b => b.Kind == BranchKind.Alternative);
        var exceptions = useCase.Branches.Count(b => b.Kind == BranchKind.Exception);
        var ordinals = useCase.Steps.Select(s => s.Ordinal).Where(o => o > 0).OrderBy(o => o).ToArray();
        var added = new List<UseCaseBranch>();
        foreach (var (note, sentence) in sentences)
        {
            var (condition, consequence) = Split(sentence);
            if (condition.Length == 0 || consequence.Length == 0)
            {
                continue;
            }

            var kind = FailureWords.LooksLikeFailure(sentence) ? BranchKind.Exception : BranchKind.Alternative;
            var draft = new BranchDraft(condition, note.Position, kind, isExtension: false)
            {
                FromTable = true,
                TableCondition = condition,
                TableTitle = condition,
            };
            draft.TableActions.AddRange(consequence.Split(';').Select(a => a.Trim()).Where(a => a.Length > 0));
            var branch = BranchReader.Read(draft, kind == BranchKind.Exception ? exceptions + added.Count(b => b.Kind == kind) + 1 : alternatives + added.Count(b => b.Kind == kind) + 1);
            var placed = BranchPlacement.Place(new List<UseCaseBranch> { branch }, useCase.Steps)[0];
            if (placed.Anchor.Kind == AnchorKind.Step)
            {
                added.Add(BranchEnding.Rejoin(placed, ordinals));
            }
        }

        return added.Count == 0 ? useCase : useCase with { Branches = useCase.Branches.Concat(added).ToEquatableArray() };
    }

    /// <summary>"If there is a hold, the payment waits …" → ("there is a hold", "the payment waits …").</summary>
    private static (string Condition, string Consequence) Split(string sentence)
    {
        var text = sentence.TrimStart('-', '*', ' ', '(');
        var arrow = Sequences.ProseFacts.ArrowAt(text);
        if (arrow > 0)
        {
            // "Payee bank details fail the modulus check → field error, nothing is saved, …".
            var after = text.IndexOf(' ', arrow + 1);
            return (text.Substring(0, arrow).Trim(), text.Substring(after + 1).Trim());
        }

        var opener = Sequences.ProseFacts.ConditionOpener(text);
        var comma = text.IndexOf(',');
        if (opener is null || comma <= opener.Length)
        {
            return (string.Empty, string.Empty);
        }

        return (text.Substring(opener.Length, comma - opener.Length).Trim(), text.Substring(comma + 1).Trim());
    }
}
