namespace KiroSpecs.Core.UseCases;

/// <summary>How a branch ends.</summary>
public enum EndingKind
{
    /// <summary>The branch does not say.</summary>
    Unspecified,

    /// <summary>The flow continues (or resumes, returns) at a step of the basic flow.</summary>
    ContinueAt,

    /// <summary>The use case ends ("Flow terminates", "Use case ends").</summary>
    Terminates,
}
