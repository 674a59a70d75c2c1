using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// Hands out short, safe Mermaid ids, one per participant name for the whole document, in order of first
/// request (so output is stable). Ids are <c>[A-Za-z][A-Za-z0-9_]*</c> and never a Mermaid keyword.
/// </summary>
internal sealed class AliasRegistry
{
    private static readonly HashSet<string> s_reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "end", "alt", "loop", "opt", "par", "and", "else", "box", "rect", "note", "title", "participant", "actor",
        "activate", "deactivate", "critical", "break", "option", "create", "destroy", "autonumber", "over", "left",
        "right", "of", "as", "links", "link", "properties", "details", "click", "call", "href", "accTitle", "accDescr",
        "sequenceDiagram", "state", "class", "classDef", "style", "default", "off",
    };

    private readonly Dictionary<string, string> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    // For each alias taken, the number to try next after it: the numbers below are taken and stay taken,
    // so thousands of names with the same initials cost one look-up each, not one per name before them.
    private readonly Dictionary<string, int> _nextNumber = new(StringComparer.OrdinalIgnoreCase);

    public string AliasFor(string name, string preferred)
    {
        if (_byName.TryGetValue(name, out var existing))
        {
            return existing;
        }

        var alias = Sanitize(preferred);
        if (alias.Length == 0)
        {
            alias = Initials(name);
        }

        if (alias.Length == 0)
        {
            alias = "P";
        }

        if (s_reserved.Contains(alias))
        {
            alias += "_1";
        }

        var candidate = alias;
        if (_used.Contains(candidate))
        {
            var n = _nextNumber.TryGetValue(alias, out var next) ? next : 2;
            do
            {
                candidate = alias + n.ToString(CultureInfo.InvariantCulture);
                n++;
            }
            while (_used.Contains(candidate));
            _nextNumber[alias] = n;
        }

        _used.Add(candidate);
        _byName.Add(name, candidate);
        return candidate;
    }

    /// <summary>Keeps ASCII letters, digits and '_'; must start with a letter; at most 16 characters.</summary>
    internal static string Sanitize(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (sb.Length > 0 && ((c >= '0' && c <= '9') || c == '_')))
            {
                sb.Append(c);
            }

            if (sb.Length == 16)
            {
                break;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// A readable id for a name: the whole name in CamelCase when that is a safe id shorter than 16
    /// characters ("Librarian", "PaymentTerminal"), otherwise its initials ("MS" for Monitoring System) —
    /// never a truncated word. Non-Latin names give "" (the caller falls back to "P").
    /// </summary>
    internal static string Initials(string name)
    {
        var words = new List<string>();
        var complete = true;
        foreach (var word in name.Split(' ', '-', '_', '/', '.', '(', ')', ','))
        {
            var clean = Sanitize(word);
            if (clean.Length > 0)
            {
                words.Add(clean);
            }

            // "Cl@ve", "R&D": a sign inside a name's word leaves the rest of the word whole.
            complete &= clean.Length == word.Length - word.Count(c => c is '@' or '&' or '+');
        }

        if (words.Count == 0)
        {
            return string.Empty;
        }

        var camel = new StringBuilder();
        foreach (var word in words)
        {
            camel.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        }

        if (complete && camel.Length < MaxCamelLength && IsLetter(camel[0]))
        {
            return camel.ToString();
        }

        var sb = new StringBuilder();
        foreach (var word in words)
        {
            if (IsLetter(word[0]))
            {
                sb.Append(char.ToUpperInvariant(word[0]));
            }

            if (sb.Length == 4)
            {
                break;
            }
        }

        return sb.ToString();
    }

    private const int MaxCamelLength = 16;

    private static bool IsLetter(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
