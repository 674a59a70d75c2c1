using System;
using System.Runtime.CompilerServices;
using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.Interactions;

/// <summary>The surface of a step sentence: a "Name:" or "Name - " prefix, particles after a subject.</summary>
internal static class SentenceReader
{
    private static readonly string[] s_separators = { ": ", "：", " - ", " – ", " — " };
    private static readonly string[] s_particles = { "は", "が", "는", "은", "이", "가" };

    // Built once: TrimStart(params char[]) would build the array again on every call.
    private static readonly char[] s_leadMarks = { ' ', ',', ':', '：', '-', '–', '—', '、' };

    private static readonly char[] s_spaces = { ' ', '、' };

    /// <summary>The name before a "Name:" / "Name - " prefix of at most four words, or empty.</summary>
    public static string PrefixName(string text)
    {
        foreach (var separator in s_separators)
        {
            var i = text.IndexOf(separator, StringComparison.Ordinal);
            if (i > 0 && i <= 40)
            {
                var name = text.Substring(0, i).Trim().Trim('*', '_').Trim();
                var words = Words.Split(name);
                if (words.Length is > 0 and <= 4 && name.IndexOfAny(new[] { '.', ',', '(', '"', '`' }) < 0 && IsName(name))
                {
                    return name;
                }
            }
        }

        return string.Empty;
    }

    private static readonly string[] s_arrows = { "→", "⟶", "-->", "->", "=>" };

    /// <summary>
    /// "Device → Update Server: GET /manifest": a step the author writes as an arrow between two names of at most
    /// four words, each capitalised, with the message after the colon. Null for any other sentence.
    /// </summary>
    public static (string From, string To, string Message)? Arrow(string text)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon > 90 || colon + 1 >= text.Length)
        {
            return null;
        }

        foreach (var arrow in s_arrows)
        {
            var at = text.IndexOf(arrow, 0, colon, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var from = text.Substring(0, at).Trim().Trim('*', '_', '`').Trim();
            var to = text.Substring(at + arrow.Length, colon - at - arrow.Length).Trim().Trim('*', '_', '`').Trim();
            var message = text.Substring(colon + 1).Trim();
            return IsArrowEnd(from) && IsArrowEnd(to) && message.Length > 0 ? (from, to, message) : null;
        }

        return null;
    }

    private static bool IsArrowEnd(string name) =>
        name.Length > 0 && Words.Split(name).Length <= 4 && name.IndexOfAny(s_notInAName) < 0 && char.IsLetter(name[0]) && IsName(name);

    private static readonly char[] s_notInAName = { '.', ',', ';', '(', ')', '"', '`', '→', '>', '<', '=', '|' };

    /// <summary>Every word capitalised, or written in a script without case ("Bank Clerk", "Aluno", "利用者").</summary>
    private static bool IsName(string name)
    {
        foreach (var word in name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsLetter(word[0]) && char.IsLower(word[0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "ZMV (dental office manager) creates …" → "ZMV creates …": an explanation in parentheses right after a
    /// subject of one or two words is not part of the sentence's structure.
    /// </summary>
    public static string WithoutAppositive(string text) => SplitAppositive(text).Sentence;

    /// <summary>The sentence without its appositive, and the appositive ("dental office manager"), else empty.</summary>
    public static (string Sentence, string Appositive) SplitAppositive(string text)
    {
        var open = text.IndexOf(" (", StringComparison.Ordinal);
        if (open <= 0 || open > 40)
        {
            return (text, string.Empty);
        }

        var close = text.IndexOf(')', open);
        var words = text.Substring(0, open).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length;
        return close > open && close - open <= 60 && words <= 2 && close + 1 < text.Length && text[close + 1] == ' '
            ? (text.Substring(0, open) + text.Substring(close + 1), text.Substring(open + 2, close - open - 2))
            : (text, string.Empty);
    }

    /// <summary>The text after the prefix returned by <see cref="PrefixName"/>.</summary>
    public static string AfterPrefix(string text, string prefix)
    {
        var rest = text.Substring(Math.Min(text.Length, text.IndexOf(prefix, StringComparison.Ordinal) + prefix.Length)).TrimStart('*', '_', ' ');
        foreach (var separator in s_separators)
        {
            if (rest.StartsWith(separator.TrimStart(), StringComparison.Ordinal) || rest.StartsWith(separator, StringComparison.Ordinal))
            {
                return rest.Substring(rest.IndexOf(separator.Trim(), StringComparison.Ordinal) + separator.Trim().Length).Trim();
            }
        }

        return rest.Trim();
    }

    /// <summary>The rest of a sentence after its subject, without a particle or punctuation in front.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static string TrimLead(string rest)
    {
        var t = rest.TrimStart(s_leadMarks);
        foreach (var particle in s_particles)
        {
            if (t.StartsWith(particle, StringComparison.Ordinal))
            {
                t = t.Substring(particle.Length).TrimStart(s_spaces);
                break;
            }
        }

        return t.Trim();
    }
}
