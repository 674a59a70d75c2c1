using System;
using System.Collections.Generic;
using System.IO;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.Diagnostics;
using KiroSpecs.Core.IO;

namespace KiroSpecs.Core.Pipeline;

/// <summary>The "read" stage: loads a feature's three files, turning every I/O problem into a diagnostic.</summary>
public static class FeatureReader
{
    /// <summary>Reads the feature's files. Never throws for I/O problems.</summary>
    public static FeatureSnapshot Read(FeaturePaths paths, long maxInputBytes)
    {
        var diagnostics = new List<Diagnostic>();
        var spec = TryRead(paths.SpecFile, maxInputBytes, diagnostics);
        var useCase = TryRead(paths.UseCaseFile, maxInputBytes, diagnostics);
        var sequence = TryRead(paths.SequenceFile, long.MaxValue, diagnostics);
        return new FeatureSnapshot(paths, spec, useCase, sequence, diagnostics.ToEquatableArray());
    }

    private static TextFileContent? TryRead(string path, long maxBytes, List<Diagnostic> diagnostics)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return null;
            }

            if (info.Length > maxBytes)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.InputTooLarge, path, 0, 0, path, info.Length, maxBytes));
                return null;
            }

            var content = TextFileReader.Read(path);
            if (!content.IsValidUtf8)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.NotUtf8, path, 1, 1, path));
            }

            return content;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.FileAccessFailed, path, 0, 0, "read", path, e.Message));
            return null;
        }
    }
}
