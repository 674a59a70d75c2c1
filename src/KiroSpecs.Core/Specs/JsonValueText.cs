using System.Text.Json;

namespace KiroSpecs.Core.Specs;

/// <summary>Short descriptions of found values for messages ("an array", "\"yes\"", "null").</summary>
internal static class JsonValueText
{
    private const int MaxShown = 40;

    /// <summary>Describes <paramref name="value"/> as it appears in <paramref name="text"/>.</summary>
    public static string Describe(JsonValueOutline value, string text) => value.Kind switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.Null => "null",
        _ => Shorten(text.Substring(value.Start, value.End - value.Start)),
    };

    private static string Shorten(string raw) => KiroSpecs.Core.Common.TextClip.Clip(raw, MaxShown);
}
