using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace KiroSpecs.Benchmarks;

/// <summary>Runs a child process with no standard input, captures its output and times it (wall clock).</summary>
public static class ChildProcess
{
    /// <summary>Exit code, output, wall-clock time and the CPU time (user + system) of the whole process tree (NaN where unknown).</summary>
    public sealed record Result(int ExitCode, string Output, double Milliseconds, double CpuMilliseconds = double.NaN);

    public static Result Run(string fileName, string workingDirectory, IReadOnlyList<string> arguments, IDictionary<string, string?>? environment = null, int timeoutSeconds = 600)
    {
        var info = KiroSpecs.Testing.CleanStartInfo.Create(fileName, workingDirectory, arguments, environment);
        var output = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        var cpuBefore = ChildrenCpuMilliseconds();
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
        var cpu = ChildrenCpuMilliseconds() - cpuBefore;
        lock (output)
        {
            return new Result(process.ExitCode, output.ToString(), watch.Elapsed.TotalMilliseconds, cpu);
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

    /// <summary>
    /// CPU time of all terminated, waited-for descendants of this process (getrusage(RUSAGE_CHILDREN)):
    /// the difference around one child is the CPU its whole tree used (MSBuild waits for its worker
    /// nodes). Unlike wall-clock time it hardly moves when other work shares the machine. NaN off Linux.
    /// </summary>
    public static double ChildrenCpuMilliseconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return double.NaN;
        }

        try
        {
            var usage = new long[18];
            if (GetRUsage(-1, usage) != 0)
            {
                return double.NaN;
            }

            // struct rusage starts with ru_utime and ru_stime, each a timeval { long tv_sec; long tv_usec; }.
            return (usage[0] * 1000.0) + (usage[1] / 1000.0) + (usage[2] * 1000.0) + (usage[3] / 1000.0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return double.NaN;
        }
    }

    [DllImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static extern int GetRUsage(int who, [Out] long[] usage);

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
