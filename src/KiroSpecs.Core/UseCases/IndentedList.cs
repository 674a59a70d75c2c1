using System;
using System.Text;

namespace KiroSpecs.Core.UseCases;

/// <summary>Recognises an indented code block whose lines are a numbered or bulleted list, and un-indents it.</summary>
internal static class IndentedList
{
    /// <summary>True when most non-blank lines start with a list marker ("1.", "2)", "-", "*").</summary>
    public static bool Holds(string text)
    {
        var lines = text.Split('\n');
        int items = 0, other = 0;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (IsItem(line))
            {
                items++;
            }
            else
            {
                other++;
            }
        }

        return items > 0 && items >= other;
    }

    /// <summary>The block's text with the common indentation removed (tabs count as four spaces).</summary>
    public static string Dedent(string text)
    {
        var lines = text.Replace("\t", "    ").Split('\n');
        var common = int.MaxValue;
        foreach (var line in lines)
        {
            if (line.Trim().Length > 0)
            {
                common = Math.Min(common, line.Length - line.TrimStart(' ').Length);
            }
        }

        var sb = new StringBuilder(text.Length);
        foreach (var line in lines)
        {
            var dedented = line.Length >= common && common != int.MaxValue ? line.Substring(common) : line.TrimStart(' ');
            sb.Append(SpacedNumber(dedented)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>"3.O sistema apresenta …", a space forgotten after the number: "3. O sistema apresenta …".</summary>
    private static string SpacedNumber(string line)
    {
        var i = 0;
        while (i < line.Length && i < 3 && char.IsDigit(line[i]))
        {
            i++;
        }

        return i > 0 && i + 1 < line.Length && line[i] == '.' && char.IsLetter(line[i + 1]) && char.IsUpper(line[i + 1])
            ? line.Substring(0, i + 1) + " " + line.Substring(i + 1)
            : line;
    }

    private static bool IsItem(string line)
    {
        if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal) || line.StartsWith("+ ", StringComparison.Ordinal))
        {
            return true;
        }

        var i = 0;
        while (i < line.Length && char.IsDigit(line[i]))
        {
            i++;
        }

        return i > 0 && i < 4 && i + 1 < line.Length && line[i] is '.' or ')' && (line[i + 1] == ' ' || (line[i] == '.' && char.IsUpper(line[i + 1])));
    }
}
