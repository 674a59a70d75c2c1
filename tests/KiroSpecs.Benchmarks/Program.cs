using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace KiroSpecs.Benchmarks;

/// <summary>
/// KiroSpecs.Benchmarks — run with build/benchmark.sh (packs, builds this in Release, runs both).
///   inprocess [--features 1000] [--reps 5] [--seed 42] [--work DIR] [--keep] [--readytorun PACKAGE.nupkg|DIR]:
///             Core and Markdig's ReadyToRun images for the fresh-process runs (default: publish build/ReadyToRun)
///   noop      [--pairs 5] [--features 50] [--protos 50] [--feed DIR --version V] [--work DIR] [--packages DIR] [--keep]
///   fresh     [--pairs 5] [--features 50] [--feed DIR --version V] [--work DIR] [--packages DIR] [--keep]: fresh-clone builds
///   generate  --work DIR [--features 1000] [--seed 42]: writes the corpus and generates it once (to inspect or diff the output)
///   cold-loop [--features 1000] [--reps 3] [--verify]: only cold runs, for a profiler (dotnet-trace collect -- …)
///   stages    [--features 1000]: a per-stage profile of the cold path (one thread)
///   worstcase [--mb 8] [--shape a,b] [--timeout 120]: adversarial usecase.md per shape at the input limit
///   machine   prints the machine line used in the README
/// Markdown tables go to stdout, progress to stderr.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.Error.WriteLine("usage: KiroSpecs.Benchmarks inprocess [--features 1000] [--reps 5] [--seed 42] [--work DIR] [--keep] [--readytorun PACKAGE.nupkg|DIR]");
            Console.Error.WriteLine("       KiroSpecs.Benchmarks noop [--pairs 5] [--features 50] [--protos 50] [--feed DIR --version V] [--work DIR] [--packages DIR] [--keep]");
            Console.Error.WriteLine("       KiroSpecs.Benchmarks fresh [--pairs 5] [--features 50] [--feed DIR --version V] [--work DIR] [--packages DIR] [--keep]");
            Console.Error.WriteLine("       KiroSpecs.Benchmarks worstcase [--mb 8] [--shape a,b] [--timeout 120]");
            Console.Error.WriteLine("       KiroSpecs.Benchmarks machine");
            return args.Length == 0 ? 2 : 0;
        }

        var options = Parse(args.Skip(1).ToArray());
        switch (args[0])
        {
            case "inprocess":
                Console.Out.WriteLine(MachineLine());
                Console.Out.WriteLine();
                return InProcessBenchmark.Run(new InProcessBenchmark.Options(
                    Int(options, "features", 1000),
                    Int(options, "reps", 5),
                    Int(options, "seed", 42),
                    Str(options, "work"),
                    options.ContainsKey("keep"),
                    Str(options, "readytorun")));
            case "noop":
            case "fresh":
                Console.Out.WriteLine(MachineLine());
                Console.Out.WriteLine();
                var buildOptions = new NoopBenchmark.Options(
                    Int(options, "pairs", 5),
                    Int(options, "features", 50),
                    Int(options, "protos", 50),
                    Str(options, "feed"),
                    Str(options, "version"),
                    Str(options, "work"),
                    Str(options, "packages"),
                    options.ContainsKey("keep"));
                return args[0] == "noop" ? NoopBenchmark.Run(buildOptions) : FreshCloneBenchmark.Run(buildOptions);
            case "memory":
                return InProcessBenchmark.MemoryChild(Str(options, "root")!, Str(options, "cache")!);
            case "generate":
                return InProcessBenchmark.GenerateOnce(Int(options, "features", 1000), Int(options, "seed", 42), Str(options, "work") ?? throw new ArgumentException("--work DIR is required"));
            case "cold-loop":
                return InProcessBenchmark.ColdLoop(Int(options, "features", 1000), Int(options, "reps", 3), Int(options, "seed", 42), options.ContainsKey("verify"));
            case "stages":
                return StageProfile.Run(Int(options, "features", 1000), Int(options, "seed", 42), Str(options, "work"));
            case "worstcase":
                Console.Out.WriteLine(MachineLine());
                Console.Out.WriteLine();
                return WorstCaseBenchmark.Run(
                    double.Parse(Str(options, "mb") ?? "8", CultureInfo.InvariantCulture),
                    Str(options, "shape"),
                    Int(options, "timeout", 120));
            case "worstcase-one":
                return WorstCaseBenchmark.One(Str(options, "shape") ?? throw new ArgumentException("--shape is required"), Int(options, "bytes", 8 * 1024 * 1024));
            case "machine":
                Console.Out.WriteLine(MachineLine());
                return 0;
            default:
                Console.Error.WriteLine($"unknown subcommand '{args[0]}'");
                return 2;
        }
    }

    /// <summary>Cores, CPU, OS and SDK: the line printed above every table.</summary>
    public static string MachineLine()
    {
        var cpu = "unknown CPU";
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            if (line is not null)
            {
                cpu = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not Linux: leave it unknown.
        }

        var sdk = ChildProcess.Run("dotnet", Environment.CurrentDirectory, new[] { "--version" }).Output.Trim();
        return string.Create(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores ({cpu}), {RuntimeInformation.OSDescription}, .NET SDK {sdk}, runtime {RuntimeInformation.FrameworkDescription}");
    }

    private static Dictionary<string, string?> Parse(string[] args)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"unexpected argument '{args[i]}'");
            }

            var name = args[i][2..];
            if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                options[name] = args[++i];
            }
            else
            {
                options[name] = null;
            }
        }

        return options;
    }

    private static int Int(Dictionary<string, string?> options, string name, int fallback) =>
        options.TryGetValue(name, out var value) && value is not null ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    private static string? Str(Dictionary<string, string?> options, string name) =>
        options.TryGetValue(name, out var value) ? value : null;
}
