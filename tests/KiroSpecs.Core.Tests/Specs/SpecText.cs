using System;
using KiroSpecs.Testing;

namespace KiroSpecs.Core.Tests.Specs;

/// <summary>Helpers for writing spec.json texts in tests.</summary>
internal static class SpecText
{
    /// <summary>The text with LF line endings, whatever the test source file uses.</summary>
    public static string Lf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>The text with CRLF line endings.</summary>
    public static string Crlf(string text) => Lf(text).Replace("\n", "\r\n", StringComparison.Ordinal);

    /// <summary>
    /// 1-based line and column (UTF-16 units, BOM not counted) of the <paramref name="occurrence"/>-th
    /// (1-based) <paramref name="snippet"/> in <paramref name="text"/>, computed the naive way.
    /// </summary>
    public static (int Line, int Column) PositionOf(string text, string snippet, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(snippet, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                throw new ArgumentException($"'{snippet}' occurs fewer than {occurrence} times.", nameof(snippet));
            }
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        if (index == 0)
        {
            lineStart = 0;
        }

        var line = 1;
        for (var i = 0; i < lineStart; i++)
        {
            line += text[i] == '\n' ? 1 : 0;
        }

        var bom = lineStart == 0 && text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        return (line, index - lineStart - bom + 1);
    }
}
