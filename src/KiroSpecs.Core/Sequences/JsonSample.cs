using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// Builds example JSON payloads from data elements: quoted values of a description are its enumeration (the
/// first is used); otherwise a neutral placeholder of the type.
/// </summary>
internal static class JsonSample
{
    public static string Build(IReadOnlyList<DataElement> fields)
    {
        var sb = new StringBuilder("{\n");
        var written = new HashSet<string>(StringComparer.Ordinal);
        var first = true;
        foreach (var field in fields)
        {
            if (field.Name.Length == 0 || !written.Add(field.Name))
            {
                continue;
            }

            if (!first)
            {
                sb.Append(",\n");
            }

            first = false;
            sb.Append("  ").Append(Quote(field.Name)).Append(": ").Append(Value(field));
        }

        sb.Append("\n}");
        return sb.ToString();
    }

    private static string Value(DataElement field)
    {
        var type = field.Type.ToLowerInvariant();
        var description = field.Description.ToLowerInvariant();
        if (field.Values.Count > 0)
        {
            var value = field.Values[0];
            return IsNumeric(type) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? value : Quote(value);
        }

        if (Has(type, "bool"))
        {
            return "false";
        }

        if (Has(type, "int") || Has(type, "long") || Has(type, "count"))
        {
            return "0";
        }

        if (IsNumeric(type))
        {
            return "0.0";
        }

        if (Has(type, "datetime") || Has(type, "timestamp") || Has(description, "iso 8601") || Has(description, "timestamp"))
        {
            return Quote("2024-01-01T00:00:00Z");
        }

        if (Has(type, "date"))
        {
            return Quote("2024-01-01");
        }

        if (Has(type, "uuid") || Has(type, "guid"))
        {
            return Quote("00000000-0000-0000-0000-000000000000");
        }

        if (Has(type, "email") || Has(field.Name.ToLowerInvariant(), "email"))
        {
            return Quote("user@example.com");
        }

        if (Has(type, "url") || Has(type, "uri"))
        {
            return Quote("https://example.com");
        }

        if (Has(type, "[]") || Has(type, "array") || Has(type, "list"))
        {
            return "[]";
        }

        if (Has(type, "json") || Has(type, "object") || Has(type, "map"))
        {
            return "{}";
        }

        return Quote(type.Length > 0 && type.Length <= 20 ? "<" + field.Type + ">" : "<string>");
    }

    private static bool IsNumeric(string type) => Has(type, "number") || Has(type, "float") || Has(type, "double") || Has(type, "decimal") || Has(type, "int") || Has(type, "money") || Has(type, "currency");

    private static bool Has(string text, string value) => text.IndexOf(value, StringComparison.Ordinal) >= 0;

    /// <summary>A JSON string literal.</summary>
    public static string Quote(string text)
    {
        var sb = new StringBuilder(text.Length + 2);
        sb.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '`': sb.Append("\\u0060"); break;
                default:
                    if (c < ' ')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }
}
