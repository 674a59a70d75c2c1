using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// Writes one Mermaid <c>sequenceDiagram</c>: collects the participants used, keeps Mermaid's autonumber in
/// step with the use case's step numbers (<c>autonumber N</c> to re-sync, <c>autonumber off</c> for
/// sub-steps and branch steps, which carry their own number in the text), and indents blocks.
/// </summary>
internal sealed class SequenceDiagramWriter
{
    /// <summary>
    /// Mermaid 12.3's parser exhausts the JavaScript stack at about 5,000 statements in a flat diagram,
    /// and sooner inside nested blocks (12 levels: under 2,000; measured with tests/mermaid). Longer
    /// bodies are cut here, with a note saying so; nesting is bounded by the planners.
    /// </summary>
    internal const int MaxBodyLines = 1000;

    /// <summary>The body's lines: depth, head and escaped text, joined only when the diagram is written.</summary>
    private readonly List<(int Depth, string Head, string Text)> _body = new();
    private readonly List<int> _blockDelta = new();
    private readonly List<Participant> _participants = new();
    private readonly HashSet<string> _aliases = new(System.StringComparer.Ordinal);
    private int _depth;
    private int _omitted;
    private int _next = 1;
    private bool _numbering = true;
    private (Participant From, Participant To, string Text)? _pending;

    public int MessageCount { get; private set; }

    public void Declare(Participant? participant)
    {
        if (participant is not null && _aliases.Add(participant.Alias))
        {
            _participants.Add(participant);
        }
    }

    /// <summary>A message or note for a step; <paramref name="ordinal"/> &gt; 0 for numbered main-flow steps.</summary>
    public void Step(Interaction interaction, int ordinal, string label, bool failed = false, string? writtenArrow = null)
    {
        if (interaction.Kind == InteractionKind.Note)
        {
            var prefix = ordinal > 0 ? "Step " + ordinal.ToString(CultureInfo.InvariantCulture) + ": " : label.Length > 0 ? label + " " : string.Empty;
            Note(interaction.From, null, prefix + interaction.Text);
            return;
        }

        if (_pending is { } pending && interaction.Kind == InteractionKind.Return
            && pending.From.Alias == interaction.From.Alias && pending.To.Alias == interaction.To.Alias)
        {
            _pending = null;
        }

        Flush();
        Declare(interaction.From);
        Declare(interaction.To);
        if (ordinal > 0)
        {
            if (!_numbering || _next != ordinal)
            {
                Line("autonumber " + ordinal.ToString(CultureInfo.InvariantCulture));
            }

            _numbering = true;
            _next = ordinal + 1;
        }
        else if (_numbering)
        {
            Line("autonumber off");
            _numbering = false;
        }

        // A failing step fails in its last clause.
        var clauseFailed = failed && interaction.Then is null;
        var arrow = writtenArrow ?? (interaction.Kind, clauseFailed) switch
        {
            (InteractionKind.Return, false) => "-->>",
            (InteractionKind.Return, true) => "--x",
            (_, true) => "-x",
            _ => "->>",
        };
        var text = ordinal > 0 || label.Length == 0 ? interaction.Text : label + " " + interaction.Text;
        Line(interaction.From.Alias + arrow + interaction.To.Alias + ": ", text);
        MessageCount++;
        if (interaction.Answer is not null && !clauseFailed && interaction.Kind == InteractionKind.Call && interaction.From.Alias != interaction.To.Alias)
        {
            _pending = (interaction.To, interaction.From, interaction.Answer);
        }

        if (interaction.Then is { } then)
        {
            // The step's next clause, by another participant: unnumbered, the step keeps its one number.
            Step(then, 0, string.Empty, failed);
        }
    }

    /// <summary>
    /// An unnumbered answer to the message just drawn (<c>DB--&gt;&gt;SYS</c>), or a crossed one (<c>DB--xSYS</c>)
    /// for a failure; the next numbered step re-syncs autonumber, so step numbers stay the use case's.
    /// </summary>
    public void Answer(Participant from, Participant to, string text, bool failed)
    {
        Flush();
        Declare(from);
        Declare(to);
        WriteAnswer(from, to, text, failed);
    }

    /// <summary>Writes the answer to a read, unless the next message is that answer in the use case's own words.</summary>
    private void Flush()
    {
        if (_pending is { } pending)
        {
            _pending = null;
            WriteAnswer(pending.From, pending.To, pending.Text, failed: false);
        }
    }

    private void WriteAnswer(Participant from, Participant to, string text, bool failed)
    {
        if (_numbering)
        {
            Line("autonumber off");
            _numbering = false;
        }

        Line(from.Alias + (failed ? "--x" : "-->>") + to.Alias + ": ", text);
        MessageCount++;
    }

