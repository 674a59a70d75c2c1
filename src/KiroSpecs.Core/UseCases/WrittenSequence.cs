using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// A use case the author wrote as a Mermaid <c>sequenceDiagram</c> instead of numbered steps: its participants,
/// messages, notes and blocks in order, as written, to be drawn again with the package's own escaping.
/// </summary>
public sealed record WrittenSequence(EquatableArray<WrittenLine> Lines, SourcePosition Position)
{
    /// <summary>The number of messages (arrows) in the diagram.</summary>
    public int MessageCount
    {
        get
        {
            var count = 0;
            foreach (var line in Lines)
            {
                count += line.Kind == WrittenLineKind.Message ? 1 : 0;
            }

            return count;
        }
    }
}

/// <summary>
/// One statement of a <see cref="WrittenSequence"/>. For a participant: <see cref="From"/> is its id,
/// <see cref="Text"/> its label, <see cref="Keyword"/> "actor" or "participant". For a message: from, to, the
/// arrow as written in <see cref="Keyword"/>, and the text. For a note: over <see cref="From"/> (and
/// <see cref="To"/> when it spans two). For a block: its keyword (alt, else, opt, loop, par, and, …) and label.
/// </summary>
public sealed record WrittenLine(WrittenLineKind Kind, string Keyword, string From, string To, string Text);

/// <summary>What a <see cref="WrittenLine"/> is.</summary>
public enum WrittenLineKind
{
    /// <summary>A participant or actor declaration.</summary>
    Participant,

    /// <summary>An arrow from one participant to another (or itself).</summary>
    Message,

    /// <summary>A note over, left of or right of participants.</summary>
    Note,

    /// <summary>The start of a block (alt, opt, loop, par, critical, break).</summary>
    Open,

    /// <summary>Another arm of the open block (else, and, option).</summary>
    Else,

    /// <summary>The end of a block.</summary>
    Close,
}
