namespace KiroSpecs.Core.UseCases;

/// <summary>A labelled line such as "BR-1: …", "Performance: …" or "Success: …"; the label may be empty.</summary>
public sealed record LabeledText(string Label, string Text, SourcePosition Position);
