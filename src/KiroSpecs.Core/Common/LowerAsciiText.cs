using System;
using System.Runtime.CompilerServices;

namespace KiroSpecs.Core.Common;

/// <summary>
/// A text of ASCII characters with its letters lower-cased, in a buffer reused for the next text, and the pairs of
/// neighbouring characters it holds, one bit each of 1,024 (the low five bits of each character). A value one of
/// whose pairs is not among them is not in the text: most keywords asked about a step are answered so, without
/// searching the text (<see cref="IgnoreCase"/>).
/// </summary>
internal sealed class LowerAsciiText
{
    private readonly ulong[] _pairs = new ulong[16];
    private char[] _chars = new char[256];
    private int _length;

    /// <summary>The text last made lower-case here (compared by reference).</summary>
    public string? Of { get; private set; }

    /// <summary>Makes this the lower-cased <paramref name="text"/> (of ASCII characters only) and its pairs.</summary>
    [MethodImpl(HotPath.Optimized)]
    public void Set(string text)
    {
        if (_chars.Length < text.Length)
        {
            _chars = new char[Math.Max(text.Length, 2 * _chars.Length)];
        }

        var pairs = _pairs;
        Array.Clear(pairs, 0, pairs.Length);
        var chars = _chars;
        var previous = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lower = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            chars[i] = lower;
            if (i > 0)
            {
                var pair = Pair(previous, lower);
                pairs[pair >> 6] |= 1UL << (pair & 63);
            }

            previous = lower;
        }

        _length = text.Length;
        Of = text;
    }

    /// <summary>True when the text holds <paramref name="lowerValue"/> (lower-case ASCII), by an ordinal search where its pairs do not rule it out.</summary>
    [MethodImpl(HotPath.Optimized)]
    public bool Holds(ReadOnlySpan<char> lowerValue)
    {
        for (var k = 1; k < lowerValue.Length; k++)
        {
            var pair = Pair(lowerValue[k - 1], lowerValue[k]);
            if ((_pairs[pair >> 6] & (1UL << (pair & 63))) == 0)
            {
                return false;
            }
        }

        return _chars.AsSpan(0, _length).IndexOf(lowerValue) >= 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Pair(char first, char second) => ((first & 31) << 5) | (second & 31);
}
