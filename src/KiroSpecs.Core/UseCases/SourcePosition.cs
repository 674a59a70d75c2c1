namespace KiroSpecs.Core.UseCases;

/// <summary>A 1-based line and column in usecase.md (Markdig's zero-based position converted once).</summary>
public sealed record SourcePosition(int Line, int Column)
{
    /// <summary>An unknown position (0, 0).</summary>
    public static SourcePosition None { get; } = new(0, 0);
}
