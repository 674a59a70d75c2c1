using System.Collections.Generic;
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

    /// <summary>A list after a blank line: one item per text, each escaped as Markdown text.</summary>
    public MarkdownBuilder Bullets(IEnumerable<string> items)
    {
        Blank();
        foreach (var item in items)
        {
            Line("- " + MarkdownText.Escape(item));
        }

        return this;
    }

    /// <summary>A line directly under the previous one (list items, table rows).</summary>
    public MarkdownBuilder Line(string text)
    {
        _sb.Append(text.TrimEnd()).Append('\n');
        return this;
    }

    /// <summary>
    /// The document of <paramref name="other"/> as a block: what <c>Block(other.ToString())</c> writes, copied from
    /// its chunks. The sequences of a large document are most of its output (tens of MB); this spares one copy
    /// of them.
    /// </summary>
    public MarkdownBuilder Block(MarkdownBuilder other)
    {
#if NET
        Blank();

        // other.ToString(): its text without trailing '\n' and ' ', then one '\n' ("" when nothing is left).
        var end = other.ContentEnd();

        if (end == 0)
        {
            return Raw(string.Empty);
        }

        // Raw() of that text, character by character: each line without its trailing white space, then '\n'.
        // White space is held back until a character of the same line shows that it is not trailing.
        var pending = new StringBuilder();
        var left = end;
        foreach (var chunk in other._sb.GetChunks())
        {
            var span = chunk.Span;
            var length = System.Math.Min(span.Length, left);
            var run = 0;
            for (var i = 0; i < length; i++)
            {
                var c = span[i];
                if (c == '\n')
                {
                    _sb.Append(span.Slice(run, i - run));
                    pending.Clear();
                    _sb.Append('\n');
                    run = i + 1;
                }
                else if (char.IsWhiteSpace(c))
                {
                    _sb.Append(span.Slice(run, i - run));
                    pending.Append(c);
                    run = i + 1;
                }
                else if (pending.Length > 0)
                {
                    _sb.Append(span.Slice(run, i - run)).Append(pending);
                    pending.Clear();
                    run = i;
                }
            }

            _sb.Append(span.Slice(run, length - run));
            left -= length;
            if (left == 0)
            {
                break;
            }
        }

        // The final '\n' of ToString() ends the last line (its trailing white space dropped); Raw() drops the
        // empty line after it.
        _sb.Append('\n');
        return this;
#else
        return Block(other.ToString());
#endif
    }

    public MarkdownBuilder Raw(string text)
    {
        // Each line without its trailing white space, then "\n" (line by line in place: no Split, no copies).
        var start = 0;
        while (true)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var trimmed = end;
            while (trimmed > start && char.IsWhiteSpace(text[trimmed - 1]))
            {
                trimmed--;
            }

            _sb.Append(text, start, trimmed - start).Append('\n');
            if (newline < 0)
            {
                break;
            }

            start = newline + 1;
        }

        // The text after the final "\n" is an empty line; drop the extra line break it added.
        if (text.EndsWith("\n", System.StringComparison.Ordinal))
        {
            _sb.Length--;
        }

        return this;
    }

    /// <summary>
    /// Ends what was written since the last block as <see cref="Block"/> ends a block: without trailing blank lines or
    /// spaces, then one "\n". For a part written in place whose every line is already without trailing white space.
    /// </summary>
    public MarkdownBuilder EndBlock()
    {
        var end = _sb.Length;
        while (end > 0 && _sb[end - 1] is '\n' or ' ')
        {
            end--;
        }

        _sb.Length = end;
        _sb.Append('\n');
        return this;
    }

    /// <summary>
    /// A line of a block written in place after <see cref="Blank"/>: <paramref name="indent"/> spaces, the head and
    /// the text, without trailing white space, then "\n" — as <see cref="Raw"/> writes a line of text without a line break.
    /// </summary>
    public void BlockLine(int indent, string head, string text)
    {
        var start = _sb.Length;
        _sb.Append(' ', indent).Append(head).Append(text);
        var end = _sb.Length;
        while (end > start && char.IsWhiteSpace(_sb[end - 1]))
        {
            end--;
        }

        _sb.Length = end;
        _sb.Append('\n');
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

    /// <summary>
    /// Ends the document in place and hands over its builder, which holds exactly what <see cref="ToString"/> returns;
    /// this builder is not written to again. The text of a large document is then not copied into a string of its own.
    /// </summary>
    public StringBuilder Finish()
    {
        var end = ContentEnd();
        _sb.Length = end;
        if (end > 0)
        {
            _sb.Append('\n');
        }

        return _sb;
    }

    /// <summary>The document without trailing blank lines or spaces, ending in one "\n" (one copy of the text, not three).</summary>
    public override string ToString()
    {
        var end = ContentEnd();
        if (end == 0)
        {
            return string.Empty;
        }

        var tail = _sb.ToString(end, _sb.Length - end);
        _sb.Length = end;
        var text = _sb.Append('\n').ToString();
        _sb.Length = end;
        _sb.Append(tail);
        return text;
    }

    /// <summary>Where the document ends without its trailing blank lines and spaces.</summary>
    private int ContentEnd()
    {
        var end = _sb.Length;
        while (end > 0 && _sb[end - 1] is '\n' or ' ')
        {
            end--;
        }

        return end;
    }
}
