using System;
using System.Globalization;
using System.Linq;
using System.Text;

namespace KiroSpecs.Core.UseCases;

/// <summary>Classifies a section label ("#### Basic Flow (Happy Path)", "**Actors:**", "主フロー") by <see cref="SectionVocabulary"/>.</summary>
internal static class SectionClassifier
{
    private static readonly (string Phrase, SectionKind Kind)[] s_byLength =
        SectionVocabulary.Entries.OrderByDescending(e => e.Phrase.Length).ThenBy(e => e.Phrase, StringComparer.Ordinal).ToArray();

    public static SectionKind Classify(string label)
    {
        var normalized = Normalize(label);
        if (normalized.Length == 0)
        {
            return SectionKind.Unknown;
        }

        foreach (var (phrase, kind) in s_byLength)
        {
            if (normalized.Length == phrase.Length)
            {
                if (string.Equals(normalized, phrase, StringComparison.Ordinal))
                {
                    return kind;
                }
            }
            else if (normalized.Length > phrase.Length
                && normalized.StartsWith(phrase, StringComparison.Ordinal)
                && IsBoundary(normalized[phrase.Length])
                && phrase.Length >= 4)
            {
                return kind;
            }
        }

        return SectionKind.Unknown;
    }

    /// <summary>
    /// The words after the vocabulary phrase of a flow label ("Fluxo Alternativo A" → "A", "Alternate Flow 2: Pay
    /// by card" → "2: Pay by card"), or empty: a flow the author named.
    /// </summary>
    public static string NameAfterPhrase(string label)
    {
        var normalized = Normalize(label);
        foreach (var (phrase, _) in s_byLength)
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
        var normalized = Normalize(label);
        foreach (var field in SectionVocabulary.UseCaseFields)
        {
            if (normalized.StartsWith(field, StringComparison.Ordinal)
                && (normalized.Length == field.Length || IsBoundary(normalized[field.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower-cases, drops a leading number ("2."), parenthetical remarks and trailing punctuation.</summary>
    public static string Normalize(string label)
    {
        var sb = new StringBuilder(label.Length);
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

            sb.Append(char.IsWhiteSpace(c) ? ' ' : char.ToLower(c, CultureInfo.InvariantCulture));
        }

        var text = sb.ToString().Trim();
        var start = 0;
        while (start < text.Length && (char.IsDigit(text[start]) || text[start] is '.' or ')'))
        {
            start++;
        }

        text = text.Substring(start).Trim().TrimEnd(':', '：', '.', ' ', '-', '—', '–');
        while (text.Contains("  "))
        {
            text = text.Replace("  ", " ");
        }

        return text;
    }

    private static bool IsBoundary(char c) => c is ' ' or '-' or ':' or '/' or ',' or '&' or '：';
}
