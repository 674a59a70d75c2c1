namespace KiroSpecs.Core.Sequences;

/// <summary>What a diagram participant stands for.</summary>
internal enum ParticipantKind
{
    /// <summary>An actor of the use case (a person or an external system).</summary>
    Actor,

    /// <summary>The system under design.</summary>
    System,

    /// <summary>A component a step names (database, cache, queue…).</summary>
    Component,
}
