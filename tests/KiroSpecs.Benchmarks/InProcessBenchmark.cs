using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime;
using System.Text;
using System.Threading.Tasks;
using KiroSpecs.Core.Pipeline;
using KiroSpecs.Core.Sequences;
using Markdig;

namespace KiroSpecs.Benchmarks;

/// <summary>
/// Measurements 2–4, in this process, on a generated corpus of realistic features:
///   cold        fresh cache, no sequence.md, inputs as generated → SpecRunner.Run;
///   floor       the same inputs read, each usecase.md parsed with Markdig (the parser the package
///               uses, same extensions), and the same number of bytes written to the same number of
///               files, with the same degree of parallelism as the runner;
///   one changed after a full generation, one usecase.md is edited and the runner runs again with its cache;
///   no change   the runner again with its cache and nothing edited;
///   fresh clone every sequence.md generated and current, no cache (a clone has no obj/): the runner
///               in write and in verify mode, here and in a fresh process;
///   memory      a separate process does one cold run: peak working set; allocations per feature
///               are GC.GetTotalAllocatedBytes(true) around each cold run here.
/// Every fresh-process run is made twice, alternating: with Core and Markdig as IL, compiled by the
/// JIT as this program runs them, and with the ReadyToRun images the package ships (ReadyToRunImages).
/// Cold and floor alternate (cold, floor, cold, floor …) and each is reported as a median.
/// </summary>
public static class InProcessBenchmark
{
    public const string GeneratorVersion = "0.0.0-bench";
    public const string UpdatedAt = "2026-06-01T12:00:00Z";

    private static readonly MarkdownPipeline s_markdig = new MarkdownPipelineBuilder().UsePipeTables().UseYamlFrontMatter().Build();

    public sealed record Options(int Features, int Repetitions, int Seed, string? Work, bool Keep, string? ReadyToRun);

    /// <summary>One fresh-process run: the program it ran (this one, or the copy with the ReadyToRun images) and what it reported.</summary>
    private sealed record ChildRun(double Peak, double Baseline, double Allocated, double Ms, bool ParserLoaded, double JitMethods, double JitMs, double GcPauseMs, double Gen0);

    /// <summary>How a fresh process runs Core and Markdig: the program's dll, and how many of the two must be ReadyToRun images.</summary>
    private sealed record Variant(string Name, string Program, int Images);

    private sealed record WritePlan(string Folder, int[] Lengths);

