using System;
using System.Globalization;

namespace KiroSpecs.Build.Tasks;

/// <summary>The one timestamp the workflow needs (spec.json's updated_at), honouring SOURCE_DATE_EPOCH.</summary>
internal static class BuildClock
{
    /// <summary>ISO-8601 UTC, whole seconds: SOURCE_DATE_EPOCH when it is a valid number, else now.</summary>
    public static string UpdatedAt(string? sourceDateEpoch)
    {
        var now = long.TryParse(sourceDateEpoch, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(seconds)
            : DateTime.UtcNow;
        return now.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }
}
