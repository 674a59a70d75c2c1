using KiroSpecs.Core.Diagnostics;

namespace KiroSpecs.Core.Specs;

/// <summary>The outcome of <see cref="SpecJsonReader.Read"/>: exactly one of the two is set.</summary>
/// <param name="Info">What the file says, when it can be used.</param>
/// <param name="Error">A KIRO004 diagnostic at the offending position, when it cannot.</param>
public sealed record SpecJsonReadResult(SpecDocumentInfo? Info, Diagnostic? Error);
