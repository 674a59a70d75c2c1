using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// The status lifecycle usecase.md states beside its flows ("Scheduled → Pending review → Approved", a "From | To |
/// Trigger" table), drawn as written at the top of "## State Transitions": the statuses and the changes the author
/// names, with the trigger where one is written; no start or end state the document does not give.
/// </summary>
internal static class LifecycleRenderer
{
    public static bool Render(MarkdownBuilder md, DocumentContext context)
    {
        var all = context.Document.Lifecycle;
        var transitions = all.Where(t => t.To.Length > 0).ToEquatableArray();
        if (transitions.Count == 0)
        {
            return false;
        }

        md.Heading(3, "Status Lifecycle Stated in usecase.md");
        var lines = transitions.Select(t => t.Position.Line).Distinct().OrderBy(l => l).ToList();
        var cited = lines.Count <= 6 ? string.Join(", ", lines.Select(l => l.ToString(CultureInfo.InvariantCulture))) : lines[0].ToString(CultureInfo.InvariantCulture) + "–" + lines[lines.Count - 1].ToString(CultureInfo.InvariantCulture);
        md.Block(MarkdownText.Escape("The statuses and the changes between them as usecase.md states them (line" + (lines.Count > 1 ? "s " : " ") + cited + "); below, per use case, the places its text names them."));
        md.Block(Diagram(transitions));
        var remarks = all.Where(t => t.To.Length == 0).ToList();
        if (remarks.Count > 0)
        {
            // What the author says of the statuses in a sentence that is no change from one to another, as written.
            md.Block("Also stated of these statuses, not drawn above:").Bullets(remarks.Select(r => "line " + r.Position.Line.ToString(CultureInfo.InvariantCulture) + ": " + MarkdownText.Escape(r.Trigger)));
        }

        return true;
    }

    private static string Diagram(EquatableArray<StatusTransition> transitions)
    {
        var ids = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);
        string Id(string state)
        {
            if (!ids.TryGetValue(state, out var id))
            {
                id = "Status" + (ids.Count + 1).ToString(CultureInfo.InvariantCulture);
                ids.Add(state, id);
            }

            return id;
        }

        foreach (var t in transitions)
        {
            if (t.From.Length > 0)
            {
                Id(t.From);
            }

            Id(t.To);
        }

        var sb = new StringBuilder();
        sb.Append("```mermaid\nstateDiagram-v2\n");
        foreach (var state in ids)
        {
            sb.Append("    state \"").Append(MermaidText.Escape(state.Key)).Append("\" as ").Append(state.Value).Append('\n');
        }

        foreach (var t in transitions)
        {
            sb.Append("    ").Append(t.From.Length > 0 ? ids[t.From] : "[*]").Append(" --> ").Append(ids[t.To]);
            if (t.Trigger.Length > 0)
            {
                sb.Append(" : ").Append(MermaidText.Escape(TextClip.Clip(t.Trigger, 80)));
            }

            sb.Append('\n');
        }

        sb.Append("```");
        return sb.ToString();
    }
}
