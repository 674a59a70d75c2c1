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

    /// <summary>
    /// The basic-flow step a branch written in the basic flow's numbering starts at ("3) User enters an empty
    /// name. 4) System shows … 5) …" under Alternates): it is that step done differently; 0 when not so written.
    /// </summary>
    public int RestatedStep { get; set; }

    /// <summary>
    /// A branch written whole in one bullet of a list of such bullets ("- Upload fails halfway. The line is not created;
    /// the client retries …"): its first sentence is its condition, the sentences after it what happens.
    /// </summary>
    public bool WholeInOneBullet { get; set; }

    /// <summary>An extension written whole in one paragraph ("7a — Condition. What happens. …"), not over numbered lines.</summary>
    public bool WholeParagraph { get; set; }

    /// <summary>A branch that is a section of its own: its header is the heading or label above its lines.</summary>
    public bool FromHeading { get; set; }

    /// <summary>A branch read from a table row: its id, anchor and condition come from their own columns.</summary>
    public bool FromTable { get; set; }

    public string TableId { get; set; } = string.Empty;

    public BranchAnchor TableAnchor { get; set; } = BranchAnchor.None;

    public string TableCondition { get; set; } = string.Empty;

    public string TableTitle { get; set; } = string.Empty;

    /// <summary>The handling of a table row, one action per entry (split at ';' and '. ').</summary>
    public List<string> TableActions { get; } = new();
}
