using System;
using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// Reads the steps of a basic flow: ordered or bulleted list items (nested items are sub-steps),
/// "1)"/"Step 1:" lines, or table rows with a step/actor/action column.
/// </summary>
internal static partial class StepReader
{
    /// <summary>True when the content has "Step 1: Title" lines, each followed by what is done in it.</summary>
    public static bool HasStepHeaders(IReadOnlyList<OutlineEntry> content) =>
        content.Any(e => e.Kind == OutlineKind.Line && StepHeader(e.Text) > 0);

    /// <summary>
    /// The rows of the first table whose header has a step-number column and an action column ("| Step | Actor |
    /// Action |"), header included; empty when there is none.
    /// </summary>
    public static List<OutlineEntry> StepTableRows(IReadOnlyList<OutlineEntry> content)
    {
        var rows = new List<OutlineEntry>();
        for (var i = 0; i < content.Count; i++)
        {
            if (content[i].Kind != OutlineKind.TableRow || !content[i].IsHeaderRow || !IsStepHeader(content[i].Cells))
            {
                continue;
            }

            var end = BranchTable.End(content, i);
            for (var j = i; j < end; j++)
            {
                rows.Add(content[j]);
            }

            return rows;
        }

        return rows;
    }

    private static bool IsStepHeader(EquatableArray<string> header)
    {
        var number = false;
        var action = false;
        for (var i = 0; i < header.Count; i++)
        {
            var h = header[i].Trim().ToLowerInvariant();
            number |= h is "#" or "no" or "no." or "nr" or "n°" or "step" or "step #" or "step no" or "step no." or "paso" or "passo" or "schritt" or "番号" or "ステップ" or "seq";
            action |= h.IndexOf("action", StringComparison.Ordinal) >= 0 || h.IndexOf("acción", StringComparison.Ordinal) >= 0 || h.IndexOf("ação", StringComparison.Ordinal) >= 0
                || h.IndexOf("aktion", StringComparison.Ordinal) >= 0 || h is "操作" or "処理";
        }

        return number && action;
    }

    /// <summary>True for a "Step 1: Title" line.</summary>
    public static bool HasStepHeader(string text) => StepHeader(text) > 0;

    private const string StepHeaderPattern =
        @"^\s*(?:step|passo|etapa|paso|ステップ)\s*(\d{1,3})\s*[:.：)-]";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_stepHeader = StepHeaderRegex();

