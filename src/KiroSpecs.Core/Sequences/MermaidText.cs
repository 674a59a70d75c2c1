using System.Runtime.CompilerServices;
using System.Text;
using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// The one place where text from usecase.md is made safe for Mermaid 12: a single pass, character by
/// character, turning every character Mermaid treats specially into its <c>#code;</c> entity (see the
/// mermaid-check README, "Escaping rules"). It must stay one pass, or inserted entities get mangled.
/// </summary>
internal static class MermaidText
{
    /// <summary>Escapes message, note, label and state-description text; newlines become &lt;br&gt;.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static string Escape(string text)
    {
        // Most text has nothing to escape: then the escaped text is the text itself, trimmed, with no copy.
        if (!NeedsEscape(text))
        {
            return text.Trim();
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '#': sb.Append("#35;"); break;
                case ';': sb.Append("#59;"); break;
                case '<': sb.Append("#lt;"); break;
                case '>': sb.Append("#gt;"); break;
                case '%': sb.Append("#37;"); break;
                case '&': sb.Append("#amp;"); break;
                case '"': sb.Append("#quot;"); break;
                case ':': sb.Append("#58;"); break;
                case '`': sb.Append("#96;"); break;
                case '\r': break;
                case '\n': sb.Append("<br>"); break;
                case '\t': sb.Append(' '); break;
                default:
                    if (char.IsControl(c) || c == '\uFEFF' || c == '\u2028' || c == '\u2029')
                    {
                        sb.Append(' ');
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString().Trim();
    }

    /// <summary>True when <see cref="Escape"/> changes a character of <paramref name="text"/> (trimming aside).</summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool NeedsEscape(string text)
    {
        foreach (var c in text)
        {
            if (c is '#' or ';' or '<' or '>' or '%' or '&' or '"' or ':' or '`' or '\uFEFF' or '\u2028' or '\u2029' || char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Escapes text and breaks lines longer than <paramref name="width"/> at spaces with &lt;br&gt;.</summary>
    public static string EscapeWrapped(string text, int width = 100)
    {
        if (text.Length <= width)
        {
            return Escape(text);
        }

        var sb = new StringBuilder(text.Length + 16);
        var lineLength = 0;
        foreach (var word in text.Split(' '))
        {
            if (word.Length == 0)
            {
                continue;
            }

            if (lineLength > 0 && lineLength + 1 + word.Length > width)
            {
                sb.Append('\n');
                lineLength = 0;
            }
            else if (lineLength > 0)
            {
                sb.Append(' ');
                lineLength++;
            }

            sb.Append(word);
            lineLength += word.Length;
        }

        return Escape(sb.ToString());
    }
}
