using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace KiroSpecs.Benchmarks;

/// <summary>
/// Measurement 2: what the package adds to the build of a fresh clone (CI, a first build): no obj/,
/// no bin/, every sequence.md committed. The bare and kiro projects of the no-op measurement (50
/// features, generated once by a first build) are built in rounds bare, kiro, kiro with
/// -p:KiroSpecsVerify=true; before each build its obj/ and bin/ are removed and the project is
/// restored (not measured: restore is the same work with or without the package's build logic), then
/// `dotnet build --no-restore -nodeReuse:false` is timed. Ratios are per round, so every ratio
/// compares builds that ran seconds apart. A fourth build, verify mode over a copy of the kiro project
/// whose markers lack the input pin (as every sequence.md written before it had), shows what the pin
/// saves: without it each feature is parsed and generated again to be compared.
/// </summary>
public static class FreshCloneBenchmark
{
    private static readonly (string Name, string Project, string[] Extra)[] s_variants =
    {
        ("bare", "bare", Array.Empty<string>()),
        ("kiro", "kiro", Array.Empty<string>()),
        ("verify", "kiro", new[] { "-p:KiroSpecsVerify=true" }),
        ("unpinned", "unpinned", new[] { "-p:KiroSpecsVerify=true" }),
    };

    public static int Run(NoopBenchmark.Options options)
    {
        var (work, environment) = NoopBenchmark.Prepare(options, new[] { "bare", "kiro" }, "fresh");
        try
        {
            var specs = Path.Combine(work, "kiro", ".kiro", "specs");
            var committed = Directory.GetFiles(specs, "sequence.md", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
            if (committed.Count != options.Features)
            {
                throw new InvalidOperationException($"KiroSpecs.Build generated {committed.Count} of {options.Features} sequence.md files in {specs}.");
            }

            CopyWithoutPins(Path.Combine(work, "kiro"), Path.Combine(work, "unpinned"));

            var times = s_variants.ToDictionary(v => v.Name, _ => new List<double>());
            var cpu = s_variants.ToDictionary(v => v.Name, _ => new List<double>());
            for (var round = 1; round <= options.Pairs; round++)
            {
                foreach (var (name, project, extra) in s_variants)
                {
                    var dir = Path.Combine(work, project);
                    NoopBenchmark.TryDelete(Path.Combine(dir, "obj"));
                    NoopBenchmark.TryDelete(Path.Combine(dir, "bin"));
                    ChildProcess.RunChecked("dotnet", dir, new[] { "restore", "-nodeReuse:false", "-tl:off", "-nologo", "-v:q" }, environment);

                    // Exit code 0 in verify mode: every committed sequence.md was found current.
                    var result = ChildProcess.RunChecked("dotnet", dir, NoopBenchmark.BuildArguments(false, extra), environment);
                    times[name].Add(result.Milliseconds);
                    cpu[name].Add(result.CpuMilliseconds);
                }

                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fresh: round {round}/{options.Pairs}: CPU bare {cpu["bare"][^1]:0} ms, kiro {cpu["kiro"][^1]:0} ms, verify {cpu["verify"][^1]:0} ms, unpinned {cpu["unpinned"][^1]:0} ms; wall bare {times["bare"][^1]:0} ms, kiro {times["kiro"][^1]:0} ms, verify {times["verify"][^1]:0} ms"));
            }

            // A fresh clone with committed, current output has nothing to write.
            var rewritten = committed.Where(c => File.ReadAllText(c.Key) != c.Value).Select(c => c.Key).ToList();
            if (rewritten.Count > 0)
            {
                throw new InvalidOperationException($"fresh-clone builds changed {rewritten.Count} committed sequence.md files, e.g. {rewritten[0]}.");
            }

            Print(times, cpu, options);
            return 0;
        }
        finally
        {
            if (!options.Keep)
            {
                NoopBenchmark.TryDelete(work);
            }
        }
    }

    private static void CopyWithoutPins(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith("obj", StringComparison.Ordinal) || relative.StartsWith("bin", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var text = File.ReadAllText(file);
            File.WriteAllText(target, Path.GetFileName(file) == "sequence.md" ? StripPin(text) : text);
        }
    }

    private static string StripPin(string text)
    {
        var at = text.IndexOf(" input:", StringComparison.Ordinal);
        var end = at < 0 ? -1 : text.IndexOf(' ', at + 1);
        return at < 0 || end < 0 ? throw new InvalidOperationException("a generated sequence.md has no input pin") : text.Remove(at, end - at);
    }

    private static void Print(Dictionary<string, List<double>> times, Dictionary<string, List<double>> cpu, NoopBenchmark.Options options)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"### Fresh clone: `dotnet build --no-restore` after removing obj/ and bin/ and restoring ({options.Pairs} rounds, {options.Features} features with committed sequence.md)\n\n");
        var table = new MarkdownTable("project", "CPU median", "CPU min", "CPU max", "wall median", "wall min", "wall max");
        foreach (var (name, label) in new[] { ("bare", "bare (no package)"), ("kiro", "KiroSpecs.Build"), ("verify", "KiroSpecs.Build, `-p:KiroSpecsVerify=true`"), ("unpinned", "KiroSpecs.Build, verify, markers without input pin") })
        {
            var c = Stats.Of(cpu[name]);
            var w = Stats.Of(times[name]);
            table.Add(label, MarkdownTable.Sec(c.Median), MarkdownTable.Sec(c.Min), MarkdownTable.Sec(c.Max), MarkdownTable.Sec(w.Median), MarkdownTable.Sec(w.Min), MarkdownTable.Sec(w.Max));
        }

        sb.Append(table).Append('\n');
        var ratios = new MarkdownTable("ratio (per round)", "median", "min", "max", "goal");
        foreach (var (name, label) in new[] { ("kiro", "KiroSpecs.Build / bare"), ("verify", "KiroSpecs.Build verify / bare"), ("unpinned", "verify, markers without pin / bare") })
        {
            var c = Stats.Of(Stats.Ratios(cpu[name], cpu["bare"]));
            var w = Stats.Of(Stats.Ratios(times[name], times["bare"]));
            ratios.Add(label + ", CPU time", MarkdownTable.X(c.Median), MarkdownTable.X(c.Min), MarkdownTable.X(c.Max), name == "unpinned" ? "(before the pin)" : "≤ 1.05: " + (c.Median <= 1.05 ? "met" : "NOT met"));
            ratios.Add(label + ", wall clock", MarkdownTable.X(w.Median), MarkdownTable.X(w.Min), MarkdownTable.X(w.Max), string.Empty);
        }

        sb.Append(ratios).Append('\n');
        sb.Append(NoopBenchmark.CpuNote);
        Console.Out.Write(sb.ToString());
        Console.Out.WriteLine();
    }
}
