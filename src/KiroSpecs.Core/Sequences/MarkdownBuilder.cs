using System.Text;

namespace KiroSpecs.Core.Sequences;

/// <summary>Builds the Markdown document: "\n" line endings, no trailing spaces, one blank line between blocks.</summary>
internal sealed class MarkdownBuilder
{
    private readonly StringBuilder _sb = new();

    public MarkdownBuilder Heading(int level, string text)
    {
        Blank();
        _sb.Append('#', level).Append(' ').Append(text.TrimEnd()).Append('\n');
        return this;
    }

    /// <summary>A paragraph or a block that must be preceded by a blank line.</summary>
    public MarkdownBuilder Block(string text)
    {
        Blank();
        Raw(text);
        return this;
    }

    /// <summary>A line directly under the previous one (list items, table rows).</summary>
    public MarkdownBuilder Line(string text)
    {
        _sb.Append(text.TrimEnd()).Append('\n');
        return this;
    }

    public MarkdownBuilder Raw(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            _sb.Append(line.TrimEnd()).Append('\n');
        }

        // Split leaves one empty element after the final "\n"; drop the extra line it added.
        if (text.EndsWith("\n", System.StringComparison.Ordinal))
        {
            _sb.Length--;
        }

        return this;
    }

    public MarkdownBuilder Blank()
    {
        if (_sb.Length > 0 && !(_sb.Length >= 2 && _sb[_sb.Length - 1] == '\n' && _sb[_sb.Length - 2] == '\n'))
        {
            if (_sb[_sb.Length - 1] != '\n')
            {
                _sb.Append('\n');
            }

            _sb.Append('\n');
        }

        return this;
    }

    public override string ToString()
    {
        var text = _sb.ToString().TrimEnd('\n', ' ');
        return text.Length == 0 ? string.Empty : text + "\n";
    }
}
