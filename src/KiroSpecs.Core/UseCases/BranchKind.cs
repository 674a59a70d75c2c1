namespace KiroSpecs.Core.UseCases;

/// <summary>Whether a branch is an alternative way to succeed or an exception (error) flow.</summary>
public enum BranchKind
{
    /// <summary>An alternative flow: shown as alt/opt in the success flow.</summary>
    Alternative,

    /// <summary>An exception flow: shown as its own error-flow diagram.</summary>
    Exception,
}
