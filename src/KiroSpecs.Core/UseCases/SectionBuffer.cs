using System.Collections.Generic;

namespace KiroSpecs.Core.UseCases;

/// <summary>A labelled section found by <see cref="UseCaseAssembler"/>: its label, kind and content entries.</summary>
internal sealed class SectionBuffer
{
    public SectionBuffer(SectionKind kind, string label, SourcePosition position, bool isBranch, BranchKind branchKind, bool isExtension)
    {
        Kind = kind;
        Label = label;
        Position = position;
        IsBranch = isBranch;
        BranchKind = branchKind;
        IsExtension = isExtension;
    }

    public SectionKind Kind { get; set; }

    public string Label { get; }

    public SourcePosition Position { get; }

    /// <summary>True for one alternative/exception flow or extension written under its own label.</summary>
    public bool IsBranch { get; }

    public BranchKind BranchKind { get; }

    public bool IsExtension { get; }

    public List<OutlineEntry> Content { get; } = new();
}
