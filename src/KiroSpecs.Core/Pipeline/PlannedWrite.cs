using System;
using KiroSpecs.Core.IO;
using KiroSpecs.Core.Sequences;

namespace KiroSpecs.Core.Pipeline;

/// <summary>A file to write: full path, exact text (line endings already applied), and whether to start with a BOM.</summary>
/// <remarks>
/// A generated sequence.md is planned as its marker line and the generated result: <see cref="AtomicFileWriter"/>
/// writes the two one after the other, and <see cref="Text"/> joins them only when it is read. The output of a
/// large document is then held once (as it was generated), not a second time as the text of the file.
/// </remarks>
public sealed record PlannedWrite
{
    private readonly string? _head;
    private readonly SequenceGenerationResult? _body;
    private readonly string _newLine = "\n";
    private string? _text;

    public PlannedWrite(string Path, string Text, bool WithBom)
    {
        this.Path = Path;
        _text = Text;
        this.WithBom = WithBom;
    }

    /// <summary>The LF text <paramref name="head"/> followed by <paramref name="body"/>'s, written with <paramref name="newLine"/>.</summary>
    internal PlannedWrite(string path, string head, SequenceGenerationResult body, string newLine, bool withBom)
        : this(path, (string)null!, withBom)
    {
        (_head, _body, _newLine) = (head, body, newLine);
    }

    public string Path { get; init; }

    public string Text => _text ??= TextFileReader.WithNewLine(_head + _body!.Markdown, _newLine);

    public bool WithBom { get; init; }

    /// <summary>Writes the file (<see cref="AtomicFileWriter"/>), from the parts when the text has not been joined.</summary>
    internal void Write()
    {
#if NET
        if (_text is null && _body!.Body is { } builder)
        {
            AtomicFileWriter.Write(Path, _head!, builder, _newLine, WithBom);
            return;
        }
#endif
        AtomicFileWriter.Write(Path, Text, WithBom);
    }

    public void Deconstruct(out string Path, out string Text, out bool WithBom)
    {
        Path = this.Path;
        Text = this.Text;
        WithBom = this.WithBom;
    }

    public bool Equals(PlannedWrite? other) =>
        other is not null
        && string.Equals(Path, other.Path, StringComparison.Ordinal)
        && WithBom == other.WithBom
        && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override int GetHashCode() => (StringComparer.Ordinal.GetHashCode(Path), StringComparer.Ordinal.GetHashCode(Text), WithBom).GetHashCode();
}
