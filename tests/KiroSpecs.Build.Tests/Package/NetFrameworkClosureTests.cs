using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using KiroSpecs.Build.Tests.Infrastructure;
using NUnit.Framework;

namespace KiroSpecs.Build.Tests.Package;

/// <summary>
/// Visual Studio and MSBuild.exe load tasks/net472 of the package on .NET Framework, where the host's
/// binding redirects decide which copy of a shared assembly the task gets. No test here can run
/// MSBuild.exe, so this one checks the static half: every assembly reference of every DLL in
/// tasks/net472 of the packed .nupkg resolves to something that exists in that host.
/// </summary>
public sealed class NetFrameworkClosureTests
{
    /// <summary>
    /// Binding redirects of MSBuild.exe 17.12 (the oldest supported Visual Studio MSBuild) for the
    /// assemblies a task may share with it: name → highest version the redirect accepts (every range
    /// starts at 0.0.0.0 and ends at the version MSBuild ships beside MSBuild.exe). A reference in
    /// range gets MSBuild's copy, never ours. Source: dotnet/msbuild, src/MSBuild/app.config. Its
    /// vs17.12 revision was not available to check line by line; what corroborates the values:
    /// System.Text.Json 8.0.0.5 arrived with 17.12 GA (microsoft/MSBuildSdks#581, "everything less
    /// than 17.12 GA" lacks it); System.Memory 4.0.1.2 and System.Buffers 4.0.3.0 were raised only
    /// after 17.12 shipped (dotnet/msbuild#11038, November 2024; a later revision of app.config,
    /// 956ee81, redirects System.Memory to 4.0.2.0, System.Buffers to 4.0.4.0, Unsafe to 6.0.1.0,
    /// System.Numerics.Vectors to 4.1.5.0, the System.Text.Json family to 9.0.0.11). The second test
    /// below does not depend on this table at all.
    /// </summary>
    private static readonly Dictionary<string, Version> s_msbuild1712Redirects = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Microsoft.Build.Framework"] = new(99, 9, 9, 9),
        ["Microsoft.Build.Utilities.Core"] = new(99, 9, 9, 9),
        ["Microsoft.Bcl.AsyncInterfaces"] = new(8, 0, 0, 0),
        ["System.Buffers"] = new(4, 0, 3, 0),
        ["System.Collections.Immutable"] = new(8, 0, 0, 0),
        ["System.Memory"] = new(4, 0, 1, 2),
        ["System.Numerics.Vectors"] = new(4, 1, 4, 0),
        ["System.Reflection.Metadata"] = new(8, 0, 0, 0),
        ["System.Runtime.CompilerServices.Unsafe"] = new(6, 0, 0, 0),
        ["System.Text.Encodings.Web"] = new(8, 0, 0, 0),
        ["System.Text.Json"] = new(8, 0, 0, 5),
        ["System.Threading.Tasks.Extensions"] = new(4, 2, 0, 1),
    };

    [Test]
    public void EveryReferenceOfTheNet472Task_IsShippedOrProvidedByMSBuild1712()
    {
        // arrange
        var shipped = ReadPackedTaskFolder();
        var framework = FrameworkAssemblies();

        // act
        var problems = new List<string>();
        foreach (var assembly in shipped.Values)
        {
            foreach (var reference in assembly.References)
            {
                var problem = Check(reference, shipped, framework);
                if (problem is not null)
                {
                    problems.Add($"{assembly.Name} -> {reference.Name} {reference.Version}: {problem}");
                }
            }
        }

        // assert
        Assert.That(shipped.Keys, Does.Contain("KiroSpecs.Build").And.Contain("KiroSpecs.Core").And.Contain("Markdig").And.Contain("System.Text.Json"));
        Assert.That(problems, Is.Empty, "references the .NET Framework host cannot satisfy");
    }

    /// <summary>
    /// The same question without the transcribed table: MSBuild 17.12 itself runs System.Text.Json
    /// 8.0.0.5, so it necessarily provides every shared assembly at the version that System.Text.Json
    /// references. Whatever else the task references among those assemblies (Core, Markdig, the
    /// shipped System.Memory) must not ask for more.
    /// </summary>
    [Test]
    public void SharedAssemblyReferences_AreNoNewerThanThoseOfTheSystemTextJsonMSBuild1712Runs()
    {
        // arrange
        var shipped = ReadPackedTaskFolder();
        var json = shipped["System.Text.Json"];
        Assert.That(json.Version, Is.EqualTo(s_msbuild1712Redirects["System.Text.Json"]), "the shipped System.Text.Json is the one MSBuild 17.12 runs");
        var provided = json.References.ToDictionary(r => r.Name, r => r.Version, StringComparer.OrdinalIgnoreCase);

        // act
        var newer = shipped.Values
            .SelectMany(a => a.References.Select(r => (From: a.Name, Reference: r)))
            .Where(x => provided.TryGetValue(x.Reference.Name, out var v) && x.Reference.Version > v)
            .Select(x => $"{x.From} -> {x.Reference.Name} {x.Reference.Version} (System.Text.Json 8.0.0.5 references {provided[x.Reference.Name]})")
            .ToList();

        // assert
        Assert.That(provided.Keys, Does.Contain("System.Memory"));
        Assert.That(newer, Is.Empty);
    }

    /// <summary>
    /// Markdig is held back for the .NET Framework host; the .NET task uses the same version, so
    /// Visual Studio and dotnet build parse usecase.md alike and write the same sequence.md.
    /// </summary>
    [Test]
    public void BothTaskBuilds_ShipTheSameMarkdig()
    {
        // arrange
        var netFramework = ReadPackedTaskFolder();
        var net = ReadPackedTaskFolder("net8.0");

        // act
        var versions = (netFramework["Markdig"].Version, net["Markdig"].Version);

        // assert
        Assert.That(versions.Item2, Is.EqualTo(versions.Item1));
    }

    private static string? Check(AssemblyRef reference, Dictionary<string, AssemblyInfo> shipped, Dictionary<string, Version> framework)
    {
        if (s_msbuild1712Redirects.TryGetValue(reference.Name, out var accepted))
        {
            // MSBuild's copy wins when the redirect covers the version; otherwise a second copy is
            // loaded from the task folder while MSBuild's own components use the first.
            return reference.Version <= accepted ? null : $"newer than MSBuild 17.12's redirect accepts ({accepted})";
        }

        if (shipped.TryGetValue(reference.Name, out var beside))
        {
            // Without a redirect, .NET Framework binds a strong name only to the exact version.
            return beside.Version == reference.Version || (!beside.StrongNamed && beside.Version >= reference.Version)
                ? null
                : $"shipped as {beside.Version}";
        }

        if (framework.TryGetValue(reference.Name, out var inbox))
        {
            return inbox >= reference.Version ? null : $".NET Framework 4.7.2 has {inbox}";
        }

        return "neither shipped, nor redirected by MSBuild 17.12, nor part of .NET Framework 4.7.2";
    }

    private static Dictionary<string, AssemblyInfo> ReadPackedTaskFolder(string framework = "net472")
    {
        var package = Path.Combine(PackageFeed.Folder, $"KiroSpecs.Build.{PackageFeed.Version}.nupkg");
        using var zip = ZipFile.OpenRead(package);
        var result = new Dictionary<string, AssemblyInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith($"tasks/{framework}/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
        {
            using var stream = entry.Open();
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            var info = Read(copy) ?? throw new InvalidDataException(entry.FullName + " is not an assembly");
            result[info.Name] = info;
        }

        return result;
    }

    /// <summary>
    /// .NET Framework 4.7.2's own assemblies, from the reference assemblies package the net472
    /// builds compile against (Microsoft.NETFramework.ReferenceAssemblies.net472 in the NuGet cache).
    /// </summary>
    private static Dictionary<string, Version> FrameworkAssemblies()
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (string.IsNullOrEmpty(packages))
        {
            packages = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        }

        var package = Path.Combine(packages, "microsoft.netframework.referenceassemblies.net472");
        var folder = Directory.Exists(package)
            ? Directory.GetDirectories(package).Select(v => Path.Combine(v, "build", ".NETFramework", "v4.7.2")).FirstOrDefault(Directory.Exists)
            : null;
        Assert.That(folder, Is.Not.Null, "the .NET Framework 4.7.2 reference assemblies are not in " + packages + " (restore src/KiroSpecs.Core first)");
        var result = new Dictionary<string, Version>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.GetFiles(folder!, "*.dll").Concat(Directory.GetFiles(Path.Combine(folder!, "Facades"), "*.dll")))
        {
            using var stream = File.OpenRead(file);
            if (Read(stream) is { } info)
            {
                result[info.Name] = info.Version;
            }
        }

        return result;
    }

    private static AssemblyInfo? Read(Stream stream)
    {
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata || !pe.GetMetadataReader().IsAssembly)
        {
            return null;
        }

        var md = pe.GetMetadataReader();
        var definition = md.GetAssemblyDefinition();
        var references = md.AssemblyReferences
            .Select(h => md.GetAssemblyReference(h))
            .Select(r => new AssemblyRef(md.GetString(r.Name), r.Version))
            .ToList();
        return new AssemblyInfo(md.GetString(definition.Name), definition.Version, !definition.PublicKey.IsNil, references);
    }

    private sealed record AssemblyRef(string Name, Version Version);

    private sealed record AssemblyInfo(string Name, Version Version, bool StrongNamed, IReadOnlyList<AssemblyRef> References);
}
