using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// Reads a Mermaid <c>sequenceDiagram</c> code block into a <see cref="WrittenSequence"/>: participant and actor
/// declarations, messages, notes and the alt/opt/loop/par/critical/break blocks. Styling and control lines
/// (autonumber, activate, rect, box, title, comments) are not part of the story and are left out.
/// </summary>
internal static partial class WrittenSequenceReader
{
    private const string DeclarationPattern =
        @"^(?<kind>participant|actor)\s+(?<id>[^\s:]+?)(?:\s+as\s+(?<label>.+))?$";

#if NET
    private static readonly Regex s_declaration = DeclarationRegex();

    [GeneratedRegex(DeclarationPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial Regex DeclarationRegex();
#else
    private static readonly Regex s_declaration = new(DeclarationPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    private const string MessagePattern =
        @"^(?<from>[^\s\-<>:+]+?)\s*(?<arrow><<-->>|<<->>|-->>|->>|--x|-x|--\)|-\)|-->|->)\s*[+-]?\s*(?<to>[^\s:+]+?)\s*:\s?(?<text>.*)$";

#if NET
    private static readonly Regex s_message = MessageRegex();

    [GeneratedRegex(MessagePattern, RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial Regex MessageRegex();
#else
    private static readonly Regex s_message = new(MessagePattern, RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    private const string NotePattern =
        @"^note\s+(?:over|left\s+of|right\s+of)\s+(?<a>[^,:]+?)(?:\s*,\s*(?<b>[^:]+?))?\s*:\s?(?<text>.*)$";

#if NET
    private static readonly Regex s_note = NoteRegex();

    [GeneratedRegex(NotePattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial Regex NoteRegex();
#else
    private static readonly Regex s_note = new(NotePattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    private const string BlockPattern =
        @"^(?<keyword>alt|opt|loop|par|critical|break|else|and|option|end|rect|box)\b\s*(?<label>.*)$";

#if NET
    private static readonly Regex s_block = BlockRegex();

    [GeneratedRegex(BlockPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial Regex BlockRegex();
#else
    private static readonly Regex s_block = new(BlockPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>The diagram of a code block that is a Mermaid sequence diagram with at least one message, else null.</summary>
    public static WrittenSequence? TryRead(string code, SourcePosition position)
    {
        var lines = code.Replace("\r\n", "\n").Split('\n');
        var start = 0;
        while (start < lines.Length && (lines[start].Trim().Length == 0 || lines[start].TrimStart().StartsWith("%%", StringComparison.Ordinal)))
        {
            start++;
        }

        if (start >= lines.Length || !lines[start].Trim().Equals("sequenceDiagram", StringComparison.Ordinal))
        {
            return null;
        }

        var result = new List<WrittenLine>();
        var blocks = new Stack<bool>();
        var messages = 0;
        for (var i = start + 1; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith("%%", StringComparison.Ordinal))
            {
                continue;
            }

            if (TextPatterns.SafeMatch(s_declaration, line) is { } declaration)
            {
                var id = declaration.Groups["id"].Value;
                var label = declaration.Groups["label"].Success ? declaration.Groups["label"].Value.Trim() : id;
                result.Add(new WrittenLine(WrittenLineKind.Participant, declaration.Groups["kind"].Value.ToLowerInvariant(), id, string.Empty, label));
            }
            else if (TextPatterns.SafeMatch(s_note, line) is { } note)
            {
                result.Add(new WrittenLine(WrittenLineKind.Note, "note", note.Groups["a"].Value.Trim(), note.Groups["b"].Success ? note.Groups["b"].Value.Trim() : string.Empty, note.Groups["text"].Value.Trim()));
            }
            else if (TextPatterns.SafeMatch(s_block, line) is { } block)
            {
                var keyword = block.Groups["keyword"].Value.ToLowerInvariant();
                var label = block.Groups["label"].Value.Trim();
                switch (keyword)
                {
                    case "rect" or "box":
                        // A colour or a grouping box: the lines inside stay, the box itself is styling.
                        blocks.Push(false);
                        break;
                    case "end" when blocks.Count > 0:
                        if (blocks.Pop())
                        {
                            result.Add(new WrittenLine(WrittenLineKind.Close, "end", string.Empty, string.Empty, string.Empty));
                        }

                        break;
                    case "end":
                        break;
                    case "else" or "and" or "option":
                        if (blocks.Count > 0 && blocks.Peek())
                        {
                            result.Add(new WrittenLine(WrittenLineKind.Else, keyword, string.Empty, string.Empty, label));
                        }

                        break;
                    default:
                        blocks.Push(true);
                        result.Add(new WrittenLine(WrittenLineKind.Open, keyword, string.Empty, string.Empty, label));
                        break;
                }
            }
            else if (TextPatterns.SafeMatch(s_message, line) is { } message)
            {
                messages++;
                result.Add(new WrittenLine(WrittenLineKind.Message, message.Groups["arrow"].Value, message.Groups["from"].Value, message.Groups["to"].Value, message.Groups["text"].Value.Trim()));
            }
        }

        while (blocks.Count > 0)
        {
            if (blocks.Pop())
            {
                result.Add(new WrittenLine(WrittenLineKind.Close, "end", string.Empty, string.Empty, string.Empty));
            }
        }

        return messages == 0 ? null : new WrittenSequence(result.ToEquatableArray(), position);
    }
}
