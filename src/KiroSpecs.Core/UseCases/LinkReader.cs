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

    /// <summary>
    /// The links of <paramref name="markdown"/> to another use case's document, with their lines: read while the
    /// parsed document is at hand, so that it need not stay in memory while the use cases are built.
    /// </summary>
    public static List<(int Line, string Text, string Url)> Find(MarkdownDocument markdown)
    {
        var links = new List<(int Line, string Text, string Url)>();
        foreach (var link in markdown.Descendants<LinkInline>())
        {
            if (link.IsImage || !IsUseCaseDocument(link.Url))
            {
                continue;
            }

            links.Add((link.Line + 1, Texts.Clean(InlineText.From(link)), link.Url!));
        }

        return links;
    }

    /// <summary>Each link of <see cref="Find"/> is a relation of the use case it is written in (the last one that starts at or before its line).</summary>
    public static void Read(IReadOnlyList<(int Line, string Text, string Url)> links, IReadOnlyList<UseCase> useCases, DependencyList relations)
    {
        if (useCases.Count == 0 || links.Count == 0)
        {
            return;
        }

        // The use cases by their first line (in document order where two share one): a link's owner is found by
        // binary search, not by sorting every use case again for every link.
        var starts = useCases.Where(u => u.Position.Line > 0).OrderBy(u => u.Position.Line).ToList();
        foreach (var (line, text, url) in links)
        {
            var owner = LastStartingBy(starts, line);
            if (owner is null || text.Length == 0)
            {
                continue;
            }

            var from = owner.Id.Length > 0 ? owner.Id : owner.Name;
            var relation = new UseCaseDependency(from, text + " (" + url + ")", "link");
            relations.Add(relation);
        }
    }

    private static UseCase? LastStartingBy(List<UseCase> starts, int line)
    {
        var low = 0;
        var high = starts.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (starts[middle].Position.Line <= line)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low == 0 ? null : starts[low - 1];
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
