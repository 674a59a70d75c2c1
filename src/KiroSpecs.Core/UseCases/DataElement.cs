using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// A data element ("name: type - description") in a category such as "Input", "Output" or "Stored".
/// <see cref="Values"/> are the quoted values of its description (an enumeration), in order.
/// </summary>
public sealed record DataElement(
    string Category,
    string Name,
    string Type,
    string Description,
    EquatableArray<string> Values,
    SourcePosition Position);
