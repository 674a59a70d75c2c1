using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using KiroSpecs.Testing;

namespace KiroSpecs.Build.Tests.Infrastructure;

/// <summary>Runs a child process with no standard input and captures its output.</summary>
internal static class ProcessRunner
{
    public static (int ExitCode, string Output) Run(string fileName, string workingDirectory, IReadOnlyList<string> arguments, IDictionary<string, string?>? environment = null, int timeoutSeconds = 300)
    {
        var info = CleanStartInfo.Create(fileName, workingDirectory, arguments, environment);
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
}
