using System.Text.Json;

namespace KiroSpecs.Core.Specs;

/// <summary>
/// One JSON value as found in the text: its kind, its character span in the full text, and for the
/// values the package reads, the decoded content. <see cref="Object"/> is set only for objects on the
/// path the package reads or writes; other objects and arrays are skipped over.
/// </summary>
/// <param name="Kind">The token that starts the value (StartObject, StartArray, String, Number, True, False, Null).</param>
/// <param name="Start">Character offset of the first character of the value.</param>
/// <param name="End">Character offset just past the value.</param>
/// <param name="StringValue">The unescaped text of a string value.</param>
/// <param name="Int32Value">The value of a number that fits an <see cref="int"/>.</param>
/// <param name="Object">The members of a tracked object.</param>
internal sealed record JsonValueOutline(
    JsonTokenType Kind,
    int Start,
    int End,
    string? StringValue,
    int? Int32Value,
    JsonObjectOutline? Object);
