using System;
using System.IO;
using KiroSpecs.Testing;
using NUnit.Framework;

namespace KiroSpecs.Build.Tests.Infrastructure;

/// <summary>Keeps every consumer build's output and generated sequence.md files under artifacts/ for failure analysis and the Mermaid check.</summary>
internal static class BuildLog
{
    public static void Keep(ConsumerProject project, string[] arguments, BuildResult result)
    {
        var test = TestContext.CurrentContext.Test.Name;
        var safe = string.Concat(test.Split(Path.GetInvalidFileNameChars()));
        var logs = RepoPaths.ArtifactsDir("build-logs");
        File.AppendAllText(Path.Combine(logs, safe + ".log"), $"$ dotnet {string.Join(" ", arguments)}\n(exit {result.ExitCode})\n{result.Output}\n");
        CollectSequences(project, safe);
    }

    /// <summary>Copies every sequence.md of the project into artifacts/mermaid-inputs/integration for the real Mermaid parser.</summary>
    public static void CollectSequences(ConsumerProject project, string testName)
    {
        if (!Directory.Exists(project.SpecRoot))
        {
            return;
        }

        var target = RepoPaths.ArtifactsDir(Path.Combine("mermaid-inputs", "integration"));
        foreach (var file in Directory.EnumerateFiles(project.SpecRoot, "sequence.md", SearchOption.AllDirectories))
        {
            try
            {
                var feature = Path.GetFileName(Path.GetDirectoryName(file)) ?? "feature";
                var name = string.Concat((testName + "--" + feature).Split(Path.GetInvalidFileNameChars()));
                File.Copy(file, Path.Combine(target, name + ".md"), overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A locked or unreadable file in a fault test; nothing to collect.
            }
        }
    }
}
