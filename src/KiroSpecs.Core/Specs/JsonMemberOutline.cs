namespace KiroSpecs.Core.Specs;

/// <summary>One property of a tracked object: its unescaped name, where the key is, and its value.</summary>
/// <param name="Name">The property name, unescaped.</param>
/// <param name="KeyStart">Character offset of the key's opening quote.</param>
/// <param name="KeyEnd">Character offset just past the key's closing quote.</param>
/// <param name="Value">The property value.</param>
internal sealed record JsonMemberOutline(string Name, int KeyStart, int KeyEnd, JsonValueOutline Value);
