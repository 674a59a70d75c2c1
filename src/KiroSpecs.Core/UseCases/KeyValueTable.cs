using System;
using System.Collections.Generic;
using Markdig.Extensions.Tables;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// A two-column table whose first column names use-case fields ("Actors", "Main Flow", "事前条件", "Ator"):
/// the whole use case, or its metadata, written as a table. <see cref="Title"/> is "Use Case: id - name"
/// when the table has an id or name field (the table is then a use case of its own), else empty.
/// </summary>
internal sealed class KeyValueTable
{
    private static readonly string[] s_idKeys = { "id", "use case id", "uc id", "ユースケースid", "código", "codigo", "identificador", "ユースケース番号" };
    private static readonly string[] s_nameKeys = { "name", "use case name", "use case", "uc name", "ユースケース名", "nome", "título", "titulo", "title", "nombre" };

    private KeyValueTable(string title, SourcePosition titlePosition, List<(string Key, string Value, SourcePosition Position)> fields)
    {
        Title = title;
        TitlePosition = titlePosition;
        Fields = fields;
    }

    public string Title { get; }

    public SourcePosition TitlePosition { get; }

    public List<(string Key, string Value, SourcePosition Position)> Fields { get; }

    /// <summary>The table's fields, or null when it is not a field table (a data table, a step table).</summary>
    public static KeyValueTable? Read(Table table, Func<TableCell, string> cellText)
    {
        var rows = new List<(string Key, string Value, bool Header, SourcePosition Position)>();
        foreach (var block in table)
        {
            if (block is not TableRow row || row.Count != 2 || row[0] is not TableCell keyCell || row[1] is not TableCell valueCell)
            {
                if (block is TableRow)
                {
                    return null;
                }

                continue;
            }

            rows.Add((Texts.Clean(cellText(keyCell)).TrimEnd(':', '：').Trim(), cellText(valueCell), row.IsHeader, new SourcePosition(row.Line + 1, row.Column + 1)));
        }

        var known = 0;
        var emptyHeader = false;
        var id = string.Empty;
        var name = string.Empty;
        var position = SourcePosition.None;
        foreach (var (key, value, header, at) in rows)
        {
            if (header && key.Length == 0 && value.Trim().Length == 0)
            {
                emptyHeader = true;
                continue;
            }

            if (IsFieldKey(key))
            {
                known++;
            }

            var normalized = SectionClassifier.Normalize(key);
            if (!header || !HasLaterRow(rows, key))
            {
                if (id.Length == 0 && Array.IndexOf(s_idKeys, normalized) >= 0)
                {
                    id = Texts.Clean(value);
                    position = position == SourcePosition.None ? at : position;
                }
                else if (name.Length == 0 && Array.IndexOf(s_nameKeys, normalized) >= 0)
                {
                    name = Texts.Clean(value);
                    position = position == SourcePosition.None ? at : position;
                }
            }
        }

        if ((known < 2 && !(known >= 1 && emptyHeader)) || known * 2 < rows.Count)
        {
            // "| Actor | What it is |" over seven actors, one of them "Status page": a table of actors whose header and
            // one name open like fields is no field table; at least half of a field table's keys are fields.
            return null;
        }

        var fields = new List<(string, string, SourcePosition)>();
        foreach (var (key, value, header, at) in rows)
        {
            var normalized = SectionClassifier.Normalize(key);
            // A header row that names no field ("Field | Value", "Item | Description") titles the columns.
            if (key.Length == 0 || (header && (HasLaterRow(rows, key) || !IsFieldKey(key))) || Array.IndexOf(s_idKeys, normalized) >= 0 || Array.IndexOf(s_nameKeys, normalized) >= 0)
            {
                continue;
            }

            fields.Add((key, value, at));
        }

        // Only a table that holds a numbered flow is a use case of its own (not a table describing the fields).
        var hasFlow = false;
        foreach (var (key, value, _, _) in rows)
        {
            hasFlow |= SectionClassifier.Classify(key) == SectionKind.BasicFlow && value.TrimStart().Length > 0 && char.IsDigit(value.TrimStart()[0]);
        }

        var title = (id.Length == 0 && name.Length == 0) || !hasFlow ? string.Empty
            : "Use Case: " + (id.Length > 0 && name.Length > 0 ? id + " - " + name : id + name);
        return new KeyValueTable(title, position, fields);
    }

    private static bool IsFieldKey(string key)
    {
        if (key.Length == 0 || char.IsDigit(key[0]) || Words(key) > 5)
        {
            return false;
        }

        var kind = SectionClassifier.Classify(key);
        var normalized = SectionClassifier.Normalize(key);
        return kind is not (SectionKind.Unknown or SectionKind.FreeText) || SectionClassifier.IsUseCaseField(key)
            || Array.IndexOf(s_idKeys, normalized) >= 0 || Array.IndexOf(s_nameKeys, normalized) >= 0;
    }

    private static int Words(string text) => text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool HasLaterRow(List<(string Key, string Value, bool Header, SourcePosition Position)> rows, string key)
    {
        for (var i = 1; i < rows.Count; i++)
        {
            if (string.Equals(rows[i].Key, key, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
