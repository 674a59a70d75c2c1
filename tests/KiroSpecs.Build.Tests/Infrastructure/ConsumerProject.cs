using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KiroSpecs.Testing;

namespace KiroSpecs.Build.Tests.Infrastructure;

/// <summary>
/// A throwaway consumer project in its own temporary folder (outside the repository, so none of
/// its Directory.Build.* files apply) that references the packed package from the local feed.
/// </summary>
internal sealed class ConsumerProject : IDisposable
{
    private static int s_counter;

    public ConsumerProject(string name = "Consumer", string targetFrameworks = "net10.0", string extraProjectXml = "")
    {
        Root = Path.Combine(Path.GetTempPath(), "kirospecs-tests", $"{DateTime.UtcNow:HHmmss}-{Environment.ProcessId}-{System.Threading.Interlocked.Increment(ref s_counter)}");
        Directory.CreateDirectory(Root);
        ProjectDirectory = Path.Combine(Root, name);
        Directory.CreateDirectory(ProjectDirectory);
        ProjectFile = Path.Combine(ProjectDirectory, name + ".csproj");
        SpecRoot = Path.Combine(Root, ".kiro", "specs");
        Directory.CreateDirectory(SpecRoot);

        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>\n");
        File.Copy(Path.Combine(RepoPaths.Root, "global.json"), Path.Combine(Root, "global.json"));
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="kirospecs-test" value="{PackageFeed.Folder}" />
              </packageSources>
            </configuration>
            """);
        WriteProject(name, targetFrameworks, extraProjectXml);
    }

    public string Root { get; }

    public string ProjectDirectory { get; }

    public string ProjectFile { get; }

    public string SpecRoot { get; }

    public static string ProjectXml(string targetFrameworks, string extraProjectXml)
    {
        var tfm = targetFrameworks.Contains(';', StringComparison.Ordinal) ? $"<TargetFrameworks>{targetFrameworks}</TargetFrameworks>" : $"<TargetFramework>{targetFrameworks}</TargetFramework>";
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                {tfm}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="KiroSpecs.Build" Version="{PackageFeed.Version}" PrivateAssets="all" />
              </ItemGroup>
              {extraProjectXml}
            </Project>
            """;
    }

    public void WriteProject(string name, string targetFrameworks, string extraProjectXml)
    {
        File.WriteAllText(Path.Combine(Root, name, name + ".csproj"), ProjectXml(targetFrameworks, extraProjectXml));
        File.WriteAllText(Path.Combine(Root, name, "Class1.cs"), "namespace Consumer { public static class Class1 { } }\n");
    }

    /// <summary>Writes a feature folder; a null text leaves that file out.</summary>
    public string AddFeature(string name, string? specJson, string? useCase, string? sequence = null)
    {
        var folder = Path.Combine(SpecRoot, name);
        Directory.CreateDirectory(folder);
        if (specJson is not null)
        {
            File.WriteAllText(Path.Combine(folder, "spec.json"), specJson);
        }

        if (useCase is not null)
        {
            File.WriteAllText(Path.Combine(folder, "usecase.md"), useCase);
        }

        if (sequence is not null)
        {
            File.WriteAllText(Path.Combine(folder, "sequence.md"), sequence);
        }

        return folder;
    }

    public string FeatureFile(string feature, string file) => Path.Combine(SpecRoot, feature, file);

    /// <summary>Runs `dotnet build` (or other dotnet verbs) on the project with an isolated packages folder.</summary>
    public BuildResult Build(params string[] arguments) => Dotnet(new[] { "build", ProjectFile }.Concat(arguments).ToArray());

    public BuildResult Dotnet(params string[] arguments) =>
        DotnetRaw(arguments.Concat(new[] { "-nodeReuse:false", "-tl:off", "-clp:NoSummary", "-nologo" }).ToArray());

    /// <summary>Runs a dotnet command exactly as given (for verbs that take no MSBuild switches, such as `new` and `sln`).</summary>
    public BuildResult DotnetRaw(params string[] args)
    {
        var env = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = PackageFeed.PackagesFolder };
        var (exit, output) = ProcessRunner.Run("dotnet", Root, args, env);
        var result = new BuildResult(exit, output);
        BuildLog.Keep(this, args, result);
        return result;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only test file or a lingering process: the temp folder is cleaned by the OS.
        }
    }
}
