using System.Linq;
using KiroSpecs.Testing;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.Diagnostics;
using KiroSpecs.Core.IO;
using KiroSpecs.Core.Pipeline;
using KiroSpecs.Core.Sequences;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Pipeline;

/// <summary>
/// The committed output proves itself: a marker that pins the inputs (usecase.md, participants,
/// generator) lets a build without any cache decide a feature without generating, and every change
/// of an input still leads to the outcome it led to before.
/// </summary>
public sealed class InputPinTests
{
    private const string UseCase = FeatureProcessorTests.UseCase;
    private const string Spec = "{\n  \"approvals\": { \"usecase\": { \"generated\": true, \"approved\": true } }\n}\n";

    private static readonly GenerationSettings s_settings = FeatureProcessorTests.s_settings;
    private static readonly GenerationSettings s_verify = s_settings with { Verify = true };

    private static readonly TranslationOptions s_printer = new(new[] { new ParticipantRule("Printer", "PRN", new[] { "ticket" }.ToEquatableArray(), false) }.ToEquatableArray());

    private static FeatureOutcome Process(string useCase, string? sequence, GenerationSettings settings)
    {
        TextFileContent Text(string text) => new(text, false, true, FileStamp.Missing);
        var snapshot = new FeatureSnapshot(new FeaturePaths("kiosk", "/specs/kiosk"), Text(Spec), Text(useCase), sequence is null ? null : Text(sequence), EquatableArray<Diagnostic>.Empty);
        return FeatureProcessor.Process(snapshot, settings);
    }

    private static string PinFor(string useCase, GenerationSettings settings) =>
        InputPin.Of(settings.GeneratorIdentity, "kiosk", settings.Translation, ContentHash.Of(useCase));

    private static string Generated(GenerationSettings settings, string useCase = UseCase) => Process(useCase, null, settings).SequenceWrite!.Text;

    [Test]
    public void GeneratedMarker_PinsTheInputs()
    {
        var text = Generated(s_settings);

        Assert.That(GeneratedMarker.PinOf(text), Is.EqualTo(PinFor(UseCase, s_settings)));
        Assert.That(GeneratedMarker.PinOf(text), Does.StartWith("v" + InputPin.FormatVersion + "-"));
        Assert.That(GeneratedMarker.Inspect(text), Is.EqualTo(MarkerState.Unmodified));
    }

    [Test]
    public void PinnedIntactOutput_IsUpToDate_WithoutGenerating([Values] bool verify)
    {
        // A body generation would never produce: only the pin can make this "up to date".
        var pinned = GeneratedMarker.Stamp("# Sequence Diagrams: Kiosk\n\nkept as committed\n", "1.0.0", PinFor(UseCase, s_settings));

        var outcome = Process(UseCase, pinned, verify ? s_verify : s_settings);

        Assert.That(outcome.Status, Is.EqualTo(FeatureStatus.UpToDate));
        Assert.That(outcome.Diagnostics, Is.Empty);
        Assert.That((outcome.SpecWrite, outcome.SequenceWrite), Is.EqualTo(((PlannedWrite?)null, (PlannedWrite?)null)));
    }

    [Test]
    public void PinIsTheSame_ForCrlfAndLfUseCases()
    {
        var lf = Generated(s_settings);

        var outcome = Process(UseCase.Replace("\n", "\r\n", System.StringComparison.Ordinal), lf.Replace("\n", "\r\n", System.StringComparison.Ordinal), s_verify);

        Assert.That(outcome.Status, Is.EqualTo(FeatureStatus.UpToDate));
    }

    [Test]
    public void HandEditedPinnedOutput_IsKeptWithKiro006_AndFailsVerifyWithKiro007()
    {
        var edited = Generated(s_settings) + "\nReviewed.\n";

        var kept = Process(UseCase, edited, s_settings);
        var verified = Process(UseCase, edited, s_verify);

        Assert.That((kept.Status, kept.Diagnostics.Single().Code, kept.SequenceWrite), Is.EqualTo((FeatureStatus.EditedByHand, "KIRO006", (PlannedWrite?)null)));
        Assert.That((verified.Status, verified.Diagnostics.Single().Code), Is.EqualTo((FeatureStatus.Stale, "KIRO007")));
    }

    [Test]
    public void ChangedUseCase_Regenerates_AndFailsVerify()
    {
        var committed = Generated(s_settings);
        var changed = UseCase + "4. Visitor takes the ticket\n";

        var regenerated = Process(changed, committed, s_settings);
        var verified = Process(changed, committed, s_verify);

        Assert.That(regenerated.Status, Is.EqualTo(FeatureStatus.Generated));
        Assert.That(regenerated.SequenceWrite!.Text, Does.Contain("takes the ticket"));
        Assert.That(GeneratedMarker.PinOf(regenerated.SequenceWrite.Text), Is.EqualTo(PinFor(changed, s_settings)));
        Assert.That(verified.Diagnostics.Single().Code, Is.EqualTo("KIRO007"));
    }

