using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using KiroSpecs.Build.Tests.Infrastructure;

namespace KiroSpecs.Build.Tests.Reliability;

/// <summary>
/// A `dotnet build` of a consumer project started in the background, so that a test can run several
/// at once or kill one (with its MSBuild nodes) in the middle of generation.
/// </summary>
internal sealed class BuildProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private BuildProcess(Process process) => _process = process;

    public string[] Arguments { get; private init; } = [];

    public bool HasExited => _process.HasExited;

    /// <summary>Starts `dotnet build` with the same switches and environment as <see cref="ConsumerProject.Dotnet"/>.</summary>
    public static BuildProcess Start(ConsumerProject project, params string[] arguments)
    {
        var args = new[] { "build" }.Concat(arguments).Concat(["-nodeReuse:false", "-tl:off", "-clp:NoSummary", "-nologo"]).ToArray();
        var info = KiroSpecs.Testing.CleanStartInfo.Create("dotnet", project.Root, args, new Dictionary<string, string?> { ["NUGET_PACKAGES"] = PackageFeed.PackagesFolder });

        var process = new Process { StartInfo = info };
        var build = new BuildProcess(process) { Arguments = arguments };
        process.OutputDataReceived += (_, e) => build.Append(e.Data);
        process.ErrorDataReceived += (_, e) => build.Append(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return build;
    }

    /// <summary>Waits for the build to finish and returns its result.</summary>
    public BuildResult Wait(int timeoutSeconds = 300)
    {
        if (!_process.WaitForExit(timeoutSeconds * 1000))
        {
            Kill();
            throw new TimeoutException($"dotnet build {string.Join(" ", Arguments)} did not finish within {timeoutSeconds} s.\n{Output}");
        }

        _process.WaitForExit();
        return new BuildResult(_process.ExitCode, Output);
    }

    /// <summary>Kills the build and every MSBuild node it started, as Ctrl+C-less CI cancellation or a power cut would.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It finished on its own meanwhile.
        }

        _process.WaitForExit();
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public void Dispose() => _process.Dispose();

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Append(line).Append('\n');
        }
    }
}
