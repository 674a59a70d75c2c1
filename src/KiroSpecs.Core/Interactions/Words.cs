using System;
using System.Collections.Generic;
using System.Globalization;

namespace KiroSpecs.Core.Interactions;

/// <summary>
/// The words of a text (runs of letters, digits, apostrophes and inner hyphens), lower-cased, with their
/// character offsets: the one tokenizer behind every lexicon match.
/// </summary>
internal sealed class Words
{
    private readonly List<string> _words = new();
    private readonly List<int> _starts = new();
    private readonly List<int> _ends = new();

    public Words(string text)
    {
        Text = text ?? string.Empty;
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

            _words.Add(Text.Substring(start, i - start).ToLower(CultureInfo.InvariantCulture));
            _starts.Add(start);
            _ends.Add(i);
        }
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
        var words = new Words(text);
        var result = new string[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            result[i] = words[i];
        }

        return result;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
