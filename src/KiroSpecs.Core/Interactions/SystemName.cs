using System.Collections.Generic;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Interactions;

/// <summary>
/// The name of the system under design, as the document writes it when a step has it as the subject
/// ("Sistema", "システム"); "System" when no step names it (the workflow's own word for it).
/// </summary>
internal static class SystemName
{
    public const string Default = "System";

    public static string Of(IReadOnlyList<UseCase> useCases)
    {
        foreach (var useCase in useCases)
        {
            foreach (var step in ParticipantCatalog.AllSteps(useCase))
            {
                var words = new Words(step.Text);
                var at = ParticipantCatalog.SkipDeterminers(words, 0);
                if (at < words.Count && Lexicon.SystemNames.MatchAt(words, at) > 0)
                {
                    var word = words[at];
                    if (PhraseSet.IsUnspaced(word))
                    {
                        foreach (var name in Lexicon.SystemNames.Phrases)
                        {
                            if (PhraseSet.IsUnspaced(name) && word.StartsWith(name, System.StringComparison.Ordinal))
                            {
                                return name;
                            }
                        }

                        continue;
                    }

                    var written = words.Slice(at, at + 1);
                    return char.ToUpperInvariant(written[0]) + written.Substring(1);
                }
            }
        }

        return Default;
    }
}
