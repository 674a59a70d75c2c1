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
        if (IsAscii(text))
        {
            if (OutsideAscii(value))
            {
                return false;
            }

            if (AllAscii(value))
            {
                return ContainsAscii(text, value);
            }
        }

        return text.IndexOf(value, StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary>
    /// <c>text.IndexOf(value, StringComparison.OrdinalIgnoreCase) &gt;= 0</c> for a text and a value of ASCII characters
    /// only, where ignoring case by ordinal rules is ignoring the case of ASCII letters. The runtime's search does the
    /// same, but a build node runs it, hot, in the instrumented code of its tiers for most of a cold run (README
    /// "Performance"), while this loop is compiled optimized once.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool ContainsAscii(string text, string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        // The places of the first character are found by the runtime's vectorized search, the rest compared here.
        var lower = Lower(value[0]);
        var upper = lower is >= 'a' and <= 'z' ? (char)(lower - 32) : lower;
        var last = text.Length - value.Length;
        for (var i = 0; i <= last; i++)
        {
            var at = text.AsSpan(i, last - i + 1).IndexOfAny(lower, upper);
            if (at < 0)
            {
                return false;
            }

            i += at;
            var k = 1;
            while (k < value.Length && Lower(text[i + k]) == Lower(value[k]))
            {
                k++;
            }

            if (k == value.Length)
            {
                return true;
            }
        }

        return false;
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
        /// <summary>
        /// From this many values of ASCII characters, one pass over a text beats one search per value (about 1.7× faster
        /// for a list of 30 on the steps of the benchmark's documents; slower for a list of 5).
        /// </summary>
        private const int ScanFrom = 16;

        private readonly string[] _ascii;
        private readonly string[] _special;
        private readonly string[] _outside;

        // The values of _ascii lower-cased, by their first character, when they are looked for in one pass.
        private readonly string[]?[]? _byFirst;

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
            _special = special.ToArray();
            _outside = outside.ToArray();
            if (_ascii.Length >= ScanFrom && Array.IndexOf(_ascii, string.Empty) < 0)
            {
                var byFirst = new System.Collections.Generic.List<string>?[128];
                foreach (var value in _ascii)
                {
                    var lower = value.ToLowerInvariant();
                    (byFirst[lower[0]] ??= new System.Collections.Generic.List<string>()).Add(lower);
                }

                _byFirst = Array.ConvertAll(byFirst, list => list?.ToArray());
            }
        }

        /// <summary>True when <paramref name="text"/> holds one of the values (<see cref="Contains"/> for each).</summary>
        [MethodImpl(HotPath.Optimized)]
        public bool InText(string text)
        {
            // On a text of ASCII characters, ignoring case by ordinal rules is ASCII case folding: the values of ASCII
            // characters are found in one pass. A text with another character ('ı' is 'I' ignoring case) is searched
            // value by value, as before.
            var scanned = _byFirst is null ? ScanResult.NotScanned : Scan(text);
            if (scanned == ScanResult.Found
                || scanned == ScanResult.NotAscii && AnyIn(text, _ascii)
                || scanned == ScanResult.NotScanned && (IsAscii(text) ? AnyAsciiIn(text, _ascii) : AnyIn(text, _ascii))
                || AnyIn(text, _special))
            {
                return true;
            }

            return _outside.Length > 0 && scanned != ScanResult.NotFound && !IsAscii(text) && AnyIn(text, _outside);
        }

        private enum ScanResult
        {
            NotScanned,
            Found,
            NotFound,
            NotAscii,
        }

        [MethodImpl(HotPath.Optimized)]
        private ScanResult Scan(string text)
        {
            var byFirst = _byFirst!;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c > '\u007F')
                {
                    return ScanResult.NotAscii;
                }

                if (byFirst[c is >= 'A' and <= 'Z' ? c + 32 : c] is not { } candidates)
                {
                    continue;
                }

                foreach (var value in candidates)
                {
                    if (value.Length <= text.Length - i && EqualsLowerAscii(text, i, value))
                    {
                        return ScanResult.Found;
                    }
                }
            }

            return ScanResult.NotFound;
        }

        /// <summary>True when the text at <paramref name="start"/> is <paramref name="lower"/> (lower-case ASCII), ignoring the case of its ASCII letters.</summary>
        [MethodImpl(HotPath.Optimized)]
        private static bool EqualsLowerAscii(string text, int start, string lower)
        {
            for (var k = 1; k < lower.Length; k++)
            {
                var c = text[start + k];
                if ((c is >= 'A' and <= 'Z' ? (char)(c + 32) : c) != lower[k])
                {
                    return false;
                }
            }

            return true;
        }

        [MethodImpl(HotPath.Optimized)]
        private static bool AnyAsciiIn(string text, string[] values)
        {
            foreach (var value in values)
            {
                if (ContainsAscii(text, value))
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

    [ThreadStatic]
    private static string? s_lastText;

    [ThreadStatic]
    private static bool s_lastIsAscii;

    /// <summary>True when every character of <paramref name="text"/> is ASCII; the last text asked about is remembered (by reference).</summary>
    [MethodImpl(HotPath.Optimized)]
    internal static bool IsAscii(string text)
    {
        if (ReferenceEquals(text, s_lastText))
        {
            return s_lastIsAscii;
        }

        var ascii = AllAscii(text);
        s_lastText = text;
        s_lastIsAscii = ascii;
        return ascii;
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
