using KiroSpecs.Core.IO;
using KiroSpecs.Core.Sequences;

namespace KiroSpecs.Core.Pipeline;

/// <summary>Everything besides the files that decides what a run produces. Part of the cache key.</summary>
public sealed record GenerationSettings(
    TranslationOptions Translation,
    string GeneratorVersion,
    string UpdatedAt,
    bool Verify,
    bool Overwrite,
    long MaxInputBytes)
{
    /// <summary>
    /// Who generates (<see cref="Pipeline.GeneratorIdentity.Current"/> unless a test stands in for
    /// another generator): part of every input pin, so output of another generator is regenerated.
    /// </summary>
    public string GeneratorIdentity { get; init; } = Pipeline.GeneratorIdentity.Current;

    /// <summary>The part of the settings that changes generated content or decisions (not the clock).</summary>
    public string CacheKey => ContentHash.Of(string.Join(
        "|",
        GeneratorVersion,
        GeneratorIdentity,
        Verify ? "verify" : "write",
        Overwrite ? "overwrite" : "keep",
        MaxInputBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        InputPin.OptionsKey(Translation)));
}
