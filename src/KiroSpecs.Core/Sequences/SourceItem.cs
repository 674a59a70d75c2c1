namespace KiroSpecs.Core.Sequences;

/// <summary>
/// A piece of a use case a derived section can cite: "step 4", "BR-2", "EF-1.1", "Performance". <see cref="Text"/>
/// is everything it says (for matching); <see cref="Display"/> is the short form shown to readers.
/// </summary>
internal sealed record SourceItem(string Reference, string Text, SourceItemKind Kind, string Display)
{
    public SourceItem(string reference, string text, SourceItemKind kind)
        : this(reference, text, kind, text)
    {
    }
}
