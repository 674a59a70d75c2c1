using System.Collections.Generic;
using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// The relations between use cases read so far, in order and each once: a dependency graph of thousands of
/// edges is read in linear time.
/// </summary>
internal sealed class DependencyList
{
    private readonly List<UseCaseDependency> _items = new();
    private readonly HashSet<UseCaseDependency> _seen = new();

    /// <summary>Adds the relation unless it is already there.</summary>
    public void Add(UseCaseDependency dependency)
    {
        if (_seen.Add(dependency))
        {
            _items.Add(dependency);
        }
    }

    public EquatableArray<UseCaseDependency> ToEquatableArray() => _items.ToEquatableArray();
}
