using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace KiroSpecs.Benchmarks;

/// <summary>Runs a child process with no standard input, captures its output and times it (wall clock).</summary>
public static class ChildProcess
{
    public sealed record Result(int ExitCode, string Output, double Milliseconds);

    public static Result Run(string fileName, string workingDirectory, IReadOnlyList<string> arguments, IDictionary<string, string?>? environment = null, int timeoutSeconds = 600)
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

        // Started from `dotnet run` or a test host, the environment may carry MSBuild variables
        // that would steer the child build; every measured build starts from the same clean slate.
        foreach (var key in new List<string>(info.Environment.Keys))
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key == "DOTNET_HOST_PATH")
            {
                info.Environment.Remove(key);
            }
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                info.Environment[key] = value;
            }
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        var watch = Stopwatch.StartNew();
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
        watch.Stop();
        lock (output)
        {
            return new Result(process.ExitCode, output.ToString(), watch.Elapsed.TotalMilliseconds);
        }
    }

    /// <summary>Runs and throws with the output when the exit code is not 0.</summary>
    public static Result RunChecked(string fileName, string workingDirectory, IReadOnlyList<string> arguments, IDictionary<string, string?>? environment = null, int timeoutSeconds = 600)
    {
        var result = Run(fileName, workingDirectory, arguments, environment, timeoutSeconds);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{fileName} {string.Join(" ", arguments)}' in {workingDirectory} exited with {result.ExitCode}:\n{result.Output}");
        }

        return result;
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Append(line).Append('\n');
        }
    }
}
