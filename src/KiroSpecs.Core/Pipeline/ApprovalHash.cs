using System;
using KiroSpecs.Core.IO;

namespace KiroSpecs.Core.Pipeline;

/// <summary>
/// The hash that pins an approval to the approved text of usecase.md ("sha256:" + hex of the
/// LF-normalised text), so a later edit is noticed and must be approved again.
/// </summary>
public static class ApprovalHash
{
    private const string Prefix = "sha256:";

    /// <summary>The hash recorded for an approved text (LF-normalised).</summary>
    public static string Of(string lfText) => Prefix + ContentHash.Of(lfText);

    /// <summary>True when the recorded hash belongs to this text. Unknown hash formats count as a match (never block on what we cannot read).</summary>
    public static bool Matches(string recorded, string lfText) => MatchesContentHash(recorded, ContentHash.Of(lfText));

    /// <summary><see cref="Matches"/> for a text whose <see cref="ContentHash.Of"/> is already known.</summary>
    public static bool MatchesContentHash(string recorded, string contentHash) =>
        !recorded.StartsWith(Prefix, StringComparison.Ordinal)
        || (recorded.Length == Prefix.Length + contentHash.Length
            && string.Compare(recorded, Prefix.Length, contentHash, 0, contentHash.Length, StringComparison.OrdinalIgnoreCase) == 0);
}
