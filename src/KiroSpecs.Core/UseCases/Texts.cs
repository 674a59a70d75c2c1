using System;
using System.Runtime.CompilerServices;
using System.Text;
using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.UseCases;

/// <summary>Small allocation-light string helpers shared by the readers.</summary>
internal static class Texts
{
    private static readonly string[] s_abbreviations = { "e.g", "i.e", "etc", "vs", "approx", "incl", "ca", "cf", "no", "nr", "dr", "mr", "mrs", "ms", "z.b", "d.h", "bzw", "usw", "p.ex", "p. ex", "ex", "obs", "aprox" };

    /// <summary>
    /// Where the first sentence of <paramref name="text"/> ends at or after <paramref name="from"/>: the index of
    /// a ". " that is not inside parentheses and does not close an abbreviation ("e.g. closed for renovation"); -1 if none.
    /// </summary>
    public static int SentenceEnd(string text, int from = 0)
    {
        var depth = 0;
        var quoted = false;
        var low = false;
        for (var i = from; i + 1 < text.Length; i++)
        {
            var c = text[i];
            if (IsQuoteMark(c))
            {
                // "No hemos podido confirmar el pago. No vuelva a pagar.", «… la identificación. Inténtelo más tarde»,
                // »Zu wenig Resturlaub. Bitte …«, „… “: a message quoted whole. A guillemet opens or closes by which
                // comes first; “ closes what „ opened, and opens otherwise.
                (quoted, low) = QuoteAfter(c, quoted, low);
                if (!quoted && depth == 0 && i > 0 && text[i - 1] is '.' or '!' or '?' && i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2]))
                {
                    // app shows "… can't be recalled." Use case ends.: a quoted message that ends its sentence.
                    return i;
                }
            }
            else if (quoted)
            {
                continue;
            }
            else if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (c == '.' && text[i + 1] == ' ' && depth == 0 && i > 0 && !ClosesAnAbbreviation(text, i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True for a character that opens or closes a quotation (<see cref="QuoteAfter"/>).</summary>
    public static bool IsQuoteMark(char c) => c is '"' or '“' or '”' or '«' or '»' or '„';

    /// <summary>
    /// Whether a quotation is open after the quote mark <paramref name="c"/>, from <paramref name="quoted"/> before it;
    /// <paramref name="low"/> when the open one began with „. A straight quote or a guillemet («…», »…«) opens or closes
    /// by which comes first; “ closes what „ opened and opens otherwise; ” closes.
    /// </summary>
    public static (bool Quoted, bool Low) QuoteAfter(char c, bool quoted, bool low) => c switch
    {
        '"' or '«' or '»' => (!quoted, false),
        '„' => (true, true),
        '“' => low && quoted ? (false, false) : (true, false),
        _ => (false, false),
    };

    /// <summary>
    /// The first <paramref name="separator"/> of <paramref name="text"/> outside round or square brackets ("(e.g.: a broken
    /// rail)" holds no clause break); -1 if none.
    /// </summary>
    public static int IndexOutsideBrackets(string text, string separator, int from = 0)
    {
        // One pass: the bracket depth before each position is kept as the text is read, not counted again per candidate.
        var depth = 0;
        for (var i = 0; i + separator.Length <= text.Length; i++)
        {
            if (i >= from && depth == 0 && string.CompareOrdinal(text, i, separator, 0, separator.Length) == 0)
            {
                return i;
            }

            depth += text[i] is '(' or '[' ? 1 : text[i] is ')' or ']' && depth > 0 ? -1 : 0;
        }

        return -1;
    }

    /// <summary>
    /// The first sentence of <paramref name="text"/>, which <see cref="SentenceEnd"/> says ends at <paramref name="end"/>:
    /// without its full stop, or with the closing quote of a quoted message that ends it.
    /// </summary>
    public static string SentenceBefore(string text, int end) => text.Substring(0, Through(text, end));

    /// <summary>Where the sentence ending at <paramref name="end"/> stops: before its full stop, after a closing quote.</summary>
    private static int Through(string text, int end) => end + (IsQuoteMark(text[end]) ? 1 : 0);

    /// <summary>The sentences of a text split at <see cref="SentenceEnd"/>, without their closing ". ".</summary>
    public static System.Collections.Generic.List<string> Sentences(string text)
    {
        var result = new System.Collections.Generic.List<string>();
        var start = 0;
        for (var end = SentenceEnd(text, 0); end >= 0; end = SentenceEnd(text, start))
        {
            if (end > start)
            {
                result.Add(text.Substring(start, Through(text, end) - start));
            }

            start = end + 2;
        }

        if (start < text.Length)
        {
            result.Add(text.Substring(start));
        }

        return result;
    }

    private static bool ClosesAnAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        var word = text.Substring(start, dot - start).ToLowerInvariant();
        return Array.IndexOf(s_abbreviations, word) >= 0 || (word.Length == 1 && char.IsUpper(text[start]));
    }

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
    [MethodImpl(HotPath.Optimized)]
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
        var colon = text.IndexOfAny(s_colons);
        if (colon <= 0 || colon > 48)
        {
            return (string.Empty, text.Trim());
        }

        var open = text.LastIndexOf('(', colon);
        if (open >= 0 && text.IndexOf(')', open) is var close && (close < 0 || close > colon))
        {
            // "código (unidade-quarto-leito, ex.: 4B-412-2), unidade, …": a colon inside brackets labels nothing.
            return (string.Empty, text.Trim());
        }

        // text.Substring(0, colon).Trim().Trim('*', '_').Trim(), cut once: the bounds move in the same three steps.
        var start = 0;
        var end = colon;
        TrimBounds(text, ref start, ref end, emphasis: false);
        TrimBounds(text, ref start, ref end, emphasis: true);
        TrimBounds(text, ref start, ref end, emphasis: false);
        var label = text.Substring(start, end - start);
        if (label.Length == 0 || CountWords(label) > maxWords || label.IndexOf("http", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return (string.Empty, text.Trim());
        }

        start = colon + 1;
        end = text.Length;
        TrimBounds(text, ref start, ref end, emphasis: false);
        return (label, text.Substring(start, end - start));
    }

    private static readonly char[] s_colons = { ':', '：' };

    /// <summary>Moves <paramref name="start"/> and <paramref name="end"/> past white space (as Trim()), or past '*' and '_' (as Trim('*', '_')).</summary>
    private static void TrimBounds(string text, ref int start, ref int end, bool emphasis)
    {
        while (start < end && (emphasis ? text[start] is '*' or '_' : char.IsWhiteSpace(text[start])))
        {
            start++;
        }

        while (end > start && (emphasis ? text[end - 1] is '*' or '_' : char.IsWhiteSpace(text[end - 1])))
        {
            end--;
        }
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
