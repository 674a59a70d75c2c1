using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.Diagnostics;
using KiroSpecs.Core.IO;

namespace KiroSpecs.Core.Pipeline;

/// <summary>
/// Runs the pipeline over a spec root: discover, answer unchanged features from the cache, and for
/// the rest read → process → write under the spec-root lock. Only this class and
/// <see cref="FeatureReader"/> touch the file system.
/// </summary>
public static class SpecRunner
{
    /// <summary>Runs once. Never throws for I/O problems or bad input; only cancellation escapes.</summary>
    public static RunResult Run(RunRequest request, CancellationToken cancellationToken = default)
    {
        var settings = request.Settings;
        var root = Path.GetFullPath(request.SpecRoot);
        var runDiagnostics = new List<Diagnostic>();
        var features = FeatureDiscovery.Discover(root, runDiagnostics);

        var previous = request.CacheFile is null ? null : GenerationCache.Load(request.CacheFile);
        if (previous is not null && (previous.Key != settings.CacheKey || previous.SpecRoot != root))
        {
            previous = null;
        }

        var outcomes = new FeatureOutcome[features.Count];
        var stamps = new (FileStamp Spec, FileStamp UseCase, FileStamp Sequence)[features.Count];
        var dirty = new List<int>();
        for (var i = 0; i < features.Count; i++)
        {
            var f = features[i];
            stamps[i] = Stamp(f);
            if (previous is not null
                && previous.Entries.TryGetValue(f.Name, out var entry)
                && entry.Matches(stamps[i].Spec, stamps[i].UseCase, stamps[i].Sequence))
            {
                outcomes[i] = entry.Outcome;
            }
            else
            {
                dirty.Add(i);
            }
        }

        var written = new List<string>();
        var complete = true;
        var lockTimedOut = false;
        if (dirty.Count > 0)
        {
            if (settings.Verify)
            {
                ProcessAll(features, dirty, outcomes, settings, null, null, cancellationToken);
            }
            else
            {
                // Generate before waiting for the lock; under it, every feature is read and decided
                // again (another build may have written it meanwhile) with generation answered from
                // the memo, so eight builds of one spec root do not each hold the lock for a full run.
                var memo = new GenerationMemo();
                var readStamps = new (FileStamp Spec, FileStamp UseCase, FileStamp Sequence)?[features.Count];
                ProcessAll(features, dirty, outcomes, settings, memo, readStamps, cancellationToken);
                using var rootLock = SpecRootLock.TryAcquire(root, request.LockTimeout, cancellationToken);
                if (rootLock is null)
                {
                    runDiagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.LockTimeout, root, 0, 0, root, (int)request.LockTimeout.TotalSeconds));
                    complete = false;
                    lockTimedOut = true;
                    foreach (var i in dirty)
                    {
                        outcomes[i] = new FeatureOutcome(features[i].Name, FeatureStatus.Incomplete, 0, 0, EquatableArray<Diagnostic>.Empty, null, null);
                    }
                }
                else
                {
                    // A feature none of whose files changed since it was read (same length and last-write
                    // time as stamped before that read) keeps its decision: reading and deciding it again
                    // would give the same answer. Only what another build touched meanwhile is read again.
                    var changed = dirty.FindAll(i => readStamps[i] is not { } read || read != Stamp(features[i]));
                    ProcessAll(features, changed, outcomes, settings, memo, null, cancellationToken);
                    WriteAll(features, dirty, outcomes, stamps, written, cancellationToken);
                }
            }
        }

        // A feature that failed to read or write is retried by the next build: the run is not complete.
        complete &= !outcomes.Any(IsRetryable);
        var result = new RunResult(
            outcomes.Select(o => o with { SpecWrite = null, SequenceWrite = null }).ToEquatableArray(),
            runDiagnostics.ToEquatableArray(),
            written.ToEquatableArray(),
            complete);

        if (request.CacheFile is not null && (dirty.Count > 0 || previous is null || !previous.RunDiagnostics.SequenceEqual(runDiagnostics)))
        {
            // Features left undone for lack of the lock have placeholder outcomes: keep them out of the cache.
            SaveCache(request.CacheFile, settings.CacheKey, root, features, stamps, result, lockTimedOut ? new HashSet<int>(dirty) : null);
        }

        return result;
    }

    private static (FileStamp Spec, FileStamp UseCase, FileStamp Sequence) Stamp(FeaturePaths paths) =>
        (FileStamp.Of(paths.SpecFile), FileStamp.Of(paths.UseCaseFile), FileStamp.Of(paths.SequenceFile));

    /// <summary>
    /// Reads and decides the given features in parallel. With <paramref name="readStamps"/>, records for each
    /// feature read without problems the stamps its three files had just before they were read.
    /// </summary>
    private static void ProcessAll(IReadOnlyList<FeaturePaths> features, List<int> dirty, FeatureOutcome[] outcomes, GenerationSettings settings, GenerationMemo? memo, (FileStamp Spec, FileStamp UseCase, FileStamp Sequence)?[]? readStamps, CancellationToken cancellationToken)
    {
        if (dirty.Count == 0)
        {
            return;
        }

        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(dirty, options, i =>
        {
            var paths = features[i];
            try
            {
                var snapshot = FeatureReader.Read(paths, settings.MaxInputBytes);
                outcomes[i] = FeatureProcessor.Process(snapshot, settings, memo, cancellationToken);
                if (readStamps is not null && snapshot.ReadDiagnostics.Count == 0)
                {
                    readStamps[i] = (StampOf(snapshot.Spec), StampOf(snapshot.UseCase), StampOf(snapshot.Sequence));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A defect in one feature's processing must not fail the build or stop the others.
                var diagnostic = Diagnostic.Create(DiagnosticDescriptors.InternalError, paths.UseCaseFile, 0, 0, paths.Name, e.GetType().Name + ": " + e.Message);
                outcomes[i] = new FeatureOutcome(paths.Name, FeatureStatus.Incomplete, 0, 0, new[] { diagnostic }.ToEquatableArray(), null, null);
            }
        });
    }

    private static FileStamp StampOf(TextFileContent? content) => content?.Stamp ?? FileStamp.Missing;

    /// <summary>
    /// Writes the planned files, several features at a time: each write waits for the disk (the temporary
    /// file is flushed to disk before the rename), so overlapping them is what makes a cold run of many
    /// features fast (1,000 features: ~5 s one at a time, ~0.4 s eight at a time, measured by
    /// build/benchmark.sh). Within a feature the order stays spec.json, then sequence.md; the written-file
    /// list keeps feature order.
    /// </summary>
    private static void WriteAll(IReadOnlyList<FeaturePaths> features, List<int> dirty, FeatureOutcome[] outcomes, (FileStamp Spec, FileStamp UseCase, FileStamp Sequence)[] stamps, List<string> written, CancellationToken cancellationToken)
    {
        var perFeature = new List<string>?[dirty.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Math.Max(8, Environment.ProcessorCount) };
        Parallel.For(0, dirty.Count, options, k =>
        {
            var i = dirty[k];
            var files = new List<string>(2);
            outcomes[i] = WriteOutcome(features[i], outcomes[i], files);
            stamps[i] = Stamp(features[i]);
            perFeature[k] = files;
        });

        foreach (var files in perFeature)
        {
            written.AddRange(files!);
        }
    }

    private static FeatureOutcome WriteOutcome(FeaturePaths paths, FeatureOutcome outcome, List<string> written)
    {
        if (outcome.SpecWrite is null && outcome.SequenceWrite is null)
        {
            return outcome;
        }

        // An up-to-date feature's only write is a refreshed marker line (a new generator drew the same
        // diagrams): worth doing, never worth a warning. A read-only or locked file keeps its old marker
        // and the next fresh clone simply generates and compares it.
        if (outcome.Status == FeatureStatus.UpToDate)
        {
            return TryRefreshMarker(outcome, written);
        }

        // Check both targets first: a read-only sequence.md must not leave spec.json claiming it was generated.
        foreach (var write in new[] { outcome.SpecWrite, outcome.SequenceWrite })
        {
            if (write is not null && AtomicFileWriter.IsReadOnly(write.Path))
            {
                var diagnostic = Diagnostic.Create(DiagnosticDescriptors.FileAccessFailed, write.Path, 0, 0, "write", write.Path, "the file is read-only");
                return outcome with { Status = FeatureStatus.Incomplete, Diagnostics = outcome.Diagnostics.Append(diagnostic).ToEquatableArray() };
            }
        }

        AtomicFileWriter.RemoveLeftovers(paths.Folder);
        foreach (var write in new[] { outcome.SpecWrite, outcome.SequenceWrite })
        {
            if (write is null)
            {
                continue;
            }

            try
            {
                write.Write();
                written.Add(write.Path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // spec.json is written first: if it fails, sequence.md is not written either, so the two never disagree.
                var diagnostic = Diagnostic.Create(DiagnosticDescriptors.FileAccessFailed, write.Path, 0, 0, "write", write.Path, e.Message);
                return outcome with { Status = FeatureStatus.Incomplete, Diagnostics = outcome.Diagnostics.Append(diagnostic).ToEquatableArray() };
            }
        }

        return outcome;
    }

    private static FeatureOutcome TryRefreshMarker(FeatureOutcome outcome, List<string> written)
    {
        var write = outcome.SequenceWrite!;
        try
        {
            if (!AtomicFileWriter.IsReadOnly(write.Path))
            {
                write.Write();
                written.Add(write.Path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The diagrams are current either way.
        }

        return outcome;
    }

    private static bool IsRetryable(FeatureOutcome outcome) =>
        outcome.Diagnostics.Any(d => d.Code == DiagnosticDescriptors.FileAccessFailed.Code || d.Code == DiagnosticDescriptors.InternalError.Code);

    private static void SaveCache(string path, string key, string root, IReadOnlyList<FeaturePaths> features, (FileStamp Spec, FileStamp UseCase, FileStamp Sequence)[] stamps, RunResult result, HashSet<int>? skip)
    {
        var cache = new GenerationCache(key, root);
        cache.RunDiagnostics.AddRange(result.RunDiagnostics);
        for (var i = 0; i < features.Count; i++)
        {
            var outcome = result.Features[i];
            if (skip is not null && skip.Contains(i))
            {
                continue;
            }

            // A failed read or write must be retried next time: leave such features out of the cache.
            if (IsRetryable(outcome))
            {
                continue;
            }

            // What was generated in this run is up to date for the next one, which must not count it again.
            var remembered = outcome.Status == FeatureStatus.Generated ? outcome with { Status = FeatureStatus.UpToDate } : outcome;
            cache.Entries[features[i].Name] = new CacheEntry(stamps[i].Spec, stamps[i].UseCase, stamps[i].Sequence, remembered);
        }

        cache.Save(path);
    }
}
