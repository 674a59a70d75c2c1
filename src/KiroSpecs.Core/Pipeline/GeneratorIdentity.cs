namespace KiroSpecs.Core.Pipeline;

/// <summary>
/// Who generates: a hash over the generator's source files and package versions, computed when the
/// package is built (the _KiroSpecsGeneratorIdentity target of KiroSpecs.Core.csproj). It is part of
/// the input pin in every sequence.md marker, so output written by any other generator (an older or
/// newer package, a local build with changed code) never passes for current.
/// </summary>
public static class GeneratorIdentity
{
    /// <summary>
    /// The identity of the generator in this assembly (the same for its net8.0 and net472 builds). A
    /// property, not a constant, so that no other assembly compiles a copy of it into itself.
    /// </summary>
    public static string Current { get; } = "src-" + GeneratorBuild.SourceHash;
}
