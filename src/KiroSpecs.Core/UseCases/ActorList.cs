using System;
using System.Collections.Generic;
using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// The actors read so far, in order, with the names already taken (any case) and whether a primary actor is
/// among them: a document declaring thousands of actors is read in linear time.
/// </summary>
internal sealed class ActorList
{
    private readonly List<UseCaseActor> _items = new();
    private readonly Dictionary<string, int> _names = new(StringComparer.OrdinalIgnoreCase);

    public bool HasPrimary { get; private set; }

    public int Count => _items.Count;

    public bool Contains(string name) => _names.ContainsKey(name);

    public void Add(UseCaseActor actor)
    {
        if (!_names.ContainsKey(actor.Name))
        {
            _names.Add(actor.Name, _items.Count);
        }

        _items.Add(actor);
        HasPrimary |= actor.Role == ActorRole.Primary;
    }

    /// <summary>Gives the actor of this name the description when it has none yet.</summary>
    public void Describe(string name, string description)
    {
        if (description.Length == 0)
        {
            return;
        }

        if (_names.TryGetValue(name, out var at) && _items[at].Description.Length == 0)
        {
            _items[at] = _items[at] with { Description = description };
        }
    }

    /// <summary>Gives the actors read since <paramref name="start"/> the heading of the list that declared them.</summary>
    public void HeadedFrom(int start, string heading)
    {
        for (var i = start; i < _items.Count; i++)
        {
            _items[i] = _items[i] with { Heading = heading };
        }
    }

    public EquatableArray<UseCaseActor> ToEquatableArray() => _items.ToEquatableArray();
}
