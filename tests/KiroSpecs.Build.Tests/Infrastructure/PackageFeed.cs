using System;
using System.IO;
using System.Linq;
using KiroSpecs.Testing;

namespace KiroSpecs.Build.Tests.Infrastructure;

/// <summary>
/// The packed KiroSpecs.Build package the integration tests consume. build/test.sh packs it once
/// and passes KIROSPECS_TEST_FEED / KIROSPECS_TEST_VERSION; run alone, the tests pack it themselves,
/// always with a unique version so NuGet can never hand back a stale copy.
/// </summary>
internal static class PackageFeed
{
    private static readonly Lazy<(string Feed, string Version)> s_feed = new(Create);

    public static string Folder => s_feed.Value.Feed;

    public static string Version => s_feed.Value.Version;

    /// <summary>The NuGet packages folder the consumer builds use (never the user's global one).</summary>
    public static string PackagesFolder => RepoPaths.ArtifactsDir("test-packages");

    private static (string, string) Create()
    {
        var feed = Environment.GetEnvironmentVariable("KIROSPECS_TEST_FEED");
        var version = Environment.GetEnvironmentVariable("KIROSPECS_TEST_VERSION");
        if (!string.IsNullOrEmpty(feed) && !string.IsNullOrEmpty(version)
            && File.Exists(Path.Combine(feed, $"KiroSpecs.Build.{version}.nupkg")))
        {
            return (feed, version);
        }

        feed = RepoPaths.ArtifactsDir("test-feed");
        version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var (exit, output) = ProcessRunner.Run("bash", RepoPaths.Root, new[] { "build/pack.sh", feed, version }, timeoutSeconds: 600);
        if (exit != 0 || !Directory.EnumerateFiles(feed, $"KiroSpecs.Build.{version}.nupkg").Any())
        {
            throw new InvalidOperationException("Packing KiroSpecs.Build failed:\n" + output);
        }

        return (feed, version);
    }
}
