using System;
using System.IO;

namespace KiroSpecs.Core.IO;

/// <summary>
/// Length and last-write time of a file: the cheap "has it changed?" check that lets an
/// unchanged feature skip reading and parsing. <see cref="Missing"/> stands for an absent file.
/// </summary>
public readonly record struct FileStamp(long Length, long LastWriteTicks)
{
    /// <summary>The stamp of a file that does not exist.</summary>
    public static FileStamp Missing => new(-1, 0);

    /// <summary>True when the file existed when stamped.</summary>
    public bool Exists => Length >= 0;

    /// <summary>Stamps a file; <see cref="Missing"/> when it does not exist or cannot be read.</summary>
    public static FileStamp Of(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : Missing;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Missing;
        }
    }

    /// <summary>Compact text form used in the cache file.</summary>
    public override string ToString() => Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + LastWriteTicks.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Parses <see cref="ToString"/>'s form; <see cref="Missing"/> when malformed.</summary>
    public static FileStamp Parse(string? text)
    {
        if (text is null)
        {
            return Missing;
        }

        var colon = text.IndexOf(':');
        return colon > 0
            && long.TryParse(text.Substring(0, colon), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var length)
            && long.TryParse(text.Substring(colon + 1), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var ticks)
            ? new FileStamp(length, ticks)
            : Missing;
    }
}
