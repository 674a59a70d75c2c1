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

        var sb = new StringBuilder();
        Append(sb, container.FirstChild);
        return sb.ToString();
    }

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
            case ContainerInline container:
                Append(sb, container.FirstChild);
                break;
        }
    }
}
