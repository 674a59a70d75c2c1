using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.Diagnostics;
using Markdig;
using Markdig.Syntax;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// Parses usecase.md with Markdig (once), then reads its outline into a <see cref="UseCaseDocument"/>.
/// What cannot be read is reported as a diagnostic with its position, never silently dropped.
/// </summary>
public static class UseCaseParser
{
    internal static MarkdownPipeline Pipeline => s_pipeline;

    private static readonly MarkdownPipeline s_pipeline = BuildPipeline();

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder();
        builder.BlockParsers.Insert(0, new NestingGuard());
        return builder.UsePipeTables().UseYamlFrontMatter().Build();
    }

    /// <summary>Parses the text of usecase.md; <paramref name="path"/> is used as the file of diagnostics.</summary>
    public static UseCaseDocument Parse(string text, string path, CancellationToken cancellationToken = default)
    {
        text ??= string.Empty;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        MarkdownDocument markdown;
        try
        {
            markdown = Markdown.Parse(text, s_pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested"))
        {
            // Markdig's guard against stack exhaustion: a reportable property of the input, not a defect.
            var tooDeep = Diagnostic.Create(DiagnosticDescriptors.UseCaseNestedTooDeeply, path, 1, 1, path);
            return new UseCaseDocument(string.Empty, EquatableArray<UseCaseActor>.Empty, EquatableArray<UseCase>.Empty, EquatableArray<UseCaseDependency>.Empty, new[] { tooDeep }.ToEquatableArray());
        }

        cancellationToken.ThrowIfCancellationRequested();
        var entries = OutlineReader.Read(markdown, cancellationToken);

        // The parsed document is not needed past this point: on a large document it is a good part of the memory.
        // Every link opens with '[' (inline, reference or image): a document without one has none to look for in its tree.
        var links = text.IndexOf('[') >= 0 ? LinkReader.Find(markdown) : new List<(int Line, string Text, string Url)>();
        var assembled = UseCaseAssembler.Assemble(entries);
        var diagnostics = new List<Diagnostic>();
        var useCases = new List<UseCase>();
        foreach (var buffer in assembled.UseCases)
        {
            cancellationToken.ThrowIfCancellationRequested();
            useCases.Add(UseCaseBuilder.Build(buffer, path, diagnostics));
        }

        var documentActors = new ActorList();
        var dependencies = new DependencyList();
        var requirements = new List<UseCaseNote>();
        var documentData = new List<DataElement>();
        foreach (var section in assembled.DocumentSections)
        {
            if (section.Kind == SectionKind.Actors)
            {
                ActorReader.Read(section, documentActors);
            }
            else if (section.Kind == SectionKind.Dependencies)
            {
                DependencyReader.Read(section, dependencies);
            }
            else if (section.Kind == SectionKind.DataElements)
            {
                DataElementReader.Read(section, documentData);
            }
            else if (section.Kind == SectionKind.BusinessRules && section.Content.Any(e => e.Kind == OutlineKind.TableRow))
            {
                // "| BR-02 | Patients must … |": each row is a rule, read as a use case's rules table is ("BR-02: …").
                var rules = new List<LabeledText>();
                LabeledTextReader.Read(section, rules);
                requirements.AddRange(rules.Select(r => new UseCaseNote(section.Label, r.Label.Length > 0 ? r.Label + ": " + r.Text : r.Text, false, string.Empty, r.Position)));
            }
            else if (IsDocumentRequirement(section))
            {
                NoteReader.Read(section, requirements);
            }

            foreach (var entry in section.Content)
            {
                RelationReader.Read(entry.Text, dependencies);
            }
        }

        foreach (var useCase in useCases)
        {
            foreach (var note in useCase.Notes)
            {
                RelationReader.Read(note.Text, dependencies);
            }
        }

        LinkReader.Read(links, useCases, dependencies);
        ReportDuplicates(useCases, path, diagnostics);
        var title = assembled.Title;
        return new UseCaseDocument(
            title,
            documentActors.ToEquatableArray(),
            useCases.ToEquatableArray(),
            dependencies.ToEquatableArray(),
            diagnostics.ToEquatableArray())
        {
            Requirements = requirements.ToEquatableArray(),
            Lifecycle = StatusLifecycleReader.Read(entries).ToEquatableArray(),
            DataElements = documentData.ToEquatableArray(),
        };
    }

    private static readonly string[] s_requirementLabels =
    {
        "requirement", "criteria", "constraint", "performance", "security", "service level", "sla", "limits", "要件", "制約",
        "requisito", "restriç", "restricci", "요구", "제약", "concurren", "concorrên", "locking", "bloqueo", "同時",
    };

    /// <summary>A section outside the use cases that states requirements for all of them.</summary>
    private static bool IsDocumentRequirement(SectionBuffer section)
    {
        if (section.Kind is SectionKind.Requirements or SectionKind.BusinessRules)
        {
            return true;
        }

        if (section.Kind is not (SectionKind.FreeText or SectionKind.Unknown))
        {
            return false;
        }

        // "UC-LNK-6: The Student traces a requirement across levels" in a table of contents names a use case, not
        // a section of requirements.
        if (TextPatterns.SafeMatch(TextPatterns.UseCaseReference, section.Label) is { Index: 0 })
        {
            return false;
        }

        var label = section.Label.ToLowerInvariant();
        if (Sequences.SourceItems.IsFiguresSection(label))
        {
            // "## Numbers we keep referring to": the document's figures, quoted where they are read.
            return true;
        }

        foreach (var word in s_requirementLabels)
        {
            if (label.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void ReportDuplicates(List<UseCase> useCases, string path, List<Diagnostic> diagnostics)
    {
        var seen = new Dictionary<string, UseCase>(StringComparer.OrdinalIgnoreCase);
        foreach (var useCase in useCases)
        {
            if (useCase.Id.Length == 0)
            {
                continue;
            }

            if (seen.TryGetValue(useCase.Id, out var first))
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.DuplicateUseCaseId, path, useCase.Position.Line, useCase.Position.Column, useCase.Id, first.Position.Line));
            }
            else
            {
                seen.Add(useCase.Id, useCase);
            }
        }
    }
}
