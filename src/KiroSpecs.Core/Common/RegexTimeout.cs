using System;

namespace KiroSpecs.Core.Common;

/// <summary>
/// How long one regular-expression match may run before it is treated as a runaway pattern. The limit is wall
/// time, so it is set far above what any match of these patterns takes (microseconds): a garbage collection or a
/// busy machine pausing the thread for a while must not change the output.
/// <para>
/// Every pattern of Core is source-generated on .NET (<c>[GeneratedRegex]</c>, its pattern a constant beside it) and
/// built for the interpreter only on .NET Framework: run on the text of every step, interpreted patterns took about a
/// fifth of a cold generation, and a generated one needs no parsing when the process starts.
/// </para>
/// </summary>
internal static class RegexTimeout
{
    public const int Milliseconds = 2_000;

    public static readonly TimeSpan Value = TimeSpan.FromMilliseconds(Milliseconds);
}
