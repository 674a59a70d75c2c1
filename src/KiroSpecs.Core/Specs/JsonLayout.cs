using System.Collections.Generic;

namespace KiroSpecs.Core.Specs;

/// <summary>
/// How a spec.json is laid out, so inserted members look like their neighbours: the indentation
/// step, the newline, and the spacing around ':' and between members on one line.
/// </summary>
/// <param name="Unit">One level of indentation ("  " unless the file shows otherwise).</param>
/// <param name="NewLine">The file's newline.</param>
/// <param name="Colon">What separates a key from its value (": " unless the file shows otherwise).</param>
/// <param name="Comma">What separates members on one line (", " unless the file shows otherwise).</param>
internal sealed record JsonLayout(string Unit, string NewLine, string Colon, string Comma)
{
    private const string DefaultUnit = "  ";
    private const string DefaultColon = ": ";
    private const string DefaultComma = ", ";

    /// <summary>Detects the layout from the tracked objects.</summary>
    public static JsonLayout Detect(string text, JsonObjectOutline root)
    {
        var colon = DetectColon(text, root);
        return new(DetectUnit(text, root), NewLines.Detect(text), colon, DetectComma(text, root, colon));
    }

    /// <summary>The spaces and tabs that start the line holding <paramref name="index"/>.</summary>
    public static string LineIndent(string text, int index)
    {
        var start = LineStart(text, index);
        var end = start;
        while (end < text.Length && text[end] is ' ' or '\t')
        {
            end++;
        }

        return text.Substring(start, end - start);
    }

    /// <summary>True when only spaces and tabs precede <paramref name="index"/> on its line.</summary>
    public static bool StartsLine(string text, int index)
    {
        for (var i = LineStart(text, index); i < index; i++)
        {
            if (text[i] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The indentation for members of <paramref name="obj"/>: that of its members, else one step in.</summary>
    public string MemberIndent(string text, JsonObjectOutline obj)
    {
        foreach (var member in obj.Members)
        {
            if (StartsLine(text, member.KeyStart))
            {
                return LineIndent(text, member.KeyStart);
            }
        }

        return LineIndent(text, obj.OwnerStart) + Unit;
    }

    private static int LineStart(string text, int index)
    {
        var start = index;
        while (start > 0 && text[start - 1] != '\n')
        {
            start--;
        }

        // A byte order mark is not indentation.
        return start == 0 && text.Length > 0 && text[0] == '\uFEFF' ? 1 : start;
    }

    private static string DetectUnit(string text, JsonObjectOutline root)
    {
        foreach (var obj in Tracked(root))
        {
            var outer = LineIndent(text, obj.OwnerStart);
            foreach (var member in obj.Members)
            {
                if (!StartsLine(text, member.KeyStart))
                {
                    continue;
                }

                var inner = LineIndent(text, member.KeyStart);
                if (inner.Length > outer.Length && inner.StartsWith(outer, System.StringComparison.Ordinal))
                {
                    return inner.Substring(outer.Length);
                }
            }
        }

        return DefaultUnit;
    }

    private static string DetectComma(string text, JsonObjectOutline root, string colon)
    {
        foreach (var obj in Tracked(root))
        {
            for (var i = 1; i < obj.Members.Count; i++)
            {
                var start = obj.Members[i - 1].Value.End;
                var between = text.Substring(start, obj.Members[i].KeyStart - start);
                if (between.Length > 0 && between[0] == ',' && between.Substring(1).Trim(' ', '\t').Length == 0)
                {
                    return between;
                }
            }
        }

        // No sample: a file written without a space after ':' is compact, so no space after ',' either.
        return colon[colon.Length - 1] == ' ' ? DefaultComma : ",";
    }

    // The root, then approvals and its tracked children, in document order.
    private static IEnumerable<JsonObjectOutline> Tracked(JsonObjectOutline obj)
    {
        yield return obj;
        foreach (var member in obj.Members)
        {
            if (member.Value.Object is { } child)
            {
                foreach (var nested in Tracked(child))
                {
                    yield return nested;
                }
            }
        }
    }

    private static string DetectColon(string text, JsonObjectOutline root)
    {
        if (root.Members.Count == 0)
        {
            return DefaultColon;
        }

        var first = root.Members[0];
        var between = text.Substring(first.KeyEnd, first.Value.Start - first.KeyEnd);
        return between.Trim(' ', '\t') == ":" ? between : DefaultColon;
    }
}
