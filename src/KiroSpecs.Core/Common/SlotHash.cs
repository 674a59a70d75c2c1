using System;
using System.Runtime.CompilerServices;

namespace KiroSpecs.Core.Common;

/// <summary>
/// The slot of a text in the small per-thread tables of recent texts (<c>Words.Of</c>, <c>WordIndex.LowerWord</c>):
/// FNV-1a over its characters. Those tables check the text itself, so the hash only spreads texts over the slots;
/// the runtime's string hash, which they used before, is randomized and, on a build node, spends most of a cold
/// run in the instrumented code of its tiers (README "Performance"), while this loop is compiled optimized once.
/// </summary>
internal static class SlotHash
{
    /// <summary>A non-negative hash of <paramref name="text"/>.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static int Of(ReadOnlySpan<char> text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & int.MaxValue);
    }
}
