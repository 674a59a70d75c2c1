using System;

namespace KiroSpecs.Core.Common;

/// <summary>
/// How long one regular-expression match may run before it is treated as a runaway pattern. The limit is wall
/// time, so it is set far above what any match of these patterns takes (microseconds): a garbage collection or a
/// busy machine pausing the thread for a while must not change the output.
/// </summary>
internal static class RegexTimeout
{
    public const int Milliseconds = 2_000;

    public static readonly TimeSpan Value = TimeSpan.FromMilliseconds(Milliseconds);
}
