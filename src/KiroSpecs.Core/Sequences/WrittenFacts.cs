using System.Collections.Generic;
using System.Linq;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// What the analysis sections can read from a use case the author wrote as a Mermaid <c>sequenceDiagram</c>: its
/// declared participants, its messages between two of them, and the messages, notes and block labels whose words
/// say something a section lists (parallel work, a change of state, background delivery). Each is quoted as
/// written, with the participants' labels.
/// </summary>
internal static class WrittenFacts
{
    private const int MaxLines = 60;

    private static readonly string[] s_stateWords = { "遷移", "transition", "=status", "=state", "상태", "estado", "ステータス" };

    /// <summary>The participants the diagram declares, by label, in order; people ("actor", or a name that says a person) are not listed.</summary>
    public static List<string> Participants(WrittenSequence written) =>
        written.Lines.Where(l => l.Kind == WrittenLineKind.Participant && l.Keyword != "actor")
            .Select(l => l.Text.Length > 0 ? l.Text : l.From)
            .Where(name => !IsPersonName(name))
            .Distinct().ToList();

    /// <summary>"CEO → bakufu Web UI: 1. Room 作成": every message between two different participants.</summary>
    public static List<string> Messages(WrittenSequence written)
    {
        var labels = Labels(written);
        return written.Lines.Where(l => l.Kind == WrittenLineKind.Message && l.From != l.To)
            .Take(MaxLines)
            .Select(l => Label(labels, l.From) + " → " + Label(labels, l.To) + ": " + l.Text)
            .ToList();
    }

    /// <summary>Blocks, notes and messages that say work runs in parallel ("par", "GateRole 並列", "同時指示").</summary>
    public static List<string> Parallel(WrittenSequence written) =>
        Quoted(written, l => (l.Kind == WrittenLineKind.Open && l.Keyword == "par") || Keywords.Any(l.Text, Keywords.Concurrency));

    /// <summary>"CEO", "Store Manager": every word of the name (outside parentheses) says a person; "AI Agent (Claude Code CLI)" does not.</summary>
    private static bool IsPersonName(string name)
    {
        var paren = name.IndexOf('(');
        var head = (paren > 0 ? name.Substring(0, paren) : name).Trim();
        return head.Length > 0 && ActorKinds.NamesAPerson(head) && head.Split(' ').All(w => ActorKinds.NamesAPerson(w) || w.Length <= 2 && !w.All(char.IsUpper));
    }

    /// <summary>Messages and notes that state a change of state ("Stage が INTERNAL_REVIEW に遷移", "status=PENDING").</summary>
    public static List<string> StateChanges(WrittenSequence written) =>
        Quoted(written, l => l.Kind is WrittenLineKind.Message or WrittenLineKind.Note && (Keywords.Any(l.Text, s_stateWords) || SetsAStatus(l.Text)));

    /// <summary>"decision=APPROVED", "→ Task DONE": a status word in capitals set by "=" or reached by an arrow.</summary>
    private static bool SetsAStatus(string text)
    {
        foreach (var mark in new[] { '=', '→' })
        {
            var at = text.IndexOf(mark);
            while (at >= 0)
            {
                var rest = text.Substring(at + 1, System.Math.Min(16, text.Length - at - 1));
                if (rest.Split(' ', '(', ')', ',', '.').Any(w => w.Length >= 4 && w.All(c => char.IsUpper(c) || c == '_')))
                {
                    return true;
                }

                at = text.IndexOf(mark, at + 1);
            }
        }

        return false;
    }

    /// <summary>Messages drawn with an asynchronous arrow (<c>-)</c>) or whose words say they do not wait ("in the background").</summary>
    public static List<string> Background(WrittenSequence written) =>
        Quoted(written, l => l.Kind == WrittenLineKind.Message && (Keywords.Any(l.Text, Keywords.Async) || l.Keyword.EndsWith(")", System.StringComparison.Ordinal)));

    /// <summary>
    /// The arms of the diagram's conditional blocks (alt/else, opt, break, critical/option), each with its label as
    /// written, the message the block follows and the messages drawn inside it. Which arm is a failure or a check,
    /// the diagram does not say; only <c>break</c> says the sequence stops there.
    /// </summary>
    public static List<WrittenArm> Arms(WrittenSequence written)
    {
        var labels = Labels(written);
        var arms = new List<WrittenArm>();
        var open = new Stack<(string Block, int Arm)>();
        var before = string.Empty;
        foreach (var line in written.Lines)
        {
            if (arms.Count >= MaxLines)
            {
                break;
            }

            switch (line.Kind)
            {
                case WrittenLineKind.Open when s_branchBlocks.Contains(line.Keyword):
                    arms.Add(new WrittenArm(line.Keyword, line.Keyword, line.Text, before, new List<string>()));
                    open.Push((line.Keyword, arms.Count - 1));
                    break;
                case WrittenLineKind.Open:
                    open.Push((line.Keyword, -1));
                    break;
                case WrittenLineKind.Else when open.Count > 0 && open.Peek().Arm >= 0:
                    var (block, first) = open.Pop();
                    arms.Add(new WrittenArm(block, line.Keyword, line.Text, arms[first].Before, new List<string>()));
                    open.Push((block, arms.Count - 1));
                    break;
                case WrittenLineKind.Close when open.Count > 0:
                    open.Pop();
                    break;
                case WrittenLineKind.Message when line.From != line.To || line.Text.Length > 0:
                    var message = Label(labels, line.From) + " → " + Label(labels, line.To) + ": " + line.Text;
                    foreach (var (_, arm) in open)
                    {
                        // Four are shown and a fifth says there are more: no arm keeps more.
                        if (arm >= 0 && arms[arm].Messages.Count <= 4)
                        {
                            arms[arm].Messages.Add(message);
                        }
                    }

                    before = message;
                    break;
            }
        }

        return arms;
    }

    private static readonly HashSet<string> s_branchBlocks = new(System.StringComparer.Ordinal) { "alt", "opt", "break", "critical" };

    private static List<string> Quoted(WrittenSequence written, System.Func<WrittenLine, bool> keep)
    {
        var labels = Labels(written);
        var lines = new List<string>();
        foreach (var line in written.Lines)
        {
            if (lines.Count >= MaxLines || !keep(line))
            {
                continue;
            }

            lines.Add(line.Kind switch
            {
                WrittenLineKind.Message => "message " + Label(labels, line.From) + " → " + Label(labels, line.To) + ": " + line.Text,
                WrittenLineKind.Note => "note over " + Label(labels, line.From) + (line.To.Length > 0 ? ", " + Label(labels, line.To) : string.Empty) + ": " + line.Text,
                _ => line.Keyword + (line.Text.Length > 0 ? " " + line.Text : string.Empty),
            });
        }

        return lines;
    }

    private static Dictionary<string, string> Labels(WrittenSequence written)
    {
        var labels = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var line in written.Lines.Where(l => l.Kind == WrittenLineKind.Participant && l.Text.Length > 0))
        {
            labels[line.From] = line.Text;
        }

        return labels;
    }

    private static string Label(Dictionary<string, string> labels, string id) => labels.TryGetValue(id, out var label) ? label : id;
}

/// <summary>
/// One arm of a conditional block of a written diagram: the block's keyword ("alt"), the arm's own keyword ("alt" for
/// the first arm, "else" or "option" after it), its label as written, the last message drawn before the block
/// (empty at the start) and the messages drawn inside the arm, nested blocks included.
/// </summary>
internal sealed record WrittenArm(string Block, string Keyword, string Label, string Before, List<string> Messages);

