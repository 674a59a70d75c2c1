using System.Collections.Generic;
using KiroSpecs.Core.UseCases;

using KiroSpecs.Core.Interactions;

namespace KiroSpecs.Core.Sequences;

/// <summary>What every section renderer needs: the parsed document and each use case's participants.</summary>
internal sealed class DocumentContext
{
    public DocumentContext(UseCaseDocument document, string featureName, List<InteractionModel> participants)
    {
        Document = document;
        FeatureName = featureName;
        Participants = participants;
    }

    public UseCaseDocument Document { get; }

    public string FeatureName { get; }

    /// <summary>Participants per use case, same order as <see cref="UseCaseDocument.UseCases"/>.</summary>
    public List<InteractionModel> Participants { get; }

    public IReadOnlyList<UseCase> UseCases => Document.UseCases;

    private List<SourceItem>?[]? _sourceItems;
    private List<SourceItem>?[]? _statements;
    private List<(string Reference, UseCaseStep Step, Interaction Interaction)>?[]? _interactions;

    /// <summary>
    /// <see cref="SourceItems.Of"/> for use case <paramref name="index"/>, built once per document: five derived
    /// sections read it. Callers only read the list.
    /// </summary>
    public List<SourceItem> SourceItemsOf(int index)
    {
        _sourceItems ??= new List<SourceItem>?[UseCases.Count];
        return _sourceItems[index] ??= SourceItems.Of(UseCases[index]);
    }

    /// <summary><see cref="SourceItems.Statements"/> for use case <paramref name="index"/>, built once per document. Callers only read the list.</summary>
    public List<SourceItem> StatementsOf(int index)
    {
        _statements ??= new List<SourceItem>?[UseCases.Count];
        return _statements[index] ??= SourceItems.Statements(UseCases[index]);
    }

    /// <summary><see cref="InteractionIndex.Of"/> for use case <paramref name="index"/>, built once per document. Callers only read the list.</summary>
    public List<(string Reference, UseCaseStep Step, Interaction Interaction)> InteractionsOf(int index)
    {
        _interactions ??= new List<(string, UseCaseStep, Interaction)>?[UseCases.Count];
        return _interactions[index] ??= InteractionIndex.Of(UseCases[index], Participants[index]);
    }
}
