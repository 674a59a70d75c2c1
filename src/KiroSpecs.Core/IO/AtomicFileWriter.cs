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
        var body = new UTF8Encoding(false).GetBytes(text);
        var bytes = withBom ? Concat(new UTF8Encoding(true).GetPreamble(), body) : body;
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes, 0, bytes.Length);
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

    private static byte[] Concat(byte[] a, byte[] b)
    {
        var result = new byte[a.Length + b.Length];
        Buffer.BlockCopy(a, 0, result, 0, a.Length);
        Buffer.BlockCopy(b, 0, result, a.Length, b.Length);
        return result;
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
