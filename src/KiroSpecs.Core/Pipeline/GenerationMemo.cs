using System.Collections.Concurrent;
using System.Threading;
using KiroSpecs.Core.Sequences;

namespace KiroSpecs.Core.Pipeline;

/// <summary>
/// Remembers, for one run, what <see cref="SequenceGenerator.Generate"/> returned for an input.
/// Generation is pure, so a runner can generate before it waits for the spec-root lock and, under the
/// lock, read every file again and answer generation from here: the lock is then held for reading,
/// comparing and writing only, and builds sharing a spec root do not queue up behind each other.
/// </summary>
internal sealed class GenerationMemo
{
    private readonly ConcurrentDictionary<SequenceGenerationInput, SequenceGenerationResult> _results = new();

    /// <summary>The remembered result for an equal input (same feature, path, text and options), else a new one.</summary>
    public SequenceGenerationResult Generate(SequenceGenerationInput input, CancellationToken cancellationToken) =>
        _results.TryGetValue(input, out var known) ? known : _results.GetOrAdd(input, SequenceGenerator.Generate(input, cancellationToken));
}
