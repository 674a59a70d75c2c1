using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>"## Primary Sequences": per use case a success flow and one error flow per exception.</summary>
internal static partial class PrimarySequencesRenderer
{
    /// <summary>The number of error flows <see cref="Render"/> draws: one per exception flow.</summary>
    public static int ErrorFlowCount(DocumentContext context)
    {
        var count = 0;
        foreach (var useCase in context.UseCases)
        {
            foreach (var branch in useCase.Branches)
            {
                count += branch.Kind == BranchKind.Exception ? 1 : 0;
            }
        }

        return count;
    }

    public static int Render(MarkdownBuilder md, DocumentContext context, System.Threading.CancellationToken cancellationToken)
    {
        var errorFlows = 0;
        var budget = new ErrorFlowBudget();
        md.Heading(2, "Primary Sequences");
        for (var i = 0; i < context.UseCases.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var useCase = context.UseCases[i];
            var participants = context.Participants[i];
            md.Heading(3, "Sequence " + (i + 1).ToString(CultureInfo.InvariantCulture) + ": " + MarkdownText.Escape(Title(useCase, i)));
            // A use case whose stated result is a failure ("Environment creation fails …") has no success flow to show.
            var basicFailure = OutcomeReader.BasicFlowFailure(useCase);
            md.Heading(4, basicFailure.Length > 0 ? "Error Flow - Basic Flow" : "Success Flow");
            errorFlows += basicFailure.Length > 0 ? 1 : 0;
            md.Block(MarkdownText.Escape(SuccessSummary(useCase)
                + (basicFailure.Length > 0 ? " Its stated result is a failure: " + basicFailure.TrimEnd('.') + "." : string.Empty)));
            if (useCase.Steps.Count > 0 || useCase.Written is not null || useCase.Branches.Count > 0)
            {
                SuccessFlowPlanner.Render(md, useCase, participants, cancellationToken);
                if (ProseFacts.UndrawnBranches(useCase) is { Count: > 0 } prose)
                {
                    // "If the caller hangs up before the claim number is given, …": said, so the reader knows it is not drawn.
                    md.Block("usecase.md also states these cases in prose beside the steps; they are not drawn above:").Bullets(prose);
                }

                if (VariantsOfTheFlow(useCase) is { Count: > 0 } variants)
                {
                    // "Editing an existing line is the same flow from step 3, except that at step 6 …": a variant the
                    // author writes as a sentence, which no arrow draws; quoted, not dropped.
                    md.Block("usecase.md also states this variant of the flow; it is not drawn above:").Bullets(variants);
                }
            }

            foreach (var branch in useCase.Branches.Where(b => b.Kind == BranchKind.Exception))
            {
                cancellationToken.ThrowIfCancellationRequested();
                errorFlows++;
                md.Heading(4, "Error Flow - " + MarkdownText.Escape(ErrorTitle(branch)));
                md.Block(MarkdownText.Escape(branch.Id + ": " + ErrorFlowPlanner.Describe(branch)));
                ErrorFlowPlanner.Render(md, useCase, branch, participants, budget);
            }

            foreach (var same in useCase.SameAs)
            {
                var kind = SectionClassifier.Classify(same.Section);
                if (kind is SectionKind.ExceptionFlows or SectionKind.AlternativeFlows or SectionKind.Extensions)
                {
                    var target = context.IndexOf(same.UseCaseId) + 1;
                    md.Block(MarkdownText.Escape(same.Section + ": same as " + same.UseCaseId
                        + (target > 0 ? " (see Sequence " + target.ToString(CultureInfo.InvariantCulture) + ")." : ".")));
                }
            }
        }

        return errorFlows;
    }

    /// <summary>
    /// The sentences beside a use case's steps that state a variant of its flow ("… is the same flow from step 3,
    /// except that at step 6 …", "… o mesmo fluxo a partir do passo 2 …"), cited by their line.
    /// </summary>
    private static List<string> VariantsOfTheFlow(UseCase useCase)
    {
        var variants = new List<string>();
        foreach (var note in useCase.Notes)
        {
            if (variants.Count < 5 && !note.IsCode && s_variant.IsMatch(note.Text))
            {
                variants.Add("line " + note.Position.Line.ToString(CultureInfo.InvariantCulture) + ": " + MarkdownText.Escape(note.Text.Trim()));
            }
        }

        return variants;
    }

    private const string VariantPattern =
        @"\b(?:same\s+flow|mesmo\s+fluxo|mismo\s+flujo)\b.{0,40}\b(?:steps?|passos?|pasos?)\s+\d+";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_variant = VariantRegex();

    [System.Text.RegularExpressions.GeneratedRegex(VariantPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex VariantRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_variant = new(VariantPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    internal static string Title(UseCase useCase, int index)
    {
        var name = useCase.DisplayName;
        return name.Length == 0 ? "Use case " + (index + 1).ToString(CultureInfo.InvariantCulture) : name;
    }

    private static string ErrorTitle(UseCaseBranch branch) =>
        branch.Title.Length > 0 ? branch.Id + " " + branch.Title : branch.Id;

    private static string SuccessSummary(UseCase useCase)
    {
        if (useCase.Steps.Count == 0 && useCase.Written is { } written)
        {
            return "usecase.md writes this use case as a Mermaid sequence diagram (line " + written.Position.Line.ToString(CultureInfo.InvariantCulture)
                + "); it is drawn again as written, with the author's numbers in the messages.";
        }

        if (useCase.Steps.Count == 0 && useCase.Branches.Count == 0)
        {
            // A diagram of nothing would only show a lifeline the author never named.
            return "usecase.md gives no steps for this use case (line " + useCase.Position.Line.ToString(CultureInfo.InvariantCulture)
                + "), so no diagram is drawn; the build warns with KIRO101.";
        }

        if (useCase.Steps.Count == 0)
        {
            return "usecase.md gives no steps for this use case.";
        }

        var first = useCase.Steps[0].Number;
        var last = useCase.Steps[useCase.Steps.Count - 1].Number;
        var text = "Basic flow " + (first == last ? "step " + first : "steps " + first + "-" + last);
        var alternatives = useCase.Branches.Where(b => b.Kind == BranchKind.Alternative).Select(b => b.Id).ToList();
        if (alternatives.Count > 0)
        {
            text += ", with " + string.Join(", ", alternatives) + " as alt/opt blocks";
        }

        return text + ".";
    }
}
