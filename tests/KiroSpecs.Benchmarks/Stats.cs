using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace KiroSpecs.Benchmarks;

/// <summary>Median / min / max of a sample, and the Markdown table the subcommands print.</summary>
public readonly record struct Stats(double Median, double Min, double Max, int Count)
{
    /// <summary>Summarises the values (the median of an even count is the mean of the middle two).</summary>
    public static Stats Of(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0)
        {
            return new Stats(double.NaN, double.NaN, double.NaN, 0);
        }

        var sorted = values.OrderBy(v => v).ToArray();
        var mid = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        return new Stats(median, sorted[0], sorted[^1], sorted.Length);
    }

    /// <summary>Per-pair ratios a[i] / b[i].</summary>
    public static double[] Ratios(IReadOnlyList<double> a, IReadOnlyList<double> b) =>
        a.Zip(b, (x, y) => x / y).ToArray();
}

/// <summary>A small Markdown table builder with invariant-culture number formatting.</summary>
public sealed class MarkdownTable
{
    private readonly string[] _headers;
    private readonly List<string[]> _rows = new();

    public MarkdownTable(params string[] headers) => _headers = headers;

    public void Add(params string[] cells) => _rows.Add(cells);

    public override string ToString()
    {
        var widths = _headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => i < r.Length ? r[i].Length : 0))).ToArray();
        var sb = new StringBuilder();
        void Line(IReadOnlyList<string> cells)
        {
            sb.Append('|');
            for (var i = 0; i < widths.Length; i++)
            {
                var cell = i < cells.Count ? cells[i] : string.Empty;
                sb.Append(' ').Append(cell.PadRight(widths[i])).Append(" |");
            }

            sb.Append('\n');
        }

        Line(_headers);
        Line(widths.Select(w => new string('-', Math.Max(3, w))).ToArray());
        foreach (var row in _rows)
        {
            Line(row);
        }

        return sb.ToString();
    }

    public static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Ms(double ms) => F(ms, ms < 10 ? "0.00" : "0") + " ms";

    public static string Sec(double ms) => F(ms / 1000, "0.000") + " s";

    public static string X(double ratio) => F(ratio, "0.000") + "×";

    public static string Pct(double ratio) => F(ratio * 100, "0.0") + " %";

    public static string MiB(double bytes) => F(bytes / (1024 * 1024), "0.0") + " MiB";

    public static string KiB(double bytes) => F(bytes / 1024, "0.0") + " KiB";
}
