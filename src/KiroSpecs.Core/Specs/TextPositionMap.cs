using System;
using System.Collections.Generic;
using System.Text;

namespace KiroSpecs.Core.Specs;

/// <summary>
/// The UTF-8 bytes of a decoded text plus the one conversion between byte offsets (what
/// <see cref="System.Text.Json.Utf8JsonReader"/> reports), character offsets (what string patching
/// needs) and 1-based line and column (what diagnostics need). Columns count UTF-16 code units,
/// the way Visual Studio and VS Code count them, so Japanese text costs one column per character.
/// </summary>
internal sealed class TextPositionMap
{
    private readonly int _start;
    private readonly int[] _byteOfChar;
    private readonly int[] _lineStarts;

    /// <summary>Maps <paramref name="text"/> from <paramref name="start"/> on (1 skips a leading BOM).</summary>
    public TextPositionMap(string text, int start)
    {
        _start = start;
        var count = text.Length - start;
        _byteOfChar = new int[count + 1];
        var lineStarts = new List<int> { 0 };
        var bytes = 0;
        for (var i = 0; i < count; i++)
        {
            _byteOfChar[i] = bytes;
            var c = text[start + i];
            if (c == '\n')
            {
                // Utf8JsonReader counts lines by '\n' only; so do we, so both agree.
                lineStarts.Add(i + 1);
            }

            if (c < 0x80)
            {
                bytes += 1;
            }
            else if (c < 0x800)
            {
                bytes += 2;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < count && char.IsLowSurrogate(text[start + i + 1]))
            {
                // No token starts inside a pair; the low half gets an offset of its own so the
                // table stays strictly increasing.
                _byteOfChar[i + 1] = bytes + 2;
                bytes += 4;
                i++;
            }
            else
            {
                // Other characters, and lone surrogates (Encoding.UTF8 writes U+FFFD for them).
                bytes += 3;
            }
        }

        _byteOfChar[count] = bytes;
        _lineStarts = lineStarts.ToArray();
        Utf8 = new byte[bytes];
        if (Encoding.UTF8.GetBytes(text, start, count, Utf8, 0) != bytes)
        {
            throw new InvalidOperationException("UTF-8 length of the text does not match the position map.");
        }
    }

    /// <summary>The text (without BOM) as UTF-8.</summary>
    public byte[] Utf8 { get; }

    /// <summary>The character offset in the full text of the character holding <paramref name="byteOffset"/>.</summary>
    public int ToCharIndex(long byteOffset)
    {
        var clamped = (int)Math.Max(0, Math.Min(byteOffset, Utf8.Length));
        var index = Array.BinarySearch(_byteOfChar, clamped);
        return _start + (index >= 0 ? index : ~index - 1);
    }

    /// <summary>The 1-based line and column of a character offset in the full text.</summary>
    public (int Line, int Column) ToLineColumn(int charIndex)
    {
        var body = Math.Max(0, charIndex - _start);
        var index = Array.BinarySearch(_lineStarts, body);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, body - _lineStarts[line] + 1);
    }

    /// <summary>The 1-based line and column of a byte offset.</summary>
    public (int Line, int Column) ByteToLineColumn(long byteOffset) => ToLineColumn(ToCharIndex(byteOffset));

    /// <summary>
    /// The byte offset of a zero-based line and zero-based byte position in it, the way
    /// <see cref="System.Text.Json.JsonException"/> reports positions.
    /// </summary>
    public long ToByteOffset(long line, long bytePositionInLine)
    {
        if (line >= _lineStarts.Length)
        {
            return Utf8.Length;
        }

        var lineStart = _byteOfChar[_lineStarts[(int)Math.Max(0, line)]];
        return Math.Min(Utf8.Length, lineStart + Math.Max(0, bytePositionInLine));
    }
}
