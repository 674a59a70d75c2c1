namespace KiroSpecs.Core.Sequences;

/// <summary>Where a <see cref="SourceItem"/> comes from.</summary>
internal enum SourceItemKind
{
    Precondition,
    Step,
    Alternative,
    Exception,
    BusinessRule,
    Requirement,
    Postcondition,

    /// <summary>A section the diagrams do not draw (free text, an unknown label, a document-wide requirement).</summary>
    Note,
}
