using System;
using System.Collections.Generic;

namespace KiroSpecs.Core.Specs;

/// <summary>
/// A tracked JSON object: where its braces are, where the thing that owns it starts (its key, or the
/// brace for the root), and its members in document order, duplicates included.
/// </summary>
/// <param name="Path">Dotted path of the object: "" for the root, "approvals", "approvals.usecase".</param>
/// <param name="OwnerStart">Character offset of the owning key, or of the '{' for the root.</param>
/// <param name="Open">Character offset of '{'.</param>
/// <param name="Close">Character offset of '}'.</param>
/// <param name="Members">The members in document order.</param>
internal sealed record JsonObjectOutline(string Path, int OwnerStart, int Open, int Close, IReadOnlyList<JsonMemberOutline> Members)
{
    /// <summary>The first member with this name, or null.</summary>
    public JsonMemberOutline? Find(string name)
    {
        foreach (var member in Members)
        {
            if (string.Equals(member.Name, name, StringComparison.Ordinal))
            {
                return member;
            }
        }

        return null;
    }
}
