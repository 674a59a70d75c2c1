using System.Globalization;
using System.Text.Json;

namespace KiroSpecs.Core.Specs;

/// <summary>A string, boolean or integer value to write, and how to tell that it is already there.</summary>
/// <param name="Kind">The token kind the value has once written.</param>
/// <param name="Literal">The JSON text to write.</param>
/// <param name="StringValue">The string, for string values.</param>
/// <param name="Int32Value">The number, for integer values.</param>
internal sealed record JsonScalarEdit(JsonTokenType Kind, string Literal, string? StringValue, int? Int32Value) : JsonEdit
{
    /// <summary>A string value.</summary>
    public static JsonScalarEdit String(string value) => new(JsonTokenType.String, JsonLiteral.Quote(value), value, null);

    /// <summary>A boolean value.</summary>
    public static JsonScalarEdit Boolean(bool value) =>
        value ? new(JsonTokenType.True, "true", null, null) : new(JsonTokenType.False, "false", null, null);

    /// <summary>An integer value.</summary>
    public static JsonScalarEdit Integer(int value) =>
        new(JsonTokenType.Number, value.ToString(CultureInfo.InvariantCulture), null, value);

    /// <summary>
    /// True when <paramref name="found"/> already means this value, however it is spelled
    /// (escapes, "3.0"), so an unchanged value is never rewritten.
    /// </summary>
    public bool Matches(JsonValueOutline found) => found.Kind == Kind && Kind switch
    {
        JsonTokenType.String => found.StringValue == StringValue,
        JsonTokenType.Number => found.Int32Value == Int32Value,
        _ => true,
    };
}
