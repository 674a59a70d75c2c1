using System.Runtime.CompilerServices;
using System.Text;
using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// Makes text from usecase.md safe inside generated Markdown prose (bullets, headings, table cells): one
/// line, and backslash escapes for characters that would start code, HTML, links, emphasis or table cells.
/// </summary>
internal static class MarkdownText
{
    [MethodImpl(HotPath.Optimized)]
    public static string Escape(string text)
    {
        // Most text has nothing to escape: then the escaped text is the text itself, trimmed, with no copy.
        if (!NeedsEscape(text))
        {
            return text.Trim();
        }

        var sb = new StringBuilder(text.Length + 8);
        char previous = ' ';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            switch (c)
            {
                case '\\' or '`' or '*' or '[' or ']' or '<' or '>' or '|' or '~':
                    sb.Append('\\').Append(c);
                    break;
                case '_' when !(char.IsLetterOrDigit(previous) && char.IsLetterOrDigit(next)):
                    sb.Append("\\_");
                    break;
                case '&' when char.IsLetter(next) || next == '#':
                    sb.Append("\\&");
                    break;
                case '#' when sb.Length == 0:
                    sb.Append("\\#");
                    break;
                case '\r' or '\n' or '\t':
                    sb.Append(' ');
                    break;
                default:
                    sb.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }

            previous = c;
        }

        return sb.ToString().Trim();
    }

    /// <summary>
    /// True when <see cref="Escape"/> may change a character of <paramref name="text"/> (trimming aside): a '_' or
    /// a '&amp;' counts whatever surrounds it, a '#' only as the first character, where it would open a heading.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool NeedsEscape(string text)
    {
        if (text.Length > 0 && text[0] == '#')
        {
            return true;
        }

        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '[' or ']' or '<' or '>' or '|' or '~' or '_' or '&' || char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }
}
