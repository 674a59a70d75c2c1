using System.Collections.Generic;
using KiroSpecs.Core.Interactions;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// Draws a use case the author wrote as a Mermaid sequence diagram: the same participants, messages, notes and
/// blocks in the same order, in the author's words; only the escaping is the package's. Messages carry the
/// author's own numbers in their text, so Mermaid's numbering is off.
/// </summary>
internal static partial class WrittenDiagram
{
    public static void Draw(SequenceDiagramWriter writer, WrittenSequence written, InteractionModel participants)
    {
        var byId = new Dictionary<string, Participant>(System.StringComparer.Ordinal);
        Participant Of(string id)
        {
            if (!byId.TryGetValue(id, out var participant))
            {
                participant = participants.FromDiagram(id, id, isPerson: false);
                byId.Add(id, participant);
            }

            return participant;
        }

        var depth = 0;
        foreach (var line in written.Lines)
        {
            switch (line.Kind)
            {
                case WrittenLineKind.Participant when !byId.ContainsKey(line.From):
                    var declared = participants.FromDiagram(line.From, line.Text, line.Keyword == "actor");
                    byId.Add(line.From, declared);
                    writer.Declare(declared);
                    break;
                case WrittenLineKind.Message:
                    var from = Of(line.From);
                    var to = Of(line.To);
                    var kind = ReferenceEquals(from, to) ? InteractionKind.SelfCall
                        : line.Keyword.StartsWith("--", System.StringComparison.Ordinal) ? InteractionKind.Return
                        : InteractionKind.Call;
                    // The author's arrow is kept where Mermaid has it one way: "-)" and "--)" say the call does not wait.
                    var arrow = line.Keyword is "-)" or "--)" ? line.Keyword : null;
                    writer.Step(new Interaction(kind, from, to, LineBreaks(line.Text)), 0, string.Empty, failed: line.Keyword.EndsWith("x", System.StringComparison.Ordinal), writtenArrow: arrow);
                    break;
                case WrittenLineKind.Note:
                    writer.Note(Of(line.From), line.To.Length > 0 ? Of(line.To) : null, LineBreaks(line.Text));
                    break;
                case WrittenLineKind.Open:
                    writer.Open(line.Keyword, line.Text);
                    depth++;
                    break;
                case WrittenLineKind.Else when depth > 0:
                    writer.Else(line.Keyword, line.Text);
                    break;
                case WrittenLineKind.Close when depth > 0:
                    writer.Close();
                    depth--;
                    break;
            }
        }

        while (depth-- > 0)
        {
            writer.Close();
        }
    }

    private const string LineBreakPattern =
        @"<br\s*/?>";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_lineBreak = LineBreakRegex();

    [System.Text.RegularExpressions.GeneratedRegex(LineBreakPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex LineBreakRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_lineBreak = new(LineBreakPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>"register<br/>or cancel": the author's line break stays a line break, not escaped text.</summary>
    private static string LineBreaks(string text) =>
        text.IndexOf('<') < 0 ? text : s_lineBreak.Replace(text, "\n");
}
