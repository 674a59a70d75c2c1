using System.IO;

namespace KiroSpecs.Core.Pipeline;

/// <summary>The files of one feature folder under the spec root.</summary>
public sealed record FeaturePaths(string Name, string Folder)
{
    /// <summary>spec.json: metadata and approvals.</summary>
    public string SpecFile => Path.Combine(Folder, "spec.json");

    /// <summary>usecase.md: the input.</summary>
    public string UseCaseFile => Path.Combine(Folder, "usecase.md");

    /// <summary>sequence.md: the output.</summary>
    public string SequenceFile => Path.Combine(Folder, "sequence.md");
}
