using System;
using System.Linq;
using System.Runtime.CompilerServices;
using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.UseCases;

/// <summary>Classifies a section label ("#### Basic Flow (Happy Path)", "**Actors:**", "主フロー") by <see cref="SectionVocabulary"/>.</summary>
internal static class SectionClassifier
{
    private static readonly (string Phrase, SectionKind Kind)[] s_byLength =
        SectionVocabulary.Entries.OrderByDescending(e => e.Phrase.Length).ThenBy(e => e.Phrase, StringComparer.Ordinal).ToArray();

    /// <summary>
    /// <see cref="s_byLength"/> by first character, in the same order: a phrase matches only a label that opens with
    /// its first character, so a label is compared with those phrases alone (an empty phrase never matches).
    /// </summary>
    private static readonly System.Collections.Generic.Dictionary<char, (string Phrase, SectionKind Kind)[]> s_byFirstChar =
        s_byLength.Where(e => e.Phrase.Length > 0).GroupBy(e => e.Phrase[0]).ToDictionary(g => g.Key, g => g.ToArray());

    private static readonly (string Phrase, SectionKind Kind)[] s_none = Array.Empty<(string, SectionKind)>();

    private static (string Phrase, SectionKind Kind)[] PhrasesOpeningLike(string normalized) =>
        normalized.Length > 0 && s_byFirstChar.TryGetValue(normalized[0], out var phrases) ? phrases : s_none;

    [MethodImpl(HotPath.Optimized)]
    public static SectionKind Classify(string label)
    {
        // Compared in this thread's buffer: the normalized label is not kept, so it is never made a string.
        var chars = NormalizeInto(label, out var start, out var length);
        if (length == 0 || !s_byFirstChar.TryGetValue(chars[start], out var phrases))
        {
            return SectionKind.Unknown;
        }

        foreach (var (phrase, kind) in phrases)
        {
            if (length == phrase.Length)
            {
                if (Opens(chars, start, phrase))
                {
                    return kind;
                }
            }
            else if (length > phrase.Length
                && Opens(chars, start, phrase)
                && IsBoundary(chars[start + phrase.Length])
                && phrase.Length >= 4
                && System.Array.IndexOf(SectionVocabulary.WholeLabelOnly, phrase) < 0)
            {
                return kind;
            }
        }

        return Array.IndexOf(chars, '/', start, length) is var slash and > 0 ? EitherSide(new string(chars, start, length)) : SectionKind.Unknown;
    }

    /// <summary>"Alt / branches", "Errors/exceptions": two labels for one section, classified by the first one known.</summary>
    private static SectionKind EitherSide(string label)
    {
        foreach (var part in label.Split('/'))
        {
            if (part.Trim().Length > 0 && part.IndexOf('/') < 0 && Classify(part) is var kind and not SectionKind.Unknown)
            {
                return kind;
            }
        }

        return SectionKind.Unknown;
    }

    /// <summary>True when the characters from <paramref name="start"/> open with <paramref name="phrase"/> (ordinal; the caller checks the length).</summary>
    private static bool Opens(char[] chars, int start, string phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            if (chars[start + k] != phrase[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The words after the vocabulary phrase of a flow label ("Fluxo Alternativo A" → "A", "Alternate Flow 2: Pay
    /// by card" → "2: Pay by card"), or empty: a flow the author named.
    /// </summary>
    public static string NameAfterPhrase(string label)
    {
        var normalized = Normalize(label);
        foreach (var (phrase, _) in PhrasesOpeningLike(normalized))
        {
            if (phrase.Length >= 4 && normalized.Length > phrase.Length && normalized.StartsWith(phrase, StringComparison.Ordinal)
                && IsBoundary(normalized[phrase.Length]))
            {
                return normalized.Substring(phrase.Length).Trim(' ', ':', '-', '–');
            }
        }

        return string.Empty;
    }

    /// <summary>
    /// A free-text field that belongs to one use case ("Trigger", "Goal", "Scope", "Stakeholders and Interests"), so a
    /// heading with that label does not end a use case whose title is a bold or plain line.
    /// </summary>
    public static bool IsUseCaseField(string label)
    {
        // As Classify: compared in this thread's buffer, not made a string.
        var chars = NormalizeInto(label, out var start, out var length);
        foreach (var field in SectionVocabulary.UseCaseFields)
        {
            if (length >= field.Length && Opens(chars, start, field)
                && (length == field.Length || IsBoundary(chars[start + field.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private const int BufferLength = 1024;

    [ThreadStatic]
    private static char[]? s_buffer;

    /// <summary>Lower-cases, drops a leading number ("2."), parenthetical remarks and trailing punctuation.</summary>
    public static string Normalize(string label)
    {
        var chars = NormalizeInto(label, out var start, out var length);
        return new string(chars, start, length);
    }

    /// <summary>
    /// <see cref="Normalize"/> without the string: the buffer that holds it (this thread's, reused by the next call)
    /// and where in it.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static char[] NormalizeInto(string label, out int start, out int length)
    {
        // One pass into one buffer (for a label of a line's length, this thread's, reused), then the trims and the
        // collapsing of spaces in place.
        var chars = label.Length > BufferLength ? new char[label.Length] : s_buffer ??= new char[BufferLength];
        length = 0;
        var depth = 0;
        foreach (var c in label)
        {
            if (c is '(' or '（')
            {
                depth++;
                continue;
            }

            if (c is ')' or '）')
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (depth > 0 || c is '*' or '_' or '`')
            {
                continue;
            }

            // An ASCII letter is lower-cased here: the invariant culture gives the same, by a look-up per character.
            chars[length++] = c switch
            {
                >= 'A' and <= 'Z' => (char)(c + 32),
                > ' ' and < '\u007F' => c,
                _ => char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c),
            };
        }

        int end;
        (start, end) = Trimmed(chars, 0, length);
        while (start < end && (char.IsDigit(chars[start]) || chars[start] is '.' or ')'))
        {
            start++;
        }

        (start, end) = Trimmed(chars, start, end);
        while (end > start && chars[end - 1] is ':' or '：' or '.' or ' ' or '-' or '—' or '–')
        {
            end--;
        }

        // Runs of spaces become one space.
        var written = start;
        for (var i = start; i < end; i++)
        {
            if (chars[i] != ' ' || written == start || chars[written - 1] != ' ')
            {
                chars[written++] = chars[i];
            }
        }

        length = written - start;
        return chars;
    }

    private static (int Start, int End) Trimmed(char[] chars, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(chars[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(chars[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static bool IsBoundary(char c) => c is ' ' or '-' or ':' or '/' or ',' or '&' or '：';
}
