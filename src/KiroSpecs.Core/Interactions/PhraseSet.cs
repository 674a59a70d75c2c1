using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.Interactions;

/// <summary>
/// A named set of phrases of the lexicon with the one matching rule every set uses: a phrase of words
/// (letters and digits) matches the same words at a position of a text, ignoring case; a phrase in a script
/// written without spaces (Japanese, Chinese) matches where it occurs inside a word, because such a
/// sentence is one "word" to the tokenizer.
/// </summary>
internal sealed class PhraseSet
{
    private readonly Dictionary<string, List<string[]>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly List<string> _unspaced = new();

    public PhraseSet(string name, params string[] phrases)
    {
        Name = name;
        Phrases = phrases;
        foreach (var phrase in phrases)
        {
            if (IsUnspaced(phrase))
            {
                _unspaced.Add(phrase);
                continue;
            }

            var words = Words.Split(phrase);
            if (words.Length == 0)
            {
                continue;
            }

            if (!_byFirstWord.TryGetValue(words[0], out var list))
            {
                list = new List<string[]>();
                _byFirstWord.Add(words[0], list);
            }

            list.Add(words);
            list.Sort((a, b) => b.Length.CompareTo(a.Length));
        }
    }

    /// <summary>The set's name, used by the lexicon's own tests.</summary>
    public string Name { get; }

    /// <summary>The phrases as written in the lexicon.</summary>
    public IReadOnlyList<string> Phrases { get; }

    /// <summary>The number of words of the longest phrase that matches at word <paramref name="at"/>, or 0.</summary>
    [MethodImpl(HotPath.Optimized)]
    public int MatchAt(Words words, int at)
    {
        if (at < 0 || at >= words.Count)
        {
            return 0;
        }

        if (_byFirstWord.TryGetValue(words[at], out var candidates))
        {
            foreach (var phrase in candidates)
            {
                if (words.Matches(at, phrase))
                {
                    return phrase.Length;
                }
            }
        }

        foreach (var phrase in UnspacedFor(words[at]))
        {
            if (words[at].IndexOf(phrase, StringComparison.Ordinal) >= 0)
            {
                return 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// The text the longest phrase matches at word <paramref name="at"/> as the document writes it, or empty; for a
    /// script without spaces, the phrase itself when the word starts with it ("사용자가" → "사용자").
    /// </summary>
    public string MatchedText(Words words, int at)
    {
        var length = MatchAt(words, at);
        if (length == 0)
        {
            return string.Empty;
        }

        foreach (var phrase in _unspaced)
        {
            if (words[at].StartsWith(phrase, StringComparison.Ordinal))
            {
                return phrase;
            }
        }

        return PhraseSet.IsUnspaced(words[at]) ? string.Empty : words.Slice(at, at + length);
    }

    /// <summary>True when the single word <paramref name="word"/> (lower case) is a phrase of this set.</summary>
    public bool Contains(string word)
    {
        if (_byFirstWord.TryGetValue(word, out var candidates))
        {
            foreach (var phrase in candidates)
            {
                if (phrase.Length == 1)
                {
                    return true;
                }
            }
        }

        foreach (var phrase in UnspacedFor(word))
        {
            if (word.IndexOf(phrase, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first word index at or after <paramref name="from"/> where a phrase matches, or -1.</summary>
    public int Find(Words words, int from)
    {
        for (var i = Math.Max(0, from); i < words.Count; i++)
        {
            if (MatchAt(words, i) > 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The phrases without spaces that <paramref name="word"/> may hold: none when it has no character of those scripts
    /// (<see cref="IsUnspaced"/>, all from U+3040 up), as almost every word of a document in a Latin script, which
    /// then is not searched once per phrase.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private List<string> UnspacedFor(string word)
    {
        if (_unspaced.Count > 0)
        {
            foreach (var c in word)
            {
                if (c >= '\u3040')
                {
                    return _unspaced;
                }
            }
        }

        return s_none;
    }

    private static readonly List<string> s_none = new();

    internal static bool IsUnspaced(string phrase)
    {
        foreach (var c in phrase)
        {
            if ((c >= '\u3040' && c <= '\u9fff') || (c >= '\uac00' && c <= '\ud7af'))
            {
                return true;
            }
        }

        return false;
    }
}
