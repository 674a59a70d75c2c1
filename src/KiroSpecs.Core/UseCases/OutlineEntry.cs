using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// One entry of the outline. <see cref="Level"/> is the heading level (1–6), 7 for a bold or "Label:" line,
/// 8 for a label list item. <see cref="Marker"/> is the ordered-list number of an item ("" for bullets).
/// </summary>
internal sealed record OutlineEntry(
    OutlineKind Kind,
    int Level,
    int Depth,
    string Marker,
    string Text,
    EquatableArray<string> Cells,
    bool IsHeaderRow,
    SourcePosition Position);
