using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using KiroSpecs.Testing;

namespace KiroSpecs.Benchmarks;

/// <summary>
/// Measurement 1: what the package adds to a no-op `dotnet build`. Three consumer projects that
/// differ only in their package references, each with the same 50 spec features and the same 50
/// small .proto files in its folder:
///   bare  — no package;
///   kiro  — KiroSpecs.Build from a freshly packed local feed;
///   grpc  — Grpc.Tools + Google.Protobuf compiling the 50 protos (a peer code generator).
/// Each is restored and built once, built once more unmeasured, then built with
/// `dotnet build --no-restore -nodeReuse:false` in rounds A B C A B C …; the ratios are per round.
/// </summary>
public static class NoopBenchmark
{
    public const string GrpcToolsVersion = "2.72.0";
    public const string GoogleProtobufVersion = "3.31.1";

    private static readonly string[] s_variants = { "bare", "kiro", "grpc" };

    /// <summary>CPU time is what the goals are stated in; this note goes under every table.</summary>
    public const string CpuNote = "CPU time is user + system time of the whole build process tree; on a shared, busy machine it moves far less than wall-clock time.\n";

    public sealed record Options(int Pairs, int Features, int Protos, string? Feed, string? Version, string? Work, string? Packages, bool Keep);

    public static int Run(Options options)
    {
        var (work, environment) = Prepare(options, s_variants, "noop");
        try
        {
            Check(work, options);

            // One unmeasured no-op build each: fills the disk cache and shows that the second build is really a no-op.
            foreach (var variant in s_variants)
            {
                ChildProcess.RunChecked("dotnet", Path.Combine(work, variant), BuildArguments(restore: false), environment);
            }

            var times = s_variants.ToDictionary(v => v, _ => new List<double>());
            var cpu = s_variants.ToDictionary(v => v, _ => new List<double>());
            for (var round = 1; round <= options.Pairs; round++)
            {
                foreach (var variant in s_variants)
                {
                    var result = ChildProcess.RunChecked("dotnet", Path.Combine(work, variant), BuildArguments(restore: false), environment);
                    times[variant].Add(result.Milliseconds);
                    cpu[variant].Add(result.CpuMilliseconds);
                }

                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"noop: round {round}/{options.Pairs}: wall bare {times["bare"][^1]:0} ms, kiro {times["kiro"][^1]:0} ms, grpc {times["grpc"][^1]:0} ms; CPU bare {cpu["bare"][^1]:0} ms, kiro {cpu["kiro"][^1]:0} ms, grpc {cpu["grpc"][^1]:0} ms"));
            }

