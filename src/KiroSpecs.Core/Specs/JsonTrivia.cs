namespace KiroSpecs.Core.Specs;

/// <summary>Steps over whitespace and comments in JSON text.</summary>
internal static class JsonTrivia
{
    /// <summary>The index of the next character after whitespace and comments, or the text length.</summary>
    public static int Skip(string text, int index)
    {
        while (index < text.Length)
        {
            var c = text[index];
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                index++;
            }
            else if (CommentEnd(text, index) is { } end)
            {
                index = end;
            }
            else
            {
                break;
            }
        }

        return index;
    }

    /// <summary>
    /// When only spaces, tabs and comments follow <paramref name="index"/> on its line, the index of
    /// the line break (or the text end); otherwise -1. A block comment spanning lines counts as content.
    /// </summary>
    public static int EndOfLine(string text, int index)
    {
        while (index < text.Length)
        {
            var c = text[index];
            if (c is '\r' or '\n')
            {
                return index;
            }

            if (c is ' ' or '\t')
            {
                index++;
            }
            else if (CommentEnd(text, index) is { } end && !HasLineBreak(text, index, end))
            {
                index = end;
            }
            else
            {
                return -1;
            }
        }

        return index;
    }

    /// <summary>Whether a line break lies in [start, end).</summary>
    public static bool HasLineBreak(string text, int start, int end)
    {
        for (var i = start; i < end && i < text.Length; i++)
        {
            if (text[i] is '\r' or '\n')
            {
                return true;
            }
        }

        return false;
    }

    // The end (exclusive) of a comment starting at index; a line comment ends before its line break.
    private static int? CommentEnd(string text, int index)
    {
        if (index + 1 >= text.Length || text[index] != '/')
        {
            return null;
        }

        if (text[index + 1] == '/')
        {
            var end = index + 2;
            while (end < text.Length && text[end] is not ('\r' or '\n'))
            {
                end++;
            }

            return end;
        }

        if (text[index + 1] == '*')
        {
            var close = text.IndexOf("*/", index + 2, System.StringComparison.Ordinal);
            return close < 0 ? text.Length : close + 2;
        }

        return null;
    }
}
