using System.Threading;

namespace KiroSpecs.Core.Sequences;

/// <summary>Renders every section of sequence.md in the order the workflow's sequence step lists them.</summary>
internal static class SequenceDocumentRenderer
{
    public static string Render(DocumentContext context, CancellationToken cancellationToken, out int errorFlows)
    {
        // The sequences are rendered first (into their own builder) so the Overview can count error flows.
        var sequences = new MarkdownBuilder();
        errorFlows = PrimarySequencesRenderer.Render(sequences, context, cancellationToken);

        var md = new MarkdownBuilder();
        HeaderRenderer.Render(md, context, errorFlows);
        md.Block(sequences.ToString());
        cancellationToken.ThrowIfCancellationRequested();
        DataFlowRenderer.Render(md, context);
        TimingRenderer.Render(md, context);
        ConcurrencyRenderer.Render(md, context);
        StateRenderer.Render(md, context);
        IntegrationRenderer.Render(md, context);
        CriticalPathRenderer.Render(md, context);
        ErrorCoverageRenderer.Render(md, context);
        ValidationRenderer.Render(md, context);
        return md.ToString();
    }
}
