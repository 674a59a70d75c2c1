using System.Collections.Generic;

namespace KiroSpecs.Core.UseCases;

/// <summary>A branch while it is being read: its header and the entries under it.</summary>
internal sealed class BranchDraft
{
    public BranchDraft(string header, SourcePosition position, BranchKind kind, bool isExtension)
    {
        Header = header;
        Position = position;
        Kind = kind;
        IsExtension = isExtension;
    }

    public string Header { get; }

    public SourcePosition Position { get; }

    public BranchKind Kind { get; set; }

    public bool IsExtension { get; }

    public List<OutlineEntry> Lines { get; } = new();
}
