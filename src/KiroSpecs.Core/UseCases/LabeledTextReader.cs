using System.Collections.Generic;

namespace KiroSpecs.Core.UseCases;

/// <summary>Reads list items, lines and table rows of a section as labelled text ("BR-1: …", "Performance: …").</summary>
internal static class LabeledTextReader
{
    private static readonly string[] s_requirementWords = { "requirement", "requisito", "anforderung", "nfr", "要件", "요구" };

    /// <summary>"**Performance:** …", "Security:" (the label cleaned): a requirements field named for one quality labels what it says.</summary>
    private static bool NamesAQuality(string label) =>
        label.Length > 0 && label.Length <= 40 && !Common.IgnoreCase.ContainsAny(label, s_requirementWords);

    public static void Read(SectionBuffer section, List<LabeledText> items)
    {
        var parentLabel = string.Empty;
        var parentDepth = -1;
        // "**Minimal (failure) guarantees:**", "Post (fail):": a postcondition section named for one outcome labels its items.
        var sectionLabel = Texts.Clean(section.Label).Trim(':', ' ', '*');
        var headingLabel = (section.Kind == SectionKind.Postconditions && NamesAnOutcome(section.Label))
            || (section.Kind == SectionKind.Requirements && NamesAQuality(sectionLabel)) ? sectionLabel : string.Empty;
        foreach (var entry in section.Content)
        {
            if (entry.Kind == OutlineKind.Label)
            {
                // A sub-heading ("### BR-001: Unique Username") labels the items and lines under it.
                headingLabel = Texts.Clean(entry.Text).Trim(':', ' ');
                parentLabel = string.Empty;
                parentDepth = -1;
                continue;
            }

            if (entry.Kind == OutlineKind.TableRow)
            {
                if (!entry.IsHeaderRow && entry.Cells.Count > 0)
                {
                    var label = entry.Cells.Count > 1 ? Texts.Clean(entry.Cells[0]) : string.Empty;
                    var text = entry.Cells.Count > 1 ? JoinCells(Skip1(entry.Cells)) : Texts.Clean(entry.Cells[0]);
                    if (text.Length > 0 || label.Length > 0)
                    {
                        items.Add(new LabeledText(label, text.Length > 0 ? text : label, entry.Position));
                    }
                }

                continue;
            }

            if (entry.Kind is not (OutlineKind.Item or OutlineKind.Line))
            {
                continue;
            }

            var clean = Texts.Clean(entry.Text);
            if (clean.Length == 0)
            {
                continue;
            }

            var (itemLabel, itemText) = Texts.SplitLabel(clean);
            if (itemLabel.Length > 0 && itemText.Length == 0)
            {
                parentLabel = itemLabel;
                parentDepth = entry.Depth;
                continue;
            }

            if (entry.Depth <= parentDepth)
            {
                parentLabel = string.Empty;
                parentDepth = -1;
            }

            if (itemLabel.Length == 0 && parentLabel.Length > 0)
            {
                itemLabel = parentLabel;
            }
            else if (itemLabel.Length == 0)
            {
                itemLabel = headingLabel;
            }

            items.Add(new LabeledText(itemLabel, itemText, entry.Position));
        }
    }

    private static readonly string[] s_outcomeWords = { "guarantee", "minimal", "fail", "success", "error", "ok", "éxito", "exito", "fracaso", "sucesso", "falha", "erfolg", "fehler" };

    private static bool NamesAnOutcome(string label)
    {
        var lower = label.ToLowerInvariant();
        foreach (var word in s_outcomeWords)
        {
            var at = lower.IndexOf(word, System.StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || !char.IsLetter(lower[at - 1])) && (word.Length > 2 || at + 2 >= lower.Length || !char.IsLetter(lower[at + 2])))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Skip1(IReadOnlyList<string> cells)
    {
        for (var i = 1; i < cells.Count; i++)
        {
            yield return cells[i];
        }
    }

    /// <summary>
    /// The cells after the label of a rules row: "Rate limit" and "20 firings per day" are two, "Rate limit — 20 firings
    /// per day"; a cell that ends its sentence needs no dash.
    /// </summary>
    private static string JoinCells(IEnumerable<string> cells)
    {
        var text = string.Empty;
        foreach (var cell in cells)
        {
            var clean = Texts.Clean(cell);
            if (clean.Length == 0)
            {
                continue;
            }

            text = text.Length == 0 ? clean : text + (text[text.Length - 1] is '.' or ';' or ':' or '!' or '?' ? " " : " — ") + clean;
        }

        return text;
    }
}
