using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.Diagnostics;
using KiroSpecs.Core.Interactions;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// Turns the text of usecase.md into sequence.md, deterministically: parse (Markdig, once), interpret each
/// step, plan the diagrams, render every section. Never throws except when cancelled; problems with the
/// input come back as diagnostics.
/// </summary>
public static class SequenceGenerator
{
    /// <summary>Generates sequence.md for one feature.</summary>
    public static SequenceGenerationResult Generate(SequenceGenerationInput input, CancellationToken cancellationToken = default)
    {
        var path = input?.UseCasePath ?? string.Empty;
        var feature = input?.FeatureName ?? string.Empty;
        using var measures = Durations.RememberForDocument();
        try
        {
            var document = UseCaseParser.Parse(input?.UseCaseText ?? string.Empty, path, cancellationToken);
            var diagnostics = new List<Diagnostic>(document.Diagnostics);
            if (document.UseCases.Count == 0)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.NoUseCases, path, 1, 1, feature));
                return new SequenceGenerationResult(string.Empty, 0, 0, false, Sorted(diagnostics));
            }

            var participants = BuildModels(document, input?.Options, cancellationToken);
            foreach (var useCase in document.UseCases)
            {
                foreach (var (note, sentence) in ProseFacts.UndrawnFailures(useCase))
                {
                    diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ProseFailureNotDrawn, path, note.Position.Line, note.Position.Column, useCase.DisplayName, TextClip.Clip(sentence, 80)));
                }
            }

            var context = new DocumentContext(document, feature, participants);
            var markdown = SequenceDocumentRenderer.Render(context, cancellationToken, out var errorFlows);
            return new SequenceGenerationResult(markdown, document.UseCases.Count, document.UseCases.Count, errorFlows > 0, Sorted(diagnostics));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Generate must never throw: any unexpected failure becomes a diagnostic.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var diagnostic = Diagnostic.Create(DiagnosticDescriptors.UseCaseUnreadable, path, 0, 0, ex.GetType().Name + ": " + ex.Message);
            return new SequenceGenerationResult(string.Empty, 0, 0, false, new[] { diagnostic }.ToEquatableArray());
        }
    }

    /// <summary>
    /// The use-case and interaction model of usecase.md in its readable text form (what the diagrams are drawn
    /// from), for reviewing a change of reading as a model diff.
    /// </summary>
    public static string DescribeModel(SequenceGenerationInput input, CancellationToken cancellationToken = default)
    {
        var document = UseCaseParser.Parse(input?.UseCaseText ?? string.Empty, input?.UseCasePath ?? string.Empty, cancellationToken);
        return ModelPrinter.Print(BuildModels(document, input?.Options, cancellationToken));
    }

    /// <summary>One interaction model per use case; participants get document-wide aliases in order of use case.</summary>
    private static List<InteractionModel> BuildModels(UseCaseDocument document, TranslationOptions? options, CancellationToken cancellationToken)
    {
        var vocabulary = CompiledVocabulary.Create(options ?? TranslationOptions.Default);
        var aliases = new AliasRegistry();
        var systemName = SystemName.Of(document.UseCases, document.Actors);
        aliases.AliasFor(systemName, "SYS");
        var systemIsNamed = SystemName.IsMentioned(document.UseCases, systemName, document.Actors);
        var models = new List<InteractionModel>(document.UseCases.Count);
        var people = PeopleOfTheDocument.Of(document.UseCases);
        foreach (var useCase in document.UseCases)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A use case that never speaks of "the system" (only another use case of the document does) and names
            // systems of its own to deal with is between the actors it names: no system lifeline is made up for it.
            var named = systemIsNamed && (SystemName.IsMentioned(new[] { useCase }, systemName, document.Actors)
                || !useCase.Actors.Any(a => !ActorKinds.IsPerson(a.Name, a.Description, null, a.Role == ActorRole.Secondary)));
            models.Add(new InteractionModel(useCase, document.Actors, vocabulary, aliases, systemName, named, people, cancellationToken));
        }

        return models;
    }

    private static EquatableArray<Diagnostic> Sorted(List<Diagnostic> diagnostics) =>
        diagnostics
            .OrderBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToEquatableArray();
}
