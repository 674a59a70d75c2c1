using System;
using System.Collections.Generic;
using System.Linq;

namespace KiroSpecs.Testing;

/// <summary>Guards for NUnit case sources (<c>TestCaseSource</c>).</summary>
public static class CaseSources
{
    /// <summary>
    /// Returns the cases, or throws when there are none. A source that yields no case makes its test
    /// disappear from the run without a trace; one that throws is reported by NUnit as a failed test
    /// carrying this message.
    /// </summary>
    /// <exception cref="InvalidOperationException">No case.</exception>
    public static IReadOnlyList<T> NotEmpty<T>(IEnumerable<T> cases, string whereFrom)
    {
        var list = (cases ?? throw new ArgumentNullException(nameof(cases))).ToList();
        if (list.Count == 0)
        {
            throw new InvalidOperationException($"The case source yielded no case: nothing found in {whereFrom}.");
        }

        return list;
    }
}
