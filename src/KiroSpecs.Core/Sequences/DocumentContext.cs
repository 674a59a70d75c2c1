using System.Collections.Generic;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>What every section renderer needs: the parsed document and each use case's participants.</summary>
internal sealed class DocumentContext
{
    public DocumentContext(UseCaseDocument document, string featureName, List<UseCaseParticipants> participants)
    {
        Document = document;
        FeatureName = featureName;
        Participants = participants;
    }

    public UseCaseDocument Document { get; }

    public string FeatureName { get; }

    /// <summary>Participants per use case, same order as <see cref="UseCaseDocument.UseCases"/>.</summary>
    public List<UseCaseParticipants> Participants { get; }

    public IReadOnlyList<UseCase> UseCases => Document.UseCases;
}
