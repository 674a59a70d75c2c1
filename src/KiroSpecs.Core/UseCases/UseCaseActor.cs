namespace KiroSpecs.Core.UseCases;

/// <summary>
/// An actor of a use case. <see cref="Name"/> is used to find the actor in step text; <see cref="Label"/>
/// is the name as written, including any qualifier such as "(AWS ALB)".
/// </summary>
public sealed record UseCaseActor(string Name, string Label, ActorRole Role, string Description, SourcePosition Position)
{
    /// <summary>
    /// The heading or lead-in line of the list that declares the actor ("External systems referred to below"), when
    /// it is not a plain "Actors": what the author says of the whole list, such as that its systems are external.
    /// </summary>
    public string Heading { get; init; } = string.Empty;
}
