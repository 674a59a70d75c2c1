using System.Collections.Generic;
using System.Linq;
using KiroSpecs.Core.Sequences;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Interactions;

/// <summary>
/// The name of the system under design, as the document writes it when a step has it as the subject
/// ("Sistema", "システム"); "System" when no step names it (the workflow's own word for it).
/// </summary>
internal static partial class SystemName
{
    public const string Default = "System";

    public static string Of(IReadOnlyList<UseCase> useCases) => Of(useCases, System.Array.Empty<UseCaseActor>());

    /// <summary>The system's name; a participant the document declares as a secondary actor is never the product.</summary>
    public static string Of(IReadOnlyList<UseCase> useCases, IReadOnlyList<UseCaseActor> documentActors)
    {
        if (DeclaredAsTheSystem(useCases, documentActors) is { } declared)
        {
            return declared;
        }

        foreach (var useCase in useCases)
        {
            foreach (var step in ParticipantCatalog.AllSteps(useCase))
            {
                var words = Words.Of(step.Text);
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

        return OursByDescription(useCases, documentActors) ?? ProductName(useCases, documentActors) ?? Default;
    }

    /// <summary>
    /// When no step has "the system" as its subject: "| Incident service | Our paging service (owns incidents …) |", the
    /// actor its description calls our service, platform or application, when exactly one does, it is no primary
    /// actor, and at least three steps have it as their subject.
    /// </summary>
    private static string? OursByDescription(IReadOnlyList<UseCase> useCases, IReadOnlyList<UseCaseActor> documentActors)
    {
        string? found = null;
        foreach (var actor in documentActors.Concat(useCases.SelectMany(u => u.Actors)))
        {
            var name = actor.Name.Trim();
            if (name.Length == 0 || actor.Role == ActorRole.Primary || !OurComponentRegex().IsMatch(actor.Description) || ActorKinds.NamesAPerson(name))
            {
                continue;
            }

            if (found is not null && !string.Equals(found, name, System.StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            found = name;
        }

        // It acts in the steps: at least three open with its name ("Incident service checks …").
        var acts = 0;
        foreach (var useCase in useCases)
        {
            foreach (var step in ParticipantCatalog.AllSteps(useCase))
            {
                var text = step.Text.TrimStart();
                text = text.StartsWith("the ", System.StringComparison.OrdinalIgnoreCase) ? text.Substring(4) : text;
                acts += found is not null && text.StartsWith(found + " ", System.StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            }
        }

        return acts >= 3 ? found : null;
    }

    private const string OurComponentPattern = @"^\s*our\s+(?:\w+\s+)?(?:service|platform|application|app|backend)\b";

#if NET
    [System.Text.RegularExpressions.GeneratedRegex(OurComponentPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex OurComponentRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_ourComponent = new(OurComponentPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);

    private static System.Text.RegularExpressions.Regex OurComponentRegex() => s_ourComponent;
#endif

    private const string TheSystemPattern =
        @"\b(?:the|our)\s+(?:new\s+)?system\b(?!\s+(?:of|for)\b)|\bsystem\s+under\s+(?:design|discussion|development)\b|\bthis\s+system\b|\bo\s+(?:novo\s+)?sistema\b|\bel\s+(?:nuevo\s+)?sistema\b|\bwe(?:'re|’re|\s+are)\s+building\b|\b(?:this|our)\s+product\b|\bproduct\s+under\s+(?:design|development)\b|\ble\s+(?:nouveau\s+)?système\b|\bil\s+(?:nuovo\s+)?sistema\b|\bdas\s+(?:neue\s+)?system\b";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_theSystem = TheSystemRegex();

    [System.Text.RegularExpressions.GeneratedRegex(TheSystemPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex TheSystemRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_theSystem = new(TheSystemPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>
    /// "**Claims Workbench** – the new system ("the Workbench" below)": the actor described as the system under
    /// design is the system, by the name the steps use (its last word when they never write the whole name).
    /// </summary>
    private static string? DeclaredAsTheSystem(IReadOnlyList<UseCase> useCases, IReadOnlyList<UseCaseActor> documentActors)
    {
        foreach (var actor in documentActors.Concat(useCases.SelectMany(u => u.Actors)))
        {
            // "Hub (our HRIS, this is what we're building)": a description may also stand in brackets after the name.
            var description = actor.Description + " " + (actor.Label.IndexOf('(') is var open and >= 0 ? actor.Label.Substring(open) : string.Empty);
            if (description.Trim().Length == 0 || !s_theSystem.IsMatch(description) || ActorKinds.NamesAPerson(actor.Name)
                || (ActorKinds.IsPerson(actor.Name, actor.Description, null) && actor.Description.Length > 0 && !s_theSystem.IsMatch(actor.Description)))
            {
                continue;
            }

            var name = actor.Name.Trim();
            var space = name.LastIndexOf(' ');
            if (space < 0)
            {
                return name;
            }

            var last = name.Substring(space + 1);
            var whole = false;
            var alone = false;
            foreach (var useCase in useCases)
            {
                foreach (var step in ParticipantCatalog.AllSteps(useCase))
                {
                    whole |= step.Text.IndexOf(name, System.StringComparison.OrdinalIgnoreCase) >= 0;
                    alone |= step.Text.IndexOf(last, System.StringComparison.Ordinal) >= 0;
                }
            }

            return whole || !alone || Lexicon.SystemNames.MatchAt(Words.Of(last), 0) > 0 ? name : last;
        }

        return null;
    }

    private static readonly string[] s_conditionOpeners = { "If ", "When ", "Se ", "Si ", "Caso ", "Quando ", "Cuando " };

    /// <summary>"If a configuration is returned at all, Application knows …": the clause after the condition, whose subject acts.</summary>
    private static string Consequence(string text)
    {
        var t = text.TrimStart();
        var comma = t.IndexOf(", ", System.StringComparison.Ordinal);
        return comma > 0 && System.Array.Exists(s_conditionOpeners, o => t.StartsWith(o, System.StringComparison.Ordinal)) ? t.Substring(comma + 2) : t;
    }

    /// <summary>
    /// When no step calls it "the system", the system under design is the product the steps have as their
    /// subject ("EnvGene loads …", "Plugin resolves …"): the non-person name that acts in the most steps
    /// (at least three), unless it is a primary actor.
    /// </summary>
    private static string? ProductName(IReadOnlyList<UseCase> useCases, IReadOnlyList<UseCaseActor> documentActors)
    {
        var primary = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var useCase in useCases)
        {
            foreach (var actor in useCase.Actors)
            {
                if (actor.Role == ActorRole.Primary)
                {
                    primary.Add(actor.Name.Trim());
                }
            }
        }

        foreach (var actor in documentActors.Concat(useCases.SelectMany(u => u.Actors)))
        {
            // "Claims assessor" is a person: "Assessor confirms …" is that person, never the product.
            var roleNoun = actor.Name.Trim().LastIndexOf(' ') is var cut and > 0 && char.IsLower(actor.Name.Trim()[cut + 1]);
            if ((actor.Role == ActorRole.Secondary && documentActors.Contains(actor)) || (roleNoun && ActorKinds.IsPerson(actor.Name, actor.Description, null)))
            {
                // "| Order Tablet | Device |", "Oven Planning System (OPS)": a participant beside the product, by its
                // name and by the last word the steps may call it by ("the Tablet").
                var name = actor.Name.Trim();
                primary.Add(name);
                var space = name.LastIndexOf(' ');
                if (space > 0)
                {
                    primary.Add(name.Substring(space + 1));
                }
            }
        }

        var counts = new Dictionary<string, int>(System.StringComparer.OrdinalIgnoreCase);
        var written = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);
        // "Incident service checks …": a declared name of two or three words whose later words are lower case.
        var declared = documentActors.Concat(useCases.SelectMany(u => u.Actors)).Select(a => Words.Split(a.Name.Trim()))
            .Where(w => w.Length is 2 or 3).ToList();
        foreach (var useCase in useCases)
        {
            foreach (var step in ParticipantCatalog.AllSteps(useCase))
            {
                var words = Words.Of(Consequence(step.Text));
                var at = ParticipantCatalog.SkipDeterminers(words, 0);
                if (at >= words.Count || !words.IsCapitalized(at) || Lexicon.PersonWords.MatchAt(words, at) > 0)
                {
                    continue;
                }

                var length = at + 2 < words.Count && words.IsCapitalized(at + 1) && ParticipantCatalog.LooksLikeVerb(words, at + 2) ? 2
                    : DeclaredNameAt(declared, words, at) is var known and > 0 ? known : 1;
                if (!ParticipantCatalog.LooksLikeVerb(words, at + length) || Lexicon.PersonVerbs.MatchAt(words, at) > 0)
                {
                    continue;
                }

                var name = words.Slice(at, at + length);
                if (primary.Contains(name) || Lexicon.PersonWords.Find(Words.Of(name), 0) >= 0 || IsDeclaredPerson(useCases, name))
                {
                    continue;
                }

                counts[name] = counts.TryGetValue(name, out var n) ? n + 1 : 1;
                written[name] = name;
            }
        }

        // A product is also where things happen: "documents the treatment in the PVS".
        foreach (var useCase in useCases)
        {
            foreach (var step in ParticipantCatalog.AllSteps(useCase))
            {
                var words = Words.Of(step.Text);
                for (var i = 1; i + 1 < words.Count; i++)
                {
                    if (words[i - 1] is "in" or "into" or "within" or "via" or "through" && words[i] == "the" && words.IsCapitalized(i + 1))
                    {
                        var name = words.Slice(i + 1, i + 2);
                        if (counts.TryGetValue(name, out var count))
                        {
                            counts[name] = count + 1;
                        }
                    }
                }
            }
        }

        string? best = null;
        var bestCount = 2;
        foreach (var pair in counts)
        {
            if (pair.Value > bestCount || (pair.Value == bestCount && best is not null && string.CompareOrdinal(pair.Key, best) < 0))
            {
                best = pair.Key;
                bestCount = pair.Value;
            }
        }

        return best is null ? null : written[best];
    }

    /// <summary>The number of words of a declared name written at <paramref name="at"/> and followed by a verb; 0 for none.</summary>
    private static int DeclaredNameAt(List<string[]> declared, Words words, int at)
    {
        foreach (var name in declared)
        {
            if (words.Matches(at, name) && ParticipantCatalog.LooksLikeVerb(words, at + name.Length))
            {
                return name.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// True when the document speaks of a system anywhere: a step, a condition, a pre- or postcondition, a note,
    /// an actor or a use-case name ("logged into the system", "the application is running"), or a product acts
    /// in its steps. When it does not, the use cases are between the actors it names, and no system is drawn.
    /// </summary>
    public static bool IsMentioned(IReadOnlyList<UseCase> useCases, string name) => IsMentioned(useCases, name, System.Array.Empty<UseCaseActor>());

    /// <summary>
    /// True when a step speaks of the system ("the system", "the app"); a word that is the name of a declared actor
    /// ("**App** – iOS / Android app" beside "Cloud" and "Device") is that actor, not the system.
    /// </summary>
    public static bool IsMentioned(IReadOnlyList<UseCase> useCases, string name, IReadOnlyList<UseCaseActor> documentActors)
    {
        if (name != Default)
        {
            return true;
        }

        var declared = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var actor in documentActors.Concat(useCases.SelectMany(u => u.Actors)))
        {
            // "Actor: System" declares the system itself.
            var words = Words.Of(actor.Name.Trim());
            if (words.Count > 0 && Lexicon.SystemNames.MatchAt(words, 0) != words.Count)
            {
                declared.Add(actor.Name.Trim());
            }
        }

        foreach (var useCase in useCases)
        {
            foreach (var step in ParticipantCatalog.AllSteps(useCase))
            {
                if (SentenceReader.Arrow(step.Text) is { } arrow)
                {
                    // "App → Fleet API: cancel order": a name at an arrow's end is a participant the author draws, so
                    // "taps Cancel in the app" speaks of it, not of a system under design.
                    declared.Add(arrow.From);
                    declared.Add(arrow.To);
                }
            }
        }

        foreach (var useCase in useCases)
        {
            foreach (var text in Texts(useCase))
            {
                var words = Words.Of(text);
                if (Mentions(words, Lexicon.SystemNames, declared) || Mentions(words, Lexicon.ApplicationWords, declared))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Mentions(Words words, PhraseSet set, HashSet<string> declared)
    {
        for (var at = set.Find(words, 0); at >= 0; at = set.Find(words, at + 1))
        {
            if (declared.Count == 0 || !declared.Contains(words.Slice(at, at + set.MatchAt(words, at))))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Texts(UseCase useCase)
    {
        yield return useCase.Name;
        foreach (var step in ParticipantCatalog.AllSteps(useCase))
        {
            yield return step.Text;
            yield return step.Actor;
        }

        foreach (var branch in useCase.Branches)
        {
            yield return branch.Condition;
            yield return branch.Title;
        }

        foreach (var actor in useCase.Actors)
        {
            yield return actor.Name;
        }

        foreach (var list in new[] { useCase.Preconditions, useCase.Postconditions, useCase.BusinessRules, useCase.Requirements })
        {
            foreach (var item in list)
            {
                yield return item.Text;
            }
        }

        foreach (var note in useCase.Notes)
        {
            yield return note.Text;
        }
    }

    private static bool IsDeclaredPerson(IReadOnlyList<UseCase> useCases, string name)
    {
        foreach (var useCase in useCases)
        {
            foreach (var actor in useCase.Actors)
            {
                if (string.Equals(actor.Name.Trim(), name, System.StringComparison.OrdinalIgnoreCase))
                {
                    return ActorKinds.IsPerson(actor.Name, actor.Description, null, actor.Role == ActorRole.Secondary);
                }
            }
        }

        return false;
    }
}
