using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.Diagnostics;
using KiroSpecs.Core.IO;
using KiroSpecs.Core.Sequences;
using KiroSpecs.Core.Specs;

namespace KiroSpecs.Core.Pipeline;

/// <summary>
/// The pure heart of a run for one feature: approval gate, generation, provenance check and the
/// spec.json update, from a <see cref="FeatureSnapshot"/> to a <see cref="FeatureOutcome"/>.
/// </summary>
public static class FeatureProcessor
{
    /// <summary>Decides what to report and write for one feature.</summary>
    public static FeatureOutcome Process(FeatureSnapshot snapshot, GenerationSettings settings, CancellationToken cancellationToken = default) =>
        Process(snapshot, settings, null, cancellationToken);

    /// <summary>Decides what to report and write for one feature, generating through <paramref name="memo"/> when given.</summary>
    internal static FeatureOutcome Process(FeatureSnapshot snapshot, GenerationSettings settings, GenerationMemo? memo, CancellationToken cancellationToken)
    {
        var paths = snapshot.Paths;
        var diagnostics = new List<Diagnostic>(snapshot.ReadDiagnostics);
        FeatureOutcome Finish(FeatureStatus status, int useCases = 0, int sequences = 0, PlannedWrite? spec = null, PlannedWrite? sequence = null) =>
            new(paths.Name, status, useCases, sequences, diagnostics.ToEquatableArray(), spec, sequence);

        var readFailed = snapshot.ReadDiagnostics.Count > 0;
        if (snapshot.UseCase is null && !readFailed)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UseCaseFileMissing, paths.UseCaseFile, 0, 0, paths.Name, paths.UseCaseFile));
        }

        if (snapshot.Spec is null)
        {
            if (!readFailed)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.SpecFileMissing, paths.SpecFile, 0, 0, paths.Name, paths.SpecFile));
            }

            return Finish(FeatureStatus.Incomplete);
        }

        // Rewriting a spec.json that is not UTF-8 would turn its bytes into U+FFFD: leave it alone (KIRO201 says why).
        if (!snapshot.Spec.IsValidUtf8)
        {
            return Finish(FeatureStatus.Incomplete);
        }

        var read = SpecJsonReader.Read(paths.SpecFile, paths.Name, snapshot.Spec.Text);
        if (read.Error is not null || read.Info is null)
        {
            diagnostics.Add(read.Error ?? Diagnostic.Create(DiagnosticDescriptors.SpecFileInvalid, paths.SpecFile, 1, 1, paths.Name, "it could not be read"));
            return Finish(FeatureStatus.Incomplete);
        }

        var info = read.Info;
        if (!info.UseCaseApproved)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UseCaseNotApproved, paths.SpecFile, info.ApprovalLine, info.ApprovalColumn, paths.Name));
            return Finish(FeatureStatus.NotApproved);
        }

        if (snapshot.UseCase is null)
        {
            return Finish(FeatureStatus.Incomplete);
        }

        var useCaseText = TextFileReader.NormalizeNewLines(snapshot.UseCase.Text);
        var useCaseHash = ContentHash.Of(useCaseText);
        if (info.ApprovedUseCaseHash is { } approvedHash && !ApprovalHash.MatchesContentHash(approvedHash, useCaseHash))
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UseCaseChangedSinceApproval, paths.UseCaseFile, 1, 1, paths.Name));
            return Finish(FeatureStatus.ChangedSinceApproval);
        }

        // The committed output proves itself: an intact sequence.md whose marker pins these very
        // inputs (usecase.md, participants, generator) is what generation would produce, so a fresh
        // clone decides it without parsing or generating anything (README "Performance").
        var pin = InputPin.Of(settings.GeneratorIdentity, paths.Name, settings.Translation, useCaseHash);
        var existing = snapshot.Sequence is null ? null : TextFileReader.NormalizeNewLines(snapshot.Sequence.Text);
        if (existing is not null && GeneratedMarker.IsCurrent(existing, pin))
        {
            return Finish(FeatureStatus.UpToDate);
        }

        var input = new SequenceGenerationInput(paths.Name, useCaseText, paths.UseCaseFile, settings.Translation);
        var generated = memo is null ? SequenceGenerator.Generate(input, cancellationToken) : memo.Generate(input, cancellationToken);
        diagnostics.AddRange(generated.Diagnostics);
        if (generated.UseCaseCount == 0)
        {
            return Finish(FeatureStatus.NoUseCases);
        }

        // A sequence.md that exists but could not be read (locked, no permission) is never replaced
        // unseen: it may hold a person's work. KIRO200 is reported and the next build tries again.
        if (snapshot.Sequence is null && snapshot.ReadDiagnostics.Any(d => d.File == paths.SequenceFile))
        {
            return Finish(FeatureStatus.Incomplete, generated.UseCaseCount, generated.SequencesCount);
        }

        // Only output whose generation reported nothing is pinned: taking the shortcut for the
        // others would lose their usecase.md warnings on a fresh clone.
        var wantedPin = generated.Diagnostics.Count == 0 ? pin : null;
        // The marker line and the generated result are written one after the other: the text of the file is joined
        // only to report where it differs (verify mode, a file edited by hand).
        var wantedLine = GeneratedMarker.Line(generated, settings.GeneratorVersion, wantedPin);
        string Wanted() => wantedLine + generated.Markdown;
        FeatureOutcome Done(FeatureStatus status, PlannedWrite? spec = null, PlannedWrite? sequence = null) =>
            Finish(status, generated.UseCaseCount, generated.SequencesCount, spec, sequence);

        var provenance = existing is null ? MarkerState.Unmodified : GeneratedMarker.Inspect(existing);

        // Compare the diagrams, not the marker line: a package upgrade that generates the same
        // diagrams changes no diagram. Outside verify mode it refreshes the marker line alone, so the
        // next fresh clone can take the shortcut again; spec.json is left as it is.
        if (existing is not null && provenance == MarkerState.Unmodified && GeneratedMarker.HasBody(existing, generated))
        {
            var refresh = !settings.Verify && wantedPin is not null && GeneratedMarker.PinOf(existing) != wantedPin;
            return refresh ? Done(FeatureStatus.UpToDate, sequence: SequenceWrite(snapshot, wantedLine, generated)) : Done(FeatureStatus.UpToDate);
        }

        if (settings.Verify)
        {
            diagnostics.Add(Diagnostic.Create(
                DiagnosticDescriptors.SequenceOutOfDate,
                paths.SequenceFile,
                existing is null ? 0 : FirstDifferentLine(existing, Wanted(), provenance),
                existing is null ? 0 : 1,
                paths.SequenceFile,
                Describe(existing, Wanted, provenance)));
            return Done(FeatureStatus.Stale);
        }

        if (provenance != MarkerState.Unmodified && !settings.Overwrite)
        {
            diagnostics.Add(Diagnostic.Create(
                DiagnosticDescriptors.SequenceEditedByHand,
                paths.SequenceFile,
                1,
                1,
                paths.SequenceFile,
                provenance == MarkerState.EditedByHand ? "edited by hand after it was generated" : "not written by KiroSpecs.Build"));
            return Done(FeatureStatus.EditedByHand);
        }

        var sequenceWrite = SequenceWrite(snapshot, wantedLine, generated);
        var metadata = new SequenceMetadata(generated.SequencesCount, generated.ErrorFlowsDefined, settings.UpdatedAt);
        var updatedSpec = SpecJsonEditor.ApplySequenceMetadata(snapshot.Spec.Text, metadata);
        var specWrite = updatedSpec == snapshot.Spec.Text ? null : new PlannedWrite(paths.SpecFile, updatedSpec, snapshot.Spec.HasBom);
        return Done(FeatureStatus.Generated, specWrite, sequenceWrite);
    }

    // The line endings and BOM of an existing file are kept.
    private static PlannedWrite SequenceWrite(FeatureSnapshot snapshot, string markerLine, SequenceGenerationResult generated) =>
        new(snapshot.Paths.SequenceFile, markerLine, generated, snapshot.Sequence?.NewLine ?? "\n", snapshot.Sequence?.HasBom ?? false);

    // The marker line holds a hash of everything below it, so it always differs when anything
    // does: compare the bodies to point at the line a reader should look at.
    private static int FirstDifferentLine(string existing, string wanted, MarkerState provenance) =>
        provenance == MarkerState.NotGenerated
            ? TextDiff.FirstDifferentLine(existing, wanted)
            : 1 + TextDiff.FirstDifferentLine(GeneratedMarker.BodyOf(existing), GeneratedMarker.BodyOf(wanted));

    private static string Describe(string? existing, System.Func<string> wanted, MarkerState provenance)
    {
        if (existing is null)
        {
            return "is missing";
        }

        var line = FirstDifferentLine(existing, wanted(), provenance);
        var why = provenance switch
        {
            MarkerState.NotGenerated => " (it was not written by KiroSpecs.Build)",
            MarkerState.EditedByHand => " (it was edited by hand)",
            _ => string.Empty,
        };
        return "differs from what usecase.md generates, first at line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture) + why;
    }
}
