using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace KiroSpecs.Core.Common;

/// <summary>
/// Compares by identity (ReferenceEqualityComparer is not in .NET Framework): the model's records hash and
/// compare all of their contents, which for a branch or a use case is the size of its text.
/// </summary>
internal sealed class ByReference<T> : IEqualityComparer<T>
    where T : class
{
    public static readonly ByReference<T> Instance = new();

    private ByReference()
    {
    }

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
}
