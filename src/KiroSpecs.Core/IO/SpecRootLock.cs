using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading;

namespace KiroSpecs.Core.IO;

/// <summary>
/// A cross-process lock for one spec root, so that several projects (or an IDE and a terminal)
/// building at once never write the same spec files at the same time. The lock file lives in the
/// temporary folder, never in the repository.
/// </summary>
public sealed class SpecRootLock : IDisposable
{
    private readonly FileStream _stream;

    private SpecRootLock(FileStream stream) => _stream = stream;

    /// <summary>The lock file used for a spec root.</summary>
    public static string LockPathFor(string specRoot)
    {
        var key = Path.GetFullPath(specRoot).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(key));
        return Path.Combine(Path.GetTempPath(), "kirospecs-" + ContentHash.ToHex(hash).Substring(0, 16) + ".lock");
    }

    /// <summary>Waits up to <paramref name="timeout"/> for the lock; null when another process kept it.</summary>
    public static SpecRootLock? TryAcquire(string specRoot, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var path = LockPathFor(specRoot);
        var deadline = DateTime.UtcNow + timeout;
        var delay = 10;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                // FileShare.None makes the open itself the lock; the OS releases it if the process dies.
                return new SpecRootLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(delay);
                delay = Math.Min(delay * 2, 200);
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();
}
