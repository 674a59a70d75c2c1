using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using KiroSpecs.Build.Tests.Infrastructure;
using KiroSpecs.Testing;
using NUnit.Framework;

namespace KiroSpecs.Build.Tests.Integration;

/// <summary>`dotnet watch build` follows use-case edits (the package's Watch items).</summary>
public sealed class WatchTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(180);

    [Test]
    public void DotnetWatchBuild_RegeneratesSequence_WhenAUseCaseChanges()
    {
        // arrange
        using var project = new ConsumerProject();
        project.AddFeature("snacks", SpecTexts.Spec("snacks", approved: true), SpecTexts.UseCase());
        Assert.That(project.Build().Succeeded, Is.True, "restore and first build");
        var sequence = project.FeatureFile("snacks", "sequence.md");
        var useCase = project.FeatureFile("snacks", "usecase.md");
        Assert.That(File.ReadAllText(sequence), Does.Not.Contain("Customer collects the receipt"));
        var output = new StringBuilder();
        var info = CleanStartInfo.Create("dotnet", project.ProjectDirectory, new[] { "watch", "--non-interactive", "build", "--no-restore", "-nodeReuse:false", "-tl:off" }, new Dictionary<string, string?>
        {
            ["NUGET_PACKAGES"] = PackageFeed.PackagesFolder,
            ["DOTNET_WATCH_SUPPRESS_EMOJIS"] = "1",
            ["DOTNET_WATCH_SUPPRESS_LAUNCH_BROWSER"] = "1",
            // Polling sees edits on every file system the temporary folder may live on.
            ["DOTNET_USE_POLLING_FILE_WATCHER"] = "1",
        });
        using var watch = new Process { StartInfo = info };
        watch.OutputDataReceived += (_, e) => { lock (output) { output.Append(e.Data).Append('\n'); } };
        watch.ErrorDataReceived += (_, e) => { lock (output) { output.Append(e.Data).Append('\n'); } };

        try
        {
            // act
            watch.Start();
            watch.StandardInput.Close();
            watch.BeginOutputReadLine();
            watch.BeginErrorReadLine();
            WaitFor(() => Text(output).Contains("Waiting for a file to change", StringComparison.OrdinalIgnoreCase), "dotnet watch to finish its first build", output);
            File.WriteAllText(useCase, SpecTexts.UseCase(extraStep: "\n7. Customer collects the receipt"));

            // assert
            WaitFor(() => File.ReadAllText(sequence).Contains("collects the receipt", StringComparison.Ordinal), "sequence.md to follow the edited usecase.md", output);
        }
        finally
        {
            if (!watch.HasExited)
            {
                watch.Kill(entireProcessTree: true);
            }

            watch.WaitForExit();
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static void WaitFor(Func<bool> condition, string what, StringBuilder output)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > s_timeout)
            {
                Assert.Fail($"timed out after {s_timeout.TotalSeconds} s waiting for {what}:\n{Text(output)}");
            }

            Thread.Sleep(250);
        }
    }
}