            Print(times, cpu, options);
            return 0;
        }
        finally
        {
            if (!options.Keep)
            {
                TryDelete(work);
            }
        }
    }

    /// <summary>
    /// Packs when needed, creates the variants' projects in a new work folder and builds each once
    /// (restore + compile; the kiro variant generates every sequence.md).
    /// </summary>
    internal static (string Work, Dictionary<string, string?> Environment) Prepare(Options options, IReadOnlyList<string> variants, string label)
    {
        var (feed, version) = EnsurePackage(options);
        var work = options.Work ?? Path.Combine(Path.GetTempPath(), $"kirospecs-bench-{label}-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var packages = options.Packages ?? RepoPaths.ArtifactsDir("bench-packages");
        var environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = packages };
        Console.Error.WriteLine($"{label}: work folder {work}, KiroSpecs.Build {version} from {feed}, packages in {packages}");
        foreach (var variant in variants)
        {
            CreateProject(Path.Combine(work, variant), variant, feed, version, options.Features, options.Protos);
        }

        foreach (var variant in variants)
        {
            Console.Error.WriteLine($"{label}: first build of '{variant}' (restore + compile)");
            ChildProcess.RunChecked("dotnet", Path.Combine(work, variant), BuildArguments(restore: true), environment);
        }

        return (work, environment);
    }

    internal static string[] BuildArguments(bool restore, params string[] extra)
    {
        var args = new List<string> { "build" };
        if (!restore)
        {
            args.Add("--no-restore");
        }

        // No compiler server: nothing lingers after the benchmark, and no-op builds never compile anyway.
        args.AddRange(new[] { "-nodeReuse:false", "-p:UseSharedCompilation=false", "-tl:off", "-nologo", "-v:q", "-clp:NoSummary" });
        args.AddRange(extra);
        return args.ToArray();
    }

    private static (string Feed, string Version) EnsurePackage(Options options)
    {
        if (options.Feed is not null && options.Version is not null)
        {
            if (!File.Exists(Path.Combine(options.Feed, $"KiroSpecs.Build.{options.Version}.nupkg")))
            {
                throw new InvalidOperationException($"KiroSpecs.Build.{options.Version}.nupkg is not in {options.Feed}.");
            }

            return (Path.GetFullPath(options.Feed), options.Version);
        }

        var feed = RepoPaths.ArtifactsDir("bench-feed");
        var version = "0.1.0-bench." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        Console.Error.WriteLine($"noop: packing KiroSpecs.Build {version} into {feed}");
        ChildProcess.RunChecked("bash", RepoPaths.Root, new[] { "build/pack.sh", feed, version });
        return (feed, version);
    }

    private static void CreateProject(string dir, string variant, string feed, string version, int features, int protos)
    {
        Directory.CreateDirectory(dir);

        // Outside the repository, so none of its Directory.Build.* files apply.
        File.WriteAllText(Path.Combine(dir, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(dir, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(dir, "Directory.Packages.props"), "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>\n");
        File.Copy(Path.Combine(RepoPaths.Root, "global.json"), Path.Combine(dir, "global.json"), overwrite: true);
        File.WriteAllText(Path.Combine(dir, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="kirospecs-bench" value="{feed}" />
              </packageSources>
            </configuration>
            """);

        var references = variant switch
        {
            "kiro" => $"""<PackageReference Include="KiroSpecs.Build" Version="{version}" PrivateAssets="all" />""",
            "grpc" => $"""
                <PackageReference Include="Grpc.Tools" Version="{GrpcToolsVersion}" PrivateAssets="all" />
                    <PackageReference Include="Google.Protobuf" Version="{GoogleProtobufVersion}" />
                    <Protobuf Include="Protos/*.proto" GrpcServices="None" />
                """,
            _ => string.Empty,
        };
        File.WriteAllText(Path.Combine(dir, "Bench.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                {references}
              </ItemGroup>
            </Project>
            """);
        WriteSources(dir);
        WriteProtos(Path.Combine(dir, "Protos"), protos);
        SpecCorpus.Write(Path.Combine(dir, ".kiro", "specs"), features, seed: 50);
    }

    private static void WriteSources(string dir)
    {
        for (var i = 1; i <= 10; i++)
        {
            var n = i.ToString("D2", CultureInfo.InvariantCulture);
            File.WriteAllText(Path.Combine(dir, $"Service{n}.cs"), $$"""
                namespace Bench;

                public sealed class Service{{n}}
                {
                    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

                    public int Add(string key) => _counts[key] = _counts.TryGetValue(key, out var c) ? c + 1 : 1;

                    public IReadOnlyList<string> Keys() => _counts.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
                }

                """);
        }
    }

    private static void WriteProtos(string dir, int count)
    {
        Directory.CreateDirectory(dir);
        for (var i = 1; i <= count; i++)
        {
            var n = i.ToString("D2", CultureInfo.InvariantCulture);
            File.WriteAllText(Path.Combine(dir, $"item{n}.proto"), $$"""
                syntax = "proto3";

                package bench.p{{n}};

                option csharp_namespace = "Bench.Protos.P{{n}}";

                message Item{{n}} {
                  string id = 1;
                  string name = 2;
                  int32 count = 3;
                  repeated string tags = 4;
                  map<string, string> labels = 5;
                }

                message Item{{n}}List {
                  repeated Item{{n}} items = 1;
                  string next_page_token = 2;
                }

                """);
        }
    }

    /// <summary>Fails loudly when a variant did not do its work: a benchmark of a silently disabled package measures nothing.</summary>
    private static void Check(string work, Options options)
    {
        var specs = Path.Combine(work, "kiro", ".kiro", "specs");
        var generated = Directory.GetDirectories(specs).Count(d => File.Exists(Path.Combine(d, "sequence.md")));
        if (generated != options.Features)
        {
            throw new InvalidOperationException($"KiroSpecs.Build generated {generated} of {options.Features} sequence.md files in {specs}.");
        }

        var protoOutputs = Directory.GetFiles(Path.Combine(work, "grpc", "obj"), "Item*.cs", SearchOption.AllDirectories).Length;
        if (protoOutputs < options.Protos)
        {
            throw new InvalidOperationException($"Grpc.Tools generated {protoOutputs} of {options.Protos} C# files in {work}/grpc/obj.");
        }

        Console.Error.WriteLine($"noop: kiro generated {generated} sequence.md files, grpc generated {protoOutputs} C# files");
    }

    private static void Print(Dictionary<string, List<double>> times, Dictionary<string, List<double>> cpu, Options options)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"### No-op `dotnet build --no-restore` ({options.Pairs} rounds A B C, {options.Features} spec features, {options.Protos} protos)\n\n");
        var table = new MarkdownTable("project", "wall median", "wall min", "wall max", "CPU median", "CPU min", "CPU max");
        foreach (var (variant, label) in new[] { ("bare", "bare (no package)"), ("kiro", "KiroSpecs.Build"), ("grpc", $"Grpc.Tools {GrpcToolsVersion}") })
        {
            var w = Stats.Of(times[variant]);
            var c = Stats.Of(cpu[variant]);
            table.Add(label, MarkdownTable.Sec(w.Median), MarkdownTable.Sec(w.Min), MarkdownTable.Sec(w.Max), MarkdownTable.Sec(c.Median), MarkdownTable.Sec(c.Min), MarkdownTable.Sec(c.Max));
        }

        sb.Append(table).Append('\n');

        var kiroWall = Stats.Of(Stats.Ratios(times["kiro"], times["bare"]));
        var grpcWall = Stats.Of(Stats.Ratios(times["grpc"], times["bare"]));
        var kiroCpu = Stats.Of(Stats.Ratios(cpu["kiro"], cpu["bare"]));
        var grpcCpu = Stats.Of(Stats.Ratios(cpu["grpc"], cpu["bare"]));
        string Goal(Stats kiro, Stats grpc) => "≤ 1.03 and below Grpc.Tools: " + (kiro.Median <= 1.03 && kiro.Median < grpc.Median ? "met" : "NOT met");
        var ratios = new MarkdownTable("ratio (per round)", "median", "min", "max", "goal");
        ratios.Add("KiroSpecs.Build / bare, wall clock", MarkdownTable.X(kiroWall.Median), MarkdownTable.X(kiroWall.Min), MarkdownTable.X(kiroWall.Max), Goal(kiroWall, grpcWall));
        ratios.Add("Grpc.Tools / bare, wall clock", MarkdownTable.X(grpcWall.Median), MarkdownTable.X(grpcWall.Min), MarkdownTable.X(grpcWall.Max), "(peer)");
        if (!double.IsNaN(kiroCpu.Median))
        {
            ratios.Add("KiroSpecs.Build / bare, CPU time", MarkdownTable.X(kiroCpu.Median), MarkdownTable.X(kiroCpu.Min), MarkdownTable.X(kiroCpu.Max), Goal(kiroCpu, grpcCpu));
            ratios.Add("Grpc.Tools / bare, CPU time", MarkdownTable.X(grpcCpu.Median), MarkdownTable.X(grpcCpu.Min), MarkdownTable.X(grpcCpu.Max), "(peer)");
        }

        sb.Append(ratios).Append('\n');
        sb.Append(CpuNote);
        Console.Out.Write(sb.ToString());
        Console.Out.WriteLine();
    }

    internal static void TryDelete(string dir)
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
            Console.Error.WriteLine($"noop: could not remove {dir}: {e.Message}");
        }
    }
}
