using System.Linq;
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
    /// <summary>The part of the settings that changes generated content or decisions (not the clock).</summary>
    public string CacheKey => ContentHash.Of(string.Join(
        "|",
        GeneratorVersion,
        Verify ? "verify" : "write",
        Overwrite ? "overwrite" : "keep",
        MaxInputBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        string.Join(";", Translation.Participants.Select(p => p.Name + "=" + p.Alias + "=" + string.Join(",", p.Keywords) + "=" + (p.IsPerson ? "actor" : "participant")))));
}
