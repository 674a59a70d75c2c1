using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace KiroSpecs.Testing;

/// <summary>Well-known folders of the repository, for tests.</summary>
public static class RepoPaths
{
    private const string SolutionFile = "KiroSpecs.Build.sln";
    private static readonly Lazy<string> s_lazyRoot = new(FindRoot);

    /// <summary>
    /// The repository root: the nearest folder above <see cref="AppContext.BaseDirectory"/>
    /// (else the current directory, else this source file's folder) that contains
    /// <c>KiroSpecs.Build.sln</c>.
    /// </summary>
    public static string Root => s_lazyRoot.Value;

    /// <summary>Creates (if needed) and returns <c>&lt;root&gt;/artifacts/&lt;name&gt;</c>.</summary>
    public static string ArtifactsDir(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var dir = Path.Combine(Root, "artifacts", name);
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRoot()
    {
        // 1. the test output folder (normal case); 2. the current directory; 3. the folder this
        // file was compiled from (when the output lives outside the repo, e.g. --artifacts-path /tmp/x).
        var starts = new[] { AppContext.BaseDirectory, Environment.CurrentDirectory, SourceDirectory() };
        foreach (var start in starts)
        {
            if (string.IsNullOrEmpty(start) || !Directory.Exists(start))
            {
                continue;
            }

            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException(
            $"Cannot find the repository root: no folder above '{AppContext.BaseDirectory}', "
            + $"'{Environment.CurrentDirectory}' or '{SourceDirectory()}' contains {SolutionFile}.");
    }

    private static string SourceDirectory([CallerFilePath] string sourceFile = "") =>
        Path.GetDirectoryName(sourceFile) ?? string.Empty;
}
