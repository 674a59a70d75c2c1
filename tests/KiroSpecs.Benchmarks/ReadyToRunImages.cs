using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.PortableExecutable;
using KiroSpecs.Testing;

namespace KiroSpecs.Benchmarks;

/// <summary>
/// A copy of this program's output folder in which KiroSpecs.Core.dll and Markdig.dll are the
/// ReadyToRun images the package ships, so that a fresh-process measurement runs the native code a
/// build node runs instead of the IL the JIT compiles. The images come from a packed
/// KiroSpecs.Build .nupkg (tasks/net8.0/), from a folder that holds them, or, when neither is given,
/// from publishing build/ReadyToRun/KiroSpecs.ReadyToRun.csproj, as packing does.
/// </summary>
public static class ReadyToRunImages
{
    public static readonly string[] Assemblies = { "KiroSpecs.Core.dll", "Markdig.dll" };

    /// <summary>Makes the copy under <paramref name="work"/> and returns the path of this program's dll in it.</summary>
    public static string PrepareCopy(string? source, string work)
    {
        var images = Path.Combine(work, "readytorun-images");
        Directory.CreateDirectory(images);
        if (source is null)
        {
            Publish(images, Path.Combine(work, "readytorun-build"));
        }
        else if (source.EndsWith(".nupkg", StringComparison.OrdinalIgnoreCase))
        {
            ExtractFromPackage(source, images);
        }
        else
        {
            foreach (var name in Assemblies)
            {
                File.Copy(Path.Combine(source, name), Path.Combine(images, name), overwrite: true);
            }
        }

        foreach (var name in Assemblies)
        {
            var image = Path.Combine(images, name);
            if (!IsReadyToRun(image))
            {
                throw new InvalidOperationException($"{image} holds no ReadyToRun code (no managed native header).");
            }
        }

        var copy = Path.Combine(work, "readytorun-program");
        CopyFolder(AppContext.BaseDirectory, copy);
        foreach (var name in Assemblies)
        {
            File.Copy(Path.Combine(images, name), Path.Combine(copy, name), overwrite: true);
        }

        Console.Error.WriteLine($"inprocess: the program with the ReadyToRun images of {string.Join(" and ", Assemblies)} is in {copy}");
        return Path.Combine(copy, Path.GetFileName(typeof(ReadyToRunImages).Assembly.Location));
    }

    /// <summary>Whether the file is a ReadyToRun image: its CLI header points to a managed native (ReadyToRun) header.</summary>
    public static bool IsReadyToRun(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new PEReader(stream);
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    private static void Publish(string output, string artifacts)
    {
        var project = Path.Combine(RepoPaths.Root, "build", "ReadyToRun", "KiroSpecs.ReadyToRun.csproj");
        Console.Error.WriteLine($"inprocess: publishing {project} (ReadyToRun, as packing does)");
        ChildProcess.RunChecked("dotnet", RepoPaths.Root, new[]
        {
            "publish", project, "-c", "Release", "-o", output, "--artifacts-path", artifacts,
            "-nologo", "-v:q", "-tl:off", "-nodeReuse:false", "-p:UseSharedCompilation=false",
        });
    }

    private static void ExtractFromPackage(string package, string output)
    {
        using var zip = ZipFile.OpenRead(package);
        foreach (var name in Assemblies)
        {
            var entry = zip.GetEntry("tasks/net8.0/" + name) ?? throw new InvalidOperationException($"{package} has no tasks/net8.0/{name}.");
            entry.ExtractToFile(Path.Combine(output, name), overwrite: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>How many of <see cref="Assemblies"/> next to <paramref name="coreAssembly"/> are ReadyToRun images (read from the files, nothing loaded).</summary>
    public static int CountImagesBeside(string coreAssembly)
    {
        var folder = Path.GetDirectoryName(coreAssembly)!;
        return Assemblies.Count(name => IsReadyToRun(Path.Combine(folder, name)));
    }
}
