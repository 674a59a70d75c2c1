namespace KiroSpecs.Core.UseCases;

/// <summary>
/// An actor of a use case. <see cref="Name"/> is used to find the actor in step text; <see cref="Label"/>
/// is the name as written, including any qualifier such as "(AWS ALB)".
/// </summary>
public sealed record UseCaseActor(string Name, string Label, ActorRole Role, string Description, SourcePosition Position);
