using KiroSpecs.Core.IO;

namespace KiroSpecs.Core.Pipeline;

/// <summary>What the last run saw and decided for one feature: file stamps plus the outcome (without writes).</summary>
public sealed record CacheEntry(FileStamp Spec, FileStamp UseCase, FileStamp Sequence, FeatureOutcome Outcome)
{
    /// <summary>True when the feature's files are exactly as they were when this entry was made.</summary>
    public bool Matches(FileStamp spec, FileStamp useCase, FileStamp sequence) =>
        Spec == spec && UseCase == useCase && Sequence == sequence;
}
