namespace KiroSpecs.Core.UseCases;

/// <summary>Where a branch leaves the use case, as its own text says.</summary>
public enum FlowOutcome
{
    /// <summary>The branch says nothing that places it.</summary>
    Unstated,

    /// <summary>The branch goes back to a step of the basic flow, which then decides the outcome.</summary>
    Rejoins,

    /// <summary>The branch reaches the goal (an alternative way to succeed).</summary>
    Success,

    /// <summary>The branch ends the use case without reaching the goal (an error, a rejection, a cancellation).</summary>
    Failure,

    /// <summary>The branch lets the actor choose: go back into the flow, or end the use case ("either returns to step 3 or terminates").</summary>
    RejoinsOrEnds,

    /// <summary>The branch goes on in another use case ("continues with [[UC-026]]"), which decides the outcome.</summary>
    ContinuesElsewhere,
}
