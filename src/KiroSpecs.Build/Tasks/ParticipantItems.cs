using System;
using System.Linq;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.Sequences;
using Microsoft.Build.Framework;

namespace KiroSpecs.Build.Tasks;

/// <summary>Maps <c>KiroSpecsParticipant</c> items to the translation vocabulary.</summary>
internal static class ParticipantItems
{
    /// <summary>Builds translation options from the items (null or empty: the defaults).</summary>
    public static TranslationOptions ToOptions(ITaskItem[]? items)
    {
        if (items is null || items.Length == 0)
        {
            return TranslationOptions.Default;
        }

        var rules = items.Select(item =>
        {
            var name = item.ItemSpec.Trim();
            var alias = item.GetMetadata("Alias").Trim();
            var keywords = item.GetMetadata("Keywords")
                .Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(k => k.Trim())
                .Where(k => k.Length > 0)
                .ToEquatableArray();
            var isPerson = string.Equals(item.GetMetadata("Kind").Trim(), "actor", StringComparison.OrdinalIgnoreCase);
            return new ParticipantRule(name, alias, keywords, isPerson);
        });
        return new TranslationOptions(rules.ToEquatableArray());
    }
}
