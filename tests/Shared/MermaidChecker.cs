using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using NUnit.Framework;

namespace KiroSpecs.Testing;

/// <summary>One ```mermaid block that failed: opening-fence line and the checker's message.</summary>
public sealed record MermaidFailure(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>
/// Outcome of <see cref="MermaidChecker.Check"/>: blocks passed and failed, the files parsed, and the
/// files left out because their bytes were parsed before (<see cref="MermaidChecker.CheckUnlisted"/>).
/// </summary>
public sealed record MermaidCheckResult(int Passed, int Failed, IReadOnlyList<MermaidFailure> Failures, IReadOnlyList<string> Files, int SkippedFiles)
{
    public int Total => Passed + Failed;
}

/// <summary>
/// Checks the ```mermaid blocks of Markdown files with the real Mermaid parser by running
/// <c>build/check-mermaid.sh --json</c> (Node + npm <c>mermaid</c>, installed on first use).
/// Every file parsed is recorded by its SHA-256 in <see cref="ParsedList"/>, so that the final check
/// of build/test.sh parses each document once: the tests already count the ones they parsed.
/// </summary>
public static class MermaidChecker
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(120);

    /// <summary>
    /// <c>artifacts/mermaid-inputs/parsed-in-tests.sha256</c>: one SHA-256 per file parsed by a test
    /// (build/test.sh hands it to <c>check-mermaid.sh --skip-listed</c> and removes it before a run).
    /// </summary>
    public static string ParsedList => Path.Combine(RepoPaths.ArtifactsDir("mermaid-inputs"), "parsed-in-tests.sha256");

    /// <summary>Checks every ```mermaid block in the given files or directories (searched for *.md).</summary>
    /// <exception cref="InvalidOperationException">node/npm/bash missing, install failed, timeout or unreadable output.</exception>
    public static MermaidCheckResult Check(params string[] paths) => Run(null, paths);

    /// <summary>As <see cref="Check"/>, leaving out the files whose bytes are listed in <paramref name="list"/>.</summary>
    public static MermaidCheckResult CheckUnlisted(string list, params string[] paths) => Run(list, paths);

    private static MermaidCheckResult Run(string? list, string[] paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Length == 0)
        {
            throw new ArgumentException("At least one path is required.", nameof(paths));
        }

        var root = RepoPaths.Root;
        var psi = new ProcessStartInfo("bash")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        psi.ArgumentList.Add(Path.Combine(root, "build", "check-mermaid.sh"));
        psi.ArgumentList.Add("--json");
        if (list is not null)
        {
            psi.ArgumentList.Add("--skip-listed");
            psi.ArgumentList.Add(list);
        }

        psi.ArgumentList.Add("--");
        foreach (var p in paths)
        {
            psi.ArgumentList.Add(Path.GetFullPath(p, root));
        }

        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new InvalidOperationException("bash could not be started.");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException(
                "Cannot run 'bash' to check Mermaid diagrams; bash, node (20+) and npm must be on PATH.", ex);
        }

        using (process)
        {
            // Read both streams concurrently so a full pipe cannot deadlock the child.
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(s_timeout))
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // exited meanwhile
                }

                throw new InvalidOperationException(
                    $"Mermaid check did not finish within {s_timeout.TotalSeconds:0} s. stderr: {Tail(stderr)}");
            }

            process.WaitForExit(); // flushes the async readers
            var output = stdout.GetAwaiter().GetResult();
            var errors = stderr.GetAwaiter().GetResult();
            var exitCode = process.ExitCode;

            if (exitCode == 2 || (exitCode != 0 && exitCode != 1))
            {
                var hint = errors.Contains("node is not installed", StringComparison.Ordinal)
                    || errors.Contains("npm is not installed", StringComparison.Ordinal)
                    || errors.Contains("command not found", StringComparison.Ordinal)
                    ? " Node.js 20+ and npm are required to check Mermaid diagrams (install them, e.g. 'apt-get install nodejs npm')."
                    : string.Empty;
                throw new InvalidOperationException(
                    $"Mermaid check failed to run (exit code {exitCode}).{hint}\nstderr:\n{errors.Trim()}\nstdout:\n{output.Trim()}");
            }

            var json = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .LastOrDefault(l => l.StartsWith('{'));
            if (json is null)
            {
                throw new InvalidOperationException(
                    $"Mermaid check printed no JSON result (exit code {exitCode}).\nstderr:\n{errors.Trim()}\nstdout:\n{output.Trim()}");
            }

            JsonResult parsed;
            try
            {
                parsed = JsonSerializer.Deserialize<JsonResult>(json)
                    ?? throw new InvalidOperationException("Mermaid check printed 'null'.");
            }
            catch (JsonException ex)
            {
                throw new InvalidOperationException($"Mermaid check printed invalid JSON: {json}", ex);
            }

            var failures = (parsed.Failures ?? [])
                .Select(f => new MermaidFailure(f.File ?? "?", f.Line, $"{f.Type ?? "unknown"}: {f.Message}"))
                .ToList();
            var files = parsed.Files ?? [];
            RecordParsed(files);
            return new MermaidCheckResult(parsed.Passed, parsed.Failed, failures, files, parsed.SkippedFiles);
        }
    }

    /// <summary>Appends the SHA-256 and path of each file to <see cref="ParsedList"/>.</summary>
    private static void RecordParsed(IReadOnlyList<string> files)
    {
        var lines = string.Concat(files.Select(f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))) + "  " + f + "\n"));

        // Both test projects may run at once (dotnet test on the solution): the file is opened
        // exclusively, and a writer that finds it open waits for its turn.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var stream = new FileStream(ParsedList, FileMode.Append, FileAccess.Write, FileShare.None);
                var bytes = Encoding.UTF8.GetBytes(lines);
                stream.Write(bytes, 0, bytes.Length);
                return;
            }
            catch (IOException) when (attempt < 200)
            {
                Thread.Sleep(25);
            }
        }
    }

    /// <summary>
    /// Fails the current NUnit test when any ```mermaid block in the paths fails to parse
    /// (or loses text silently), or when no block was found at all.
    /// </summary>
    public static void AssertValid(params string[] paths)
    {
        var result = Check(paths);
        if (result.Failed > 0)
        {
            Assert.Fail(
                $"{result.Failed} of {result.Total} Mermaid diagram(s) are invalid:\n"
                + string.Join("\n", result.Failures));
        }

        if (result.Total == 0)
        {
            Assert.Fail($"No ```mermaid blocks found in: {string.Join(", ", paths)}");
        }
    }

    private static string Tail(Task<string> stream)
    {
        if (!stream.IsCompletedSuccessfully)
        {
            return "(not available)";
        }

        var s = stream.Result.Trim();
        return s.Length > 2000 ? s[^2000..] : s;
    }

    private sealed class JsonResult
    {
        [JsonPropertyName("passed")]
        public int Passed { get; set; }

        [JsonPropertyName("failed")]
        public int Failed { get; set; }

        [JsonPropertyName("failures")]
        public List<JsonFailure>? Failures { get; set; }

        [JsonPropertyName("files")]
        public List<string>? Files { get; set; }

        [JsonPropertyName("skippedFiles")]
        public int SkippedFiles { get; set; }
    }

    private sealed class JsonFailure
    {
        [JsonPropertyName("file")]
        public string? File { get; set; }

        [JsonPropertyName("line")]
        public int Line { get; set; }

        [JsonPropertyName("type")]
        public string? Type { get; set; }

        [JsonPropertyName("message")]
        public string? Message { get; set; }
    }
}
