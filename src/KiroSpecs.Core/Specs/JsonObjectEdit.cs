using System.Collections.Generic;

namespace KiroSpecs.Core.Specs;

/// <summary>An object that must hold these members; members not listed are kept as they are.</summary>
/// <param name="Members">The members to ensure, in the order new ones are written.</param>
internal sealed record JsonObjectEdit(IReadOnlyList<JsonMemberEdit> Members) : JsonEdit;
