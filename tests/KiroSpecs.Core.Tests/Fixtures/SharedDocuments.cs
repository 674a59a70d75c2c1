using System.Collections.Generic;
using System.IO;
using System.Linq;
using KiroSpecs.Testing;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Fixtures;

/// <summary>
/// Documents written outside this project, read at test time from ../shared beside the repository and never
/// copied into it: the folders of ../shared/<i>name</i> that hold a usecase.md.
/// </summary>
internal static class SharedDocuments
{
    public static string Root(string name) => Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", name));

    /// <summary>
    /// The document folders, in ordinal order. When ../shared/<paramref name="name"/> is absent, the root itself is the
    /// one case, so the test can skip it by name (<see cref="SkipWhenMissing"/>); a root without any document fails.
    /// </summary>
    public static IEnumerable<string> Folders(string name)
    {
        var root = Root(name);
        return Directory.Exists(root)
            ? CaseSources.NotEmpty(
                Directory.GetDirectories(root).Where(d => File.Exists(Path.Combine(d, "usecase.md"))).OrderBy(d => d, System.StringComparer.Ordinal),
                root + " (no folder with a usecase.md)")
            : new[] { root };
    }

    /// <summary>Skips the test, naming what is missing, when the folder is not there.</summary>
    public static void SkipWhenMissing(string folder, string what)
    {
        if (!Directory.Exists(folder))
        {
            Assert.Ignore($"input missing: {folder} does not exist ({what} read from ../shared beside the repository)");
        }
    }
}
