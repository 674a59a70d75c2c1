using System;
using System.Collections.Generic;
using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// Reads data elements: category lines ("Input Data:", "Output Data:", "Stored Data:") with fields under them
/// written "name: type - description", "name (type): description", or table rows (Name, Type, Description).
/// </summary>
internal static class DataElementReader
{
    public static void Read(SectionBuffer section, List<DataElement> elements)
    {
        var category = CategoryOf(section.Label) ?? "Data";
        var header = EquatableArray<string>.Empty;
        foreach (var entry in section.Content)
        {
            if (entry.Kind == OutlineKind.TableRow)
            {
                if (entry.IsHeaderRow)
                {
                    header = entry.Cells;
                    continue;
                }

                ReadRow(entry, header, category, elements);
                continue;
            }

            if (entry.Kind == OutlineKind.Label && Texts.Clean(entry.Text).TrimEnd(':', '：').Trim() is { Length: > 0 } entity)
            {
                // "**Refill request**" over its fields: what the fields below it belong to.
                category = entity.IndexOf(' ') < 0 && CategoryOf(entity) is { } known ? known : entity;
                continue;
            }

            if (entry.Kind is not (OutlineKind.Item or OutlineKind.Line))
            {
                continue;
            }

            var text = Texts.Clean(entry.Text);
            if (text.Length == 0)
            {
                continue;
            }

            var (label, value) = Texts.SplitLabel(text, 4);
            var isCategoryLine = (label.Length > 0 && (value.Length == 0 || Texts.IsNone(value)))
                || (label.Length == 0 && text.EndsWith(":", StringComparison.Ordinal));
            var asCategory = isCategoryLine ? CategoryOf(label.Length > 0 ? label : text.TrimEnd(':')) : null;
            if (asCategory is not null)
            {
                category = asCategory;
                if (value.Length > 0)
                {
                    elements.Add(new DataElement(category, string.Empty, string.Empty, value, EquatableArray<string>.Empty, entry.Position));
                }

                continue;
            }

            var element = ParseField(text, category, entry.Position);
            if (element is not null)
            {
                elements.Add(element);
            }
        }
    }

    internal static DataElement? ParseField(string text, string category, SourcePosition position)
    {
        var name = string.Empty;
        var type = string.Empty;
        string description;
        var (label, value) = Texts.SplitLabel(text, 4);
        if (label.Length > 0)
        {
            name = label;
            var paren = name.IndexOf('(');
            if (paren > 0 && name.EndsWith(")", StringComparison.Ordinal))
            {
                type = name.Substring(paren + 1, name.Length - paren - 2).Trim();
                name = name.Substring(0, paren).Trim();
                description = value;
            }
            else
            {
                var dash = value.IndexOf(" - ", StringComparison.Ordinal);
                if (dash < 0)
                {
                    dash = value.IndexOf(" – ", StringComparison.Ordinal);
                }

                if (dash > 0 && dash <= 40)
                {
                    type = value.Substring(0, dash).Trim();
                    description = value.Substring(dash + 3).Trim();
                }
                else if (LooksLikeType(value))
                {
                    type = value.Trim();
                    description = string.Empty;
                }
                else
                {
                    description = value;
                }
            }
        }
        else
        {
            var dash = text.IndexOf(" - ", StringComparison.Ordinal);
            if (dash < 0)
            {
                // "reference_no — string, format RX-YYMMDD-NNNN": an em or en dash between the name and what it is.
                dash = text.IndexOf(" — ", StringComparison.Ordinal) is var em and > 0 ? em : text.IndexOf(" – ", StringComparison.Ordinal);
            }

            if (dash > 0 && dash <= 60)
            {
                name = text.Substring(0, dash).Trim();
                description = text.Substring(dash + 3).Trim();
            }
            else
            {
                description = text;
            }
        }

        name = name.Trim('*', '`', '_', ' ');
        return new DataElement(category, name, type, description, QuotedValues(description), position);
    }

