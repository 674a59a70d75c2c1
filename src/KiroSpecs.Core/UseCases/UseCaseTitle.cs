using System;
using System.Linq;

namespace KiroSpecs.Core.UseCases;

/// <summary>Recognises a use-case heading ("UC-1: Name", "Use Case 2 - Name") and a use-case title written as a plain or bold line.</summary>
internal static class UseCaseTitle
{
    private const int MaxNameWords = 10;

    public static bool IsUseCaseHeading(string text) => TextPatterns.SafeMatch(TextPatterns.UseCaseHeader, text) is not null;

    /// <summary>"UC-3", "UC01", "Use Case 3", "ユースケース3" alone (a trailing ':' or '.' allowed).</summary>
    public static bool IsId(string text)
    {
        var match = TextPatterns.SafeMatch(TextPatterns.UseCaseHeader, text.Trim().TrimEnd(':', '：', '.', '-', '–', '—').Trim());
        return match is not null && match.Groups["name"].Value.Trim().Length == 0;
    }

    /// <summary>
    /// The code a use case's name opens with when the document gives it no id of its own: "C03" of "C03 - Checkout",
    /// "U2" of "U2: Add Song", "UC-AEN-END-1" of "UC-AEN-END-1: Environment …". A letter first, a digit last (a
    /// lower-case letter may follow it: "UC-4b"), at most 16 characters, then ':' or a spaced dash; empty otherwise.
    /// </summary>
    public static string LeadingCode(string name)
    {
        var end = 0;
        while (end < name.Length && end <= 16 && (char.IsLetterOrDigit(name[end]) || name[end] is '-' or '_' or '.'))
        {
            end++;
        }

        if (end is >= 2 and <= 4 && end + 1 < name.Length && name[end] == ' ' && char.IsDigit(name[end + 1]) && name.Substring(0, end).All(c => c is >= 'A' and <= 'Z'))
        {
            // "CDU 03 - Login", "UC 7: Pay": upper-case letters, a space, the number.
            end++;
            while (end < name.Length && end <= 16 && char.IsLetterOrDigit(name[end]))
            {
                end++;
            }
        }

        var code = name.Substring(0, end).TrimEnd('.', '-', '_');
        var rest = name.Substring(end).TrimStart('.');
        var last = code.Length > 1 && char.IsLower(code[code.Length - 1]) ? code.Length - 2 : code.Length - 1;
        var separated = rest.StartsWith(":", StringComparison.Ordinal) || rest.StartsWith("：", StringComparison.Ordinal)
            || rest.StartsWith(" - ", StringComparison.Ordinal) || rest.StartsWith(" – ", StringComparison.Ordinal) || rest.StartsWith(" — ", StringComparison.Ordinal);
        return code.Length is >= 2 and <= 16 && separated && code[0] < 128 && char.IsLetter(code[0]) && last > 0 && char.IsDigit(code[last])
            ? code : string.Empty;
    }

    /// <summary>An id, or the bare words "Use Case" / "ユースケース" that open a title ("**Use Case:** Place a hold").</summary>
    public static bool IsIdOrWord(string label)
    {
        var t = label.Trim().TrimEnd(':', '：').Trim();
        return IsId(t) || t.Equals("use case", StringComparison.OrdinalIgnoreCase) || t.Equals("use-case", StringComparison.OrdinalIgnoreCase)
            || t.Equals("usecase", StringComparison.OrdinalIgnoreCase) || t.Equals("ユースケース", StringComparison.Ordinal)
            || t.Equals("use case name", StringComparison.OrdinalIgnoreCase) || t.Equals("use case title", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Both title patterns start, after spaces, with "use case", "UC" or "ユースケース": any other first letter rules the
    /// line out without running them (the outline asks this of every list item).
    /// </summary>
    private static bool MayOpenTitle(char first) => first is 'u' or 'U' or 'ユ';

    /// <summary>
    /// A line that is a use-case title with a name: "Use Case: Withdraw cash", "Use Case 2 – Return a book", "UC-01 - Login".
    /// <paramref name="strict"/> (a plain line, not bold): the id must be followed by a separator and the name be short,
    /// so that a sentence such as "UC-2 extends this flow." stays text.
    /// </summary>
    public static bool IsTitleLine(string line, bool strict)
    {
        var text = line.Trim();
        if (text.Length == 0 || text.Length > 120 || !MayOpenTitle(text[0]))
        {
            return false;
        }

        var named = TextPatterns.SafeMatch(TextPatterns.UseCaseNamedHeader, text);
        if (named is not null)
        {
            var name = named.Groups["name"].Value.Trim();
            return name.Length > 0 && Texts.CountWords(name) <= MaxNameWords && !(strict && name.EndsWith(".", StringComparison.Ordinal) && Texts.CountWords(name) > 6);
        }

        var match = TextPatterns.SafeMatch(TextPatterns.UseCaseHeader, text);
        if (match is null)
        {
            return false;
        }

        var rest = match.Groups["name"].Value.Trim();
        if (rest.Length == 0 || Texts.CountWords(rest) > MaxNameWords)
        {
            return false;
        }

        if (!strict)
        {
            return true;
        }

        var id = match.Groups["id"];
        var after = id.Index + id.Length;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        return after < text.Length && text[after] is ':' or '：' or '-' or '–' or '—' or ')' or '|' or '.'
            && !(rest.EndsWith(".", StringComparison.Ordinal) && Texts.CountWords(rest) > 6);
    }
}
