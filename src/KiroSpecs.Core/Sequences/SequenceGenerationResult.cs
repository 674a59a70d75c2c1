using System;
using System.Text;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.Diagnostics;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// The generated sequence.md (empty when no use case was recognised), the number of use cases and of
/// sequences, whether any error flow was drawn, and the diagnostics about usecase.md.
/// </summary>
/// <remarks>
/// A generated document is kept as the builder it was written into and becomes a string only when
/// <see cref="Markdown"/> is read: the pipeline stamps and compares it from the builder
/// (<see cref="Pipeline.GeneratedMarker"/>), so the output of a large document is not held a third time.
/// </remarks>
public sealed record SequenceGenerationResult
{
    private readonly StringBuilder? _body;
    private string? _markdown;

    public SequenceGenerationResult(string Markdown, int UseCaseCount, int SequencesCount, bool ErrorFlowsDefined, EquatableArray<Diagnostic> Diagnostics)
    {
        _markdown = Markdown;
        this.UseCaseCount = UseCaseCount;
        this.SequencesCount = SequencesCount;
        this.ErrorFlowsDefined = ErrorFlowsDefined;
        this.Diagnostics = Diagnostics;
    }

    /// <summary>A result whose text is exactly what <paramref name="body"/> holds; the builder is not written to again.</summary>
    internal SequenceGenerationResult(StringBuilder body, int useCaseCount, int sequencesCount, bool errorFlowsDefined, EquatableArray<Diagnostic> diagnostics)
        : this((string)null!, useCaseCount, sequencesCount, errorFlowsDefined, diagnostics)
    {
        _body = body;
    }

    /// <summary>The generated text (made from the builder on first read).</summary>
    public string Markdown => _markdown ??= _body!.ToString();

    public int UseCaseCount { get; init; }

    public int SequencesCount { get; init; }

    public bool ErrorFlowsDefined { get; init; }

    public EquatableArray<Diagnostic> Diagnostics { get; init; }

    /// <summary>The generated text when it is still only in its builder (null once it is a string).</summary>
    internal StringBuilder? Body => _markdown is null ? _body : null;

    public void Deconstruct(out string Markdown, out int UseCaseCount, out int SequencesCount, out bool ErrorFlowsDefined, out EquatableArray<Diagnostic> Diagnostics)
    {
        Markdown = this.Markdown;
        UseCaseCount = this.UseCaseCount;
        SequencesCount = this.SequencesCount;
        ErrorFlowsDefined = this.ErrorFlowsDefined;
        Diagnostics = this.Diagnostics;
    }

    public bool Equals(SequenceGenerationResult? other) =>
        other is not null
        && UseCaseCount == other.UseCaseCount
        && SequencesCount == other.SequencesCount
        && ErrorFlowsDefined == other.ErrorFlowsDefined
        && Diagnostics.Equals(other.Diagnostics)
        && string.Equals(Markdown, other.Markdown, StringComparison.Ordinal);

    public override int GetHashCode() =>
        (StringComparer.Ordinal.GetHashCode(Markdown), UseCaseCount, SequencesCount, ErrorFlowsDefined, Diagnostics).GetHashCode();
}
