using System;
using System.Collections.Generic;
using System.Linq;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// The project's participant items in effect (KiroSpecsParticipant), one per name, in the order given. They are the
/// only participants not read from usecase.md; the lexicon classifies but never adds one.
/// </summary>
internal sealed class CompiledVocabulary
{
    private CompiledVocabulary(List<ParticipantRule> rules) => Rules = rules;

    public List<ParticipantRule> Rules { get; }

    public static CompiledVocabulary Create(TranslationOptions? options)
    {
        var rules = new List<ParticipantRule>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in options?.Participants ?? default)
        {
            if (rule is not null && !string.IsNullOrWhiteSpace(rule.Name) && names.Add(rule.Name.Trim()))
            {
                rules.Add(rule);
            }
        }

        return new CompiledVocabulary(rules);
    }

    /// <summary>The item for the given actor name, if any (decides person/system and alias).</summary>
    public ParticipantRule? FindByName(string name) =>
        Rules.FirstOrDefault(r => string.Equals(r.Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));
}
