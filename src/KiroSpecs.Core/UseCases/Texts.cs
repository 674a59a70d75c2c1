using System;
using System.Runtime.CompilerServices;
using System.Text;
using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.UseCases;

/// <summary>Small allocation-light string helpers shared by the readers.</summary>
internal static class Texts
{
    /// <summary>Collapses runs of whitespace (including newlines) into one space and trims.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static string Clean(string text)
    {
        if (text.Length == 0 || IsClean(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// True when <see cref="Clean"/> keeps <paramref name="text"/> as it is: its only white space or control
    /// characters are single spaces between other characters.
    /// </summary>
    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((char.IsWhiteSpace(c) || char.IsControl(c)) && (c != ' ' || i == 0 || i == text.Length - 1 || text[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Splits "Label: text" when the label is short; otherwise returns an empty label.</summary>
    public static (string Label, string Text) SplitLabel(string text, int maxWords = 5)
    {
        var colon = text.IndexOfAny(new[] { ':', '：' });
        if (colon <= 0 || colon > 48)
        {
            return (string.Empty, text.Trim());
        }

        var label = text.Substring(0, colon).Trim().Trim('*', '_').Trim();
        if (label.Length == 0 || CountWords(label) > maxWords || label.IndexOf("http", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return (string.Empty, text.Trim());
        }

        return (label, text.Substring(colon + 1).Trim());
    }

    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }

    public static bool IsNone(string text)
    {
        var t = text.Trim().TrimEnd('.').Trim();
        return t.Length == 0
            || t.Equals("none", StringComparison.OrdinalIgnoreCase)
            || t.Equals("n/a", StringComparison.OrdinalIgnoreCase)
            || t.Equals("na", StringComparison.OrdinalIgnoreCase)
            || t.Equals("-", StringComparison.Ordinal)
            || t.Equals("—", StringComparison.Ordinal)
            || t.Equals("なし", StringComparison.Ordinal)
            || t.Equals("該当なし", StringComparison.Ordinal)
            || t.StartsWith("none ", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("none(", StringComparison.OrdinalIgnoreCase);
    }
}
