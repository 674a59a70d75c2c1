using System;
using System.Collections.Generic;
using System.IO;
using KiroSpecs.Core.Diagnostics;

namespace KiroSpecs.Core.Pipeline;

/// <summary>The "discover" stage: every direct sub-folder of the spec root is a feature.</summary>
public static class FeatureDiscovery
{
    /// <summary>Lists the feature folders in ordinal order, skipping (with a warning) links that leave the root.</summary>
    public static IReadOnlyList<FeaturePaths> Discover(string specRoot, List<Diagnostic> diagnostics)
    {
        var features = new List<FeaturePaths>();
        var root = Path.GetFullPath(specRoot);

        // MSBuild hands the root over with a trailing slash, and File.Exists("file/") is false.
        var asFile = root.Length > 1 ? root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) : root;
        if (File.Exists(asFile))
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.SpecRootNotFolder, asFile, 0, 0, asFile));
            return features;
        }

        if (!Directory.Exists(root))
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.SpecRootMissing, root, 0, 0, root));
            return features;
        }

        string[] folders;
        try
        {
            folders = Directory.GetDirectories(root);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.FileAccessFailed, root, 0, 0, "list", root, e.Message));
            return features;
        }

        Array.Sort(folders, StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            if (LeavesRoot(folder, root, out var target))
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.FeatureOutsideRoot, folder, 0, 0, folder, target, root));
                continue;
            }

            // A link to another feature folder of this root is that feature again: processing it
            // twice would only have two writers race for the same files.
            if (!string.Equals(target, folder, StringComparison.Ordinal)
                && string.Equals(Path.GetDirectoryName(target), root.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
            {
                continue;
            }

            features.Add(new FeaturePaths(Path.GetFileName(folder), folder));
        }

        return features;
    }

    private static bool LeavesRoot(string folder, string root, out string target)
    {
        target = folder;
        var info = new DirectoryInfo(folder);
        if ((info.Attributes & FileAttributes.ReparsePoint) == 0)
        {
            return false;
        }

#if NET
        var resolved = info.ResolveLinkTarget(returnFinalTarget: true);
        if (resolved is null)
        {
            return false;
        }

        target = Path.GetFullPath(resolved.FullName);
        var prefix = root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return !target.StartsWith(prefix, StringComparison.Ordinal);
#else
        // .NET Framework cannot resolve link targets: treat every linked feature folder as outside.
        return true;
#endif
    }
}