    [Test]
    public void ChangedParticipants_Regenerate_AndFailVerify()
    {
        var committed = Generated(s_settings);
        var withPrinter = s_settings with { Translation = s_printer };

        var regenerated = Process(UseCase, committed, withPrinter);
        var verified = Process(UseCase, committed, withPrinter with { Verify = true });

        Assert.That(regenerated.Status, Is.EqualTo(FeatureStatus.Generated));
        Assert.That(regenerated.SequenceWrite!.Text, Does.Contain("PRN"));
        Assert.That(verified.Diagnostics.Single().Code, Is.EqualTo("KIRO007"));
    }

    [Test]
    public void OutputOfAnotherGenerator_WithOtherDiagrams_IsRegenerated_AndFailsVerify()
    {
        var other = s_settings with { GeneratorIdentity = "src-another-generator" };
        var fromOther = GeneratedMarker.Stamp("# Sequence Diagrams: Kiosk\n\nwhat the other generator drew\n", "0.9.0", PinFor(UseCase, other));

        var regenerated = Process(UseCase, fromOther, s_settings);
        var verified = Process(UseCase, fromOther, s_verify);

        Assert.That(regenerated.Status, Is.EqualTo(FeatureStatus.Generated));
        Assert.That(GeneratedMarker.BodyOf(regenerated.SequenceWrite!.Text), Is.EqualTo(GeneratedMarker.BodyOf(Generated(s_settings))));
        Assert.That(verified.Diagnostics.Single().Code, Is.EqualTo("KIRO007"));
    }

    [Test]
    public void OutputOfAnotherGenerator_WithTheSameDiagrams_GetsOnlyItsMarkerRefreshed_AndPassesVerify()
    {
        var other = s_settings with { GeneratorIdentity = "src-another-generator" };
        var fromOther = Generated(other);

        var refreshed = Process(UseCase, fromOther, s_settings);
        var verified = Process(UseCase, fromOther, s_verify);

        Assert.That(refreshed.Status, Is.EqualTo(FeatureStatus.UpToDate));
        Assert.That(refreshed.SpecWrite, Is.Null);
        Assert.That(refreshed.SequenceWrite!.Text, Is.EqualTo(Generated(s_settings)));
        Assert.That((verified.Status, verified.SequenceWrite), Is.EqualTo((FeatureStatus.UpToDate, (PlannedWrite?)null)));
    }

    [Test]
    public void MarkerWithoutPin_StillWorks_ByGeneratingAndComparing()
    {
        var current = Generated(s_settings);
        var unpinned = GeneratedMarker.Stamp(GeneratedMarker.BodyOf(current), "0.1.0");
        var unpinnedStale = GeneratedMarker.Stamp("# Sequence Diagrams: Kiosk\n\nolder diagrams\n", "0.1.0");

        Assert.That(GeneratedMarker.Inspect(unpinned), Is.EqualTo(MarkerState.Unmodified));
        Assert.That(GeneratedMarker.PinOf(unpinned), Is.Null);
        Assert.That(Process(UseCase, unpinned, s_verify).Status, Is.EqualTo(FeatureStatus.UpToDate));
        Assert.That(Process(UseCase, unpinned, s_settings).SequenceWrite!.Text, Is.EqualTo(current), "the marker gains its pin");
        Assert.That(Process(UseCase, unpinnedStale, s_verify).Diagnostics.Single().Code, Is.EqualTo("KIRO007"));
        Assert.That(Process(UseCase, unpinned + "edit\n", s_settings).Diagnostics.Single().Code, Is.EqualTo("KIRO006"));
    }

    [Test]
    public void OutputWithUseCaseWarnings_IsNotPinned_SoFreshBuildsReportTheWarningsAgain()
    {
        var withWarning = UseCase + "\n### UC-2: Empty\n\n#### Basic Flow\n";
        var first = Process(withWarning, null, s_settings);

        var again = Process(withWarning, first.SequenceWrite!.Text, s_verify);

        Assert.That(first.Diagnostics, Is.Not.Empty);
        Assert.That(GeneratedMarker.PinOf(first.SequenceWrite.Text), Is.Null);
        Assert.That(again.Status, Is.EqualTo(FeatureStatus.UpToDate));
        Assert.That(again.Diagnostics.Select(d => d.Code), Is.EqualTo(first.Diagnostics.Select(d => d.Code)));
    }

    [Test]
    public void Pin_ChangesWithEveryInput()
    {
        var hash = ContentHash.Of(UseCase);
        var pins = new[]
        {
            InputPin.Of("g1", "kiosk", TranslationOptions.Default, hash),
            InputPin.Of("g2", "kiosk", TranslationOptions.Default, hash),
            InputPin.Of("g1", "kiosk2", TranslationOptions.Default, hash),
            InputPin.Of("g1", "kiosk", s_printer, hash),
            InputPin.Of("g1", "kiosk", TranslationOptions.Default, ContentHash.Of(UseCase + "x")),
            InputPin.Of("g1", "kiosk", new(new[] { new ParticipantRule("Printer", "PRN", new[] { "ticket" }.ToEquatableArray(), true) }.ToEquatableArray()), hash),
            InputPin.Of("g1", "kiosk", new(new[] { new ParticipantRule("Printer", "PRN;", new[] { "ticket" }.ToEquatableArray(), false) }.ToEquatableArray()), hash),
        };

        Assert.That(pins.Distinct().Count(), Is.EqualTo(pins.Length));
        Assert.That(GeneratorIdentity.Current, Does.StartWith("src-").And.Length.EqualTo(4 + 64));
    }
}
