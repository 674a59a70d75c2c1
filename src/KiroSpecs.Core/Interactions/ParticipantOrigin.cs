namespace KiroSpecs.Core.Interactions;

/// <summary>Where a participant comes from: every one of them is something the author wrote.</summary>
internal enum ParticipantOrigin
{
    /// <summary>The system under design, under the name the document uses for it.</summary>
    System,

    /// <summary>An actor the use case (or the document) declares.</summary>
    Declared,

    /// <summary>The subject of a step ("Customer inserts a card"), or a name in a table's actor column.</summary>
    Subject,

    /// <summary>A component a step addresses by name ("queries the database").</summary>
    Component,

    /// <summary>A KiroSpecsParticipant item of the project.</summary>
    Item,
}
