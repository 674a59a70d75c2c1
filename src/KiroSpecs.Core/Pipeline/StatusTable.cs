using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using KiroSpecs.Core.Diagnostics;
using KiroSpecs.Core.Specs;

namespace KiroSpecs.Core.Pipeline;

/// <summary>The build-time form of the workflow's status command: one row per feature.</summary>
public static class StatusTable
{
    private static readonly string[] s_headers = { "Feature", "Phase", "Use cases", "Use cases approved", "Sequence generated", "Sequence approved", "sequence.md" };

    /// <summary>Computes the table as text (read-only: nothing is written).</summary>
    public static string Render(string specRoot, GenerationSettings settings)
    {
        var diagnostics = new List<Diagnostic>();
        var rows = new List<string[]>();
        foreach (var paths in FeatureDiscovery.Discover(specRoot, diagnostics))
        {
            rows.Add(Row(paths, settings with { Verify = true }));
        }

        if (rows.Count == 0)
        {
            return "KiroSpecs: no features under '" + Path.GetFullPath(specRoot) + "'.";
        }

        return Format(rows);
    }

    private static string[] Row(FeaturePaths paths, GenerationSettings settings)
    {
        var snapshot = FeatureReader.Read(paths, settings.MaxInputBytes);
        var info = snapshot.Spec is null ? null : SpecJsonReader.Read(paths.SpecFile, paths.Name, snapshot.Spec.Text).Info;
        var outcome = FeatureProcessor.Process(snapshot, settings);
        var sequence = outcome.Status switch
        {
            FeatureStatus.UpToDate => "up to date",
            FeatureStatus.Stale => snapshot.Sequence is null ? "missing" : "out of date",
            FeatureStatus.NotApproved => "waiting for approval",
            FeatureStatus.ChangedSinceApproval => "waiting for re-approval",
            FeatureStatus.NoUseCases => "no use cases found",
            _ => "cannot generate",
        };
        if (outcome.Status == FeatureStatus.Stale && snapshot.Sequence is not null
            && GeneratedMarker.Inspect(IO.TextFileReader.NormalizeNewLines(snapshot.Sequence.Text)) != MarkerState.Unmodified)
        {
            sequence = "edited by hand";
        }

        return new[]
        {
            paths.Name,
            info?.Phase ?? (snapshot.Spec is null ? "(no spec.json)" : "(invalid spec.json)"),
            UseCaseCount(outcome, snapshot),
            info is null ? "-" : outcome.Status == FeatureStatus.ChangedSinceApproval ? "changed since" : YesNo(info.UseCaseApproved),
            info is null ? "-" : YesNo(info.SequenceGenerated),
            info is null ? "-" : YesNo(info.SequenceApproved),
            sequence,
        };
    }

    // Generation stops at the approval gate; the table still tells how many use cases wait for review.
    private static string UseCaseCount(FeatureOutcome outcome, FeatureSnapshot snapshot)
    {
        var count = outcome.UseCaseCount;
        if (count == 0 && snapshot.UseCase is not null)
        {
            count = UseCases.UseCaseParser.Parse(IO.TextFileReader.NormalizeNewLines(snapshot.UseCase.Text), snapshot.Paths.UseCaseFile).UseCases.Count;
        }

        return count > 0 ? count.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-";
    }

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string Format(List<string[]> rows)
    {
        var widths = s_headers.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();
        var sb = new StringBuilder();
        void Line(string[] cells) => sb.Append("| ").Append(string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i])))).Append(" |\n");
        Line(s_headers);
        Line(widths.Select(w => new string('-', w)).ToArray());
        foreach (var row in rows)
        {
            Line(row);
        }

        return sb.ToString().TrimEnd('\n');
    }
}
