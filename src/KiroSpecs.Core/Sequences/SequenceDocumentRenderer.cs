using System;
using System.Linq;
using System.Text;
using System.Threading;

namespace KiroSpecs.Core.Sequences;

/// <summary>Renders every section of sequence.md in the order the workflow's sequence step lists them.</summary>
internal static class SequenceDocumentRenderer
{
    /// <summary>
    /// The derived sections, each with whether it reads steps: when every use case is prose without steps, a section
    /// that reads steps says so in one line instead of claiming usecase.md states nothing.
    /// </summary>
    private static readonly (string Heading, bool ReadsSteps, Action<MarkdownBuilder, DocumentContext> Render)[] s_derivedSections =
    {
        ("Data Flow Details", false, DataFlowRenderer.Render),
        ("Timing Constraints", false, TimingRenderer.Render),
        ("Concurrency Handling", true, ConcurrencyRenderer.Render),
        ("State Transitions", true, StateRenderer.Render),
        ("Integration Points", true, IntegrationRenderer.Render),
        ("Critical Path", true, CriticalPathRenderer.Render),
        ("Error Scenario Coverage", true, ErrorCoverageRenderer.Render),
        ("Data Validation Points", false, ValidationRenderer.Render),
    };

    /// <summary>The document, in the builder it was written into (<see cref="MarkdownBuilder.Finish"/>).</summary>
    public static StringBuilder Render(DocumentContext context, CancellationToken cancellationToken, out int errorFlows)
    {
        // The Overview counts the error flows (one per exception flow) before the sequences draw them, and the
        // sequences are written in place, ended as a block: no copy of them is made.
        var md = new MarkdownBuilder();
        HeaderRenderer.Render(md, context, PrimarySequencesRenderer.ErrorFlowCount(context));
        errorFlows = PrimarySequencesRenderer.Render(md, context, cancellationToken);
        md.EndBlock();

        // Each derived section reads the whole document: a cancellation is honoured between them.
        var prose = context.UseCases.Count > 0 && context.UseCases.All(ProseFacts.IsProse);
        foreach (var (heading, readsSteps, render) in s_derivedSections)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (prose && readsSteps)
            {
                md.Heading(2, heading);
                md.Block("Not derived: every use case of usecase.md is prose without numbered steps, and this section is read from steps, flows and rules.");
                continue;
            }

            render(md, context);
        }

        return md.Finish();
    }
}
