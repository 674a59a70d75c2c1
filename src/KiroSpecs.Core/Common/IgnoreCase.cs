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
    public static bool Contains(string text, string value) =>
        !(OutsideAscii(value) && IsAscii(text)) && text.IndexOf(value, StringComparison.OrdinalIgnoreCase) >= 0;

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
        private readonly string[] _outside;

        public ValueSet(System.Collections.Generic.IEnumerable<string> values)
        {
            var ascii = new System.Collections.Generic.List<string>();
            var outside = new System.Collections.Generic.List<string>();
            foreach (var value in values)
            {
                (OutsideAscii(value) ? outside : ascii).Add(value);
            }

            _ascii = ascii.ToArray();
            _outside = outside.ToArray();
        }

        /// <summary>True when <paramref name="text"/> holds one of the values (<see cref="Contains"/> for each).</summary>
        [MethodImpl(HotPath.Optimized)]
        public bool InText(string text)
        {
            foreach (var value in _ascii)
            {
                if (text.IndexOf(value, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            if (_outside.Length == 0 || IsAscii(text))
            {
                return false;
            }

            foreach (var value in _outside)
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

    [ThreadStatic]
    private static string? s_lastText;

    [ThreadStatic]
    private static bool s_lastIsAscii;

    /// <summary>True when every character of <paramref name="text"/> is ASCII; the last text asked about is remembered (by reference).</summary>
    internal static bool IsAscii(string text)
    {
        if (ReferenceEquals(text, s_lastText))
        {
            return s_lastIsAscii;
        }

        var ascii = true;
        foreach (var c in text)
        {
            if (c > '\u007F')
            {
                ascii = false;
                break;
            }
        }

        s_lastText = text;
        s_lastIsAscii = ascii;
        return ascii;
    }
}
