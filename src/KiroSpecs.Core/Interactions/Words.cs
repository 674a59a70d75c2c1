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

    private readonly List<string> _words;
    private readonly List<int> _starts;
    private readonly List<int> _ends;

    [MethodImpl(HotPath.Optimized)]
    private Words(string text)
    {
        Text = text;

        // Words average well over four characters: a fifth of the length avoids most regrowth.
        var capacity = Math.Min((text.Length / 5) + 1, 256);
        _words = new List<string>(capacity);
        _starts = new List<int>(capacity);
        _ends = new List<int>(capacity);
        var i = 0;
        while (i < Text.Length)
        {
            if (!IsWordChar(Text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < Text.Length && (IsWordChar(Text[i]) || (Text[i] is '-' or '\'' or '’' && i + 1 < Text.Length && IsWordChar(Text[i + 1]))))
            {
                i++;
            }

            _words.Add(KiroSpecs.Core.Sequences.WordIndex.LowerWord(Text, start, i - start));
            _starts.Add(start);
            _ends.Add(i);
        }
    }

    /// <summary>The words of <paramref name="text"/>; the same (unchanging) instance for a text read recently on this thread.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static Words Of(string? text)
    {
        text ??= string.Empty;
        var recent = t_recent ??= new Words?[CacheSize];
        var slot = (text.GetHashCode() & int.MaxValue) % CacheSize;
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

    public int Count => _words.Count;

    public string this[int index] => _words[index];

    public int Start(int index) => _starts[index];

    public int End(int index) => _ends[index];

    /// <summary>The original text of words <paramref name="from"/> to <paramref name="to"/> (exclusive).</summary>
    public string Slice(int from, int to) =>
        to <= from || from >= Count ? string.Empty : Text.Substring(_starts[from], _ends[to - 1] - _starts[from]);

    /// <summary>The original text from word <paramref name="from"/> to the end.</summary>
    public string From(int from) => from >= Count ? string.Empty : Text.Substring(_starts[from]);

    /// <summary>True when the word at <paramref name="index"/> starts with an upper-case letter.</summary>
    public bool IsCapitalized(int index) => index < Count && char.IsUpper(Text[_starts[index]]);

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
