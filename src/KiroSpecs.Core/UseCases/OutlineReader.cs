using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using KiroSpecs.Core.Common;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// Flattens a Markdig syntax tree into labels and content entries, whatever form the label takes:
/// headings, bold lines (<c>**Actors:**</c>), "Main Flow:" lines and list items that are only a label.
/// Positions are converted to 1-based here, once.
/// </summary>
internal sealed class OutlineReader
{
    private readonly List<OutlineEntry> _entries = new();
    private readonly CancellationToken _cancellationToken;

    private OutlineReader(CancellationToken cancellationToken) => _cancellationToken = cancellationToken;

    public static List<OutlineEntry> Read(MarkdownDocument document, CancellationToken cancellationToken)
    {
        var reader = new OutlineReader(cancellationToken);
        reader.VisitContainer(document, 0);
        return reader._entries;
    }

    private static SourcePosition PositionOf(Block block, int lineOffset = 0) =>
        new(block.Line + 1 + lineOffset, block.Column + 1);

    private void VisitContainer(ContainerBlock container, int depth)
    {
        foreach (var block in container)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            VisitBlock(block, depth);
        }
    }

    private void VisitBlock(Block block, int depth)
    {
        switch (block)
        {
            case YamlFrontMatterBlock:
            case ThematicBreakBlock:
            case LinkReferenceDefinitionGroup:
                break;
            case HeadingBlock heading:
                AddLabel(heading.Level, InlineText.From(heading.Inline), PositionOf(heading));
                break;
            case ParagraphBlock paragraph:
                ReadParagraph(paragraph, depth);
                break;
            case ListBlock list:
                ReadList(list, depth);
                break;
            case Table table:
                ReadTable(table);
                break;
            case FencedCodeBlock fenced:
                Add(OutlineKind.Code, 0, depth, fenced.Info ?? string.Empty, fenced.Lines.ToString(), PositionOf(fenced));
                break;
            case CodeBlock code:
                Add(OutlineKind.Code, 0, depth, string.Empty, code.Lines.ToString(), PositionOf(code));
                break;
            case HtmlBlock:
                break;
            case ContainerBlock nested:
                VisitContainer(nested, depth);
                break;
        }
    }

    private void ReadParagraph(ParagraphBlock paragraph, int depth)
    {
        var lines = SplitLines(InlineText.From(paragraph.Inline));
        if (lines.Count == 0)
        {
            return;
        }

        var first = 0;
        if (TryReadLabel(paragraph.Inline, lines[0], out var label, out var remainder))
        {
            AddLabel(7, label, PositionOf(paragraph));
            if (remainder.Length > 0)
            {
                Add(OutlineKind.Line, 0, depth + 1, string.Empty, remainder, PositionOf(paragraph));
            }

            first = 1;
        }

        for (var i = first; i < lines.Count; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                Add(OutlineKind.Line, 0, depth + (first == 1 ? 1 : 0), string.Empty, lines[i], PositionOf(paragraph, i));
            }
        }
    }

    private void ReadList(ListBlock list, int depth)
    {
        var index = 0;
        foreach (var child in list)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (child is not ListItemBlock item)
            {
                continue;
            }

            var marker = list.IsOrdered ? OrderOf(list, item, index) : string.Empty;
            index++;
            var first = item.Count > 0 ? item[0] : null;
            var childStart = 0;
            if (first is ParagraphBlock paragraph)
            {
                childStart = 1;
                var lines = SplitLines(InlineText.From(paragraph.Inline));
                var text = lines.Count > 0 ? lines[0] : string.Empty;
                var hasNestedList = item.Skip(1).Any(b => b is ListBlock);
                if (TryReadLabel(paragraph.Inline, text, out var label, out var remainder)
                    && (remainder.Length == 0 || hasNestedList)
                    && marker.Length == 0
                    && IsKnownLabel(label))
                {
                    AddLabel(8, label, PositionOf(paragraph));
                    if (remainder.Length > 0)
                    {
                        Add(OutlineKind.Line, 0, depth + 1, string.Empty, remainder, PositionOf(paragraph));
                    }
                }
                else
                {
                    Add(OutlineKind.Item, 0, depth, marker, text, PositionOf(paragraph));
                }

                // Further lines of the item's first paragraph: continuation text, or lines such as "3a1."
                // that a writer put under the item without a blank line. Keep them as nested lines.
                for (var i = 1; i < lines.Count; i++)
                {
                    if (lines[i].Trim().Length > 0)
                    {
                        Add(OutlineKind.Line, 0, depth + 1, string.Empty, lines[i], PositionOf(paragraph, i));
                    }
                }
            }
            else
            {
                Add(OutlineKind.Item, 0, depth, marker, string.Empty, PositionOf(item));
            }

            for (var i = childStart; i < item.Count; i++)
            {
                VisitBlock(item[i], depth + 1);
            }
        }
    }

    private static string OrderOf(ListBlock list, ListItemBlock item, int index)
    {
        if (item.Order > 0 || index == 0)
        {
            if (item.Order > 0)
            {
                return item.Order.ToString(CultureInfo.InvariantCulture);
            }
        }

        var start = int.TryParse(list.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 1;
        return (start + index).ToString(CultureInfo.InvariantCulture);
    }

    private void ReadTable(Table table)
    {
        foreach (var rowBlock in table)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (rowBlock is not TableRow row)
            {
                continue;
            }

            var cells = new List<string>(row.Count);
            foreach (var cellBlock in row)
            {
                var text = string.Empty;
                if (cellBlock is TableCell cell)
                {
                    text = string.Join(" ", cell.OfType<ParagraphBlock>().Select(p => InlineText.From(p.Inline).Replace('\n', ' ')));
                }

                cells.Add(text.Trim());
            }

            _entries.Add(new OutlineEntry(OutlineKind.TableRow, 0, 0, string.Empty, string.Join(" | ", cells), cells.ToEquatableArray(), row.IsHeader, PositionOf(row)));
        }
    }

    /// <summary>A bold opening (<c>**Actors:**</c>, <c>**UC-1: Login**</c>) or a known "Main Flow:" line.</summary>
    private static bool TryReadLabel(ContainerInline? inline, string firstLine, out string label, out string remainder)
    {
        label = string.Empty;
        remainder = string.Empty;
        var head = inline?.FirstChild;
        while (head is LiteralInline literal && literal.Content.IsEmptyOrWhitespace())
        {
            head = head.NextSibling;
        }

        if (head is EmphasisInline emphasis && emphasis.DelimiterCount >= 2)
        {
            var strong = InlineText.From(emphasis).Trim();
            if (strong.Length == 0 || strong.IndexOf('\n') >= 0)
            {
                return false;
            }

            var index = firstLine.IndexOf(strong, StringComparison.Ordinal);
            var after = index >= 0 ? firstLine.Substring(index + strong.Length).Trim() : string.Empty;
            var hasColon = strong.EndsWith(":", StringComparison.Ordinal) || strong.EndsWith("：", StringComparison.Ordinal)
                || after.StartsWith(":", StringComparison.Ordinal) || after.StartsWith("：", StringComparison.Ordinal);
            if (after.StartsWith(":", StringComparison.Ordinal) || after.StartsWith("：", StringComparison.Ordinal))
            {
                after = after.Substring(1).Trim();
            }

            if (!hasColon && after.Length > 0)
            {
                return false;
            }

            label = strong.TrimEnd(':', '：').Trim();
            remainder = after;
            return label.Length > 0;
        }

        var line = firstLine.Trim();
        var colon = line.IndexOfAny(new[] { ':', '：' });
        if (colon > 0 && colon < 60)
        {
            var candidate = line.Substring(0, colon).Trim();
            if (IsKnownLabel(candidate) && !TextPatterns.BranchHeader.IsMatch(candidate))
            {
                label = candidate;
                remainder = line.Substring(colon + 1).Trim();
                return true;
            }
        }

        return false;
    }

    private static bool IsKnownLabel(string label) =>
        SectionClassifier.Classify(label) != SectionKind.Unknown
        || TextPatterns.UseCaseHeader.IsMatch(label)
        || TextPatterns.UseCaseNamedHeader.IsMatch(label);

    private static List<string> SplitLines(string text)
    {
        var result = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            result.Add(line.TrimEnd());
        }

        while (result.Count > 0 && result[result.Count - 1].Length == 0)
        {
            result.RemoveAt(result.Count - 1);
        }

        return result;
    }

    private void AddLabel(int level, string text, SourcePosition position) =>
        Add(OutlineKind.Label, level, 0, string.Empty, text.Replace('\n', ' ').Trim(), position);

    private void Add(OutlineKind kind, int level, int depth, string marker, string text, SourcePosition position) =>
        _entries.Add(new OutlineEntry(kind, level, depth, marker, text, EquatableArray<string>.Empty, false, position));
}
