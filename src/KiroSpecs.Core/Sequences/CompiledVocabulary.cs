using System;
using System.Collections.Generic;
using System.Linq;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// The participant vocabulary in effect: user rules first (they take precedence), then the built-ins that
/// no user rule replaced; each with its keywords split into words once.
/// </summary>
internal sealed class CompiledVocabulary
{
    private CompiledVocabulary(List<CompiledRule> rules) => Rules = rules;

    public List<CompiledRule> Rules { get; }

    public static CompiledVocabulary Create(TranslationOptions? options)
    {
        var rules = new List<CompiledRule>();
        var user = options?.Participants ?? default;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in user)
        {
            if (rule is null || string.IsNullOrWhiteSpace(rule.Name) || !names.Add(rule.Name.Trim()))
            {
                continue;
            }

            rules.Add(CompiledRule.From(rule, isBuiltIn: false));
        }

        foreach (var rule in BuiltInParticipants.Rules)
        {
            if (!names.Contains(rule.Name))
            {
                rules.Add(CompiledRule.From(rule, isBuiltIn: true));
            }
        }

        return new CompiledVocabulary(rules);
    }

    /// <summary>A user rule for the given actor name, if any (decides person/system and alias).</summary>
    public CompiledRule? FindByName(string name) =>
        Rules.FirstOrDefault(r => !r.IsBuiltIn && string.Equals(r.Rule.Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));
}
