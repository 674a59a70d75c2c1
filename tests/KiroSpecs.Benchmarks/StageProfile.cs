using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using KiroSpecs.Core.IO;
using KiroSpecs.Core.Pipeline;
using KiroSpecs.Core.Sequences;
using KiroSpecs.Core.Specs;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Benchmarks;

/// <summary>
/// `stages`: a coarse profile of the cold path, one stage at a time on one thread over the whole
/// corpus (after a warm-up pass), so a stage's share of the cold run is visible without a profiler.
/// </summary>
public static class StageProfile
{
    public static int Run(int features, int seed, string? work)
    {
        work ??= Path.Combine(Path.GetTempPath(), "kirospecs-bench-stages-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var corpus = SpecCorpus.Write(Path.Combine(work, "specs"), features, seed);
        try
        {
            var paths = corpus.Features.Select(f => new FeaturePaths(f, Path.Combine(corpus.SpecRoot, f))).ToArray();
            var settings = new GenerationSettings(TranslationOptions.Default, InProcessBenchmark.GeneratorVersion, InProcessBenchmark.UpdatedAt, false, false, 8 * 1024 * 1024);
            var table = new MarkdownTable("stage (1 thread, all features)", "total", "per feature", "allocated per feature");
            for (var pass = 0; pass < 2; pass++)
            {
                var rows = new (string Name, double Ms, long Bytes)[8];
                var snapshots = new FeatureSnapshot[paths.Length];
                rows[0] = Time("stamp 3 files (FileStamp.Of)", () => { foreach (var p in paths) { FileStamp.Of(p.SpecFile); FileStamp.Of(p.UseCaseFile); FileStamp.Of(p.SequenceFile); } });
                rows[1] = Time("read (FeatureReader.Read)", () => { for (var i = 0; i < paths.Length; i++) { snapshots[i] = FeatureReader.Read(paths[i], long.MaxValue); } });
                rows[2] = Time("spec.json read (SpecJsonReader.Read)", () => { foreach (var s in snapshots) { SpecJsonReader.Read(s.Paths.SpecFile, s.Paths.Name, s.Spec!.Text); } });
                rows[3] = Time("usecase.md parse (UseCaseParser.Parse, Markdig + outline)", () => { foreach (var s in snapshots) { UseCaseParser.Parse(s.UseCase!.Text, s.Paths.UseCaseFile); } });
                var generated = new string[paths.Length];
                rows[4] = Time("generate (SequenceGenerator.Generate, parse included)", () => { for (var i = 0; i < paths.Length; i++) { generated[i] = SequenceGenerator.Generate(new SequenceGenerationInput(snapshots[i].Paths.Name, snapshots[i].UseCase!.Text, snapshots[i].Paths.UseCaseFile, settings.Translation)).Markdown; } });
                rows[5] = Time("marker (GeneratedMarker.Stamp: SHA-256)", () => { foreach (var g in generated) { GeneratedMarker.Stamp(g, settings.GeneratorVersion); } });
                rows[6] = Time("whole feature (FeatureProcessor.Process)", () => { foreach (var s in snapshots) { FeatureProcessor.Process(s, settings); } });
                var outDir = Path.Combine(work, "out");
                Directory.CreateDirectory(outDir);
                rows[7] = Time("write (AtomicFileWriter.Write, x2 per feature)", () => { for (var i = 0; i < paths.Length; i++) { AtomicFileWriter.Write(Path.Combine(outDir, i.ToString(CultureInfo.InvariantCulture) + ".md"), generated[i], false); AtomicFileWriter.Write(Path.Combine(outDir, i.ToString(CultureInfo.InvariantCulture) + ".json"), snapshots[i].Spec!.Text, false); } });
                if (pass == 1)
                {
                    foreach (var (name, ms, bytes) in rows)
                    {
                        table.Add(name, MarkdownTable.Ms(ms), MarkdownTable.F(ms * 1000 / paths.Length, "0") + " µs", MarkdownTable.KiB((double)bytes / paths.Length));
                    }
                }

                Directory.Delete(outDir, recursive: true);
            }

            var sb = new StringBuilder();
            sb.Append(CultureInfo.InvariantCulture, $"### Cold-path stages, {features:N0} features (second pass, one thread)\n\n").Append(table);
            Console.Out.Write(sb.ToString());
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static (string, double, long) Time(string name, Action action)
    {
        var before = GC.GetTotalAllocatedBytes(true);
        var watch = Stopwatch.StartNew();
        action();
        watch.Stop();
        return (name, watch.Elapsed.TotalMilliseconds, GC.GetTotalAllocatedBytes(true) - before);
    }
}
