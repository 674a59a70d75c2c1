using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.Diagnostics;
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
        try
        {
            var document = UseCaseParser.Parse(input?.UseCaseText ?? string.Empty, path, cancellationToken);
            var diagnostics = new List<Diagnostic>(document.Diagnostics);
            if (document.UseCases.Count == 0)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.NoUseCases, path, 1, 1, feature));
                return new SequenceGenerationResult(string.Empty, 0, 0, false, Sorted(diagnostics));
            }

            var vocabulary = CompiledVocabulary.Create(input?.Options ?? TranslationOptions.Default);
            var aliases = new AliasRegistry();
            aliases.AliasFor("System", "SYS");
            var participants = new List<UseCaseParticipants>(document.UseCases.Count);
            foreach (var useCase in document.UseCases)
            {
                participants.Add(new UseCaseParticipants(useCase, document.Actors, vocabulary, aliases));
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

    private static EquatableArray<Diagnostic> Sorted(List<Diagnostic> diagnostics) =>
        diagnostics
            .OrderBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToEquatableArray();
}
