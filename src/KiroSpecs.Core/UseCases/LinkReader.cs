using System;
using System.Collections.Generic;
using System.Linq;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// Reads the links a use case writes to another use case's document ("via [M02 - Reserve Items](../merchant/M02-Reserve-Items.md)",
/// "[Application loads configuration](UC_get_config.md)"): a relative Markdown file whose name or path says it is
/// a use case (an id such as UC_…, M02-…, or a use-case folder). Links to other documents are not relations.
/// </summary>
internal static class LinkReader
{
    private static readonly string[] s_useCaseFolders = { "usecase", "use-case", "use_case", "use case", "casos-de-uso", "casos_de_uso", "caso-de-uso", "ユースケース" };

    public static void Read(MarkdownDocument markdown, IReadOnlyList<UseCase> useCases, DependencyList relations)
    {
        if (useCases.Count == 0)
        {
            return;
        }

        foreach (var link in markdown.Descendants<LinkInline>())
        {
            if (link.IsImage || !IsUseCaseDocument(link.Url))
            {
                continue;
            }

            var line = link.Line + 1;
            var owner = useCases.Where(u => u.Position.Line > 0 && u.Position.Line <= line).OrderBy(u => u.Position.Line).LastOrDefault();
            var text = Texts.Clean(InlineText.From(link));
            if (owner is null || text.Length == 0)
            {
                continue;
            }

            var from = owner.Id.Length > 0 ? owner.Id : owner.Name;
            var relation = new UseCaseDependency(from, text + " (" + link.Url + ")", "link");
            relations.Add(relation);
        }
    }

    /// <summary>A relative .md file named like a use case: "UC_get_config.md", "../cashier/S02-Process-Payment.md".</summary>
    internal static bool IsUseCaseDocument(string? url)
    {
        if (string.IsNullOrEmpty(url) || url!.IndexOf("://", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        var path = Uri.UnescapeDataString(url.Split('#')[0]);
        if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var name = path.Substring(path.LastIndexOfAny(new[] { '/', '\\' }) + 1);
        if (name.StartsWith("UC", StringComparison.OrdinalIgnoreCase) && name.Length > 2 && !char.IsLetter(name[2]))
        {
            return true;
        }

        // "M02-Reserve-Items.md": an id of one to four letters and digits, then a separator.
        var letters = 0;
        while (letters < name.Length && letters < 5 && char.IsLetter(name[letters]))
        {
            letters++;
        }

        var digits = letters;
        while (digits < name.Length && char.IsDigit(name[digits]))
        {
            digits++;
        }

        if (letters is >= 1 and <= 4 && digits - letters is >= 1 and <= 4 && digits < name.Length && name[digits] is '-' or '_' or ' ')
        {
            return true;
        }

        var lower = path.ToLowerInvariant();
        return s_useCaseFolders.Any(f => lower.Contains(f));
    }
}
