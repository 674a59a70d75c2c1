using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// "## State Transitions": per use case a <c>stateDiagram-v2</c> from its preconditions (start state), its
/// flows (transitions) and its postconditions (end states).
/// </summary>
internal static class StateRenderer
{
    // Mermaid 12.3's parser runs out of stack between 2,000 and 3,000 transitions in one state diagram
    // (measured with tests/mermaid); the rest are summarised in a note.
    private const int MaxTransitions = 500;

    public static void Render(MarkdownBuilder md, DocumentContext context)
    {
        md.Heading(2, "State Transitions");
        var any = false;
        for (var i = 0; i < context.UseCases.Count; i++)
        {
            var useCase = context.UseCases[i];
            if (useCase.Steps.Count == 0 && useCase.Preconditions.Count == 0 && useCase.Postconditions.Count == 0)
            {
                continue;
            }

            any = true;
            md.Heading(3, MarkdownText.Escape(PrimarySequencesRenderer.Title(useCase, i)));
            if (useCase.Preconditions.Count > 0)
            {
                md.Block("Preconditions (state " + Id(i, "Ready") + "):");
                md.Blank();
                foreach (var p in useCase.Preconditions)
                {
                    md.Line("- " + MarkdownText.Escape(p.Label.Length > 0 ? p.Label + ": " + p.Text : p.Text));
                }
            }

            md.Block(Diagram(useCase, i));
        }

        if (!any)
        {
            md.Block("Not specified in usecase.md.");
        }
    }

    private static string Diagram(UseCase useCase, int index)
    {
        var ready = Id(index, "Ready");
        var success = Id(index, "Success");
        var failure = Id(index, "Failure");
        var successText = Postcondition(useCase, success: true);
        var failureText = Postcondition(useCase, success: false);
        var transitions = new List<(string To, string Label)>();
        if (useCase.Steps.Count > 0)
        {
            var first = useCase.Steps[0].Number;
            var last = useCase.Steps[useCase.Steps.Count - 1].Number;
            transitions.Add((success, "Basic flow (" + (first == last ? "step " + first : "steps " + first + "-" + last) + ")"));
        }

        foreach (var branch in useCase.Branches)
        {
            var label = branch.Id + (branch.Title.Length > 0 ? " " + branch.Title : string.Empty);
            var endsInFailure = branch.Ending.Kind == EndingKind.Terminates
                || (branch.Kind == BranchKind.Exception && branch.Ending.Kind == EndingKind.Unspecified);
            transitions.Add((endsInFailure ? failure : success, label));
        }

        var usesFailure = transitions.Any(t => t.To == failure) || useCase.Postconditions.Any(p => IsFailureLabel(p.Label));
        var sb = new StringBuilder();
        sb.Append("```mermaid\nstateDiagram-v2\n");
        sb.Append("    state \"").Append(MermaidText.Escape("Preconditions hold")).Append("\" as ").Append(ready).Append('\n');
        sb.Append("    state \"").Append(MermaidText.EscapeWrapped(successText, 60)).Append("\" as ").Append(success).Append('\n');
        if (usesFailure)
        {
            sb.Append("    state \"").Append(MermaidText.EscapeWrapped(failureText, 60)).Append("\" as ").Append(failure).Append('\n');
        }

        sb.Append("    [*] --> ").Append(ready).Append('\n');
        foreach (var (to, label) in transitions.Take(MaxTransitions))
        {
            sb.Append("    ").Append(ready).Append(" --> ").Append(to).Append(" : ").Append(MermaidText.Escape(label)).Append('\n');
        }

        if (transitions.Count > MaxTransitions)
        {
            var omitted = (transitions.Count - MaxTransitions).ToString(CultureInfo.InvariantCulture);
            sb.Append("    note right of ").Append(ready).Append(" : ").Append(MermaidText.Escape(omitted + " more flows are not drawn: too many for one diagram")).Append('\n');
        }

        sb.Append("    ").Append(success).Append(" --> [*]\n");
        if (usesFailure)
        {
            sb.Append("    ").Append(failure).Append(" --> [*]\n");
        }

        sb.Append("```");
        return sb.ToString();
    }

    private static string Postcondition(UseCase useCase, bool success)
    {
        var texts = new List<string>();
        foreach (var p in useCase.Postconditions)
        {
            var isFailure = IsFailureLabel(p.Label);
            if (isFailure != success)
            {
                texts.Add(p.Text);
            }
        }

        var head = success ? "Success" : "Failure";
        return texts.Count == 0 ? head : head + ": " + string.Join("; ", texts);
    }

    private static bool IsFailureLabel(string label)
    {
        var l = label.ToLowerInvariant();
        return l.Contains("fail") || l.Contains("minimal") || l.Contains("error") || l.Contains("失敗");
    }

    private static string Id(int index, string name) => "UC" + (index + 1).ToString(CultureInfo.InvariantCulture) + "_" + name;
}
