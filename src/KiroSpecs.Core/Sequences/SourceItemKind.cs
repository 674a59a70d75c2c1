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
}
