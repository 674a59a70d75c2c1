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
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);

    public bool HasPrimary { get; private set; }

    public int Count => _items.Count;

    public bool Contains(string name) => _names.Contains(name);

    public void Add(UseCaseActor actor)
    {
        _items.Add(actor);
        _names.Add(actor.Name);
        HasPrimary |= actor.Role == ActorRole.Primary;
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
