namespace KiroSpecs.Core.Sequences;

/// <summary>Finds durations ("100ms", "5 seconds", "30-minute", "p95") in text without regular expressions.</summary>
internal static class Durations
{
    private static readonly string[] s_units =
    {
        "ms", "msec", "millisecond", "milliseconds", "s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes",
        "h", "hr", "hrs", "hour", "hours", "day", "days", "week", "weeks", "秒", "分", "時間", "日", "ミリ秒",
    };

    public static bool Contains(string text)
    {
        var lower = text.ToLowerInvariant();
        if (lower.Contains("p95") || lower.Contains("p99") || lower.Contains("p50"))
        {
            return true;
        }

        for (var i = 0; i < lower.Length; i++)
        {
            if (!char.IsDigit(lower[i]))
            {
                continue;
            }

            var j = i;
            while (j < lower.Length && (char.IsDigit(lower[j]) || lower[j] == '.' || lower[j] == ','))
            {
                j++;
            }

            while (j < lower.Length && (lower[j] == ' ' || lower[j] == '-'))
            {
                j++;
            }

            var k = j;
            while (k < lower.Length && (char.IsLetter(lower[k])))
            {
                k++;
            }

            var unit = lower.Substring(j, k - j);
            foreach (var u in s_units)
            {
                if (unit == u || (u[0] > 127 && unit.StartsWith(u, System.StringComparison.Ordinal)))
                {
                    return true;
                }
            }

            i = k;
        }

        return false;
    }
}
