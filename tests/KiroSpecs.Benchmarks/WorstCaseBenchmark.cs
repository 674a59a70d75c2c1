using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using KiroSpecs.Core.Pipeline;
using KiroSpecs.Core.Sequences;

namespace KiroSpecs.Benchmarks;

/// <summary>
/// `worstcase`: one adversarial usecase.md per shape (<see cref="WorstCaseDocuments"/>) at the input limit,
/// each generated in its own process (so peak memory is that shape's), timed with its allocations. The goal:
/// every shape at 8 MB in under 10 s, with memory a small multiple of the input.
/// </summary>
public static class WorstCaseBenchmark
{
    public static int Run(double megabytes, string? only, int timeoutSeconds)
    {
        var bytes = (int)(megabytes * 1024 * 1024);
        var dll = typeof(WorstCaseBenchmark).Assembly.Location;
        var table = new MarkdownTable("shape", "input", "generate", "s per MB", "allocated per MB", "peak working set / input", "output", "diagrams cut");
        var worst = (Name: string.Empty, Ms: 0.0);
        var failed = false;
        foreach (var (name, what) in WorstCaseDocuments.Shapes)
        {
            if (only is not null && !only.Split(',').Contains(name, StringComparer.Ordinal))
            {
                continue;
            }

            Console.Error.WriteLine($"worstcase: {name} ({what})");
            try
            {
                var result = ChildProcess.Run("dotnet", Environment.CurrentDirectory, new[] { dll, "worstcase-one", "--shape", name, "--bytes", bytes.ToString(CultureInfo.InvariantCulture) }, timeoutSeconds: timeoutSeconds);
                var line = result.Output.Split('\n').LastOrDefault(l => l.StartsWith("result ", StringComparison.Ordinal));
                if (result.ExitCode != 0 || line is null)
                {
                    Console.Error.WriteLine(result.Output);
                    table.Add(name, "-", "failed", "-", "-", "-", "-", "-");
                    failed = true;
                    continue;
                }

                var f = line.Split(' ');
                var input = double.Parse(f[1], CultureInfo.InvariantCulture);
                var ms = double.Parse(f[2], CultureInfo.InvariantCulture);
                var allocated = double.Parse(f[3], CultureInfo.InvariantCulture);
                var peak = double.Parse(f[4], CultureInfo.InvariantCulture);
                var output = double.Parse(f[5], CultureInfo.InvariantCulture);
                var mb = input / (1024 * 1024);
                table.Add(name, MarkdownTable.F(mb, "0.00") + " MB", MarkdownTable.Sec(ms), MarkdownTable.F(ms / 1000 / mb, "0.000"),
                    MarkdownTable.F(allocated / (1024 * 1024) / mb, "0.0") + " MB", MarkdownTable.F(peak / input, "0.0") + "×",
                    MarkdownTable.F(output / (1024 * 1024), "0.00") + " MB", f[6]);
                if (ms > worst.Ms)
                {
                    worst = (name, ms);
                }
            }
            catch (TimeoutException)
            {
                table.Add(name, MarkdownTable.F(megabytes, "0.00") + " MB", $"> {timeoutSeconds} s", "-", "-", "-", "-", "-");
                worst = (name, double.PositiveInfinity);
            }
        }

        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"### Worst case: adversarial usecase.md at {megabytes:0.##} MB, one process per shape (SequenceGenerator.Generate + marker)\n\n").Append(table).Append('\n');
        sb.Append(CultureInfo.InvariantCulture, $"Worst: {worst.Name}, {(double.IsInfinity(worst.Ms) ? "timed out" : MarkdownTable.Sec(worst.Ms))}; goal: every shape under 10 s at 8 MB.\n");
        Console.Out.Write(sb.ToString());
        return failed ? 1 : 0;
    }

    /// <summary>
    /// The child: generates, then makes the marker line as the pipeline does (which writes it and the generated
    /// builder one after the other), and writes "result inputBytes ms allocatedBytes peakWorkingSetAboveBaseline outputBytes cutDiagrams".
    /// The input counts as its UTF-8 size on disk, as KiroSpecsMaxInputBytes does.
    /// </summary>
    public static int One(string shape, int bytes)
    {
        var text = WorstCaseDocuments.Create(shape, bytes);
        var inputBytes = Encoding.UTF8.GetByteCount(text);

        // Warm up the code paths (JIT) on a small document of the same shape, as a build node would have.
        SequenceGenerator.Generate(new SequenceGenerationInput("warm", WorstCaseDocuments.Create(shape, 64 * 1024), "usecase.md", TranslationOptions.Default));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var baseline = self.WorkingSet64;
        using var sampler = new PeakSampler();
        var allocatedBefore = GC.GetTotalAllocatedBytes(true);
        var pauseBefore = GC.GetTotalPauseDuration();
        var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var watch = Stopwatch.StartNew();
        var result = SequenceGenerator.Generate(new SequenceGenerationInput("worst-case", text, "usecase.md", TranslationOptions.Default));
        // As FeatureProcessor plans the write: the marker line, then the result as it was generated (not joined).
        var markerLine = GeneratedMarker.Line(result, "0.0.0-worstcase", null);
        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;
        var pause = GC.GetTotalPauseDuration() - pauseBefore;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{shape}: garbage collections gen0/1/2 {GC.CollectionCount(0) - gcBefore.Item1}/{GC.CollectionCount(1) - gcBefore.Item2}/{GC.CollectionCount(2) - gcBefore.Item3}, paused {pause.TotalMilliseconds:0} ms of {watch.Elapsed.TotalMilliseconds:0} ms"));
        var peak = Math.Max(0, sampler.Stop() - baseline);
        var parseWatch = Stopwatch.StartNew();
        var parsed = KiroSpecs.Core.UseCases.UseCaseParser.Parse(text, "usecase.md");
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{shape}: parse alone {parseWatch.Elapsed.TotalMilliseconds:0} ms, {parsed.UseCases.Count} use cases, {parsed.UseCases.Sum(u => u.Steps.Count)} steps, {parsed.UseCases.Sum(u => u.Branches.Count)} branches"));
        var cut = CountOccurrences(result.Markdown, "more lines are not drawn");
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"result {inputBytes} {watch.Elapsed.TotalMilliseconds:0.0} {allocated} {peak} {Encoding.UTF8.GetByteCount(markerLine) + Encoding.UTF8.GetByteCount(result.Markdown)} {cut}"));
        return 0;
    }

    private static int CountOccurrences(string text, string what)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>Samples the working set every 10 ms: the peak of this run, not of the process's life.</summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly Thread _thread;
        private volatile bool _stop;
        private long _peak;

        public PeakSampler()
        {
            _thread = new Thread(() =>
            {
                using var self = Process.GetCurrentProcess();
                while (!_stop)
                {
                    self.Refresh();
                    _peak = Math.Max(_peak, self.WorkingSet64);
                    Thread.Sleep(10);
                }
            }) { IsBackground = true };
            _thread.Start();
        }

        public long Stop()
        {
            _stop = true;
            _thread.Join();
            using var self = Process.GetCurrentProcess();
            self.Refresh();
            return Math.Max(_peak, self.WorkingSet64);
        }

        public void Dispose()
        {
            _stop = true;
        }
    }
}
