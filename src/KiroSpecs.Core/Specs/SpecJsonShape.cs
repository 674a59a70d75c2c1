using System;
using System.Collections.Generic;
using System.Text.Json;

namespace KiroSpecs.Core.Specs;

/// <summary>
/// Checks the shape of a scanned spec.json on the path the package uses and extracts
/// <see cref="SpecDocumentInfo"/>. Reports the first problem in document order.
/// </summary>
internal static class SpecJsonShape
{
    /// <summary>Checks <paramref name="scan"/>; returns the info, or the first problem and its character offset.</summary>
    public static (SpecDocumentInfo? Info, string? Problem, int ProblemAt) Check(JsonScanResult scan, string text)
    {
        var root = scan.Root!;
        if (root.Object is not { } obj)
        {
            return (null, "the top-level value must be a JSON object, not " + JsonValueText.Describe(root, text), root.Start);
        }

        var problems = new List<(int At, string What)>();
        CheckDuplicates(obj, problems);
        var phase = Typed(obj, SpecJsonNames.Phase, "a string", v => v.Kind == JsonTokenType.String, text, problems);
        var approvals = ObjectMember(obj, SpecJsonNames.Approvals, text, problems);
        var useCase = approvals?.Value.Object is { } a ? ObjectMember(a, SpecJsonNames.UseCase, text, problems) : null;
        var sequence = approvals?.Value.Object is { } b ? ObjectMember(b, SpecJsonNames.Sequence, text, problems) : null;
        JsonMemberOutline? approved = null;
        JsonMemberOutline? hash = null;
        if (useCase?.Value.Object is { } u)
        {
            Boolean(u, SpecJsonNames.Generated, text, problems);
            approved = Boolean(u, SpecJsonNames.Approved, text, problems);

            // null is accepted as "no hash": it is unambiguous and people clear values that way.
            hash = Typed(u, SpecJsonNames.ApprovedHash, "a string", v => v.Kind is JsonTokenType.String or JsonTokenType.Null, text, problems);
        }

        JsonMemberOutline? sequenceGenerated = null;
        JsonMemberOutline? sequenceApproved = null;
        if (sequence?.Value.Object is { } s)
        {
            sequenceGenerated = Boolean(s, SpecJsonNames.Generated, text, problems);
            sequenceApproved = Boolean(s, SpecJsonNames.Approved, text, problems);
        }

        if (problems.Count > 0)
        {
            var first = problems[0];
            foreach (var p in problems)
            {
                first = p.At < first.At ? p : first;
            }

            return (null, first.What, first.At);
        }

        var at = approved?.Value.Start ?? useCase?.KeyStart ?? approvals?.KeyStart;
        var (line, column) = at is { } offset ? scan.Map.ToLineColumn(offset) : (1, 1);
        var info = new SpecDocumentInfo(
            UseCaseApproved: approved?.Value.Kind == JsonTokenType.True,
            ApprovalLine: line,
            ApprovalColumn: column,
            Phase: phase?.Value.StringValue,
            ApprovedUseCaseHash: hash?.Value.StringValue,
            SequenceGenerated: sequenceGenerated?.Value.Kind == JsonTokenType.True,
            SequenceApproved: sequenceApproved?.Value.Kind == JsonTokenType.True,
            SequencesCount: obj.Find(SpecJsonNames.SequencesCount)?.Value.Int32Value,
            UpdatedAt: obj.Find(SpecJsonNames.UpdatedAt)?.Value.StringValue,
            HasBom: scan.HasBom,
            NewLine: NewLines.Detect(text));
        return (info, null, 0);
    }

    private static void CheckDuplicates(JsonObjectOutline obj, List<(int At, string What)> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in obj.Members)
        {
            if (!seen.Add(member.Name))
            {
                var where = obj.Path.Length == 0 ? "" : " in '" + obj.Path + "'";
                problems.Add((member.KeyStart, "duplicate key '" + member.Name + "'" + where));
            }
        }
    }

    private static JsonMemberOutline? ObjectMember(JsonObjectOutline parent, string name, string text, List<(int At, string What)> problems)
    {
        var member = Typed(parent, name, "an object", v => v.Kind == JsonTokenType.StartObject, text, problems);
        if (member?.Value.Object is { } obj)
        {
            CheckDuplicates(obj, problems);
        }

        return member;
    }

    private static JsonMemberOutline? Boolean(JsonObjectOutline parent, string name, string text, List<(int At, string What)> problems) =>
        Typed(parent, name, "true or false", v => v.Kind is JsonTokenType.True or JsonTokenType.False, text, problems);

    private static JsonMemberOutline? Typed(
        JsonObjectOutline parent,
        string name,
        string expected,
        Func<JsonValueOutline, bool> isValid,
        string text,
        List<(int At, string What)> problems)
    {
        var member = parent.Find(name);
        if (member is not null && !isValid(member.Value))
        {
            var path = parent.Path.Length == 0 ? name : parent.Path + "." + name;
            problems.Add((member.Value.Start, "'" + path + "' must be " + expected + ", not " + JsonValueText.Describe(member.Value, text)));
        }

        return member;
    }
}
