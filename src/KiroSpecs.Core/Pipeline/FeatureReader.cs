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
            var bytes = ReportsNoLength(info) ? Array.Empty<byte>() : ReadAtMost(path, maxBytes, info.Length);
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

    // The largest byte array the runtime allows (Array.MaxLength, which net472 lacks as a constant).
    private const long MaxArrayLength = 0x7FFFFFC7;

    /// <summary>
    /// The file's bytes, or null when it holds more than <paramref name="maxBytes"/>. The buffer is sized from
    /// the length the file reported, so a regular file is read into one array of exactly its size (no chunk,
    /// no MemoryStream, no copy); a file that grows or reports a wrong length (a link, a device) still works,
    /// growing the buffer up to the limit.
    /// </summary>
    private static byte[]? ReadAtMost(string path, long maxBytes, long expectedLength)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var limit = Math.Min(maxBytes, MaxArrayLength);
        var buffer = new byte[Math.Min(Math.Max(expectedLength, 0), limit)];
        var count = 0;
        while (true)
        {
            if (count == buffer.Length)
            {
                // Full: one more byte tells the end of the file from more data.
                var next = stream.ReadByte();
                if (next < 0)
                {
                    return buffer;
                }

                if (count + 1L > limit)
                {
                    return null;
                }

                var grown = new byte[Math.Min(Math.Max(16L, buffer.Length * 2L), limit)];
                Buffer.BlockCopy(buffer, 0, grown, 0, count);
                buffer = grown;
                buffer[count++] = (byte)next;
                continue;
            }

            var read = stream.Read(buffer, count, buffer.Length - count);
            if (read == 0)
            {
                if (count == buffer.Length)
                {
                    return buffer;
                }

                var exact = new byte[count];
                Buffer.BlockCopy(buffer, 0, exact, 0, count);
                return exact;
            }

            count += read;
        }
    }
}
