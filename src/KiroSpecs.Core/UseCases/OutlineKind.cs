namespace KiroSpecs.Core.UseCases;

/// <summary>The kinds of entry in the flat outline of a Markdown document.</summary>
internal enum OutlineKind
{
    /// <summary>A heading, a bold label line, a "Label:" line or a list item that is only a label.</summary>
    Label,

    /// <summary>A list item (its first paragraph); nested items have a larger depth.</summary>
    Item,

    /// <summary>A line of a paragraph that is not in a list.</summary>
    Line,

    /// <summary>A table row; the cells are in <see cref="OutlineEntry.Cells"/>.</summary>
    TableRow,

    /// <summary>A code block; the text is its content and the marker its info string.</summary>
    Code,

    /// <summary>A thematic break ("---"): it separates what comes before it from what comes after.</summary>
    Break,
}
