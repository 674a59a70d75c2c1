using System.Runtime.CompilerServices;

namespace KiroSpecs.Core.Common;

/// <summary>
/// The method option for the few small loops that every step goes through many times (tokenizers, keyword and
/// measure scanners, escapers). A build node runs the generator cold: with tiered compilation such a method
/// starts unoptimized and stays so, then instrumented, for most of a one-off run, while it is where the time
/// goes. Compiled optimized on first call, the cold run of a large document took about a quarter less time;
/// warm runs are unchanged within noise. Anything else keeps tiered compilation (and profile-guided code).
/// </summary>
internal static class HotPath
{
#if NET
    /// <summary>Compile fully optimized on first call (<see cref="MethodImplOptions.AggressiveOptimization"/>).</summary>
    public const MethodImplOptions Optimized = MethodImplOptions.AggressiveOptimization;
#else
    /// <summary>.NET Framework has no tiers (every method is compiled optimized), so nothing to ask for.</summary>
    public const MethodImplOptions Optimized = 0;
#endif
}