    public void Note(Participant over, Participant? other, string text)
    {
        Flush();
        Declare(over);
        Declare(other);
        var target = other is null || other.Alias == over.Alias ? over.Alias : over.Alias + "," + other.Alias;
        Line("Note over " + target + ": ", text);
    }

    public void Open(string keyword, string label)
    {
        Flush();
        Line(keyword + " ", label);
        Mark(1);
        _depth++;
    }

    public void Else(string keyword, string label)
    {
        Flush();
        _depth--;
        Line(keyword + " ", label);
        _depth++;
    }

    public void Close()
    {
        Flush();
        _depth--;
        Line("end");
        Mark(-1);
    }

    /// <summary>The diagram, participants first in the given order, then the others in order of first use.</summary>
    public string Render(IEnumerable<Participant?> leading)
    {
        var sb = new StringBuilder();
        Write(Declared(leading), (indent, head, text) => sb.Append(' ', indent).Append(head).Append(text).Append('\n'));
        return sb.ToString();
    }

    /// <summary>
    /// The diagram written in place as a block of <paramref name="md"/>, as <c>md.Block(Render(leading))</c> writes it,
    /// without the copy; a diagram with a line break inside a line (which Block would split) goes through the copy.
    /// </summary>
    public void Render(MarkdownBuilder md, IEnumerable<Participant?> leading)
    {
        var declared = Declared(leading);
        if (declared.Exists(d => d.Declaration.IndexOf('\n') >= 0) || _body.Exists(line => line.Head.IndexOf('\n') >= 0 || line.Text.IndexOf('\n') >= 0))
        {
            md.Block(Render(leading));
            return;
        }

        md.Blank();
        Write(declared, md.BlockLine);
    }

    /// <summary>The participants drawn, leading ones first: only those with a message or note in this diagram.</summary>
    private List<(string Alias, string Declaration)> Declared(IEnumerable<Participant?> leading)
    {
        Flush();
        var declared = new List<(string Alias, string Declaration)>();
        var aliases = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var participant in leading)
        {
            if (participant is not null && _aliases.Contains(participant.Alias) && aliases.Add(participant.Alias))
            {
                declared.Add((participant.Alias, participant.Declaration));
            }
        }

        foreach (var participant in _participants)
        {
            if (aliases.Add(participant.Alias))
            {
                declared.Add((participant.Alias, participant.Declaration));
            }
        }

        return declared;
    }

    /// <summary>Writes every line of the diagram: its indent, a head and a text.</summary>
    private void Write(List<(string Alias, string Declaration)> declared, System.Action<int, string, string> line)
    {
        line(0, "```mermaid", string.Empty);
        line(0, "sequenceDiagram", string.Empty);
        line(4, "autonumber", string.Empty);
        foreach (var (_, declaration) in declared)
        {
            line(4, declaration, string.Empty);
        }

        var open = 0;
        for (var i = 0; i < _body.Count; i++)
        {
            var (depth, head, text) = _body[i];
            line(4 * (depth + 1), head, text);
            open += _blockDelta[i];
        }

        if (_omitted > 0)
        {
            // Close the blocks the cut leaves open, then say what is missing, so the diagram stays valid.
            for (var depth = open; depth > 0; depth--)
            {
                line(4 * depth, "end", string.Empty);
            }

            if (declared.Count > 0)
            {
                var omitted = _omitted.ToString(CultureInfo.InvariantCulture);
                line(4, "Note over " + declared[0].Alias + ": ", Text(omitted + " more lines are not drawn: the diagram is too large for Mermaid. Split this use case into smaller ones."));
            }
        }

        line(0, "```", string.Empty);
    }

    private static string Text(string text)
    {
        var escaped = MermaidText.EscapeWrapped(text);
        return escaped.Length == 0 ? "(no text)" : escaped;
    }

    /// <summary>True once the body reaches the cut: what follows is counted for the note, not built.</summary>
    public bool Full => _body.Count >= MaxBodyLines;

    private void Line(string text) => Add(text, string.Empty);

    private void Add(string head, string escaped)
    {
        if (Full)
        {
            _omitted++;
            return;
        }

        _body.Add((_depth, head, escaped));
        _blockDelta.Add(0);
    }

    /// <summary>A line of a fixed head and a text to escape; past the cut the text is not escaped at all.</summary>
    private void Line(string head, string text)
    {
        if (Full)
        {
            _omitted++;
            return;
        }

        Add(head, Text(text));
    }

    /// <summary>Marks the line just written as opening (1) or closing (-1) a block, when it is kept.</summary>
    private void Mark(int delta)
    {
        if (_omitted == 0)
        {
            _blockDelta[_blockDelta.Count - 1] = delta;
        }
    }
}
