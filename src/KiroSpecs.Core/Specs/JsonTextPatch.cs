using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace KiroSpecs.Core.Specs;

/// <summary>Replace the characters in [Start, End) with <see cref="Text"/>; Start == End inserts.</summary>
/// <param name="Start">First character replaced.</param>
/// <param name="End">Character just past the replaced range.</param>
/// <param name="Text">The new text.</param>
/// <param name="Order">Tie-breaker for patches at the same position: lower goes first.</param>
internal sealed record JsonTextPatch(int Start, int End, string Text, int Order)
{
    /// <summary>Applies non-overlapping patches to <paramref name="text"/>.</summary>
    public static string ApplyAll(string text, IEnumerable<JsonTextPatch> patches)
    {
        var builder = new StringBuilder(text.Length + 256);
        var cursor = 0;
        foreach (var patch in patches.OrderBy(p => p.Start).ThenBy(p => p.Order))
        {
            if (patch.Start < cursor)
            {
                throw new InvalidOperationException("Overlapping spec.json patches; the file is left unchanged.");
            }

            builder.Append(text, cursor, patch.Start - cursor).Append(patch.Text);
            cursor = patch.End;
        }

        return builder.Append(text, cursor, text.Length - cursor).ToString();
    }
}
