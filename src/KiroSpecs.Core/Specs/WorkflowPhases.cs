using System;
using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.Specs;

/// <summary>
/// The order of the spec workflow's phases (kiro-sdd: init → requirements → usecase → sequence →
/// schema → api → interfaces → tests-red → design → tasks → implementation). Ranks step by ten per
/// workflow step; "-approved" sits five above its step. Names are compared ignoring case.
/// </summary>
public static class WorkflowPhases
{
    /// <summary>The phase the sequence step records.</summary>
    public const string SequenceDefined = "sequence-defined";

    /// <summary>Every known phase, in workflow order. Synonyms seen in the workflow's variants share a rank.</summary>
    public static EquatableArray<WorkflowPhase> All { get; } = new WorkflowPhase[]
    {
        new("initialized", 0),
        new("requirements-generated", 10),
        new("requirements-defined", 10),
        new("requirements-approved", 15),
        new("usecase-generated", 20),
        new("usecase-defined", 20),
        new("usecase-approved", 25),
        new("sequence-generated", 30),
        new(SequenceDefined, 30),
        new("sequence-approved", 35),
        new("schema-generated", 40),
        new("schema-defined", 40),
        new("schema-approved", 45),
        new("api-generated", 50),
        new("api-defined", 50),
        new("api-approved", 55),
        new("interfaces-generated", 60),
        new("interfaces-defined", 60),
        new("interfaces-approved", 65),
        new("tests-red", 70),
        new("tests-red-generated", 70),
        new("tests-red-defined", 70),
        new("tests-generated", 70),
        new("tests-defined", 70),
        new("tests-red-approved", 75),
        new("tests-approved", 75),
        new("design-generated", 80),
        new("design-defined", 80),
        new("design-integrated", 80),
        new("design-approved", 85),
        new("tasks-generated", 90),
        new("tasks-defined", 90),
        new("tasks-approved", 95),
        new("ready-for-implementation", 100),
        new("implementation-ready", 100),
        new("implementation", 110),
        new("implementation-in-progress", 110),
        new("implementation-green", 110),
        new("refactored", 120),
        new("implemented", 130),
        new("completed", 130),
    }.ToEquatableArray();

    /// <summary>True when <paramref name="phase"/> is in the table.</summary>
    public static bool IsKnown(string? phase) => RankOf(phase) is not null;

    /// <summary>
    /// True when both phases are known and <paramref name="phase"/> comes after <paramref name="other"/>.
    /// Unknown phases are never later (nor earlier) than anything.
    /// </summary>
    public static bool IsLaterThan(string phase, string other) =>
        RankOf(phase) is { } a && RankOf(other) is { } b && a > b;

    /// <summary>
    /// True when recording <paramref name="target"/> moves the workflow forward or keeps it where it is:
    /// the current phase is absent or blank, or known and not later than the target. An unknown
    /// phase is someone else's state, so it is never overwritten.
    /// </summary>
    public static bool CanAdvance(string? current, string target) =>
        string.IsNullOrWhiteSpace(current) || (IsKnown(current) && !IsLaterThan(current!, target));

    private static int? RankOf(string? phase)
    {
        var name = phase?.Trim();
        foreach (var entry in All)
        {
            if (string.Equals(entry.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return entry.Rank;
            }
        }

        return null;
    }
}
