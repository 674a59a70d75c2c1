using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using KiroSpecs.Build.Tests.Infrastructure;
using KiroSpecs.Testing;
using NUnit.Framework;

namespace KiroSpecs.Build.Tests.Reliability;

/// <summary>
/// Every bad input of <see cref="BadInputs"/> in one spec root, built twice through `dotnet build`:
/// the first build with one sequence.md and one spec.json held locked by this process and one
/// sequence.md read-only, the second after the locks are released. Each case is asserted on its own.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed partial class BadInputBatteryTests
{
    private const string Epoch = "-p:SOURCE_DATE_EPOCH=1767225600";

    private ConsumerProject _project = null!;
    private BuildResult _first = null!;
    private BuildResult _second = null!;
    private Dictionary<string, byte[]> _written = null!;
    private Dictionary<string, string> _before = null!;
    private Dictionary<string, string> _afterFirst = null!;
    private Dictionary<string, string> _afterSecond = null!;
    private Dictionary<string, string> _outsideBefore = null!;

    private static IEnumerable<string> Cases => CaseSources.NotEmpty(BadInputs.All.Select(c => c.Name), nameof(BadInputs) + "." + nameof(BadInputs.All));

    [OneTimeSetUp]
    public void BuildTheBatteryTwice()
    {
        _project = new ConsumerProject("Battery");
        BadInputs.WriteOutsideFolder(_project.SpecRoot);
        foreach (var input in BadInputs.All)
        {
            input.Write(_project.SpecRoot, input.Name);
        }

        File.WriteAllText(Path.Combine(_project.SpecRoot, "README.md"), "A file directly in the spec root is not a feature.\n");
        _written = ReadFeatureFiles();
        _outsideBefore = SpecFiles.Snapshot(BadInputs.OutsideFolder(_project.SpecRoot));
        // Read-only (chmod 444). The tests may run as root, for whom the OS would allow the write: the
        // package itself must refuse, so the assertions are the same for every user.
        File.SetAttributes(Feature(BadInputs.ReadOnlySequence, BadInputs.Sequence), FileAttributes.ReadOnly);
        File.SetAttributes(Feature(BadInputs.ReadOnlySpec, BadInputs.Spec), FileAttributes.ReadOnly);
        _before = SnapshotRoot();

        // The first build runs while this process holds two files locked (FileShare.None is an
        // advisory lock on Linux that other .NET processes respect, and a mandatory one on Windows).
        using (new FileStream(Feature(BadInputs.LockedSequence, BadInputs.Sequence), FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        using (new FileStream(Feature(BadInputs.LockedSpec, BadInputs.Spec), FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            _first = _project.Build(Epoch);
        }

        _afterFirst = SnapshotRoot();
        _second = _project.Build("--no-restore", Epoch);
        _afterSecond = SnapshotRoot();
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        foreach (var readOnly in new[] { Feature(BadInputs.ReadOnlySequence, BadInputs.Sequence), Feature(BadInputs.ReadOnlySpec, BadInputs.Spec) })
        {
            if (File.Exists(readOnly))
            {
                File.SetAttributes(readOnly, FileAttributes.Normal);
            }
        }

        _project.Dispose();
        Directory.Delete(BadInputs.OutsideFolder(_project.SpecRoot), recursive: true);
    }

    [Test]
    public void BothBuilds_Succeed_WithoutTaskCrashOrStackTrace()
    {
        foreach (var (build, which) in new[] { (_first, "first"), (_second, "second") })
        {
            Assert.That(build.ExitCode, Is.EqualTo(0), which + " build\n" + build.Output);
            Assert.That(build.Output, Does.Not.Contain("MSB4018").And.Not.Contain("MSB4181").And.Not.Contain("MSB4166").And.Not.Contain("MSB4062"), which);
            Assert.That(build.Output, Does.Not.Contain("Unhandled exception").And.Not.Contain("Stack overflow"), which);
            Assert.That(StackTraceLine().IsMatch(build.Output), Is.False, which + " build prints a stack trace\n" + build.Output);
            Assert.That(build.Diagnostics.Where(d => d.Code is "KIRO199" or "KIRO299"), Is.Empty, which + ": internal errors are defects");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void EachCase_ReportsItsDiagnostics_AndLeavesItsFilesIntact(string name)
    {
        var input = BadInputs.All.Single(c => c.Name == name);
        AssertDiagnostics(input, _first, input.Diagnostics, "first build");
        AssertDiagnostics(input, _second, input.SecondDiagnostics ?? input.Diagnostics, "second build");
        AssertSequence(input, input.Sequence, _afterFirst, "after the first build");
        AssertSequence(input, input.SecondSequence ?? input.Sequence, _afterSecond, "after the second build");

        var spec = Feature(input.Name, BadInputs.Spec);
        var key = Relative(spec);
        if (input.SpecUnchanged && _written.TryGetValue(key, out var original))
        {
            Assert.That(File.ReadAllBytes(spec), Is.EqualTo(original), "spec.json must be byte-identical");
        }

        if ((input.SecondSequence ?? input.Sequence) == SequenceOutcome.Generated && _written.TryGetValue(key, out var before))
        {
            var after = File.ReadAllBytes(spec);
            Assert.That(SpecFiles.JsonError(after), Is.Null, "spec.json stays valid JSON");
            Assert.That(after.Take(3).SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF }), Is.EqualTo(before.Take(3).SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF })), "a BOM is kept, none is added");
            var text = System.Text.Encoding.UTF8.GetString(after);
            if (System.Text.Encoding.UTF8.GetString(before).Contains("\r\n", StringComparison.Ordinal))
            {
                Assert.That(text.Replace("\r\n", string.Empty, StringComparison.Ordinal), Does.Not.Contain("\n"), "CRLF stays CRLF");
            }

            if (input.Name == "spec-comments-trailing-commas")
            {
                Assert.That(text, Does.Contain("// moves on when generated").And.Contain("/* the feature */").And.Contain("// end"), "comments are kept");
            }
        }

        if (!_written.Keys.Any(k => k.StartsWith(Path.Combine(".kiro", "specs", input.Name) + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            return;
        }

        // A second build with nothing changed in between leaves every byte alone.
        if (input.SecondSequence is null)
        {
            foreach (var (path, hash) in _afterFirst.Where(e => e.Key.StartsWith(Path.Combine(".kiro", "specs", input.Name) + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            {
                Assert.That(_afterSecond.GetValueOrDefault(path), Is.EqualTo(hash), path + " changed in the second build");
            }
        }
    }

    [Test]
    public void NothingIsWritten_OutsideTheFeatureFilesAndTheIntermediateFolder()
    {
        foreach (var (after, which) in new[] { (_afterFirst, "first"), (_afterSecond, "second") })
        {
            var changed = _before.Keys.Union(after.Keys)
                .Where(k => _before.GetValueOrDefault(k) != after.GetValueOrDefault(k))
                .Where(k => !IsFeatureOutput(k))
                .ToList();
            Assert.That(changed, Is.Empty, which + " build changed files it does not own");
        }

        Assert.That(SpecFiles.Snapshot(BadInputs.OutsideFolder(_project.SpecRoot)), Is.EqualTo(_outsideBefore), "the folder a link points to outside the root is untouched");
        Assert.That(SpecFiles.Leftovers(_project.SpecRoot), Is.Empty, "no temporary files are left behind");
    }

    [Test]
    public void GeneratedDiagrams_PassTheRealMermaidParser()
    {
        var generated = BadInputs.All
            .Select(c => Feature(c.Name, BadInputs.Sequence))
            .Where(f => File.Exists(f) && SpecFiles.IsCompleteGenerated(File.ReadAllText(f)))
            .ToArray();
        Assert.That(generated, Has.Length.GreaterThanOrEqualTo(BadInputs.All.Count(c => (c.SecondSequence ?? c.Sequence) == SequenceOutcome.Generated)));
        MermaidChecker.AssertValid(generated);
    }

    private void AssertDiagnostics(BadInput input, BuildResult build, ExpectedDiagnostic[] expected, string which)
    {
        var folder = Path.Combine(_project.SpecRoot, input.Name);
        var mine = build.Diagnostics.Where(d => d.File == folder || d.File.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList();
        var listing = which + ":\n  " + string.Join("\n  ", mine.Select(d => $"{Path.GetFileName(d.File)}({d.Line},{d.Column}): {d.Code}: {d.Message}"));
        foreach (var e in expected)
        {
            var file = e.File.Length == 0 ? folder : Path.Combine(folder, e.File);
            Assert.That(
                mine.Any(d => d.Code == e.Code && d.File == file && (e.Line < 0 || (d.Line == e.Line && d.Column == e.Column))),
                Is.True,
                $"expected {e} in the {listing}");
        }

        var allowed = expected.Select(e => e.Code).Concat(input.AlsoAllowed).ToHashSet();
        foreach (var d in mine)
        {
            var contentRemark = d.Code.StartsWith("KIRO1", StringComparison.Ordinal) && d.Code != "KIRO199";
            Assert.That(allowed.Contains(d.Code) || contentRemark, Is.True, $"unexpected {d.Code} in the {listing}");
            Assert.That(d.Severity, Is.EqualTo("warning"), "bad input is a warning, never an error");
            if (d.Code is "KIRO004" or "KIRO005" or "KIRO006" or "KIRO201" || d.Code.StartsWith("KIRO1", StringComparison.Ordinal))
            {
                Assert.That((d.Line, d.Column), Is.Not.EqualTo((0, 0)), $"{d.Code} needs a position: {listing}");
            }
        }
    }

    private void AssertSequence(BadInput input, SequenceOutcome outcome, Dictionary<string, string> snapshot, string when)
    {
        var path = Feature(input.Name, BadInputs.Sequence);
        var key = Relative(path);
        if (new DirectoryInfo(Path.Combine(_project.SpecRoot, input.Name)).LinkTarget is not null)
        {
            // The snapshots do not follow links: judge a linked feature by what is there now.
            Assert.That(File.Exists(path) && SpecFiles.IsCompleteGenerated(File.ReadAllText(path)), Is.EqualTo(outcome == SequenceOutcome.Generated), path);
            return;
        }

        switch (outcome)
        {
            case SequenceOutcome.Absent:
                Assert.That(snapshot.ContainsKey(key), Is.False, $"no sequence.md {when}");
                break;
            case SequenceOutcome.Unchanged:
                Assert.That(snapshot.GetValueOrDefault(key), Is.EqualTo(_before.GetValueOrDefault(key)), $"sequence.md untouched {when}");
                Assert.That(File.ReadAllBytes(path), Is.EqualTo(_written[key]));
                break;
            case SequenceOutcome.Generated:
                Assert.That(snapshot.ContainsKey(key), Is.True, $"sequence.md generated {when}");
                Assert.That(SpecFiles.IsCompleteGenerated(File.ReadAllText(path)), Is.True, "a complete generated file");
                break;
        }
    }

    private static bool IsFeatureOutput(string relative)
    {
        var project = "Battery" + Path.DirectorySeparatorChar;
        if (relative.StartsWith(project + "obj", StringComparison.Ordinal) || relative.StartsWith(project + "bin", StringComparison.Ordinal))
        {
            return true;
        }

        var specs = Path.Combine(".kiro", "specs") + Path.DirectorySeparatorChar;
        if (!relative.StartsWith(specs, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = relative[specs.Length..].Split(Path.DirectorySeparatorChar);
        return parts.Length == 2 && parts[1] is BadInputs.Spec or BadInputs.Sequence;
    }

    private Dictionary<string, byte[]> ReadFeatureFiles()
    {
        var all = new EnumerationOptions { AttributesToSkip = 0 };
        return new DirectoryInfo(_project.SpecRoot).EnumerateDirectories("*", all)
            .Where(d => d.LinkTarget is null)
            .SelectMany(d => d.EnumerateFiles("*", all))
            .Where(f => f.LinkTarget is null)
            .ToDictionary(f => Relative(f.FullName), f => f.Length == 0 ? [] : File.ReadAllBytes(f.FullName));
    }

    private Dictionary<string, string> SnapshotRoot() => SpecFiles.Snapshot(_project.Root);

    private string Feature(string name, string file) => Path.Combine(_project.SpecRoot, name, file);

    private string Relative(string path) => Path.GetRelativePath(_project.Root, path);

    // "   at Namespace.Type.Method(...)" – what an unhandled exception prints.
    [GeneratedRegex(@"^\s+at \S+\(.*\)", RegexOptions.Multiline)]
    private static partial Regex StackTraceLine();
}
