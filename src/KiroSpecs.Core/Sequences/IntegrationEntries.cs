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

    /// <summary>"- **Name** - description (citations)", one per entry.</summary>
    public List<string> Lines() => _entries.Select(Line).ToList();

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
