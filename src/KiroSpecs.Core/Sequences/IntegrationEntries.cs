using System;
using System.Collections.Generic;
using System.Linq;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// The lines of one list under "## Integration Points" (external services, components): one per name, in order
/// of first mention, each with the citations gathered from every use case, without repeats. Indexed by name, so
/// thousands of use cases citing thousands of participants cost one look-up per citation.
/// </summary>
internal sealed class IntegrationEntries
{
    private readonly List<Entry> _entries = new();
    private readonly Dictionary<string, Entry> _byName = new(StringComparer.Ordinal);

    /// <summary>The entries by name in any case: "Payment Gateway" and "payment gateway" are two entries of one key.</summary>
    private readonly Dictionary<string, List<Entry>> _byNameAnyCase = new(StringComparer.OrdinalIgnoreCase);

    public bool Contains(string name) => _byName.ContainsKey(name);

    /// <summary>True when an entry of that name (any case) is cited for something else than being named in a text.</summary>
    public bool IsCitedBeyondNaming(string name) =>
        _byNameAnyCase.TryGetValue(name, out var entries) && entries.Exists(e => !e.IsNamedInText);

    /// <summary>Adds the citations to the entry of that name (made with this description when it is new).</summary>
    public void Use(string name, string description, IEnumerable<string> uses)
    {
        if (!_byName.TryGetValue(name, out var entry))
        {
            entry = new Entry(name, description);
            _entries.Add(entry);
            _byName.Add(name, entry);
            if (!_byNameAnyCase.TryGetValue(name, out var sameName))
            {
                sameName = new List<Entry>(1);
                _byNameAnyCase.Add(name, sameName);
            }

            sameName.Add(entry);
        }

        foreach (var use in uses)
        {
            if (entry.Seen.Add(use))
            {
                entry.Uses.Add(use);
                entry.IsNamedInText |= use.EndsWith(" names it", StringComparison.Ordinal);
            }
        }
    }

    /// <summary>
    /// "- **Name** - description (citations)", one per entry. An entry named by the long form another entry's
    /// description opens with ("Plataforma de Intermediación de Datos" beside "PID - Plataforma de Intermediación de
    /// Datos - Sistema externo") is that entry: its citations are listed there.
    /// </summary>
    public List<string> Lines()
    {
        FoldLongNamesInto(this);
        return _entries.Select(Line).ToList();
    }

    /// <summary>
    /// Moves the citations of each entry without a description whose name is the long form an entry of
    /// <paramref name="target"/> opens its description with into that entry, and drops the entry here.
    /// </summary>
    public void FoldLongNamesInto(IntegrationEntries target)
    {
        var longNames = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in target._entries)
        {
            var cut = entry.Description.IndexOf(" - ", StringComparison.Ordinal);
            var longName = (cut > 0 ? entry.Description.Substring(0, cut) : string.Empty).Trim();
            if (longName.Length > 0 && !longNames.ContainsKey(longName))
            {
                longNames.Add(longName, entry);
            }
        }

        if (longNames.Count == 0)
        {
            return;
        }

        _entries.RemoveAll(entry =>
        {
            if (entry.Description.Length > 0 || !longNames.TryGetValue(entry.Name, out var same) || ReferenceEquals(same, entry))
            {
                return false;
            }

            foreach (var use in entry.Uses.Where(u => same.Seen.Add(u)))
            {
                same.Uses.Add(use);
            }

            _byName.Remove(entry.Name);
            if (_byNameAnyCase.TryGetValue(entry.Name, out var sameName) && sameName.Remove(entry) && sameName.Count == 0)
            {
                _byNameAnyCase.Remove(entry.Name);
            }

            return true;
        });
    }

    private static string Line(Entry entry)
    {
        var description = entry.Description.Length > 0 ? " - " + MarkdownText.Escape(entry.Description) : string.Empty;
        return "- **" + MarkdownText.Escape(entry.Name) + "**" + description + " (" + MarkdownText.Escape(string.Join(", ", entry.Uses)) + ")";
    }

    private sealed class Entry
    {
        public Entry(string name, string description)
        {
            Name = name;
            Description = description;
        }

        public string Name { get; }

        public string Description { get; }

        public List<string> Uses { get; } = new();

        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

        /// <summary>True when one of <see cref="Uses"/> is a text that names it (kept as they are added: a service cited by every use case is asked about once per mention).</summary>
        public bool IsNamedInText { get; set; }
    }
}
