using System;
using System.Collections.Generic;

namespace KiroSpecs.Core.Specs;

/// <summary>
/// Records workflow metadata in spec.json by patching the text in place: formatting, key order,
/// comments and non-ASCII text outside the touched values stay byte for byte as they were.
/// Applying the same change twice returns the same text. A result that would not read back as a
/// valid spec.json is never returned.
/// </summary>
public static class SpecJsonEditor
{
    /// <summary>
    /// Records a generated sequence.md: <c>phase</c> (never moved back, unknown phases kept),
    /// <c>sequences_count</c>, <c>error_flows_defined</c>, use-case approval,
    /// <c>approvals.sequence</c> = generated and not approved, and <c>updated_at</c>.
    /// </summary>
    /// <param name="text">spec.json text that <see cref="SpecJsonReader"/> accepts.</param>
    /// <param name="metadata">The values to record.</param>
    /// <returns>The patched text, or <paramref name="text"/> itself when nothing changes.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not a valid spec.json (null: <see cref="ArgumentNullException"/>).</exception>
    /// <exception cref="InvalidOperationException">The patched text failed its self-check.</exception>
    public static string ApplySequenceMetadata(string text, SequenceMetadata metadata)
    {
        if (metadata?.UpdatedAt is null)
        {
            throw new ArgumentNullException(nameof(metadata));
        }

        var (root, info) = Open(text);
        var members = new List<JsonMemberEdit>();
        if (WorkflowPhases.CanAdvance(info.Phase, WorkflowPhases.SequenceDefined))
        {
            members.Add(new(SpecJsonNames.Phase, JsonScalarEdit.String(WorkflowPhases.SequenceDefined)));
        }

        // New counters go where the usecase step puts its own (after use_cases_count), else at the end.
        members.Add(new(SpecJsonNames.SequencesCount, JsonScalarEdit.Integer(metadata.SequencesCount), SpecJsonNames.UseCasesCount));
        members.Add(new(SpecJsonNames.ErrorFlowsDefined, JsonScalarEdit.Boolean(metadata.ErrorFlowsDefined), SpecJsonNames.SequencesCount));
        members.Add(new(SpecJsonNames.Approvals, new JsonObjectEdit(new[]
        {
            UseCaseApproval(approvedHash: null),
            new JsonMemberEdit(SpecJsonNames.Sequence, Flags(generated: true, approved: false), SpecJsonNames.UseCase),
        })));
        members.Add(UpdatedAt(metadata.UpdatedAt));

        var result = JsonPatchPlanner.Apply(text, root, new JsonObjectEdit(members));
        SelfCheck(result, i =>
            i.UseCaseApproved && i.SequenceGenerated && !i.SequenceApproved &&
            i.SequencesCount == metadata.SequencesCount && i.UpdatedAt == metadata.UpdatedAt);
        return result;
    }

    /// <summary>
    /// Records use-case approval: <c>approvals.usecase.generated</c> and <c>.approved</c> = true,
    /// <c>.approved_hash</c> when given, and <c>updated_at</c>. Missing objects are created.
    /// </summary>
    /// <param name="text">spec.json text that <see cref="SpecJsonReader"/> accepts.</param>
    /// <param name="approvedHash">Hash of the approved usecase.md, or null to leave any recorded hash alone.</param>
    /// <param name="updatedAt">The timestamp to record as <c>updated_at</c>.</param>
    /// <returns>The patched text, or <paramref name="text"/> itself when nothing changes.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not a valid spec.json (null: <see cref="ArgumentNullException"/>).</exception>
    /// <exception cref="InvalidOperationException">The patched text failed its self-check.</exception>
    public static string ApplyUseCaseApproval(string text, string? approvedHash, string updatedAt)
    {
        _ = updatedAt ?? throw new ArgumentNullException(nameof(updatedAt));

        var (root, _) = Open(text);
        var edit = new JsonObjectEdit(new[]
        {
            new JsonMemberEdit(SpecJsonNames.Approvals, new JsonObjectEdit(new[] { UseCaseApproval(approvedHash) })),
            UpdatedAt(updatedAt),
        });
        var result = JsonPatchPlanner.Apply(text, root, edit);
        SelfCheck(result, i =>
            i.UseCaseApproved && i.UpdatedAt == updatedAt && (approvedHash is null || i.ApprovedUseCaseHash == approvedHash));
        return result;
    }

    private static JsonMemberEdit UseCaseApproval(string? approvedHash)
    {
        var members = new List<JsonMemberEdit>
        {
            new(SpecJsonNames.Generated, JsonScalarEdit.Boolean(true)),
            new(SpecJsonNames.Approved, JsonScalarEdit.Boolean(true)),
        };
        if (approvedHash is not null)
        {
            members.Add(new(SpecJsonNames.ApprovedHash, JsonScalarEdit.String(approvedHash)));
        }

        // In workflow order: requirements, usecase, sequence, ...
        return new JsonMemberEdit(SpecJsonNames.UseCase, new JsonObjectEdit(members), SpecJsonNames.Requirements);
    }

    private static JsonObjectEdit Flags(bool generated, bool approved) => new(new[]
    {
        new JsonMemberEdit(SpecJsonNames.Generated, JsonScalarEdit.Boolean(generated)),
        new JsonMemberEdit(SpecJsonNames.Approved, JsonScalarEdit.Boolean(approved)),
    });

    private static JsonMemberEdit UpdatedAt(string value) =>
        new(SpecJsonNames.UpdatedAt, JsonScalarEdit.String(value), SpecJsonNames.CreatedAt);

    private static (JsonObjectOutline Root, SpecDocumentInfo Info) Open(string text)
    {
        _ = text ?? throw new ArgumentNullException(nameof(text));

        var scan = JsonOutlineScanner.Scan(text);
        var problem = scan.SyntaxError;
        if (problem is null)
        {
            var shape = SpecJsonShape.Check(scan, text);
            if (shape.Info is not null)
            {
                return (scan.Root!.Object!, shape.Info);
            }

            problem = shape.Problem;
        }

        throw new ArgumentException("spec.json cannot be patched: " + problem + ".", nameof(text));
    }

    // The guarantee callers rely on: a valid spec.json never becomes invalid or loses what we set.
    private static void SelfCheck(string result, Func<SpecDocumentInfo, bool> recorded)
    {
        var scan = JsonOutlineScanner.Scan(result);
        var problem = scan.SyntaxError;
        SpecDocumentInfo? info = null;
        if (problem is null)
        {
            (info, problem, _) = SpecJsonShape.Check(scan, result);
        }

        if (info is null || !recorded(info))
        {
            throw new InvalidOperationException(
                "Updating spec.json produced text that does not read back as intended (" + (problem ?? "values not recorded") + "); the file is left unchanged.");
        }
    }
}
