using System;
using System.Collections.Generic;
using System.Text.Json;

namespace KiroSpecs.Core.Specs;

/// <summary>
/// Walks spec.json once with <see cref="Utf8JsonReader"/> and records the positions of the objects
/// the package reads or writes (the root, <c>approvals</c>, <c>approvals.usecase</c>,
/// <c>approvals.sequence</c>). Everything else is validated and skipped.
/// </summary>
internal static class JsonOutlineScanner
{
    // Users write comments and trailing commas in spec.json; both are unambiguous, so accept them.
    private static readonly JsonReaderOptions s_options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Scans <paramref name="text"/>; a leading U+FEFF is ignored but kept in the offsets.</summary>
    public static JsonScanResult Scan(string text)
    {
        var hasBom = text.Length > 0 && text[0] == '\uFEFF';
        var map = new TextPositionMap(text, hasBom ? 1 : 0);
        var reader = new Utf8JsonReader(map.Utf8, isFinalBlock: true, new JsonReaderState(s_options));
        try
        {
            if (!reader.Read())
            {
                return Fail(map, hasBom, map.Utf8.Length, JsonSyntaxErrors.Empty);
            }

            var root = ReadValue(ref reader, map, "");
            while (reader.Read())
            {
                // Only comments may follow the root value; anything else throws.
            }

            return new JsonScanResult(root, null, 0, 0, map, hasBom);
        }
        catch (JsonException e)
        {
            var offset = map.ToByteOffset(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            return Fail(map, hasBom, offset, JsonSyntaxErrors.Describe(e, text, map, offset, reader.TokenType));
        }
        catch (InvalidOperationException)
        {
            // GetString rejects escapes that decode to invalid UTF-16 (a lone "\uD800").
            return Fail(map, hasBom, reader.TokenStartIndex, JsonSyntaxErrors.InvalidEscape);
        }
    }

    private static JsonScanResult Fail(TextPositionMap map, bool hasBom, long byteOffset, string message)
    {
        var (line, column) = map.ByteToLineColumn(byteOffset);
        return new JsonScanResult(null, message, line, column, map, hasBom);
    }

    private static JsonValueOutline ReadValue(ref Utf8JsonReader reader, TextPositionMap map, string? trackedPath)
    {
        var kind = reader.TokenType;
        var start = map.ToCharIndex(reader.TokenStartIndex);
        if (kind == JsonTokenType.StartObject && trackedPath is not null)
        {
            var obj = ReadObject(ref reader, map, trackedPath, start);
            return new JsonValueOutline(kind, start, map.ToCharIndex(reader.BytesConsumed), null, null, obj);
        }

        if (kind is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            reader.Skip();
            return new JsonValueOutline(kind, start, map.ToCharIndex(reader.BytesConsumed), null, null, null);
        }

        var text = kind == JsonTokenType.String ? reader.GetString() : null;
        int? number = kind == JsonTokenType.Number && reader.TryGetInt32(out var n) ? n : null;
        return new JsonValueOutline(kind, start, map.ToCharIndex(reader.BytesConsumed), text, number, null);
    }

    private static JsonObjectOutline ReadObject(ref Utf8JsonReader reader, TextPositionMap map, string path, int valueStart)
    {
        var open = valueStart;
        var members = new List<JsonMemberOutline>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString() ?? "";
            var keyStart = map.ToCharIndex(reader.TokenStartIndex);
            // BytesConsumed would include the ':'; the raw (still escaped) name plus its quotes does not.
            var keyEnd = map.ToCharIndex(reader.TokenStartIndex + reader.ValueSpan.Length + 2);
            reader.Read();
            var value = ReadValue(ref reader, map, ChildPath(path, name));
            if (value.Object is not null)
            {
                value = value with { Object = value.Object with { OwnerStart = keyStart } };
            }

            members.Add(new JsonMemberOutline(name, keyStart, keyEnd, value));
        }

        // The loop ends on EndObject: the reader throws on anything else.
        var close = map.ToCharIndex(reader.BytesConsumed - 1);
        return new JsonObjectOutline(path, open, open, close, members);
    }

    /// <summary>The path of a child object the package reads or writes, or null to skip it.</summary>
    private static string? ChildPath(string path, string name) => path switch
    {
        "" when name == SpecJsonNames.Approvals => name,
        SpecJsonNames.Approvals when name is SpecJsonNames.UseCase or SpecJsonNames.Sequence => path + "." + name,
        _ => null,
    };
}
