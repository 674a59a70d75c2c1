using System;
using System.Threading;

namespace KiroSpecs.Core.Sequences;

/// <summary>Renders every section of sequence.md in the order the workflow's sequence step lists them.</summary>
internal static class SequenceDocumentRenderer
{
    private static readonly Action<MarkdownBuilder, DocumentContext>[] s_derivedSections =
    {
        DataFlowRenderer.Render,
        TimingRenderer.Render,
        ConcurrencyRenderer.Render,
        StateRenderer.Render,
        IntegrationRenderer.Render,
        CriticalPathRenderer.Render,
        ErrorCoverageRenderer.Render,
        ValidationRenderer.Render,
    };

    public static string Render(DocumentContext context, CancellationToken cancellationToken, out int errorFlows)
    {
        // The sequences are rendered first (into their own builder) so the Overview can count error flows.
        var sequences = new MarkdownBuilder();
        errorFlows = PrimarySequencesRenderer.Render(sequences, context, cancellationToken);

        var md = new MarkdownBuilder();
        HeaderRenderer.Render(md, context, errorFlows);
        md.Block(sequences.ToString());

        // Each derived section reads the whole document: a cancellation is honoured between them.
        foreach (var render in s_derivedSections)
        {
            cancellationToken.ThrowIfCancellationRequested();
            render(md, context);
        }

        return md.ToString();
    }
}
