using System;
using System.IO;
using System.Text;
using System.Threading;

namespace KiroSpecs.Core.IO;

/// <summary>
/// Writes a file so that readers only ever see the old or the new content: the bytes go to a
/// temporary file in the same folder, which then replaces the target in one rename.
/// </summary>
public static class AtomicFileWriter
{
    private const int Attempts = 5;

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The prefix of temporary files, so leftovers from a killed build can be recognised and removed.</summary>
    public const string TempPrefix = ".kirospecs-";

    /// <summary>Writes <paramref name="text"/> as UTF-8 (with a BOM when asked). Throws IOException/UnauthorizedAccessException after retries.</summary>
    public static void Write(string path, string text, bool withBom)
    {
        // A rename replaces a read-only file on Unix without complaint; refuse, as Windows does,
        // so that making a file read-only protects it on every platform.
        if (IsReadOnly(path))
        {
            throw new UnauthorizedAccessException("the file is read-only");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temp = Path.Combine(folder, TempPrefix + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp");
        try
        {
            // No FileStream buffer: the encoded text is written in one call (a large one in slices of 64 K characters).
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1))
            {
                WriteUtf8(stream, text, withBom);
                stream.Flush(flushToDisk: true);
            }

            Replace(temp, path);
        }
        finally
        {
            TryDelete(temp);
        }
    }

    /// <summary>True when the file exists and is read-only (on Unix: not writable by its owner, whoever runs the build).</summary>
    public static bool IsReadOnly(string path)
    {
        try
        {
            return File.Exists(path) && (File.GetAttributes(path) & FileAttributes.ReadOnly) != 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Removes temporary files that an interrupted build left in a folder.</summary>
    public static void RemoveLeftovers(string folder)
    {
        try
        {
            foreach (var file in Directory.GetFiles(folder, TempPrefix + "*.tmp"))
            {
                TryDelete(file);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover temporary file harms nothing.
        }
    }

    private static void Replace(string temp, string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (File.Exists(path))
                {
                    // Replace keeps the rename atomic on every platform; a read-only target makes it fail, as it should.
                    File.Replace(temp, path, destinationBackupFileName: null, ignoreMetadataErrors: true);
                }
                else
                {
                    File.Move(temp, path);
                }

                return;
            }
            catch (IOException) when (attempt < Attempts)
            {
                // Another process may hold the file open for a moment (an editor, a virus scanner).
                Thread.Sleep(50 * attempt);
            }
        }
    }

    private static readonly byte[] s_bom = { 0xEF, 0xBB, 0xBF };

#if NET
    private const int SliceChars = 64 * 1024;
#endif

    private static void WriteUtf8(FileStream stream, string text, bool withBom)
    {
        if (withBom)
        {
            stream.Write(s_bom, 0, s_bom.Length);
        }

#if NET
        // Encoded into a pooled buffer (a cold run writes two files per feature), a slice at a time: a sequence.md
        // of tens of MB never becomes a byte array of its own, which the shared pool would keep for the whole build.
        var rented = System.Buffers.ArrayPool<byte>.Shared.Rent(s_utf8.GetMaxByteCount(Math.Min(text.Length, SliceChars)));
        try
        {
            var encoder = s_utf8.GetEncoder();
            var chars = text.AsSpan();
            do
            {
                // The encoder keeps a surrogate pair cut by the slice boundary whole.
                var take = Math.Min(chars.Length, SliceChars);
                var count = encoder.GetBytes(chars.Slice(0, take), rented, flush: take == chars.Length);
                stream.Write(rented, 0, count);
                chars = chars.Slice(take);
            }
            while (chars.Length > 0);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
#else
        var bytes = s_utf8.GetBytes(text);
        stream.Write(bytes, 0, bytes.Length);
#endif
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for RemoveLeftovers on the next build.
        }
    }
}
