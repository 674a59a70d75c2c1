using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.Diagnostics;
using KiroSpecs.Core.IO;

namespace KiroSpecs.Core.Pipeline;

/// <summary>
/// The per-project cache under obj/: for each feature, the stamps of its files and the outcome
/// they produced, plus the run's own diagnostics. An unchanged feature is answered from here without
/// reading or parsing anything, and a skipped MSBuild target replays the diagnostics from here.
/// A plain tab-separated text format keeps loading cheap (no serializer start-up in the build).
/// </summary>
public sealed class GenerationCache
{
    private const string Header = "kirospecs-cache\t1";

    /// <summary>Creates a cache for a settings key and spec root.</summary>
    public GenerationCache(string key, string specRoot)
    {
        Key = key;
        SpecRoot = specRoot;
    }

    /// <summary>The settings key the entries were made with.</summary>
    public string Key { get; }

    /// <summary>The spec root the entries belong to.</summary>
    public string SpecRoot { get; }

    /// <summary>Entries by feature name.</summary>
    public Dictionary<string, CacheEntry> Entries { get; } = new(StringComparer.Ordinal);

    /// <summary>Run-level diagnostics of the last run.</summary>
    public List<Diagnostic> RunDiagnostics { get; } = new();

    /// <summary>Loads a cache file; null when it is missing, unreadable or of another format.</summary>
    public static GenerationCache? Load(string path)
    {
        string[] lines;
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            lines = File.ReadAllLines(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (lines.Length < 3 || lines[0] != Header)
        {
            return null;
        }

        var key = Field(lines[1], "key");
        var root = Field(lines[2], "root");
        if (key is null || root is null)
        {
            return null;
        }

        var cache = new GenerationCache(key, root);
        return cache.ReadEntries(lines) ? cache : null;
    }

    /// <summary>Writes the cache atomically; failures are ignored (the cache is only an optimisation).</summary>
    public void Save(string path)
    {
        var sb = new StringBuilder();
        sb.Append(Header).Append('\n');
        sb.Append("key\t").Append(Key).Append('\n');
        sb.Append("root\t").Append(Escape(SpecRoot)).Append('\n');
        foreach (var diagnostic in RunDiagnostics)
        {
            AppendDiagnostic(sb, diagnostic);
        }

        var names = new List<string>(Entries.Keys);
        names.Sort(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var entry = Entries[name];
            var o = entry.Outcome;
            sb.Append("feature\t").Append(Escape(name)).Append('\t')
              .Append(entry.Spec).Append('\t').Append(entry.UseCase).Append('\t').Append(entry.Sequence).Append('\t')
              .Append(o.Status.ToString()).Append('\t')
              .Append(o.UseCaseCount.ToString(CultureInfo.InvariantCulture)).Append('\t')
              .Append(o.SequencesCount.ToString(CultureInfo.InvariantCulture)).Append('\n');
            foreach (var diagnostic in o.Diagnostics)
            {
                AppendDiagnostic(sb, diagnostic);
            }
        }

        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            AtomicFileWriter.Write(path, sb.ToString(), withBom: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Next build simply does the work again.
        }
    }

    private bool ReadEntries(string[] lines)
    {
        string? feature = null;
        string[]? featureParts = null;
        var diagnostics = new List<Diagnostic>();
        void Flush()
        {
            if (feature is not null && featureParts is not null)
            {
                var outcome = new FeatureOutcome(
                    feature,
                    (FeatureStatus)Enum.Parse(typeof(FeatureStatus), featureParts[5]),
                    int.Parse(featureParts[6], CultureInfo.InvariantCulture),
                    int.Parse(featureParts[7], CultureInfo.InvariantCulture),
                    diagnostics.ToEquatableArray(),
                    null,
                    null);
                Entries[feature] = new CacheEntry(FileStamp.Parse(featureParts[2]), FileStamp.Parse(featureParts[3]), FileStamp.Parse(featureParts[4]), outcome);
            }
            else
            {
                RunDiagnostics.AddRange(diagnostics);
            }

            diagnostics.Clear();
        }

        try
        {
            for (var i = 3; i < lines.Length; i++)
            {
                var parts = lines[i].Split('\t');
                if (parts[0] == "feature" && parts.Length == 8)
                {
                    Flush();
                    feature = Unescape(parts[1]);
                    featureParts = parts;
                }
                else if (parts[0] == "diag" && parts.Length == 7)
                {
                    diagnostics.Add(new Diagnostic(
                        parts[1],
                        (DiagnosticSeverity)Enum.Parse(typeof(DiagnosticSeverity), parts[2]),
                        Unescape(parts[3]),
                        int.Parse(parts[4], CultureInfo.InvariantCulture),
                        int.Parse(parts[5], CultureInfo.InvariantCulture),
                        Unescape(parts[6])));
                }
                else if (lines[i].Length > 0)
                {
                    return false;
                }
            }

            Flush();
            return true;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            return false;
        }
    }

    private static void AppendDiagnostic(StringBuilder sb, Diagnostic d) =>
        sb.Append("diag\t").Append(d.Code).Append('\t').Append(d.Severity.ToString()).Append('\t')
          .Append(Escape(d.File)).Append('\t')
          .Append(d.Line.ToString(CultureInfo.InvariantCulture)).Append('\t')
          .Append(d.Column.ToString(CultureInfo.InvariantCulture)).Append('\t')
          .Append(Escape(d.Message)).Append('\n');

    private static string? Field(string line, string name) =>
        line.StartsWith(name + "\t", StringComparison.Ordinal) ? Unescape(line.Substring(name.Length + 1)) : null;

    private static string Escape(string s) =>
        s.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r");

    private static string Unescape(string s)
    {
        if (s.IndexOf('\\') < 0)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 1 < s.Length)
            {
                i++;
                sb.Append(s[i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => s[i] });
            }
            else
            {
                sb.Append(s[i]);
            }
        }

        return sb.ToString();
    }
}
