namespace KiroSpecs.Core.Pipeline;

/// <summary>A file to write: full path, exact text (line endings already applied), and whether to start with a BOM.</summary>
public sealed record PlannedWrite(string Path, string Text, bool WithBom);
