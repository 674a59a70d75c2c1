using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// The lower-case words of a text with their character offsets, built once per step so that keyword and
/// name lookups are linear in the text length.
/// </summary>
internal sealed class WordIndex
{
    private WordIndex(string text, List<string> words, List<int> starts, List<int> ends)
    {
        Text = text;
        Words = words;
        Starts = starts;
        Ends = ends;
    }

    public string Text { get; }

    public List<string> Words { get; }

    public List<int> Starts { get; }

    public List<int> Ends { get; }

    [MethodImpl(HotPath.Optimized)]
    public static WordIndex Build(string text)
    {
        // Steps average well over four characters a word: a capacity of a fifth of the length avoids most regrowth.
        var capacity = Math.Min(text.Length / 5 + 1, 256);
        var words = new List<string>(capacity);
        var starts = new List<int>(capacity);
        var ends = new List<int>(capacity);
        var i = 0;
        while (NextWord(text, ref i, out var start))
        {
            words.Add(LowerWord(text, start, i - start));
            starts.Add(start);
            ends.Add(i);
        }

        return new WordIndex(text, words, starts, ends);
    }

#if NET
    private const int MaxCachedWordLength = 32;
    private const int WordCacheSize = 1024;

    /// <summary>
    /// The last lower-case words seen on this thread, by hash: the same few hundred words ("the", "system",
    /// "user") make up most steps, so most words are found here instead of being cut and lower-cased again.
    /// </summary>
    [ThreadStatic]
    private static string?[]? t_words;

    /// <summary>The invariant lower case of <c>text[start..start+length]</c>, as <c>ToLower(InvariantCulture)</c> gives it.</summary>
    [MethodImpl(HotPath.Optimized)]
    internal static string LowerWord(string text, int start, int length)
    {
        if (length > MaxCachedWordLength)
        {
            return text.Substring(start, length).ToLower(CultureInfo.InvariantCulture);
        }

        Span<char> lower = stackalloc char[MaxCachedWordLength];
        lower = lower.Slice(0, length);
        text.AsSpan(start, length).ToLowerInvariant(lower);
        var cache = t_words ??= new string?[WordCacheSize];
        var slot = SlotHash.Of(lower) & (WordCacheSize - 1);
        var cached = cache[slot];
        if (cached is not null && lower.SequenceEqual(cached.AsSpan()))
        {
            return cached;
        }

        var word = lower.ToString();
        cache[slot] = word;
        return word;
    }
#else
    internal static string LowerWord(string text, int start, int length) =>
        text.Substring(start, length).ToLower(CultureInfo.InvariantCulture);
#endif

    /// <summary>Splits a phrase into its lower-case words, the same way as the text.</summary>
    public static string[] Tokenize(string phrase)
    {
        var index = Build(phrase);
        return index.Words.ToArray();
    }

    /// <summary>
    /// True when a word of <paramref name="text"/>, split and lower-cased as <see cref="Tokenize"/> does, is one of
    /// <paramref name="words"/>: read in place, without building the index or the array of words.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static bool AnyWordIn(string text, HashSet<string> words)
    {
        var i = 0;
        while (NextWord(text, ref i, out var start))
        {
            if (words.Contains(LowerWord(text, start, i - start)))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>
    /// Moves <paramref name="i"/> past the next word of <paramref name="text"/> (letters and digits): false at the
    /// end of the text, else true with the word from <paramref name="start"/> to <paramref name="i"/>. The one word
    /// split every in-place reading shares, so they all cut words as <see cref="Build"/> does.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool NextWord(string text, ref int i, out int start)
    {
        while (i < text.Length && !IsWordChar(text[i]))
        {
            i++;
        }

        start = i;
        while (i < text.Length && IsWordChar(text[i]))
        {
            i++;
        }

        return i > start;
    }

    /// <summary>Finds the first occurrence of the phrase words at or after word <paramref name="from"/>; -1 if none.</summary>
    public int Find(string[] phrase, int from = 0)
    {
        if (phrase.Length == 0)
        {
            return -1;
        }

        for (var i = from; i + phrase.Length <= Words.Count; i++)
        {
            if (MatchesAt(phrase, i))
            {
                return i;
            }
        }

        return -1;
    }

    public bool MatchesAt(string[] phrase, int i)
    {
        if (i + phrase.Length > Words.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            var p = phrase[k];
            var w = Words[i + k];
            if (p.Length > 1 && p[p.Length - 1] == '*')
            {
                // A prefix ("authenticat*"): compared in place, without cutting the '*' off (this runs for
                // every rule phrase at every word).
                if (w.Length < p.Length - 1 || string.CompareOrdinal(w, 0, p, 0, p.Length - 1) != 0)
                {
                    return false;
                }
            }
            else if (!string.Equals(p, w, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
