using System.Reflection;

namespace KiroSpecs.Build.Tasks;

/// <summary>The package version, written into the marker of every generated file.</summary>
internal static class GeneratorInfo
{
    /// <summary>The informational version of the task assembly (the package version).</summary>
    public static string Version { get; } =
        typeof(GeneratorInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
