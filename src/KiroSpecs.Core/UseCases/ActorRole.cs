namespace KiroSpecs.Core.UseCases;

/// <summary>Whether an actor starts the use case or supports it.</summary>
public enum ActorRole
{
    /// <summary>The actor who starts the use case.</summary>
    Primary,

    /// <summary>A supporting actor (often another system).</summary>
    Secondary,
}
