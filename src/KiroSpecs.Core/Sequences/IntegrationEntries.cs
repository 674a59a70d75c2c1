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

    public bool Contains(string name) => _byName.ContainsKey(name);

    /// <summary>True when an entry of that name (any case) is cited for something else than being named in a text.</summary>
    public bool IsCitedBeyondNaming(string name) =>
        _entries.Exists(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase) && !e.Uses.Exists(u => u.EndsWith(" names it", StringComparison.Ordinal)));

    /// <summary>Adds the citations to the entry of that name (made with this description when it is new).</summary>
    public void Use(string name, string description, IEnumerable<string> uses)
    {
        if (!_byName.TryGetValue(name, out var entry))
        {
            entry = new Entry(name, description);
            _entries.Add(entry);
            _byName.Add(name, entry);
        }

        foreach (var use in uses)
        {
            if (entry.Seen.Add(use))
            {
                entry.Uses.Add(use);
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
    }
}
