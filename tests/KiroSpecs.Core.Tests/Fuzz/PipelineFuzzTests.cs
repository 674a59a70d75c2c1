using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.IO;
using KiroSpecs.Core.Pipeline;
using KiroSpecs.Core.Sequences;
using KiroSpecs.Core.Specs;
using KiroSpecs.Testing;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Fuzz;

/// <summary>
/// A seeded mutation fuzzer over the in-process pipeline (<see cref="FeatureProcessor.Process"/>, which
/// runs <see cref="SequenceGenerator.Generate"/> and the spec.json editor): it never throws, never
/// reports an internal error, every planned sequence.md carries a valid marker, every rewritten
/// spec.json is still valid JSON, and a sample of the outputs passes the real Mermaid parser.
/// </summary>
/// <remarks>
/// Bounded by time: KIROSPECS_FUZZ_SECONDS (default 5). Iteration i uses seed KIROSPECS_FUZZ_SEED + i
/// (default base 20261124), so a failure names the one seed that reproduces it; set
/// KIROSPECS_FUZZ_SEED to that value and KIROSPECS_FUZZ_SECONDS=0 to replay exactly that case.
/// Longer run: <c>KIROSPECS_FUZZ_SECONDS=600 dotnet test tests/KiroSpecs.Core.Tests --filter FullyQualifiedName~Fuzz</c>.
/// </remarks>
[TestFixture]
[NonParallelizable]
public sealed class PipelineFuzzTests
{
    private const int DefaultSeconds = 5;
    private const int DefaultBaseSeed = 20261124;
    private const int DefaultSamples = 40;

    private static readonly ParticipantRule[] s_hostileRules =
    [
        new("Ledger; #1 %% end", "end", new[] { "ledger", "end" }.ToEquatableArray(), false),
        new("Shift Supervisor", "Sup", new[] { "supervisor", "->>" }.ToEquatableArray(), true),
        new("Database", "participant", new[] { "database", "" }.ToEquatableArray(), false),
        new("", "", new[] { "system" }.ToEquatableArray(), false),
        new("Cache <b>", "C:a,b", new[] { "cache", "日本語" }.ToEquatableArray(), false),
    ];

    [Test]
    public void MutatedDocuments_NeverBreakThePipeline()
    {
        // arrange
        var seconds = ReadInt("KIROSPECS_FUZZ_SECONDS", DefaultSeconds);
        var baseSeed = ReadInt("KIROSPECS_FUZZ_SEED", DefaultBaseSeed);
        var samples = ReadInt("KIROSPECS_FUZZ_SAMPLES", DefaultSamples);
        var sampleDir = RepoPaths.ArtifactsDir(Path.Combine("mermaid-inputs", "fuzz"));
        foreach (var old in Directory.GetFiles(sampleDir, "*.md"))
        {
            File.Delete(old);
        }

        var clock = Stopwatch.StartNew();
        var iterations = 0;
        var generated = 0;
        var written = new List<string>();

        // act + assert: at least one iteration, then as many as fit in the time budget
        for (var i = 0; i == 0 || clock.Elapsed < TimeSpan.FromSeconds(seconds); i++)
        {
            var seed = baseSeed + i;
            var (snapshot, settings) = Create(seed);
            var outcome = ProcessAndCheck(seed, snapshot, settings);
            iterations++;
            if (outcome.SequenceWrite is { } write)
            {
                generated++;

                // Spread the sample over the run: every 7th generated output until the sample is full.
                if (written.Count < samples && generated % 7 == 1)
                {
                    var file = Path.Combine(sampleDir, $"fuzz-seed-{seed.ToString(CultureInfo.InvariantCulture)}.md");
                    File.WriteAllText(file, TextFileReader.NormalizeNewLines(write.Text), new UTF8Encoding(false));
                    written.Add(file);
                }
            }
        }

        TestContext.Out.WriteLine($"fuzz: {iterations} documents in {clock.Elapsed.TotalSeconds:0.0} s (seeds {baseSeed}..{baseSeed + iterations - 1}), {generated} generated, {written.Count} checked by Mermaid");

        // assert: the sample passes the real Mermaid parser (each file is named after its seed)
        Assert.That(written, Is.Not.Empty, "no mutant produced a sequence.md; the fuzzer is too destructive");
        MermaidChecker.AssertValid(written.ToArray());
    }

