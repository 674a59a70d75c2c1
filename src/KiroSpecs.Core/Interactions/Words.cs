using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.Interactions;

/// <summary>
/// The words of a text (runs of letters, digits, apostrophes and inner hyphens), lower-cased, with their
/// character offsets: the one tokenizer behind every lexicon match.
/// </summary>
internal sealed class Words
{
    private const int CacheSize = 256;

    /// <summary>The texts read last on this thread, by hash: a step is read by several stages (system name,
    /// participants, subject, interaction), and each finds the words the first one took.</summary>
    [ThreadStatic]
    private static Words?[]? t_recent;

    private readonly string[] _words;

    /// <summary>Where each word starts and ends: word i spans <c>_bounds[2i]</c> to <c>_bounds[2i + 1]</c>.</summary>
    private readonly int[] _bounds;

    [MethodImpl(HotPath.Optimized)]
    private Words(string text)
    {
        Text = text;

        // Two passes, so that the words take two arrays of their exact size (not three lists, each with its own
        // array grown by guess): every step is split here, most of them more than once on a large document.
        var count = 0;
        for (var i = 0; NextWord(text, ref i) >= 0;)
        {
            count++;
        }

        if (count == 0)
        {
            _words = Array.Empty<string>();
            _bounds = Array.Empty<int>();
            return;
        }

        _words = new string[count];
        _bounds = new int[count * 2];
        var at = 0;
        for (var n = 0; n < count; n++)
        {
            var start = NextWord(text, ref at);
            _words[n] = KiroSpecs.Core.Sequences.WordIndex.LowerWord(text, start, at - start);
            _bounds[2 * n] = start;
            _bounds[(2 * n) + 1] = at;
        }
    }

    /// <summary>
    /// The start of the next word from <paramref name="i"/> on (−1 when there is none), with <paramref name="i"/>
    /// moved to its end: a run of letters and digits, with the hyphens and apostrophes between them.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static int NextWord(string text, ref int i)
    {
        while (i < text.Length && !IsWordChar(text[i]))
        {
            i++;
        }

        if (i >= text.Length)
        {
            return -1;
        }

        var start = i;
        while (i < text.Length && (IsWordChar(text[i]) || (text[i] is '-' or '\'' or '’' && i + 1 < text.Length && IsWordChar(text[i + 1]))))
        {
            if (text[i] is '\'' or '’' && i - start <= 5 && IsElidedArticle(text, start, i))
            {
                // "L'utente", "l'IBAN", "dell'utente": the article is a word of its own, so the noun is found.
                break;
            }

            i++;
        }

        return start;
    }

    /// <summary>"l", "d", "dell", "all", "nell", "un", "qu" before an apostrophe: an elided French or Italian article or preposition.</summary>
    private static bool IsElidedArticle(string text, int start, int apostrophe)
    {
        var length = apostrophe - start;
        if (length == 1)
        {
            return text[start] is 'l' or 'L' or 'd' or 'D' or 'j' or 'J' or 'm' or 'M' or 'n' or 'N' or 's' or 'S' or 't' or 'T' or 'c' or 'C';
        }

        // At most five letters come before the apostrophe (the caller's bound): "lorsqu", "puisqu" never reach here.
        return length switch
        {
            2 => Is(text, start, "un") || Is(text, start, "qu"),
            3 => Is(text, start, "all"),
            4 => Is(text, start, "dell") || Is(text, start, "nell") || Is(text, start, "sull") || Is(text, start, "dall"),
            5 => Is(text, start, "quest") || Is(text, start, "jusqu"),
            _ => false,
        };

        static bool Is(string text, int start, string prefix) => string.Compare(text, start, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0;
    }

    /// <summary>The words of <paramref name="text"/>; the same (unchanging) instance for a text read recently on this thread.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static Words Of(string? text)
    {
        text ??= string.Empty;
        var recent = t_recent ??= new Words?[CacheSize];
        var slot = SlotHash.Of(text.AsSpan()) % CacheSize;
        var cached = recent[slot];
        if (cached is not null && string.Equals(cached.Text, text, StringComparison.Ordinal))
        {
            return cached;
        }

        var words = new Words(text);
        recent[slot] = words;
        return words;
    }

    public string Text { get; }

    public int Count => _words.Length;

    public string this[int index] => _words[index];

    public int Start(int index) => _bounds[2 * index];

    public int End(int index) => _bounds[(2 * index) + 1];

    /// <summary>The original text of words <paramref name="from"/> to <paramref name="to"/> (exclusive).</summary>
    public string Slice(int from, int to) =>
        to <= from || from >= Count ? string.Empty : Text.Substring(Start(from), End(to - 1) - Start(from));

    /// <summary>The original text from word <paramref name="from"/> to the end.</summary>
    public string From(int from) => from >= Count ? string.Empty : Text.Substring(Start(from));

    /// <summary>True when the word at <paramref name="index"/> starts with an upper-case letter.</summary>
    public bool IsCapitalized(int index) => index < Count && char.IsUpper(Text[Start(index)]);

    public bool Matches(int at, string[] phrase)
    {
        if (at + phrase.Length > Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(_words[at + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public static string[] Split(string text)
    {
        var words = Of(text);
        var result = new string[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            result[i] = words[i];
        }

        return result;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
