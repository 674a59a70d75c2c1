using System;

namespace KiroSpecs.Core.Pipeline;

/// <summary>One run over a spec root. <see cref="CacheFile"/> (under obj/) may be null to disable caching.</summary>
public sealed record RunRequest(string SpecRoot, GenerationSettings Settings, string? CacheFile, TimeSpan LockTimeout);
