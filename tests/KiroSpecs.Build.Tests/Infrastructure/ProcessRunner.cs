using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace KiroSpecs.Build.Tests.Infrastructure;

/// <summary>Runs a child process with no standard input and captures its output.</summary>
internal static class ProcessRunner
{
    public static (int ExitCode, string Output) Run(string fileName, string workingDirectory, IReadOnlyList<string> arguments, IDictionary<string, string?>? environment = null, int timeoutSeconds = 300)
    {
        var info = StartInfo(fileName, workingDirectory, arguments, environment);
        var output = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.Append(e.Data).Append('\n'); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.Append(e.Data).Append('\n'); } } };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{fileName} {string.Join(" ", arguments)}' did not finish within {timeoutSeconds} s.\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }

    /// <summary>
    /// A start info with redirected streams and a clean MSBuild environment: the test host runs
    /// inside MSBuild-related variables that would steer a child build to the wrong SDK pieces.
    /// </summary>
    public static ProcessStartInfo StartInfo(string fileName, string workingDirectory, IReadOnlyList<string> arguments, IDictionary<string, string?>? environment = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var key in new List<string>(info.Environment.Keys))
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) || key == "DOTNET_HOST_PATH")
            {
                info.Environment.Remove(key);
            }
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                info.Environment[key] = value;
            }
        }

        return info;
    }
}