    public static int Run(Options options)
    {
        var work = options.Work ?? Path.Combine(Path.GetTempPath(), "kirospecs-bench-inprocess-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var specRoot = Path.Combine(work, "specs");
        var cacheFile = Path.Combine(work, "obj", "kirospecs", "cache.tsv");
        TryDelete(work);
        Console.Error.WriteLine($"inprocess: writing {options.Features} features (seed {options.Seed}) to {specRoot}");
        var corpus = SpecCorpus.Write(specRoot, options.Features, options.Seed);
        try
        {
            var variants = new[]
            {
                new Variant("JIT", typeof(InProcessBenchmark).Assembly.Location, 0),
                new Variant("ReadyToRun", ReadyToRunImages.PrepareCopy(options.ReadyToRun, work), ReadyToRunImages.Assemblies.Length),
            };
            return Measure(options, corpus, cacheFile, variants);
        }
        finally
        {
            if (!options.Keep)
            {
                TryDelete(work);
            }
        }
    }

    /// <summary>The `generate` subcommand: the corpus, generated once and kept, to look at or to diff between builds.</summary>
    public static int GenerateOnce(int features, int seed, string work)
    {
        var corpus = SpecCorpus.Write(Path.Combine(work, "specs"), features, seed);
        var result = SpecRunner.Run(Request(corpus.SpecRoot, Path.Combine(work, "obj", "cache.tsv")));
        Console.Out.WriteLine($"{result.GeneratedCount} generated, {result.WrittenFiles.Count} files written, {result.AllDiagnostics.Count} diagnostics in {corpus.SpecRoot}");
        return 0;
    }

    /// <summary>The `cold-loop` subcommand: cold runs only, nothing else in the process, for a profiler.</summary>
    public static int ColdLoop(int features, int repetitions, int seed, bool verify)
    {
        var work = Path.Combine(Path.GetTempPath(), "kirospecs-bench-coldloop-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var corpus = SpecCorpus.Write(Path.Combine(work, "specs"), features, seed);
        var cacheFile = Path.Combine(work, "obj", "cache.tsv");
        try
        {
            for (var r = 0; r < repetitions; r++)
            {
                PrepareCold(corpus, cacheFile);
                var request = Request(corpus.SpecRoot, cacheFile);
                request = verify ? request with { Settings = request.Settings with { Verify = true } } : request;
                var run = Timed(() => SpecRunner.Run(request));
                Console.Out.WriteLine($"cold run {r + 1}{(verify ? " (verify: no lock, no second pass, no writes)" : string.Empty)}: {run.Ms:0} ms");
            }

            return 0;
        }
        finally
        {
            TryDelete(work);
        }
    }

    /// <summary>
    /// The hidden `memory` subcommand: one run in a fresh process; prints "peak-bytes baseline-bytes
    /// allocated-bytes ms generated parser-loaded jit-methods jit-ms images gc-pause-ms gen0 gen1 gen2": the methods
    /// the JIT compiled in the whole process and its time, how many of Core and Markdig beside Core are ReadyToRun
    /// images, the time the garbage collector paused the process and its collections.
    /// </summary>
    public static int MemoryChild(string specRoot, string cacheFile)
    {
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var baseline = self.PeakWorkingSet64;
        var allocatedBefore = GC.GetTotalAllocatedBytes(true);
        var watch = Stopwatch.StartNew();
        var result = SpecRunner.Run(Request(specRoot, cacheFile));
        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;
        self.Refresh();
        // Whether the run needed the parser at all: a fresh clone whose output is current must not.
        var parserLoaded = AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name is "Markdig" or "System.Text.RegularExpressions");
        var jitMethods = JitInfo.GetCompiledMethodCount(currentThread: false);
        var jitMs = JitInfo.GetCompilationTime(currentThread: false).TotalMilliseconds;
        var images = ReadyToRunImages.CountImagesBeside(typeof(SpecRunner).Assembly.Location);
        var pause = GC.GetTotalPauseDuration().TotalMilliseconds;
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{self.PeakWorkingSet64} {baseline} {allocated} {watch.Elapsed.TotalMilliseconds:0.0} {result.GeneratedCount} {(parserLoaded ? 1 : 0)} {jitMethods} {jitMs:0.0} {images} {pause:0.0} {GC.CollectionCount(0)} {GC.CollectionCount(1)} {GC.CollectionCount(2)}"));
        return 0;
    }

    private static int Measure(Options options, SpecCorpus.Corpus corpus, string cacheFile, IReadOnlyList<Variant> variants)
    {
        var n = corpus.Features.Count;

        // First run in this process: JIT and type loading included, as in a fresh build node.
        PrepareCold(corpus, cacheFile);
        var first = Timed(() => SpecRunner.Run(Request(corpus.SpecRoot, cacheFile)));
        var firstResult = first.Result;
        var diagnostics = firstResult.AllDiagnostics.Count;
        Console.Error.WriteLine($"inprocess: first cold run {first.Ms:0} ms: {firstResult.GeneratedCount} generated, {firstResult.WrittenFiles.Count} files written, {diagnostics} diagnostics");
        if (firstResult.GeneratedCount != n)
        {
            foreach (var d in firstResult.AllDiagnostics.Take(10))
            {
                Console.Error.WriteLine($"  {d.Code} {d.File}({d.Line},{d.Column}): {d.Message}");
            }

            throw new InvalidOperationException($"Expected all {n} features to be generated, got {firstResult.GeneratedCount}.");
        }

        var plan = WritePlanOf(firstResult.WrittenFiles);
        var outputBytes = plan.Sum(p => p.Lengths.Sum(l => (long)l));
        var outputFiles = plan.Sum(p => p.Lengths.Length);

        // Warm-up floor, unmeasured, so both sides start with JIT done.
        RemoveFloorFiles(plan);
        Floor(corpus, plan);

        var cold = new List<double>();
        var floor = new List<double>();
        var allocations = new List<double>();
        var gcs = new List<double>();
        for (var r = 0; r < options.Repetitions; r++)
        {
            PrepareCold(corpus, cacheFile);
            var gen0 = GC.CollectionCount(0);
            var before = GC.GetTotalAllocatedBytes(true);
            var run = Timed(() => SpecRunner.Run(Request(corpus.SpecRoot, cacheFile)));
            allocations.Add(GC.GetTotalAllocatedBytes(true) - before);
            gcs.Add(GC.CollectionCount(0) - gen0);
            cold.Add(run.Ms);
            if (run.Result.GeneratedCount != n)
            {
                throw new InvalidOperationException($"Cold run {r + 1} generated {run.Result.GeneratedCount} of {n}.");
            }

            RemoveFloorFiles(plan);
            var f = Timed(() => Floor(corpus, plan));
            floor.Add(f.Ms);
            Console.Error.WriteLine($"inprocess: repetition {r + 1}/{options.Repetitions}: cold {run.Ms:0} ms, floor {f.Ms:0} ms");
        }

        RemoveFloorFiles(plan);

        // The tree is fully generated and the cache is current: one edited feature, then no change at all.
        var one = new List<double>();
        var none = new List<double>();
        for (var r = 0; r < options.Repetitions; r++)
        {
            var feature = corpus.Features[(r * 397 + 13) % n];
            EditUseCase(Path.Combine(corpus.SpecRoot, feature, "usecase.md"), r);
            var run = Timed(() => SpecRunner.Run(Request(corpus.SpecRoot, cacheFile)));
            var folder = Path.Combine(corpus.SpecRoot, feature);
            if (run.Result.WrittenFiles.Count == 0 || run.Result.WrittenFiles.Any(w => !string.Equals(Path.GetDirectoryName(w), folder, StringComparison.Ordinal)))
            {
                throw new InvalidOperationException($"One-of-{n} run wrote [{string.Join(", ", run.Result.WrittenFiles)}], expected only the sequence.md of '{feature}'.");
            }

            one.Add(run.Ms);
            var idle = Timed(() => SpecRunner.Run(Request(corpus.SpecRoot, cacheFile)));
            if (idle.Result.WrittenFiles.Count != 0)
            {
                throw new InvalidOperationException("A run without changes regenerated something.");
            }

            none.Add(idle.Ms);
        }

        var fresh = MeasureFreshClone(options, corpus, cacheFile, variants);
        var memory = InFreshProcesses(options, variants, "cold run", variant => MeasureInChild(corpus, cacheFile, cold: true, variant));
        Print(options, corpus, outputFiles, outputBytes, first.Ms, cold, floor, one, none, allocations, gcs, memory);
        PrintFreshClone(n, fresh);
        return fresh.Problems.Count == 0 ? 0 : 1;
    }

    private sealed record FreshCloneRuns(List<double> Write, List<double> Verify, List<double> Allocations, IReadOnlyDictionary<Variant, List<ChildRun>>? FreshProcess, List<string> Problems);

    /// <summary>The variants alternate (JIT, ReadyToRun, JIT, …), one round per repetition, so that each pair runs in the same seconds.</summary>
    private static Dictionary<Variant, List<ChildRun>> InFreshProcesses(Options options, IReadOnlyList<Variant> variants, string what, Func<Variant, ChildRun> run)
    {
        var runs = variants.ToDictionary(v => v, _ => new List<ChildRun>());
        for (var r = 0; r < options.Repetitions; r++)
        {
            foreach (var variant in variants)
            {
                runs[variant].Add(run(variant));
            }

            Console.Error.WriteLine($"inprocess: {what} in a fresh process {r + 1}/{options.Repetitions}: " + string.Join(", ", variants.Select(v => $"{v.Name} {runs[v][^1].Ms:0} ms ({runs[v][^1].JitMethods:0} methods JIT-compiled)")));
        }

        return runs;
    }

    /// <summary>The tree is generated and current; without a cache every feature is decided from its files, and none may be written.</summary>
    private static FreshCloneRuns MeasureFreshClone(Options options, SpecCorpus.Corpus corpus, string cacheFile, IReadOnlyList<Variant> variants)
    {
        var n = corpus.Features.Count;
        var runs = new FreshCloneRuns(new List<double>(), new List<double>(), new List<double>(), null, new List<string>());
        for (var r = 0; r < options.Repetitions; r++)
        {
            foreach (var verify in new[] { false, true })
            {
                File.Delete(cacheFile);
                var request = Request(corpus.SpecRoot, cacheFile);
                request = request with { Settings = request.Settings with { Verify = verify } };
                var before = GC.GetTotalAllocatedBytes(true);
                var run = Timed(() => SpecRunner.Run(request));
                var allocated = GC.GetTotalAllocatedBytes(true) - before;
                if (run.Result.UpToDateCount != n || run.Result.WrittenFiles.Count != 0)
                {
                    // Reported under the table (and the benchmark fails), after the other tables are printed.
                    var others = string.Join("; ", run.Result.Features.Where(f => f.Status != FeatureStatus.UpToDate).Take(5)
                        .Select(f => f.FeatureName + ": " + f.Status + " " + string.Join(" ", f.Diagnostics.Select(d => d.Code == "KIRO199" ? d.Message : d.Code))));
                    runs.Problems.Add($"a fresh-clone run ({(verify ? "verify" : "write")} mode) found {run.Result.UpToDateCount} of {n} up to date and wrote {run.Result.WrittenFiles.Count} files ({others})");
                }

                (verify ? runs.Verify : runs.Write).Add(run.Ms);
                if (!verify)
                {
                    runs.Allocations.Add(allocated);
                }
            }

            Console.Error.WriteLine($"inprocess: fresh clone {r + 1}/{options.Repetitions}: write mode {runs.Write[^1]:0} ms, verify {runs.Verify[^1]:0} ms");
        }

        var children = InFreshProcesses(options, variants, "fresh clone", variant =>
        {
            File.Delete(cacheFile);
            return MeasureInChild(corpus, cacheFile, cold: false, variant);
        });
        if (children.Values.SelectMany(c => c).Any(c => c.ParserLoaded))
        {
            runs.Problems.Add("a fresh-process run over current output loaded Markdig or System.Text.RegularExpressions: something was parsed");
        }

        return runs with { FreshProcess = children };
    }

    private static void PrintFreshClone(int n, FreshCloneRuns runs)
    {
        var table = new MarkdownTable("fresh clone: all current, no cache", "median", "min", "max");
        var write = Stats.Of(runs.Write);
        var verify = Stats.Of(runs.Verify);
        var alloc = Stats.Of(runs.Allocations);
        table.Add($"decide {n:N0} features, write mode", MarkdownTable.Ms(write.Median), MarkdownTable.Ms(write.Min), MarkdownTable.Ms(write.Max));
        table.Add($"decide {n:N0} features, verify mode", MarkdownTable.Ms(verify.Median), MarkdownTable.Ms(verify.Min), MarkdownTable.Ms(verify.Max));
        foreach (var (variant, children) in runs.FreshProcess!)
        {
            var ms = Stats.Of(children.Select(c => c.Ms).ToList());
            table.Add($"the same in a fresh process, {Describe(variant)}, write mode; Markdig and Regex never loaded", MarkdownTable.Ms(ms.Median), MarkdownTable.Ms(ms.Min), MarkdownTable.Ms(ms.Max));
        }

        table.Add("allocated per feature, write mode", MarkdownTable.KiB(alloc.Median / n), MarkdownTable.KiB(alloc.Min / n), MarkdownTable.KiB(alloc.Max / n));
        Console.Out.Write(table.ToString());
        Console.Out.WriteLine();
        foreach (var problem in runs.Problems.Distinct())
        {
            Console.Out.WriteLine("FAILED: " + problem + ".");
        }
    }

    private static RunRequest Request(string specRoot, string cacheFile) =>
        new(specRoot, new GenerationSettings(TranslationOptions.Default, GeneratorVersion, UpdatedAt, Verify: false, Overwrite: false, MaxInputBytes: 8 * 1024 * 1024), cacheFile, TimeSpan.FromSeconds(60));

    private static void PrepareCold(SpecCorpus.Corpus corpus, string cacheFile)
    {
        SpecCorpus.Reset(corpus);
        if (File.Exists(cacheFile))
        {
            File.Delete(cacheFile);
        }
    }

    /// <summary>The floor: read what the runner reads, parse usecase.md with Markdig, write the same bytes to the same number of files.</summary>
    private static void Floor(SpecCorpus.Corpus corpus, IReadOnlyList<WritePlan> plan)
    {
        var filler = new byte[plan.Max(p => p.Lengths.DefaultIfEmpty(0).Max())];
        Array.Fill(filler, (byte)'x');
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, plan.Count, options, i =>
        {
            var folder = plan[i].Folder;
            var spec = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(folder, "spec.json")));
            var useCase = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(folder, "usecase.md")));
            var document = Markdown.Parse(useCase, s_markdig);
            GC.KeepAlive(spec);
            GC.KeepAlive(document);
            var lengths = plan[i].Lengths;
            for (var k = 0; k < lengths.Length; k++)
            {
                using var stream = new FileStream(FloorFile(folder, k), FileMode.Create, FileAccess.Write, FileShare.None);
                stream.Write(filler, 0, lengths[k]);
            }
        });
    }

    private static string FloorFile(string folder, int k) => Path.Combine(folder, "floor-" + k.ToString(CultureInfo.InvariantCulture) + ".out");

    private static void RemoveFloorFiles(IReadOnlyList<WritePlan> plan)
    {
        foreach (var p in plan)
        {
            for (var k = 0; k < p.Lengths.Length; k++)
            {
                File.Delete(FloorFile(p.Folder, k));
            }
        }
    }

    private static List<WritePlan> WritePlanOf(IEnumerable<string> writtenFiles) =>
        writtenFiles
            .GroupBy(f => Path.GetDirectoryName(f)!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new WritePlan(g.Key, g.Select(f => (int)new FileInfo(f).Length).ToArray()))
            .ToList();

    private static void EditUseCase(string path, int round)
    {
        var text = File.ReadAllText(path);
        var marker = " and enters the details";
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        var edited = at < 0
            ? text + "\n"
            : string.Concat(text.AsSpan(0, at), " and enters the details (revision " + round.ToString(CultureInfo.InvariantCulture) + ")", text.AsSpan(at + marker.Length));
        File.WriteAllText(path, edited);
    }

    /// <summary>One run in a fresh process: cold (inputs only) or over the tree as it is (with <paramref name="cacheFile"/> removed by the caller).</summary>
    private static ChildRun MeasureInChild(SpecCorpus.Corpus corpus, string cacheFile, bool cold, Variant variant)
    {
        if (cold)
        {
            PrepareCold(corpus, cacheFile);
        }

        // Through the dotnet host in both variants, so that they differ only in the two assemblies.
        var self = Environment.ProcessPath;
        var host = self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
        var args = new[] { variant.Program, "memory", "--root", corpus.SpecRoot, "--cache", cacheFile };
        var result = ChildProcess.RunChecked(host, Environment.CurrentDirectory, args);
        var parts = result.Output.Trim().Split(' ');
        double P(int i) => double.Parse(parts[i], CultureInfo.InvariantCulture);
        if ((int)P(8) != variant.Images)
        {
            throw new InvalidOperationException($"The {variant.Name} child ran with {P(8)} ReadyToRun images of {string.Join(" and ", ReadyToRunImages.Assemblies)}, expected {variant.Images} ({variant.Program}).");
        }

        return new ChildRun(P(0), P(1), P(2), P(3), parts[5] == "1", P(6), P(7), P(9), P(10));
    }

    private static string Describe(Variant variant) =>
        variant.Images == 0 ? "Core and Markdig as IL (JIT)" : "Core and Markdig ReadyToRun (as packed)";

    private static void Print(
        Options options,
        SpecCorpus.Corpus corpus,
        int outputFiles,
        long outputBytes,
        double firstMs,
        List<double> cold,
        List<double> floor,
        List<double> one,
        List<double> none,
        List<double> allocations,
        List<double> gcs,
        IReadOnlyDictionary<Variant, List<ChildRun>> fresh)
    {
        var n = corpus.Features.Count;
        var c = Stats.Of(cold);
        var f = Stats.Of(floor);
        var ratio = Stats.Of(Stats.Ratios(cold, floor));
        var o = Stats.Of(one);
        var z = Stats.Of(none);
        var oneShare = o.Median / c.Median;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"### In-process generation: {n:N0} features, {options.Repetitions} repetitions, {Environment.ProcessorCount} cores\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"Inputs: {corpus.InputBytes / 1024.0 / 1024.0:0.0} MiB in {corpus.Files.Count:N0} files; outputs: {outputBytes / 1024.0 / 1024.0:0.0} MiB in {outputFiles:N0} files.\n\n");
        var table = new MarkdownTable("measurement", "median", "min", "max", "goal");
        table.Add($"cold: generate {n:N0} features", MarkdownTable.Ms(c.Median), MarkdownTable.Ms(c.Min), MarkdownTable.Ms(c.Max), TimeGoal(n, "< 1 s", c.Median < 1000));
        table.Add("floor: read + Markdig parse + write same bytes", MarkdownTable.Ms(f.Median), MarkdownTable.Ms(f.Min), MarkdownTable.Ms(f.Max), string.Empty);
        table.Add("cold / floor (per pair)", MarkdownTable.X(ratio.Median), MarkdownTable.X(ratio.Min), MarkdownTable.X(ratio.Max), "≤ 2× in every pair: " + (ratio.Max <= 2 ? "met" : "NOT met"));
        table.Add($"one changed of {n:N0} (with cache)", MarkdownTable.Ms(o.Median), MarkdownTable.Ms(o.Min), MarkdownTable.Ms(o.Max), string.Empty);
        table.Add("one changed / cold", MarkdownTable.Pct(oneShare), MarkdownTable.Pct(o.Min / c.Median), MarkdownTable.Pct(o.Max / c.Median), "≤ 5 %: " + (oneShare <= 0.05 ? "met" : "NOT met"));
        table.Add($"nothing changed, {n:N0} features (with cache)", MarkdownTable.Ms(z.Median), MarkdownTable.Ms(z.Min), MarkdownTable.Ms(z.Max), string.Empty);
        table.Add("first cold run in a process (JIT included)", MarkdownTable.Ms(firstMs), string.Empty, string.Empty, string.Empty);
        foreach (var (variant, runs) in fresh)
        {
            var ms = Stats.Of(runs.Select(r => r.Ms).ToList());
            var goal = variant.Images == 0 ? "(not what ships)" : TimeGoal(n, "< 3 s (linux-x64, .NET 10)", ms.Median < 3000);
            table.Add($"cold run in a fresh process, {Describe(variant)}", MarkdownTable.Ms(ms.Median), MarkdownTable.Ms(ms.Min), MarkdownTable.Ms(ms.Max), goal);
        }

        var (jit, readyToRun) = (fresh.Single(v => v.Key.Images == 0).Value, fresh.Single(v => v.Key.Images > 0).Value);
        var shipped = Stats.Of(Stats.Ratios(readyToRun.Select(r => r.Ms).ToList(), jit.Select(r => r.Ms).ToList()));
        table.Add("ReadyToRun / JIT, cold run in a fresh process (per pair)", MarkdownTable.X(shipped.Median), MarkdownTable.X(shipped.Min), MarkdownTable.X(shipped.Max), string.Empty);

        foreach (var (variant, runs) in fresh)
        {
            var count = Stats.Of(runs.Select(r => r.JitMethods).ToList());
            var jitMs = Stats.Of(runs.Select(r => r.JitMs).ToList());
            table.Add($"methods JIT-compiled in that process, {variant.Name}", MarkdownTable.F(count.Median, "0"), MarkdownTable.F(count.Min, "0"), MarkdownTable.F(count.Max, "0"), "JIT time " + MarkdownTable.Ms(jitMs.Median) + " (median)");
        }

        foreach (var (variant, runs) in fresh)
        {
            var pause = Stats.Of(runs.Select(r => r.GcPauseMs).ToList());
            var gen0 = Stats.Of(runs.Select(r => r.Gen0).ToList());
            table.Add($"GC pauses in that process, {variant.Name}", MarkdownTable.Ms(pause.Median), MarkdownTable.Ms(pause.Min), MarkdownTable.Ms(pause.Max), MarkdownTable.F(gen0.Median, "0") + " gen0 collections (median)");
        }
        var alloc = Stats.Of(allocations);
        table.Add("allocated per feature (cold)", MarkdownTable.KiB(alloc.Median / n), MarkdownTable.KiB(alloc.Min / n), MarkdownTable.KiB(alloc.Max / n), string.Empty);
        table.Add("gen0 collections per cold run", MarkdownTable.F(Stats.Of(gcs).Median, "0"), MarkdownTable.F(Stats.Of(gcs).Min, "0"), MarkdownTable.F(Stats.Of(gcs).Max, "0"), string.Empty);
        foreach (var (variant, runs) in fresh)
        {
            var peak = Stats.Of(runs.Select(r => r.Peak).ToList());
            var baseline = Stats.Of(runs.Select(r => r.Baseline).ToList());
            table.Add($"peak working set, cold run in a fresh process, {variant.Name}", MarkdownTable.MiB(peak.Median), MarkdownTable.MiB(peak.Min), MarkdownTable.MiB(peak.Max), "runtime start-up alone: " + MarkdownTable.MiB(baseline.Median));
        }
        sb.Append(table);
        Console.Out.Write(sb.ToString());
        Console.Out.WriteLine();
    }

    /// <summary>The time goals are stated for the default corpus of 1,000 features; another size is not judged against them.</summary>
    private static string TimeGoal(int features, string goal, bool met) =>
        features == 1000 ? goal + ": " + (met ? "met" : "NOT met") : goal + " for 1,000 features: not judged";

    private static (double Ms, T Result) Timed<T>(Func<T> action)
    {
        var watch = Stopwatch.StartNew();
        var result = action();
        watch.Stop();
        return (watch.Elapsed.TotalMilliseconds, result);
    }

    private static (double Ms, bool Result) Timed(Action action) => Timed(() =>
    {
        action();
        return true;
    });

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"inprocess: could not remove {dir}: {e.Message}");
        }
    }
}
