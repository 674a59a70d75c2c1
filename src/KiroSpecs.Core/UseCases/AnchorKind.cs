namespace KiroSpecs.Core.UseCases;

/// <summary>Where in the basic flow a branch starts.</summary>
public enum AnchorKind
{
    /// <summary>The branch names no step.</summary>
    None,

    /// <summary>The branch starts at one step or a range of steps.</summary>
    Step,

    /// <summary>The branch can start at any step ("At any step", "*a.").</summary>
    AnyStep,
}
