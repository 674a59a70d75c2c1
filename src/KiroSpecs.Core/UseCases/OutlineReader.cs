using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
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

    private SourcePosition PositionOf(Block block, int lineOffset = 0) =>
        _oneSourceLine
            ? new(_lineOffset + 1, _columnOffset + 1)
            : new(block.Line + 1 + lineOffset + _lineOffset, block.Column + 1 + _columnOffset);

    /// <summary>Where the text being read starts in usecase.md (non-zero inside an indented block read again).</summary>
    private int _lineOffset;
    private int _columnOffset;

    /// <summary>Whether the text being read is one table cell, its lines joined with <c>&lt;br&gt;</c>: every line of
    /// it stands on the row's line of usecase.md, not on the lines that follow.</summary>
    private bool _oneSourceLine;

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
            case LinkReferenceDefinitionGroup:
                break;
            case ThematicBreakBlock:
                Add(OutlineKind.Break, 0, depth, string.Empty, string.Empty, PositionOf(block));
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
            case CodeBlock code when IndentedList.Holds(code.Lines.ToString()):
                ReadIndentedList(code, depth);
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

    /// <summary>
    /// A list indented four spaces or a tab is a code block to Markdown and a list to its author: it is read
    /// again as Markdown, with its positions kept.
    /// </summary>
    private void ReadIndentedList(CodeBlock code, int depth)
    {
        if (!VisitNested(IndentedList.Dedent(code.Lines.ToString()), _lineOffset + code.Line, _columnOffset + code.Column + 4, depth))
        {
            Add(OutlineKind.Code, 0, depth, string.Empty, code.Lines.ToString(), PositionOf(code));
        }
    }

    /// <summary>
    /// Reads a paragraph line by line: any line may be a label (<c>**Actors:** …</c>, <c>Main Flow:</c>, a use-case
    /// title such as <c>Use Case: Renew a loan</c> or <c>**UC-3** Reset PIN</c>); other lines are kept as text.
    /// </summary>
    private void ReadParagraph(ParagraphBlock paragraph, int depth)
    {
        var lines = SplitInlineLines(paragraph.Inline);
        if (TitledStep(lines) is { } step)
        {
            // "**1. Accesso.** L'utente entra nel portale …" / "Il sistema recupera …": a step written as a paragraph
            // under its number and title in bold; the sentences are the step, the title only names it.
            Add(OutlineKind.Line, 0, depth, string.Empty, step, PositionOf(paragraph));
            return;
        }

        var labelled = false;
        var joinable = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var (head, text, lineOffset) = lines[i];
            if (text.Trim().Length == 0)
            {
                continue;
            }

            if (TryReadLabel(head, text, out var label, out var remainder) || (lines.Count == 1 && IsBareLabel(text, out label, out remainder)))
            {
                AddLabel(7, label, PositionOf(paragraph, lineOffset));
                if (SecondField(remainder) is var (value, second, secondValue) && second.Length > 0)
                {
                    // "Actor: Claims handler. Precondition: claim is not CLOSED.": two fields on one line.
                    Add(OutlineKind.Line, 0, depth + 1, string.Empty, value, PositionOf(paragraph, lineOffset));
                    AddLabel(7, second, PositionOf(paragraph, lineOffset));
                    remainder = secondValue;
                }

                if (remainder.Length > 0)
                {
                    Add(OutlineKind.Line, 0, depth + 1, string.Empty, remainder, PositionOf(paragraph, lineOffset));
                }

                labelled = true;
                // "Preconditions: the handler has passed the" / "identity questions.": the value may wrap too.
                joinable = remainder.Length > 0;
                continue;
            }

            var last = _entries.Count - 1;
            if (i > 0 && joinable && last >= 0 && _entries[last].Kind == OutlineKind.Line && ContinuesTheLineAbove(_entries[last].Text, text))
            {
                // "… for a seconds-long feedback" / "loop.": a sentence wrapped in the source goes on.
                _entries[last] = _entries[last] with { Text = _entries[last].Text.TrimEnd() + " " + text.Trim() };
                continue;
            }

            Add(OutlineKind.Line, 0, depth + (labelled ? 1 : 0), string.Empty, text, PositionOf(paragraph, lineOffset));
            joinable = true;
        }
    }

    /// <summary>
    /// "1. " and the paragraph's sentences when it opens with a bold number, with or without a title ("**1. Accesso.**",
    /// "**2.**"), and text follows it on the line; null otherwise.
    /// </summary>
    private static string? TitledStep(List<(Inline? Head, string Text, int Line)> lines)
    {
        if (lines.Count == 0 || lines[0].Head is not EmphasisInline { DelimiterCount: >= 2 } bold)
        {
            return null;
        }

        var strong = InlineText.From(bold).Trim();
        var digits = 0;
        while (digits < strong.Length && char.IsDigit(strong[digits]))
        {
            digits++;
        }

        if (digits == 0 || digits > 3 || digits >= strong.Length || strong[digits] is not ('.' or ')'))
        {
            return null;
        }

        var title = strong.Substring(digits + 1).Trim();
        var first = lines[0].Text;
        var at = first.IndexOf(strong, StringComparison.Ordinal);
        var after = at >= 0 ? first.Substring(at + strong.Length).Trim() : string.Empty;
        if (after.Length == 0 || after[0] == ':' || title.Length > 60 || title.IndexOf(':') >= 0)
        {
            return null;
        }

        var text = new StringBuilder(strong.Substring(0, digits + 1)).Append(' ').Append(after);
        for (var i = 1; i < lines.Count && text.Length < MaxWrappedSentence; i++)
        {
            text.Append(' ').Append(lines[i].Text.Trim());
        }

        return text.ToString();
    }

    private static readonly string[] s_functionWords = { "the", "a", "an", "of", "to", "and", "or", "with", "for", "in", "on", "at", "by", "from", "its", "their", "o", "a", "de", "do", "da", "el", "la", "los", "las", "y", "e", "der", "die", "das", "und" };

    /// <summary>"… at least one loss item; the" / "DocVault folder …": a line that stops on an article or a preposition goes on.</summary>
    private static bool EndsWithAFunctionWord(string line)
    {
        var space = line.LastIndexOf(' ');
        return space > 0 && Array.IndexOf(s_functionWords, line.Substring(space + 1)) >= 0;
    }

    /// <summary>"24 horas. No se bloquea …": a number and a lower-case word go on with a sentence, unlike "2. Next step".</summary>
    private static bool OpensWithAMeasure(string line)
    {
        var i = 0;
        while (i < line.Length && char.IsDigit(line[i]))
        {
            i++;
        }

        return i > 0 && i + 1 < line.Length && line[i] == ' ' && char.IsLower(line[i + 1]);
    }

    private static bool IsNumbered(string line) =>
        TextPatterns.SafeMatch(TextPatterns.NumberedLine, Texts.Clean(line)) is not null || TextPatterns.SafeMatch(TextPatterns.ExtensionHeader, line) is { } extension && extension.Groups["letter"].Success;

    private const int MinWrappedLine = 40;

    private const int MaxWrappedSentence = 2_000;

    /// <summary>
    /// A line that opens in lower case, under one that ends without a stop, goes on with the same sentence, unless it
    /// opens a step of its own ("step 2: …").
    /// </summary>
    private static bool ContinuesTheLineAbove(string above, string line)
    {
        var trimmed = above.TrimEnd();
        var next = line.TrimStart();
        // "step 2: the clerk saves" opens in lower case too, and is a step of its own; a short line above ("user is
        // logged in") is an item of a list written as lines, not a wrapped sentence; a sentence is never longer than
        // MaxWrappedSentence, which also bounds the copying of a joined line.
        // "2a1. System shows … a link to contact" / "Customer Service. Use case ends.": under a numbered step that
        // stops mid-sentence, a line that is not numbered itself goes on with it, whatever its first letter.
        return trimmed.Length >= MinWrappedLine && trimmed.Length < MaxWrappedSentence && next.Length > 0
            && (char.IsLower(next[0]) || OpensWithAMeasure(next)
                || (char.IsUpper(next[0]) && (IsNumbered(trimmed) || EndsWithAFunctionWord(trimmed)) && TextPatterns.SafeMatch(TextPatterns.BranchHeader, next) is null))
            && trimmed[trimmed.Length - 1] is not ('.' or ':' or '!' or '?' or ';' or '|')
            && !StepReader.HasStepHeader(next) && !IsNumbered(next);
    }

    /// <summary>
    /// The paragraph's lines, each with its first inline and its line offset. A second bold field label on the same
    /// line ("**Primary actor:** Patient. **Participants:** Kiosk, PMS") opens a line of its own.
    /// </summary>
    private static List<(Inline? Head, string Text, int Line)> SplitInlineLines(ContainerInline? container)
    {
        var result = new List<(Inline? Head, string Text, int Line)>();
        Inline? head = null;
        var line = 0;
        var sb = new System.Text.StringBuilder();
        void Flush(bool lineEnds)
        {
            var text = sb.ToString();
            var parts = text.Split('\n');
            for (var p = 0; p < parts.Length; p++)
            {
                result.Add((p == 0 ? head : null, parts[p].TrimEnd(), line + p));
            }

            line += parts.Length - (lineEnds ? 0 : 1);
            sb.Clear();
            head = null;
        }

        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LineBreakInline)
            {
                Flush(lineEnds: true);
                continue;
            }

            if (head is not null && OpensAnotherField(inline, sb))
            {
                Flush(lineEnds: false);
            }

            if (head is null && !(inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()) && !InlineText.IsComment(inline))
            {
                head = inline;
            }

            InlineText.AppendOne(sb, inline);
        }

        Flush(lineEnds: true);
        while (result.Count > 0 && result[result.Count - 1].Text.Trim().Length == 0)
        {
            result.RemoveAt(result.Count - 1);
        }

        return result;
    }

    /// <summary>A bold known field label ending in a colon, after a sentence's end on the same line.</summary>
    private static bool OpensAnotherField(Inline inline, System.Text.StringBuilder before)
    {
        if (inline is not EmphasisInline { DelimiterCount: >= 2 } strong)
        {
            return false;
        }

        var end = before.Length - 1;
        while (end >= 0 && before[end] == ' ')
        {
            end--;
        }

        if (end < 0 || before[end] is not ('.' or ';' or '|') || before.ToString().LastIndexOf('\n') > end)
        {
            return false;
        }

        var text = InlineText.From(strong).Trim();
        var colon = text.EndsWith(":", StringComparison.Ordinal)
            || strong.NextSibling is LiteralInline next && next.Content.ToString().TrimStart().StartsWith(":", StringComparison.Ordinal);
        var label = text.TrimEnd(':', '：').Trim();
        return colon && label.Length > 0 && IsFieldLabel(label);
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
                var hasNestedList = HasListAfterFirst(item);
                if (TryReadLabel(paragraph.Inline?.FirstChild, text, out var label, out var remainder)
                    && (remainder.Length == 0 || hasNestedList || (depth == 0 && IsFieldLabel(label) && paragraph.Inline?.FirstChild is not EmphasisInline))
                    && marker.Length == 0
                    && IsKnownLabel(label))
                {
                    AddLabel(8, label, PositionOf(paragraph), depth);
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
                // A line that does not open with a number or a marker continues the sentence above it.
                var entry = _entries.Count - 1;
                for (var i = 1; i < lines.Count; i++)
                {
                    var line = lines[i].Trim();
                    if (line.Length == 0)
                    {
                        continue;
                    }

                    if (TryReadLabel(null, line, out var lazyLabel, out var lazyRemainder))
                    {
                        // "Triggers:", "Description:" written right under a list without a blank line: a label.
                        AddLabel(7, lazyLabel, PositionOf(paragraph, i));
                        if (lazyRemainder.Length > 0)
                        {
                            Add(OutlineKind.Line, 0, depth + 1, string.Empty, lazyRemainder, PositionOf(paragraph, i));
                        }

                        continue;
                    }

                    if (StepReader.HasStepHeader(line))
                    {
                        Add(OutlineKind.Line, 0, depth, string.Empty, line, PositionOf(paragraph, i));
                        continue;
                    }

                    if ((!OpensWithNumber(line) || OpensWithAMeasure(line)) && entry >= 0 && entry == _entries.Count - 1 && _entries[entry].Kind == OutlineKind.Item)
                    {
                        _entries[entry] = _entries[entry] with { Text = _entries[entry].Text.TrimEnd() + " " + line };
                        continue;
                    }

                    Add(OutlineKind.Line, 0, depth + 1, string.Empty, lines[i], PositionOf(paragraph, i));
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

    /// <summary>"3a1.", "2)", "- ", "* ", "Step 2": a line that is a step of its own.</summary>
    private static bool OpensWithNumber(string line)
    {
        if (line.Length > 1 && line[0] is '-' or '*' or '+' or '•' && line[1] == ' ')
        {
            return true;
        }

        var i = 0;
        while (i < line.Length && i < 6 && (char.IsDigit(line[i]) || (i > 0 && char.IsLetter(line[i]) && char.IsLower(line[i]))))
        {
            i++;
        }

        return i > 0 && char.IsDigit(line[0]) && i < line.Length && line[i] is '.' or ')' or ':' or ' '
            || line.StartsWith("*", StringComparison.Ordinal) && line.Length > 1 && char.IsLetter(line[1]);
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
        var pairs = KeyValueTable.Read(table, CellText);
        if (pairs is not null)
        {
            ReadKeyValueTable(pairs);
            return;
        }

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
                    text = CellText(cell).Replace('\n', ' ');
                }

                cells.Add(text.Trim());
            }

            _entries.Add(new OutlineEntry(OutlineKind.TableRow, 0, 0, string.Empty, string.Join(" | ", cells), cells.ToEquatableArray(), row.IsHeader, PositionOf(row)));
        }
    }

    /// <summary>
    /// A table of fields ("Actors | Customer", "Main Flow | 1. …&lt;br&gt;2. …"): each key is a label and each value
    /// its content, read again as Markdown so that numbered lines joined with <c>&lt;br&gt;</c> are steps. A table
    /// with an id or name field is a use case of its own.
    /// </summary>
    private void ReadKeyValueTable(KeyValueTable pairs)
    {
        if (pairs.Title.Length > 0)
        {
            AddLabel(6, pairs.Title, pairs.TitlePosition);
        }

        foreach (var (key, value, position) in pairs.Fields)
        {
            AddLabel(7, key, position);
            _oneSourceLine = true;
            var read = VisitNested(value, position.Line - 1, position.Column - 1, 1);
            _oneSourceLine = false;
            if (!read)
            {
                Add(OutlineKind.Line, 0, 1, string.Empty, value, position);
            }
        }
    }

    /// <summary>
    /// Reads Markdown found inside another block (a table cell, an indented block) as if it stood at the given
    /// offsets of usecase.md; false when Markdig refuses it as nested too deeply.
    /// </summary>
    private bool VisitNested(string markdown, int lineOffset, int columnOffset, int depth)
    {
        var document = ParseNested(markdown);
        if (document is null)
        {
            return false;
        }

        var (line, column) = (_lineOffset, _columnOffset);
        (_lineOffset, _columnOffset) = (lineOffset, columnOffset);
        VisitContainer(document, depth);
        (_lineOffset, _columnOffset) = (line, column);
        return true;
    }

    /// <summary>Markdown inside a cell or an indented block, or null when Markdig refuses it as nested too deeply.</summary>
    private static MarkdownDocument? ParseNested(string text)
    {
        try
        {
            return Markdig.Markdown.Parse(text, UseCaseParser.Pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested"))
        {
            return null;
        }
    }

    private static string CellText(TableCell cell)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var paragraph in cell.OfType<ParagraphBlock>())
        {
            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            InlineText.Append(sb, paragraph.Inline?.FirstChild);
        }

        return sb.ToString().Trim();
    }

    /// <summary>A bold opening (<c>**Actors:**</c>, <c>**UC-1: Login**</c>) or a known "Main Flow:" line.</summary>
    private static bool TryReadLabel(Inline? head, string firstLine, out string label, out string remainder)
    {
        label = string.Empty;
        remainder = string.Empty;
        while (head is not null && (head is LiteralInline literal && literal.Content.IsEmptyOrWhitespace() || InlineText.IsComment(head)))
        {
            head = head.NextSibling;
        }

        // "*Precondizioni:* …": a known label in italics, its colon inside, is a label as in bold.
        if (head is EmphasisInline emphasis && (emphasis.DelimiterCount >= 2
            || (InlineText.From(emphasis).Trim() is var italic && italic.EndsWith(":", StringComparison.Ordinal) && IsKnownLabel(italic.TrimEnd(':').Trim()))))
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
                // "**UC-3** Reset PIN": a bold id followed by the name is a use-case title.
                if (UseCaseTitle.IsId(strong) && UseCaseTitle.IsTitleLine(strong + " " + after, strict: false))
                {
                    label = strong + " " + after;
                    return true;
                }

                if ("–—-".IndexOf(after[0]) >= 0 && TextPatterns.SafeMatch(TextPatterns.BranchHeader, strong) is not null)
                {
                    // "**A1 (from step 1)** – QR unreadable", "**E1** – BLE link drops": a flow's id in bold, its title after a dash.
                    label = strong + " " + after;
                    return true;
                }

                return false;
            }

            label = strong.TrimEnd(':', '：').Trim();
            remainder = after;
            if (remainder.Length > 0 && UseCaseTitle.IsTitleLine(label + ": " + remainder, strict: false) && UseCaseTitle.IsIdOrWord(label))
            {
                // "**Use Case:** Place a hold", "**UC-2:** Pay a fine": the name belongs to the title.
                label = label + ": " + remainder;
                remainder = string.Empty;
            }

            return label.Length > 0;
        }

        var line = firstLine.Trim();
        if (UseCaseTitle.IsTitleLine(line, strict: true))
        {
            // "Use Case: Withdraw cash", "Use Case 2 – Return a book", "UC-01 - Login" on a line of their own.
            label = line;
            return true;
        }
        var colon = line.IndexOfAny(new[] { ':', '：' });
        if (colon > 0 && colon < 60)
        {
            var candidate = line.Substring(0, colon).Trim();
            if (IsKnownLabel(candidate) && !TextPatterns.IsMatch(TextPatterns.BranchHeader, candidate))
            {
                label = candidate;
                remainder = line.Substring(colon + 1).Trim();
                return true;
            }
        }

        return false;
    }

    /// <summary>The value before a second plain field on the same line ("Claims handler. Precondition: …"), that field and its value.</summary>
    private static (string Value, string Label, string After) SecondField(string remainder)
    {
        for (var end = Texts.SentenceEnd(remainder); end > 0; end = Texts.SentenceEnd(remainder, end + 2))
        {
            var after = remainder.Substring(end + 2);
            var colon = after.IndexOf(": ", StringComparison.Ordinal);
            if (colon > 0 && colon <= 40 && char.IsUpper(after[0]) && IsFieldLabel(after.Substring(0, colon)))
            {
                return (remainder.Substring(0, end + 1), after.Substring(0, colon), after.Substring(colon + 2).Trim());
            }
        }

        return (remainder, string.Empty, string.Empty);
    }

    /// <summary>"Actors" or "Data" alone in a paragraph, without a colon: a section's label written as plain text.</summary>
    private static bool IsBareLabel(string text, out string label, out string remainder)
    {
        label = text.Trim();
        remainder = string.Empty;
        return label.Length > 0 && label.Length <= 30 && label.IndexOf(' ') < 0 && char.IsUpper(label[0])
            && SectionClassifier.Classify(label) is not (SectionKind.Unknown or SectionKind.FreeText);
    }

    /// <summary>"- Actor: Patient", "- Preconditions: …": a plain field written as a bullet, with its value on the line.</summary>
    private static bool IsFieldLabel(string label) =>
        SectionClassifier.Classify(label) is SectionKind.Actors or SectionKind.Preconditions or SectionKind.Postconditions
        || (SectionClassifier.Classify(label) is SectionKind.FreeText or SectionKind.Unknown && SectionClassifier.IsUseCaseField(label));

    private static bool IsKnownLabel(string label) =>
        SectionClassifier.Classify(label) != SectionKind.Unknown
        || SectionClassifier.IsUseCaseField(label)
        || TextPatterns.IsMatch(TextPatterns.UseCaseHeader, label)
        || TextPatterns.IsMatch(TextPatterns.UseCaseNamedHeader, label);

    /// <summary>Whether a block after the item's first is a list (by index: no iterator over the item's blocks).</summary>
    private static bool HasListAfterFirst(ListItemBlock item)
    {
        for (var b = 1; b < item.Count; b++)
        {
            if (item[b] is ListBlock)
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> SplitLines(string text)
    {
        if (text.IndexOf('\n') < 0)
        {
            // One line, most items: the list of it, without splitting.
            var line = text.TrimEnd();
            return line.Length == 0 ? new List<string>() : new List<string>(1) { line };
        }

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

    private void AddLabel(int level, string text, SourcePosition position, int depth = 0) =>
        Add(OutlineKind.Label, level, depth, string.Empty, text.Replace('\n', ' ').Trim(), position);

    private void Add(OutlineKind kind, int level, int depth, string marker, string text, SourcePosition position) =>
        _entries.Add(new OutlineEntry(kind, level, depth, marker, text, EquatableArray<string>.Empty, false, position));
}
