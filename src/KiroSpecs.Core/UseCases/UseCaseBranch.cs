using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// An alternative flow, exception flow or extension: its id as written ("AF-1.1", "3a", "*a"), title,
/// anchor, condition, own steps and ending.
/// </summary>
public sealed record UseCaseBranch(
    string Id,
    string Title,
    BranchKind Kind,
    BranchAnchor Anchor,
    string Condition,
    EquatableArray<UseCaseStep> Steps,
    BranchEnding Ending,
    SourcePosition Position);