    [System.Text.RegularExpressions.GeneratedRegex(StepHeaderPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex StepHeaderRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_stepHeader = new(StepHeaderPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    private static int StepHeader(string text)
    {
        var match = s_stepHeader.Match(text);
        return match.Success ? int.Parse(match.Groups[1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>"Step 1: Click Pay" lines are the steps; the lines and items under each are its sub-steps.</summary>
    private static List<UseCaseStep> ReadStepHeaders(IReadOnlyList<OutlineEntry> content)
    {
        var steps = new List<MutableStep>();
        foreach (var entry in content)
        {
            if (entry.Kind is not (OutlineKind.Line or OutlineKind.Item))
            {
                continue;
            }

            var text = Texts.Clean(entry.Text);
            var n = entry.Kind == OutlineKind.Line ? StepHeader(text) : 0;
            if (n > 0)
            {
                var title = text.Substring(text.IndexOfAny(new[] { ':', '.', '：', ')', '-' }) + 1).Trim();
                steps.Add(new MutableStep(n.ToString(CultureInfo.InvariantCulture), n, title, string.Empty, entry.Position));
            }
            else if (steps.Count > 0 && text.Length > 0 && !JoinsListedItem(steps[steps.Count - 1], entry, text))
            {
                var parent = steps[steps.Count - 1];
                parent.Children.Add(new MutableStep(parent.Number + "." + (parent.Children.Count + 1).ToString(CultureInfo.InvariantCulture), 0, text, string.Empty, entry.Position) { Depth = entry.Depth });
            }
        }

        return steps.Select(s => s.ToStep()).ToList();
    }

    /// <summary>
    /// "View the options:" over "- Card" "- Cash on delivery": items nested under a sub-step that ends with a colon are
    /// what it lists, joined to its text, not steps of their own. True when the entry was joined.
    /// </summary>
    private static bool JoinsListedItem(MutableStep parent, OutlineEntry entry, string text)
    {
        var previous = parent.Children.Count > 0 ? parent.Children[parent.Children.Count - 1] : null;
        if (previous is null || entry.Depth <= previous.Depth || entry.Marker.Length > 0 || !(previous.Text.EndsWith(":", StringComparison.Ordinal) || previous.Lists))
        {
            return false;
        }

        previous.Text += (previous.Lists ? "; " : " ") + text;
        previous.Lists = true;
        return true;
    }

    public static List<UseCaseStep> Read(IReadOnlyList<OutlineEntry> content, Action<OutlineEntry> unreadable)
    {
        if (HasStepHeaders(content))
        {
            return ReadStepHeaders(content);
        }

        var rows = new List<OutlineEntry>();
        var steps = new List<MutableStep>();
        var minDepth = int.MaxValue;
        var hasItems = false;
        var lines = 0;
        foreach (var entry in content)
        {
            if (entry.Kind is OutlineKind.Item or OutlineKind.Line)
            {
                minDepth = Math.Min(minDepth, entry.Depth);
                hasItems |= entry.Kind == OutlineKind.Item;
                lines += entry.Kind == OutlineKind.Line ? 1 : 0;
            }
        }

        // A flow written one step per line (no list) reads as steps; a lone sentence does not.
        hasItems |= lines < 2;

        foreach (var entry in content)
        {
            switch (entry.Kind)
            {
                case OutlineKind.TableRow:
                    rows.Add(entry);
                    break;
                case OutlineKind.Item or OutlineKind.Line:
                    ReadEntry(entry, minDepth, hasItems, steps, unreadable);
                    break;
                case OutlineKind.Code when steps.Count > 0 && IsCommandOf(steps[steps.Count - 1], entry.Text):
                    // "1) Radio host enters the command:" over a one-line code block: the command is part of the step.
                    steps[steps.Count - 1].Text += " `" + entry.Text.Trim() + "`";
                    break;
                case OutlineKind.Code when steps.Count > 0 && entry.Depth > 0 && LastOf(steps) is { Payload.Length: 0 } sender:
                    // "4. Dispatcher → Fleet API: assign drone" over an indented ```json block: what the step sends,
                    // kept with the step (Data Flow quotes it).
                    sender.Payload = entry.Text.Trim();
                    sender.PayloadInfo = entry.Marker.Trim().ToLowerInvariant();
                    break;
                case OutlineKind.Code:
                    unreadable(entry);
                    break;
            }
        }

        if (rows.Count > 0)
        {
            ReadTable(rows, steps);
        }

        var result = new List<UseCaseStep>(steps.Count);
        foreach (var step in steps)
        {
            result.Add(step.ToStep());
        }

        return result;
    }

    private static void ReadEntry(OutlineEntry entry, int minDepth, bool hasItems, List<MutableStep> steps, Action<OutlineEntry> unreadable)
    {
        var text = Texts.Clean(entry.Text);
        if (text.Length == 0)
        {
            return;
        }

        var numbered = TextPatterns.SafeMatch(TextPatterns.NumberedLine, text);
        if (entry.Depth > minDepth && steps.Count > 0)
        {
            var parent = steps[steps.Count - 1];
            if (JoinsListedItem(parent, entry, text))
            {
                return;
            }

            if (entry.Marker.Length == 0 && numbered is null && parent.Children.Count == 0 && (parent.Lists || parent.Text.EndsWith(":", StringComparison.Ordinal))
                && char.IsLower(text[0]) && !BranchReader.StartsWithCondition(text) && !text.StartsWith("se ", StringComparison.Ordinal) && !text.StartsWith("si ", StringComparison.Ordinal))
            {
                // "3. System shows the request on one screen:" over "- patient name, species" "- drug, strength": what the
                // step shows or lists, joined to its text, not steps of their own with numbers the author did not write
                // ("2. Member pays:" over "- Picks a way to pay" "- If by card, …" are its steps).
                parent.Text = parent.Lists ? parent.Text.TrimEnd(';', ' ') + "; " + text : parent.Text + " " + text;
                parent.Lists = true;
                return;
            }

            var sub = entry.Marker.Length > 0 ? entry.Marker : numbered is not null ? numbered.Groups["n"].Value : (parent.Children.Count + 1).ToString(CultureInfo.InvariantCulture);
            var subText = numbered is not null && entry.Marker.Length == 0 ? numbered.Groups["text"].Value : text;
            parent.Children.Add(new MutableStep(parent.Number + "." + sub, 0, subText, string.Empty, entry.Position) { Depth = entry.Depth });
            return;
        }

        if (entry.Marker.Length > 0)
        {
            var ordinal = int.Parse(entry.Marker, NumberStyles.Integer, CultureInfo.InvariantCulture);
            steps.Add(new MutableStep(entry.Marker, ordinal, text, string.Empty, entry.Position));
            return;
        }

        if (numbered is not null && int.TryParse(numbered.Groups["n"].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            steps.Add(new MutableStep(n.ToString(CultureInfo.InvariantCulture), n, numbered.Groups["text"].Value.Trim(), string.Empty, entry.Position));
            return;
        }

        if (entry.Kind == OutlineKind.Item || !hasItems)
        {
            if (entry.Kind == OutlineKind.Line && text.EndsWith(":", StringComparison.Ordinal) && steps.Count == 0)
            {
                return;
            }

            var next = NextOrdinal(steps);
            steps.Add(new MutableStep(next.ToString(CultureInfo.InvariantCulture), next, text, string.Empty, entry.Position));
            return;
        }

        unreadable(entry);
    }

    /// <summary>A step that ends with a colon, followed by one short line of code.</summary>
    private static bool IsCommandOf(MutableStep step, string code)
    {
        var line = code.Trim();
        var target = step.Children.Count > 0 ? step.Children[step.Children.Count - 1] : step;
        return ReferenceEquals(target, step) && step.Text.EndsWith(":", StringComparison.Ordinal) && line.Length is > 0 and <= 100
            && line.IndexOf('\n') < 0 && line.IndexOf('`') < 0;
    }

    private static int NextOrdinal(List<MutableStep> steps) => steps.Count == 0 ? 1 : steps[steps.Count - 1].Ordinal + 1;

    /// <summary>
    /// The columns of a step table's header: the step number, who acts, what is done and the system's response
    /// (-1 for a column the header does not have).
    /// </summary>
    internal static (int Number, int Actor, int Action, int System) Columns(EquatableArray<string> header)
    {
        var number = -1;
        var actor = -1;
        var action = -1;
        var systemColumn = -1;
        for (var i = 0; i < header.Count; i++)
        {
            var h = header[i].Trim().ToLowerInvariant();
            if (number < 0 && (h is "#" or "no" or "no." or "nr" or "nr." or "n°" or "nº" or "n." or "step" or "step #" or "step no" or "step no." or "番号" or "ステップ" or "seq"
                || h is "schritt" or "paso" or "passo" or "étape" or "etape" or "passaggio" or "núm." or "num."))
            {
                number = i;
            }
            else if (h.IndexOf("system", StringComparison.Ordinal) >= 0 || h.IndexOf("システム", StringComparison.Ordinal) >= 0)
            {
                systemColumn = i;
            }
            else if (actor < 0 && (h is "actor" or "who" or "role" or "by" or "performed by" or "アクター" or "主体" or "担当" or "participant"
                || h is "akteur" or "rolle" or "wer" or "acteur" or "qui" or "ator" or "attore" or "ruolo" or "chi" or "quién" or "quien" or "quem"))
            {
                actor = i;
            }
            else if (action < 0 && (h.IndexOf("action", StringComparison.Ordinal) >= 0 || h.IndexOf("description", StringComparison.Ordinal) >= 0
                || h.IndexOf("activity", StringComparison.Ordinal) >= 0 || h.IndexOf("event", StringComparison.Ordinal) >= 0
                || h.IndexOf("step", StringComparison.Ordinal) >= 0 || h is "操作" or "内容" or "説明" or "処理" or "text"
                || h is "aktion" or "aktivität" or "tätigkeit" or "handlung" or "beschreibung" or "acción" or "accion" or "ação" or "acao" or "descrição"
                    or "descripción" or "descripcion" or "azione" or "descrizione" or "attività" or "atividade" or "actividad" or "activité"))
            {
                action = i;
            }
        }

        return (number, actor, action, systemColumn);
    }

    /// <summary>"| # | Actor | Action |": a step table with a column of who acts.</summary>
    internal static bool HasActorColumn(EquatableArray<string> header) =>
        IsStepHeader(header) && Columns(header) is { Actor: >= 0, Action: >= 0 };

    private static void ReadTable(List<OutlineEntry> rows, List<MutableStep> steps)
    {
        var header = rows[0].IsHeaderRow ? rows[0].Cells : EquatableArray<string>.Empty;
        var (number, actor, action, systemColumn) = Columns(header);
        if (action < 0 && systemColumn < 0)
        {
            action = header.Count > 0 ? header.Count - 1 : 0;
        }

        foreach (var row in rows)
        {
            if (row.IsHeaderRow)
            {
                continue;
            }

            var cells = row.Cells;
            if (systemColumn >= 0)
            {
                AddCell(steps, row, action >= 0 ? action : actor, "@actor", number);
                AddCell(steps, row, systemColumn, "@system", -1);
                continue;
            }

            var who = actor >= 0 && actor < cells.Count ? Texts.Clean(cells[actor]) : string.Empty;
            AddCell(steps, row, action, who, number);
        }
    }

    private static void AddCell(List<MutableStep> steps, OutlineEntry row, int column, string who, int numberColumn)
    {
        if (column < 0 || column >= row.Cells.Count)
        {
            return;
        }

        var text = Texts.Clean(row.Cells[column]);
        if (text.Length == 0 || text == "-")
        {
            return;
        }

        var ordinal = NextOrdinal(steps);
        var written = LeadingNumber(text);
        if (written > 0)
        {
            // "3. System authenticates …" in an actor/system table: the author's number is the step's.
            ordinal = written;
            text = text.Substring(text.IndexOf('.') + 1).Trim();
        }
        else if (numberColumn >= 0 && numberColumn < row.Cells.Count
            && int.TryParse(row.Cells[numberColumn].Trim().TrimEnd('.'), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            ordinal = n;
        }

        steps.Add(new MutableStep(ordinal.ToString(CultureInfo.InvariantCulture), ordinal, text, who, row.Position));
    }

    /// <summary>The number of a cell written as "3. text", or 0.</summary>
    private static int LeadingNumber(string text)
    {
        var dot = text.IndexOf('.');
        return dot is > 0 and < 4 && dot + 1 < text.Length && text[dot + 1] == ' '
            && int.TryParse(text.Substring(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
    }

    /// <summary>The step read last: the last sub-step of the last step, else the last step.</summary>
    private static MutableStep LastOf(List<MutableStep> steps)
    {
        var last = steps[steps.Count - 1];
        while (last.Children.Count > 0)
        {
            last = last.Children[last.Children.Count - 1];
        }

        return last;
    }

    private sealed class MutableStep
    {
        public MutableStep(string number, int ordinal, string text, string actor, SourcePosition position)
        {
            Number = number;
            Ordinal = ordinal;
            Text = text;
            Actor = actor;
            Position = position;
        }

        public string Number { get; }

        public int Ordinal { get; }

        public string Text { get; set; }

        public string Actor { get; }

        /// <summary>The outline depth of the item the step was read from.</summary>
        public int Depth { get; init; }

        /// <summary>True once items listed under the step ("…:") were joined to its text.</summary>
        public bool Lists { get; set; }

        public SourcePosition Position { get; }

        public List<MutableStep> Children { get; } = new();

        public string Payload { get; set; } = string.Empty;

        public string PayloadInfo { get; set; } = string.Empty;

        public UseCaseStep ToStep()
        {
            var children = new List<UseCaseStep>(Children.Count);
            foreach (var child in Children)
            {
                children.Add(child.ToStep());
            }

            return new UseCaseStep(Number, Ordinal, Text, Actor, Position, children.ToEquatableArray()) { Payload = Payload, PayloadInfo = PayloadInfo };
        }
    }
}
