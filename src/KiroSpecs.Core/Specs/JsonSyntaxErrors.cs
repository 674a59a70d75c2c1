using System;
using System.Globalization;
using System.Text.Json;

namespace KiroSpecs.Core.Specs;

/// <summary>Turns reader failures into the plain-words part of a KIRO004 message.</summary>
internal static class JsonSyntaxErrors
{
    public const string Empty = "the file holds no JSON value; it must hold a JSON object";
    public const string Truncated = "the JSON text ends before every object, array or string is closed (is the file cut short?)";
    public const string InvalidEscape = "a string holds an escape sequence that is not a valid character";

    /// <summary>Describes <paramref name="e"/>, raised at <paramref name="byteOffset"/>.</summary>
    public static string Describe(JsonException e, string text, TextPositionMap map, long byteOffset, JsonTokenType lastToken)
    {
        if (byteOffset >= map.Utf8.Length)
        {
            return lastToken == JsonTokenType.None ? Empty : Truncated;
        }

        var index = map.ToCharIndex(byteOffset);
        var c = text[index];
        if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\r' or '\n')))
        {
            return string.Format(
                CultureInfo.InvariantCulture,
                "it is not JSON text: it holds the control character U+{0:X4} (is it a binary file?)",
                (int)c);
        }

        return "it is not valid JSON (" + Clean(e.Message) + ")";
    }

    // The reader's message ends with its own zero-based "LineNumber: n | BytePositionInLine: m.";
    // the diagnostic carries the 1-based position, so drop it.
    private static string Clean(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (cut >= 0 ? message.Substring(0, cut) : message).Trim();
        return text.TrimEnd('.').Replace(". ", "; ");
    }
}
