namespace KiroSpecs.Core.Specs;

/// <summary>A member an object must have.</summary>
/// <param name="Name">The property name.</param>
/// <param name="Edit">The value it must have.</param>
/// <param name="After">When the member is missing, insert it right after this one if present; else at the end.</param>
internal sealed record JsonMemberEdit(string Name, JsonEdit Edit, string? After = null);
