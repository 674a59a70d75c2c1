using System;

namespace KiroSpecs.Testing;

/// <summary>
/// .NET Framework lacks a few string overloads the tests call; these stand in for them when the
/// tests run against the net472 build (compiled only for net472, where no instance method exists).
/// </summary>
internal static class StringShims
{
    /// <summary><c>string.Replace(string, string, StringComparison)</c>, ordinal only.</summary>
    public static string Replace(this string text, string oldValue, string newValue, StringComparison comparison) =>
        comparison == StringComparison.Ordinal
            ? text.Replace(oldValue, newValue)
            : throw new NotSupportedException("Only ordinal replacement is provided on .NET Framework.");
}
