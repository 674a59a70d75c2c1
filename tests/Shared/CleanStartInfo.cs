using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace KiroSpecs.Testing;

/// <summary>Start information for a child `dotnet` process used by the tests and the benchmarks.</summary>
public static class CleanStartInfo
{
    /// <summary>
    /// Redirected streams, no standard input, and a clean MSBuild environment: a test host or
    /// `dotnet run` carries MSBuild-related variables that would steer a child build to the wrong
    /// SDK pieces, so every child build starts from the same slate.
    /// </summary>
    public static ProcessStartInfo Create(string fileName, string workingDirectory, IReadOnlyList<string> arguments, IDictionary<string, string?>? environment = null)
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
        info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
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
