using System.Text;
using Markdig.Syntax.Inlines;

namespace KiroSpecs.Core.UseCases;

/// <summary>Turns Markdig inlines into plain text: emphasis and links keep their text, line breaks become '\n'.</summary>
internal static class InlineText
{
    public static string From(ContainerInline? container)
    {
        if (container is null)
        {
            return string.Empty;
        }

        if (container.FirstChild is LiteralInline { NextSibling: null } only)
        {
            // One literal, most list items and headings: its characters, without a builder.
            return only.Content.Length > 0 ? only.Content.ToString() : string.Empty;
        }

        var sb = s_builder ?? new StringBuilder();
        s_builder = null;
        Append(sb, container.FirstChild);
        var text = sb.ToString();
        if (sb.Capacity <= MaxKeptCapacity)
        {
            s_builder = sb.Clear();
        }

        return text;
    }

    /// <summary>The largest builder kept for the next text (a larger one, of a huge paragraph, is left to the collector).</summary>
    private const int MaxKeptCapacity = 4096;

    /// <summary>A builder for the next text of this thread: the texts of a document are many, and each is copied out of it.</summary>
    [System.ThreadStatic]
    private static StringBuilder? s_builder;

    public static void Append(StringBuilder sb, Inline? inline)
    {
        for (var current = inline; current is not null; current = current.NextSibling)
        {
            AppendOne(sb, current);
        }
    }

    /// <summary>An HTML comment written inline (<c>&lt;!-- TODO --&gt;</c>): a note to the authors, not content.</summary>
    public static bool IsComment(Inline inline) =>
        inline is HtmlInline html && html.Tag is not null && html.Tag.StartsWith("<!--", System.StringComparison.Ordinal);

    /// <summary><c>&lt;br&gt;</c>, <c>&lt;br/&gt;</c>: a line break inside a table cell.</summary>
    public static bool IsLineBreak(HtmlInline html) =>
        html.Tag is not null && html.Tag.StartsWith("<br", System.StringComparison.OrdinalIgnoreCase);

    public static void AppendOne(StringBuilder sb, Inline inline)
    {
        switch (inline)
        {
            case HtmlInline comment when IsComment(comment):
                break;
            case LiteralInline literal:
                // The literal's characters in place (StringSlice.ToString would copy them first).
                var content = literal.Content;
                if (content.Length > 0)
                {
                    sb.Append(content.Text, content.Start, content.Length);
                }

                break;
            case CodeInline code:
                sb.Append(code.Content);
                break;
            case LineBreakInline:
                sb.Append('\n');
                break;
            case HtmlEntityInline entity:
                sb.Append(entity.Transcoded.ToString());
                break;
            case HtmlInline html when IsLineBreak(html):
                sb.Append('\n');
                break;
            case HtmlInline html:
                sb.Append(html.Tag);
                break;
            case AutolinkInline autolink:
                sb.Append(autolink.Url);
                break;
            case LinkInline link when link.IsImage:
                break;
            case DelimiterInline delimiter:
                // "success | failed | cancelled" outside a table, an unmatched "*": the author's characters, kept.
                sb.Append(delimiter.ToLiteral());
                Append(sb, delimiter.FirstChild);
                break;
            case ContainerInline container:
                Append(sb, container.FirstChild);
                break;
        }
    }
}
