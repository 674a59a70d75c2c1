using System;
using System.Runtime.CompilerServices;

namespace KiroSpecs.Core.Common;

/// <summary>
/// <c>text.IndexOf(value, StringComparison.OrdinalIgnoreCase) &gt;= 0</c>, the check every keyword list runs, without
/// the search where its answer is known: a value holding a character outside ASCII (a Japanese or Portuguese
/// keyword) is never found, ignoring case, in a text of ASCII characters only, and searching for it takes the
/// runtime's slow path through the whole text.
/// </summary>
internal static class IgnoreCase
{
    /// <summary>True when <paramref name="text"/> holds <paramref name="value"/>, ordinal, ignoring case.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static bool Contains(string text, string value)
    {
        if (LowerIfAscii(text) is { } lower)
        {
            if (OutsideAscii(value))
            {
                return false;
            }

            if (AllAscii(value))
            {
                return ContainsAscii(lower, value);
            }
        }

        return text.IndexOf(value, StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary>
    /// <c>text.IndexOf(value, StringComparison.OrdinalIgnoreCase) &gt;= 0</c> for a text and a value of ASCII characters
    /// only, where ignoring case by ordinal rules is ignoring the case of ASCII letters: the value, lower-cased, is
    /// looked for in the lower-cased text (<see cref="LowerIfAscii"/>).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool ContainsAscii(LowerAsciiText text, string value)
    {
        Span<char> lower = value.Length <= 64 ? stackalloc char[value.Length] : new char[value.Length];
        for (var k = 0; k < value.Length; k++)
        {
            lower[k] = Lower(value[k]);
        }

        return text.Holds(lower);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Lower(char c) => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;

    /// <summary>True when <paramref name="text"/> holds one of <paramref name="values"/>, ordinal, ignoring case.</summary>
    public static bool ContainsAny(string text, string[] values) => s_sets.GetValue(values, static v => new ValueSet(v)).InText(text);

    /// <summary>The value sets of the keyword lists asked about, made once per list (the lists are static arrays).</summary>
    private static readonly ConditionalWeakTable<string[], ValueSet> s_sets = new();

    /// <summary>
    /// Values to look for, each told once whether it holds a character outside ASCII (see <see cref="Contains"/>): a
    /// keyword list is asked about thousands of texts, and finding that out again for every text was half the
    /// cost of the keyword checks.
    /// </summary>
    internal sealed class ValueSet
    {
        private readonly string[] _ascii;
        private readonly string[] _asciiLower;
        private readonly string[] _special;
        private readonly string[] _outside;

        public ValueSet(System.Collections.Generic.IEnumerable<string> values)
        {
            var ascii = new System.Collections.Generic.List<string>();
            var special = new System.Collections.Generic.List<string>();
            var outside = new System.Collections.Generic.List<string>();
            foreach (var value in values)
            {
                (OutsideAscii(value) ? outside : AllAscii(value) ? ascii : special).Add(value);
            }

            _ascii = ascii.ToArray();
            _asciiLower = Array.ConvertAll(_ascii, value => value.ToLowerInvariant());
            _special = special.ToArray();
            _outside = outside.ToArray();
        }

        /// <summary>True when <paramref name="text"/> holds one of the values (<see cref="Contains"/> for each).</summary>
        [MethodImpl(HotPath.Optimized)]
        public bool InText(string text)
        {
            // On a text of ASCII characters, ignoring case by ordinal rules is ASCII case folding: the values of ASCII
            // characters are looked for in the lower-cased text. A text with another character ('ı' is 'I' ignoring
            // case) is searched value by value, as before.
            var lower = LowerIfAscii(text);
            if ((lower is not null ? AnyAsciiIn(lower, _asciiLower) : AnyIn(text, _ascii)) || AnyIn(text, _special))
            {
                return true;
            }

            return _outside.Length > 0 && lower is null && AnyIn(text, _outside);
        }

        /// <summary>True when the text, of ASCII characters only, holds one of <paramref name="lowerValues"/> (lower-case ASCII), ignoring case.</summary>
        [MethodImpl(HotPath.Optimized)]
        private static bool AnyAsciiIn(LowerAsciiText lower, string[] lowerValues)
        {
            foreach (var value in lowerValues)
            {
                if (lower.Holds(value.AsSpan()))
                {
                    return true;
                }
            }

            return false;
        }

        [MethodImpl(HotPath.Optimized)]
        private static bool AnyIn(string text, string[] values)
        {
            foreach (var value in values)
            {
                if (text.IndexOf(value, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// True when a character of <paramref name="value"/> is equal, ignoring case, to no ASCII character. The few
    /// characters whose upper case is ASCII in some casing table (dotless i, long s, Kelvin and Ångström signs, dotted
    /// capital I) do not count, so that the answer holds on .NET Framework as on .NET.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool OutsideAscii(string value)
    {
        foreach (var c in value)
        {
            if (c > '\u007F' && c is not ('\u0130' or '\u0131' or '\u017F' or '\u212A' or '\u212B'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What is remembered of the last texts asked about on a thread (by reference): one thread-static read per question.</summary>
    private sealed class LastText
    {
        public string? AsciiOf;
        public bool IsAscii;
        public readonly LowerAsciiText Lower = new();
    }

    [ThreadStatic]
    private static LastText? s_last;

    /// <summary>True when every character of <paramref name="text"/> is ASCII; the last text asked about is remembered (by reference).</summary>
    [MethodImpl(HotPath.Optimized)]
    internal static bool IsAscii(string text) => Remembered(text).IsAscii;

    /// <summary>What is remembered on this thread, told whether <paramref name="text"/> is all ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static LastText Remembered(string text)
    {
        var last = s_last ??= new LastText();
        if (!ReferenceEquals(text, last.AsciiOf))
        {
            last.IsAscii = AllAscii(text);
            last.AsciiOf = text;
        }

        return last;
    }

    /// <summary>
    /// <paramref name="text"/> with its letters lower-cased when its characters are all ASCII, else null: made once for
    /// the several keyword lists and values looked for in the same text one after the other (the last text is
    /// remembered, by reference, in a buffer of the thread).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static LowerAsciiText? LowerIfAscii(string text)
    {
        var last = Remembered(text);
        if (!last.IsAscii)
        {
            return null;
        }

        var lower = last.Lower;
        if (!ReferenceEquals(text, lower.Of))
        {
            lower.Set(text);
        }

        return lower;
    }

    /// <summary>True when every character of <paramref name="text"/> is ASCII (nothing remembered).</summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool AllAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007F')
            {
                return false;
            }
        }

        return true;
    }
}
