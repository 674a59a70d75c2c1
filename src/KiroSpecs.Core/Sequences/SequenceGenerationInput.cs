namespace KiroSpecs.Core.Sequences;

/// <summary>
/// Input of <see cref="SequenceGenerator.Generate"/>: the feature folder name, the text of usecase.md,
/// its full path (used only as the file of diagnostics) and the translation options.
/// </summary>
public sealed record SequenceGenerationInput(string FeatureName, string UseCaseText, string UseCasePath, TranslationOptions Options);
