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
    [MethodImpl(HotPath.Optimized)]
    public static bool ContainsAny(string text, string[] values)
    {
        foreach (var value in values)
        {
            if (Contains(text, value))
            {
                return true;
            }
        }

        return false;
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
