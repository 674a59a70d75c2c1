using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace KiroSpecs.Build.Tests.Infrastructure;

/// <summary>The exit code and output of one `dotnet build`, with its KIRO diagnostics parsed.</summary>
internal sealed partial class BuildResult
{
    public BuildResult(int exitCode, string output)
    {
        ExitCode = exitCode;
        Output = output;
        // The console logger repeats every warning and error in its closing summary: parse only the
        // build's own output, up to "Build succeeded." / "Build FAILED.".
        Diagnostics = output.Split('\n')
            .TakeWhile(line => !line.StartsWith("Build succeeded.", System.StringComparison.Ordinal) && !line.StartsWith("Build FAILED.", System.StringComparison.Ordinal))
            .Select(line => DiagnosticLine().Match(line.TrimEnd('\r')))
            .Where(m => m.Success)
            .Select(m => new BuildDiagnostic(
                m.Groups["file"].Value.Trim(),
                m.Groups["line"].Success ? int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0,
                m.Groups["col"].Success ? int.Parse(m.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0,
                m.Groups["sev"].Value,
                m.Groups["code"].Value,
                m.Groups["msg"].Value))
            .ToList();
    }

    public int ExitCode { get; }

    public string Output { get; }

    public IReadOnlyList<BuildDiagnostic> Diagnostics { get; }

    public bool Succeeded => ExitCode == 0;

    public IReadOnlyList<BuildDiagnostic> WithCode(string code) => Diagnostics.Where(d => d.Code == code).ToList();

    public override string ToString() => Output;

    // "path(line,col): warning KIRO001: message [project]" – the console logger's canonical form.
    [GeneratedRegex(@"^\s*(?<file>[^\s].*?)(?:\((?<line>\d+)(?:,(?<col>\d+))?\))?\s?: (?<sev>warning|error) (?<code>KIRO\d{3})\s?: (?<msg>.*?)(?: \[[^\[\]]*\])?$")]
    private static partial Regex DiagnosticLine();
}
