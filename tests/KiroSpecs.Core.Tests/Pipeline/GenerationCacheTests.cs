using System.IO;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.Diagnostics;
using KiroSpecs.Core.IO;
using KiroSpecs.Core.Pipeline;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Pipeline;

public sealed class GenerationCacheTests
{
    [Test]
    public void SaveThenLoad_RoundTripsEntriesAndDiagnostics()
    {
        // arrange
        var path = Path.Combine(Path.GetTempPath(), "kirospecs-cache-" + System.Guid.NewGuid().ToString("N") + ".tsv");
        var cache = new GenerationCache("key1", "/specs/root\twith tab");
        var diagnostic = new Diagnostic("KIRO001", DiagnosticSeverity.Warning, "/specs/a b/spec.json", 12, 19, "line one\nline\ttwo \\ back");
        cache.RunDiagnostics.Add(diagnostic with { Code = "KIRO203" });
        cache.Entries["a b"] = new CacheEntry(
            new FileStamp(10, 20),
            FileStamp.Missing,
            new FileStamp(30, 40),
            new FeatureOutcome("a b", FeatureStatus.NotApproved, 2, 3, new[] { diagnostic }.ToEquatableArray(), null, null));

        // act
        cache.Save(path);
        var loaded = GenerationCache.Load(path);
        File.Delete(path);

        // assert
        Assert.That(loaded, Is.Not.Null);
        Assert.That(loaded!.Key, Is.EqualTo("key1"));
        Assert.That(loaded.SpecRoot, Is.EqualTo("/specs/root\twith tab"));
        Assert.That(loaded.RunDiagnostics, Is.EqualTo(new[] { diagnostic with { Code = "KIRO203" } }));
        Assert.That(loaded.Entries["a b"], Is.EqualTo(cache.Entries["a b"]));
    }

    [TestCase("")]
    [TestCase("not a cache\n")]
    [TestCase("kirospecs-cache\t1\nkey\tk\nroot\tr\nfeature\tbroken\n")]
    [TestCase("kirospecs-cache\t1\nkey\tk\nroot\tr\nfeature\ta\t1:1\t1:1\t1:1\tNoSuchStatus\t0\t0\n")]
    public void CorruptFile_LoadsAsNull(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), "kirospecs-cache-" + System.Guid.NewGuid().ToString("N") + ".tsv");
        File.WriteAllText(path, text);

        var loaded = GenerationCache.Load(path);
        File.Delete(path);

        Assert.That(loaded, Is.Null);
    }
}