    /// <summary>
    /// The same checks over mutations of the real documents of ../shared/corpus (read at run time, never copied
    /// into the project): other people's layouts, languages and sizes, not only the project's own seeds.
    /// </summary>
    [Test]
    public void MutatedCorpusDocuments_NeverBreakThePipeline()
    {
        // arrange
        var root = Fixtures.SharedDocuments.Root("corpus");
        if (!Directory.Exists(root))
        {
            Assert.Ignore($"input missing: {root} does not exist (the corpus is read from ../shared/corpus beside the repository)");
        }

        var documents = Directory.GetDirectories(root).OrderBy(d => d, StringComparer.Ordinal)
            .Select(d => Path.Combine(d, "usecase.md")).Where(File.Exists).Select(File.ReadAllText).ToArray();
        Assert.That(documents, Is.Not.Empty, root + " has no folder with a usecase.md");
        var seconds = ReadInt("KIROSPECS_FUZZ_SECONDS", DefaultSeconds);
        var baseSeed = ReadInt("KIROSPECS_FUZZ_SEED", DefaultBaseSeed);
        var clock = Stopwatch.StartNew();
        var iterations = 0;

        // act + assert: every document once unmutated, then mutants as long as the time budget lasts
        for (var i = 0; i < documents.Length || clock.Elapsed < TimeSpan.FromSeconds(seconds); i++)
        {
            var seed = baseSeed + i;
            var (snapshot, settings) = Create(seed, documents, mutate: i >= documents.Length);
            ProcessAndCheck(seed, snapshot, settings);
            iterations++;
        }

        TestContext.Out.WriteLine($"corpus fuzz: {iterations} documents from {documents.Length} originals in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Test]
    public void SameSeed_SameOutcome()
    {
        for (var seed = DefaultBaseSeed; seed < DefaultBaseSeed + 50; seed++)
        {
            var (a, settingsA) = Create(seed);
            var (b, settingsB) = Create(seed);
            var first = FeatureProcessor.Process(a, settingsA);
            var second = FeatureProcessor.Process(b, settingsB);
            Assert.That(second.SequenceWrite?.Text, Is.EqualTo(first.SequenceWrite?.Text), $"seed {seed}");
            Assert.That(second.SpecWrite?.Text, Is.EqualTo(first.SpecWrite?.Text), $"seed {seed}");
            Assert.That(second.Diagnostics.Select(d => d.ToString()), Is.EqualTo(first.Diagnostics.Select(d => d.ToString())), $"seed {seed}");
        }
    }

    /// <summary>Builds the mutated feature for one seed. Pure function of the seed.</summary>
    private static (FeatureSnapshot Snapshot, GenerationSettings Settings) Create(int seed) => Create(seed, FuzzSeeds.UseCases, mutate: true);

    /// <summary>The same from the given documents; unmutated, document seed mod count is taken as written.</summary>
    private static (FeatureSnapshot Snapshot, GenerationSettings Settings) Create(int seed, IReadOnlyList<string> documents, bool mutate)
    {
        var random = new Random(seed);
        var mutator = new Mutator(random);
        var useCaseText = mutate ? mutator.MutateText(mutator.Pick(documents), 6) : documents[(int)((uint)seed % (uint)documents.Count)];
        var useCase = mutator.Chance(6)
            ? TextFileReader.Decode(mutator.MutateBytes(Encoding.UTF8.GetBytes(useCaseText)), new FileStamp(1, 1))
            : new TextFileContent(useCaseText, false, true, new FileStamp(1, 1));

        var specText = mutator.Pick(FuzzSeeds.Specs);
        if (mutator.Chance(4))
        {
            specText = mutator.MutateText(specText, 3);
        }

        var spec = mutator.Chance(12)
            ? TextFileReader.Decode(mutator.MutateBytes(Encoding.UTF8.GetBytes(specText)), new FileStamp(2, 2))
            : new TextFileContent(specText, mutator.Chance(5), true, new FileStamp(2, 2));

        TextFileContent? sequence = random.Next(4) switch
        {
            0 => null,
            1 => new TextFileContent(GeneratedMarker.Stamp(mutator.MutateText("# Sequence Diagrams: old\n", 2), "0.0.1"), false, true, new FileStamp(3, 3)),
            2 => new TextFileContent(mutator.MutateText("<!-- Generated by KiroSpecs.Build 0.0.1 from usecase.md; edit usecase.md, not this file. sha256:00 -->\nbody\n", 2), false, true, new FileStamp(3, 3)),
            _ => new TextFileContent("# Written by hand\n", false, true, new FileStamp(3, 3)),
        };

        var participants = mutator.Chance(5) ? s_hostileRules.Where(_ => mutator.Chance(2)).ToArray() : [];
        var settings = new GenerationSettings(
            new TranslationOptions(participants.ToEquatableArray()),
            "0.0.0-fuzz",
            "2026-01-01T00:00:00Z",
            Verify: mutator.Chance(10),
            Overwrite: mutator.Chance(3),
            MaxInputBytes: long.MaxValue);
        var paths = new FeaturePaths("fuzz-" + seed.ToString(CultureInfo.InvariantCulture), "/fuzz/feature");
        return (new FeatureSnapshot(paths, spec, useCase, sequence, EquatableArray<Core.Diagnostics.Diagnostic>.Empty), settings);
    }

    /// <summary>Runs the pipeline on one fuzzed feature and checks its outcome; a throw fails with the seed.</summary>
    private static FeatureOutcome ProcessAndCheck(int seed, FeatureSnapshot snapshot, GenerationSettings settings)
    {
        FeatureOutcome outcome;
        try
        {
            outcome = FeatureProcessor.Process(snapshot, settings);
        }
        catch (Exception e)
        {
            throw new AssertionException($"seed {seed}: FeatureProcessor.Process threw {e}\n{Describe(snapshot)}");
        }

        Check(seed, snapshot, settings, outcome);
        return outcome;
    }

    private static void Check(int seed, FeatureSnapshot snapshot, GenerationSettings settings, FeatureOutcome outcome)
    {
        var context = $"seed {seed} (KIROSPECS_FUZZ_SEED={seed} KIROSPECS_FUZZ_SECONDS=0 replays it)\n{Describe(snapshot)}";
        foreach (var d in outcome.Diagnostics)
        {
            Assert.That(d.Code, Is.Not.EqualTo("KIRO199").And.Not.EqualTo("KIRO299"), $"internal error {d}\n{context}");
            Assert.That(d.File, Is.Not.Empty, context);
            Assert.That(d.Line, Is.GreaterThanOrEqualTo(0), context);
        }

        if (settings.Verify)
        {
            Assert.That(outcome.SequenceWrite, Is.Null, "verify mode writes nothing\n" + context);
            Assert.That(outcome.SpecWrite, Is.Null, "verify mode writes nothing\n" + context);
        }

        if (outcome.SequenceWrite is { } sequence)
        {
            var lf = TextFileReader.NormalizeNewLines(sequence.Text);
            Assert.That(GeneratedMarker.Inspect(lf), Is.EqualTo(MarkerState.Unmodified), "a planned sequence.md carries a matching marker\n" + context);
            // A diagram, unless no use case has a step to draw (then each says so and none is drawn).
            Assert.That(lf.Contains("```mermaid\nsequenceDiagram\n") || lf.Contains("so no diagram is drawn"), Is.True, context);
            if (snapshot.Sequence is { } existing && !settings.Overwrite)
            {
                Assert.That(GeneratedMarker.Inspect(TextFileReader.NormalizeNewLines(existing.Text)), Is.EqualTo(MarkerState.Unmodified), "a sequence.md that is not ours is replaced only on request\n" + context);
            }
        }

        if (outcome.SpecWrite is { } specWrite)
        {
            Assert.That(snapshot.Spec!.IsValidUtf8, Is.True, "a spec.json that is not UTF-8 is never rewritten\n" + context);
            Assert.That(outcome.SequenceWrite, Is.Not.Null, "spec.json changes only with sequence.md\n" + context);
            var reread = SpecJsonReader.Read("/fuzz/feature/spec.json", "fuzz", specWrite.Text);
            Assert.That(reread.Error, Is.Null, "the rewritten spec.json is still readable\n" + context + "\n--- written:\n" + specWrite.Text);
            Assert.That(reread.Info!.UseCaseApproved, Is.True, context);
            Assert.That(JsonIsValid(specWrite.Text), Is.True, "the rewritten spec.json is valid JSON\n" + context + "\n--- written:\n" + specWrite.Text);
        }
    }

    private static bool JsonIsValid(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text.TrimStart('\uFEFF'), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Describe(FeatureSnapshot snapshot)
    {
        static string Cut(string? text) => text is null ? "(none)" : text.Length > 4000 ? text[..4000] + "\n…(" + text.Length + " chars)" : text;
        return "--- usecase.md:\n" + Cut(snapshot.UseCase?.Text) + "\n--- spec.json:\n" + Cut(snapshot.Spec?.Text) + "\n--- sequence.md:\n" + Cut(snapshot.Sequence?.Text);
    }

    private static int ReadInt(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
