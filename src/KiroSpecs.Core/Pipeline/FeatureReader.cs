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
    // sequence.md has no user limit, but a link to a device (/dev/zero) must not exhaust memory.
    private const long SequenceReadLimit = 256L * 1024 * 1024;

    /// <summary>Reads the feature's files. Never throws for I/O problems.</summary>
    public static FeatureSnapshot Read(FeaturePaths paths, long maxInputBytes)
    {
        var diagnostics = new List<Diagnostic>();
        var spec = TryRead(paths.SpecFile, maxInputBytes, diagnostics);
        var useCase = TryRead(paths.UseCaseFile, maxInputBytes, diagnostics);
        var sequence = TryRead(paths.SequenceFile, SequenceReadLimit, diagnostics);
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

            // FileInfo.Length is the size of a link, not of its target, and 0 for devices: the read
            // itself stops at the limit. What reports no length at all (an empty file, a device, a
            // named pipe, which would block the build in open) is taken as empty without opening it.
            var stamp = FileStamp.Of(path);
            var bytes = ReportsNoLength(info) ? Array.Empty<byte>() : ReadAtMost(path, maxBytes);
            if (bytes is null)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.InputTooLarge, path, 0, 0, path, "at least " + (maxBytes + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), maxBytes));
                return null;
            }

            var content = TextFileReader.Decode(bytes, stamp);
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

    private static bool ReportsNoLength(FileInfo info)
    {
#if NET
        if (info.LinkTarget is not null)
        {
            return info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo { Exists: true, Length: 0 };
        }
#endif
        return info.Length == 0;
    }

    /// <summary>The file's bytes, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    private static byte[]? ReadAtMost(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