    private static void ReadRow(OutlineEntry row, EquatableArray<string> header, string category, List<DataElement> elements)
    {
        int Find(params string[] names)
        {
            for (var i = 0; i < header.Count; i++)
            {
                var h = header[i].Trim().ToLowerInvariant();
                foreach (var n in names)
                {
                    if (h.IndexOf(n, StringComparison.Ordinal) >= 0)
                    {
                        return i;
                    }
                }
            }

            return -1;
        }

        var nameCol = Find("name", "field", "element", "attribute", "項目", "名前", "dato", "campo", "nombre", "nome", "atributo");
        var typeCol = Find("type", "型", "tipo", "formato");
        var descCol = Find("description", "desc", "meaning", "説明", "notes", "observacion", "observaç", "descrip", "descriç", "significado");
        var catCol = Find("category", "direction", "kind", "区分");
        string Cell(int i) => i >= 0 && i < row.Cells.Count ? Texts.Clean(row.Cells[i]) : string.Empty;
        var name = nameCol >= 0 ? Cell(nameCol) : Cell(0);
        if (name.Length == 0)
        {
            return;
        }

        var description = Cell(descCol);
        var constraintCol = Find("constraint", "validation", "rule", "restric", "regra", "regla", "制約");
        var requiredCol = Find("required", "mandatory", "obligatori", "obrigat", "pflicht", "必須");
        if (Cell(requiredCol) is var required && required.Length > 0 && required.ToLowerInvariant() is "y" or "yes" or "true" or "x" or "✓" or "✔" or "sí" or "si" or "sim" or "ja" or "○")
        {
            // "| Required | Y |": the author marks the field required.
            description = description.Length == 0 ? "required" : description + " (required)";
        }

        if (constraintCol >= 0 && constraintCol != descCol && Cell(constraintCol) is { Length: > 0 } constraint)
        {
            // "| Constraint | 1–40 chars, unique within home |": a check the author states for the field.
            description = description.Length == 0 ? "constraint: " + constraint : description + "; constraint: " + constraint;
        }

        var rowCategory = CategoryOf(Cell(catCol)) ?? category;
        elements.Add(new DataElement(rowCategory, name.Trim('`', '*'), Cell(typeCol), description, QuotedValues(description), row.Position));
    }

    internal static string? CategoryOf(string label)
    {
        var t = label.ToLowerInvariant();
        if (Texts.CountWords(t) > 4)
        {
            return null;
        }

        return t.IndexOf("input", StringComparison.Ordinal) >= 0 || t.IndexOf("request", StringComparison.Ordinal) >= 0 || t.IndexOf("入力", StringComparison.Ordinal) >= 0
            || t.StartsWith("entrada", StringComparison.Ordinal) || t.StartsWith("eingabe", StringComparison.Ordinal) ? "Input"
            : t.IndexOf("output", StringComparison.Ordinal) >= 0 || t.IndexOf("response", StringComparison.Ordinal) >= 0 || t.IndexOf("出力", StringComparison.Ordinal) >= 0
            || t.StartsWith("salida", StringComparison.Ordinal) || t.StartsWith("saída", StringComparison.Ordinal) || t.StartsWith("ausgabe", StringComparison.Ordinal) ? "Output"
            : t.IndexOf("stored", StringComparison.Ordinal) >= 0 || t.IndexOf("persist", StringComparison.Ordinal) >= 0 || t.IndexOf("保存", StringComparison.Ordinal) >= 0 || t.IndexOf("storage", StringComparison.Ordinal) >= 0 ? "Stored"
            : t.IndexOf("calculated", StringComparison.Ordinal) >= 0 || t.IndexOf("derived", StringComparison.Ordinal) >= 0 ? "Calculated"
            : t.IndexOf("transient", StringComparison.Ordinal) >= 0 || t.IndexOf("temporary", StringComparison.Ordinal) >= 0 ? "Transient"
            : null;
    }

    private static bool LooksLikeType(string value)
    {
        var v = value.Trim();
        if (v.Length == 0 || v.Length > 30)
        {
            return false;
        }

        var first = v.Split(' ', '-', '(')[0].ToLowerInvariant();
        return first is "string" or "int" or "integer" or "number" or "bool" or "boolean" or "float" or "double" or "decimal"
            or "date" or "datetime" or "timestamp" or "uuid" or "guid" or "json" or "object" or "array" or "list" or "enum" or "long"
            or "email" or "url" or "time" or "duration" or "money" or "currency" or "text" or "binary" or "bytes" or "file" or "map";
    }

    /// <summary>The values written in double quotes (straight or curly), in order, without duplicates.</summary>
    internal static EquatableArray<string> QuotedValues(string text)
    {
        var values = new List<string>();
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '"' or '“' or '”')
            {
                if (start < 0)
                {
                    start = i + 1;
                }
                else
                {
                    var value = text.Substring(start, i - start).Trim();
                    if (value.Length > 0 && value.Length <= 60 && !values.Contains(value))
                    {
                        values.Add(value);
                    }

                    start = -1;
                }
            }
        }

        return values.ToEquatableArray();
    }
}
