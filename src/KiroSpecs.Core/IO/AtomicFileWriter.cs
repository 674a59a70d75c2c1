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
    public static void Write(string path, string text, bool withBom) =>
        Write(path, withBom, stream => WriteUtf8(stream, text, withBom));

#if NET
    /// <summary>
    /// Writes <paramref name="head"/> followed by what <paramref name="body"/> holds, as <see cref="Write(string, string, bool)"/>
    /// writes their joined text with every "\n" replaced by <paramref name="newLine"/>, read from the builder's chunks.
    /// </summary>
    internal static void Write(string path, string head, System.Text.StringBuilder body, string newLine, bool withBom) =>
        Write(path, withBom, stream =>
        {
            if (withBom)
            {
                stream.Write(s_bom, 0, s_bom.Length);
            }

            var rented = System.Buffers.ArrayPool<byte>.Shared.Rent(s_utf8.GetMaxByteCount(Utf8Slices.Chars));
            try
            {
                var encoder = s_utf8.GetEncoder();
                WriteLines(stream, encoder, rented, head.AsSpan(), newLine);
                foreach (var chunk in body.GetChunks())
                {
                    WriteLines(stream, encoder, rented, chunk.Span, newLine);
                }

                WriteSlices(stream, encoder, rented, ReadOnlySpan<char>.Empty, flush: true);
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        });
#endif

    private static void Write(string path, bool withBom, Action<FileStream> write)
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
            // No FileStream buffer: the encoded text is written in one call (a large one in slices of 16 K characters).
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1))
            {
                write(stream);
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


    private static void WriteUtf8(FileStream stream, string text, bool withBom)
    {
        if (withBom)
        {
            stream.Write(s_bom, 0, s_bom.Length);
        }

#if NET
        // Encoded into a pooled buffer (a cold run writes two files per feature), a slice at a time: a sequence.md
        // of tens of MB never becomes a byte array of its own, which the shared pool would keep for the whole build.
        var rented = System.Buffers.ArrayPool<byte>.Shared.Rent(s_utf8.GetMaxByteCount(Math.Min(text.Length, Utf8Slices.Chars)));
        try
        {
            WriteSlices(stream, s_utf8.GetEncoder(), rented, text.AsSpan(), flush: true);
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

#if NET
    private static void WriteSlices(FileStream stream, Encoder encoder, byte[] buffer, ReadOnlySpan<char> chars, bool flush) =>
        Utf8Slices.Encode(chars, encoder, buffer, flush, new Utf8Slices.StreamSink(stream));

    /// <summary><see cref="WriteSlices"/> of <paramref name="chars"/> with every "\n" written as <paramref name="newLine"/>.</summary>
    private static void WriteLines(FileStream stream, Encoder encoder, byte[] buffer, ReadOnlySpan<char> chars, string newLine)
    {
        if (newLine == "\n")
        {
            WriteSlices(stream, encoder, buffer, chars, flush: false);
            return;
        }

        for (var newline = chars.IndexOf('\n'); newline >= 0; newline = chars.IndexOf('\n'))
        {
            WriteSlices(stream, encoder, buffer, chars.Slice(0, newline), flush: false);
            WriteSlices(stream, encoder, buffer, newLine.AsSpan(), flush: false);
            chars = chars.Slice(newline + 1);
        }

        WriteSlices(stream, encoder, buffer, chars, flush: false);
    }
#endif

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
