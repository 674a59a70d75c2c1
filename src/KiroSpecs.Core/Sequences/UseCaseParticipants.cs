using System;
using System.Collections.Generic;
using System.Linq;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// The participants one use case can use — its actors, the system, and the vocabulary's components — and
/// how to find them in step text (subject at the start, mentions anywhere).
/// </summary>
internal sealed class UseCaseParticipants
{
    private static readonly string[] s_systemWords = { "system" };
    private static readonly HashSet<string> s_genericHeads = new(StringComparer.Ordinal)
    {
        "system", "service", "api", "server", "application", "app", "platform", "client", "team", "tool", "provider", "manager",
    };

    private static readonly HashSet<string> s_articles = new(StringComparer.Ordinal) { "the", "a", "an", "our", "their", "its" };

    private static readonly HashSet<string> s_notActors = new(StringComparer.OrdinalIgnoreCase)
    {
        "note", "notes", "example", "result", "output", "input", "error", "warning", "response", "request", "condition", "then",
        "else", "step", "optional", "important", "tip", "info", "status", "message", "data", "reason", "e.g", "i.e", "if", "when",
        "action", "outcome", "precondition", "postcondition", "trigger", "description", "otherwise",
    };

    private readonly List<(Participant Participant, string[] Words, string Raw)> _actorNames = new();
    private readonly List<(Participant Participant, CompiledRule Rule)> _components = new();
    private readonly AliasRegistry _aliases;
    private int _materialized;

    /// <summary>
    /// Changes whenever something a step's interpretation depends on changes (a new actor, a component
    /// getting its alias); the interpretation of a step depends on nothing else that can change.
    /// </summary>
    public (int ActorNames, int Actors, int Materialized) State => (_actorNames.Count, Actors.Count, _materialized);

    /// <summary>Steps already interpreted, with the <see cref="State"/> they were interpreted in.</summary>
    public Dictionary<(string Text, string Actor), ((int, int, int) State, Interaction Interaction)> Interpretations { get; } = new();
    private readonly Dictionary<string, List<(int Component, string[] Phrase)>> _phrasesByFirstWord = new(StringComparer.Ordinal);
    private readonly bool _hasWildcardFirstWord;

    public UseCaseParticipants(UseCase useCase, IReadOnlyList<UseCaseActor> documentActors, CompiledVocabulary vocabulary, AliasRegistry aliases)
    {
        _aliases = aliases;
        System = new Participant("System", aliases.AliasFor("System", "SYS"), ParticipantKind.System, false);
        // A use case without its own actor list uses the document's; a use case with one still knows the
        // document's other actors by name (drawn only when a step names them), so that a named actor
        // always wins over the built-in component vocabulary.
        var hasOwn = useCase.Actors.Count > 0;
        var own = hasOwn ? (IReadOnlyList<UseCaseActor>)useCase.Actors : documentActors;
        foreach (var actor in own)
        {
            var participant = CreateActor(actor.Name, actor.Label, actor.Description, actor.Role == ActorRole.Secondary, documentActors, vocabulary);
            Actors.Add(participant);
            if (actor.Role == ActorRole.Primary && Initiator is null)
            {
                Initiator = participant;
            }
        }

        if (hasOwn)
        {
            foreach (var actor in documentActors)
            {
                if (!HasActorNamed(actor.Name))
                {
                    CreateActor(actor.Name, actor.Label, actor.Description, actor.Role == ActorRole.Secondary, documentActors, vocabulary);
                }
            }
        }

        Initiator ??= Actors.FirstOrDefault();
        foreach (var rule in vocabulary.Rules)
        {
            var name = rule.Rule.Name.Trim();
            if (HasActorNamed(name))
            {
                continue;
            }

            var participant = new Participant(name, string.Empty, ParticipantKind.Component, rule.Rule.IsPerson);
            _components.Add((participant, rule));
        }

        // Component phrases by first word, in rule order then phrase order, so a lookup per word costs one
        // dictionary probe instead of a scan over every keyword (wildcard first words keep the scan).
        for (var c = 0; c < _components.Count; c++)
        {
            foreach (var phrase in _components[c].Rule.Phrases)
            {
                var first = phrase[0];
                if (first.Length > 1 && first[first.Length - 1] == '*')
                {
                    _hasWildcardFirstWord = true;
                    continue;
                }

                if (!_phrasesByFirstWord.TryGetValue(first, out var list))
                {
                    list = new List<(int, string[])>();
                    _phrasesByFirstWord.Add(first, list);
                }

                list.Add((c, phrase));
            }
        }
    }

    public Participant System { get; }

    private bool HasActorNamed(string name)
    {
        foreach (var (participant, _, raw) in _actorNames)
        {
            if (string.Equals(raw, name, StringComparison.OrdinalIgnoreCase) || string.Equals(participant.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public List<Participant> Actors { get; } = new();

    /// <summary>The actor who starts the use case (the primary actor), or null when none is named.</summary>
    public Participant? Initiator { get; private set; }

    /// <summary>True for a component defined by a user rule (user rules win over built-ins).</summary>
    public bool IsUserComponent(Participant participant) =>
        _components.Any(c => !c.Rule.IsBuiltIn && string.Equals(c.Participant.Name, participant.Name, StringComparison.Ordinal));

    /// <summary>Gives a component its document-wide alias the first time it is used.</summary>
    public Participant Materialize(Participant participant)
    {
        if (participant.Alias.Length > 0)
        {
            return participant;
        }

        var index = _components.FindIndex(c => string.Equals(c.Participant.Name, participant.Name, StringComparison.Ordinal));
        if (index < 0)
        {
            return participant with { Alias = _aliases.AliasFor(participant.Name, string.Empty) };
        }

        var (current, rule) = _components[index];
        if (current.Alias.Length > 0)
        {
            return current;
        }

        var materialized = current with { Alias = _aliases.AliasFor(current.Name, rule.Rule.Alias) };
        _components[index] = (materialized, rule);
        _materialized++;
        return materialized;
    }

    /// <summary>Finds or creates the actor for a name written in a table's actor column or a "Name:" prefix.</summary>
    public Participant? ResolveName(string name, bool allowNew)
    {
        var trimmed = name.Trim().Trim('*', '_').Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        var words = WordIndex.Tokenize(trimmed);
        if (words.Length == 0 || (words.Length == 1 && s_notActors.Contains(words[0])))
        {
            return null;
        }

        var index = WordIndex.Build(trimmed);
        var start = SkipArticles(index, 0);
        var match = MatchAt(index, start, includeComponents: true);
        if (match is not null && match.Value.Length == index.Words.Count - start)
        {
            return match.Value.Participant;
        }

        if (IsSystemWord(trimmed))
        {
            return System;
        }

        if (!allowNew || words.Length > 3 || !char.IsUpper(trimmed[0]))
        {
            return null;
        }

        var participant = new Participant(trimmed, _aliases.AliasFor(trimmed, string.Empty), ParticipantKind.Actor, ActorKinds.IsPerson(trimmed, string.Empty, null));
        Actors.Add(participant);
        _actorNames.Add((participant, words, trimmed));
        _actorNames.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        return participant;
    }

    /// <summary>The participant a step starts with ("The Account Holder …", "System …", "Database …").</summary>
    public ParticipantMatch? FindSubject(WordIndex index)
    {
        if (index.Words.Count == 0)
        {
            return null;
        }

        foreach (var (participant, _, raw) in _actorNames)
        {
            if (!IsAsciiWordy(raw) && index.Text.TrimStart().StartsWith(raw, StringComparison.OrdinalIgnoreCase))
            {
                var end = index.Text.IndexOf(raw, StringComparison.OrdinalIgnoreCase) + raw.Length;
                return new ParticipantMatch(participant, 0, 1, end);
            }
        }

        if (!IsAsciiWordy(index.Text) && index.Text.TrimStart().StartsWith("システム", StringComparison.Ordinal))
        {
            return new ParticipantMatch(System, 0, 1, index.Text.IndexOf("システム", StringComparison.Ordinal) + 4);
        }

        var start = SkipArticles(index, 0);
        if (start != 0 && index.Starts[0] > 2)
        {
            return null;
        }

        if (index.Starts[0] > 3)
        {
            return null;
        }

        var match = MatchAt(index, start, includeComponents: true, subjectMode: true, afterArticle: start > 0);
        if (match is null && start < index.Words.Count && index.Words[start] is "user" or "users" && Initiator is not null && Initiator.IsPerson)
        {
            return new ParticipantMatch(Initiator, start, 1, index.Ends[start]);
        }

        return match;
    }

    /// <summary>Participants named in the text after word <paramref name="from"/>, in order of appearance.</summary>
    public List<ParticipantMatch> FindMentions(WordIndex index, int from)
    {
        var result = new List<ParticipantMatch>();
        for (var i = from; i < index.Words.Count; i++)
        {
            var match = MatchAt(index, i, includeComponents: true);
            if (match is not null)
            {
                result.Add(match.Value);
                i += match.Value.Length - 1;
            }
        }

        foreach (var (participant, _, raw) in _actorNames)
        {
            if (!IsAsciiWordy(raw))
            {
                var at = index.Text.IndexOf(raw, StringComparison.OrdinalIgnoreCase);
                if (at >= 0 && (from == 0 || at >= index.Starts[Math.Min(from, index.Starts.Count - 1)]) && !result.Any(r => ReferenceEquals(r.Participant, participant)))
                {
                    result.Add(new ParticipantMatch(participant, index.Words.Count, 1, at + raw.Length));
                }
            }
        }

        foreach (var (participant, rule) in _components)
        {
            foreach (var sub in rule.Substrings)
            {
                if (index.Text.IndexOf(sub, StringComparison.OrdinalIgnoreCase) >= 0 && !result.Any(r => r.Participant.Name == participant.Name))
                {
                    result.Add(new ParticipantMatch(participant, index.Words.Count, 1, index.Text.Length));
                }
            }
        }

        return result;
    }

    public static bool IsSystemWord(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        return t is "system" or "the system" or "システム" or "system under design" or "the application" or "application";
    }

    private ParticipantMatch? MatchAt(WordIndex index, int i, bool includeComponents, bool subjectMode = false, bool afterArticle = false)
    {
        if (i >= index.Words.Count)
        {
            return null;
        }

        foreach (var (participant, words, _) in _actorNames)
        {
            if (words.Length > 0 && index.MatchesAt(words, i))
            {
                return new ParticipantMatch(participant, i, words.Length, index.Ends[i + words.Length - 1]);
            }
        }

        if (index.MatchesAt(s_systemWords, i))
        {
            return new ParticipantMatch(System, i, 1, index.Ends[i]);
        }

        if (!includeComponents)
        {
            return null;
        }

        if (!_hasWildcardFirstWord)
        {
            if (!_phrasesByFirstWord.TryGetValue(index.Words[i], out var candidates))
            {
                return null;
            }

            foreach (var (component, phrase) in candidates)
            {
                var (participant, rule) = _components[component];
                var found = ComponentAt(index, i, participant, rule, phrase, subjectMode, afterArticle);
                if (found is not null)
                {
                    return found;
                }
            }

            return null;
        }

        foreach (var (participant, rule) in _components)
        {
            foreach (var phrase in rule.Phrases)
            {
                var found = ComponentAt(index, i, participant, rule, phrase, subjectMode, afterArticle);
                if (found is not null)
                {
                    return found;
                }
            }
        }

        return null;
    }

    private static ParticipantMatch? ComponentAt(WordIndex index, int i, Participant participant, CompiledRule rule, string[] phrase, bool subjectMode, bool afterArticle)
    {
        if (!index.MatchesAt(phrase, i))
        {
            return null;
        }

        var last = i + phrase.Length - 1;
        if (VerbVocabulary.LogWords.Contains(index.Words[last]) && last + 1 < index.Words.Count
            && VerbVocabulary.PhrasalParticles.Contains(index.Words[last + 1]))
        {
            return null;
        }

        // As a subject, "Logs error…" is the system logging, not the Logger speaking: a component
        // starts a step only by its name, after an article, or when a reply verb follows.
        if (subjectMode && !afterArticle && !rule.IsNamePhrase(phrase)
            && !(last + 1 < index.Words.Count && (VerbVocabulary.Returns.Contains(index.Words[last + 1]) || VerbVocabulary.SendLike.Contains(index.Words[last + 1]))))
        {
            return null;
        }

        return new ParticipantMatch(participant, i, phrase.Length, index.Ends[last]);
    }

    private static int SkipArticles(WordIndex index, int i)
    {
        while (i < index.Words.Count && s_articles.Contains(index.Words[i]))
        {
            i++;
        }

        return i;
    }

    private Participant CreateActor(string name, string label, string description, bool isSecondary, IReadOnlyList<UseCaseActor> documentActors, CompiledVocabulary vocabulary)
    {
        var rule = vocabulary.FindByName(name);
        var docDescription = documentActors.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase))?.Description ?? string.Empty;
        var isPerson = ActorKinds.IsPerson(name, description + " " + docDescription, rule?.Rule, isSecondary);
        var participant = new Participant(label.Length > 0 ? label : name, _aliases.AliasFor(name, rule?.Rule.Alias ?? string.Empty), ParticipantKind.Actor, isPerson);
        var words = WordIndex.Tokenize(name);
        _actorNames.Add((participant, words, name));
        if (words.Length > 1 && !s_genericHeads.Contains(words[words.Length - 1]) && words[words.Length - 1].Length >= 4)
        {
            _actorNames.Add((participant, new[] { words[words.Length - 1] }, words[words.Length - 1]));
        }

        if (rule is not null)
        {
            foreach (var phrase in rule.Phrases)
            {
                _actorNames.Add((participant, phrase, string.Join(" ", phrase)));
            }
        }

        // Longest names first, so "Monitoring System" wins over "System"; drop head nouns two actors share.
        var heads = _actorNames.Where(a => a.Words.Length == 1).GroupBy(a => a.Words[0], StringComparer.Ordinal).Where(g => g.Select(x => x.Participant.Name).Distinct().Count() > 1).Select(g => g.Key).ToList();
        _actorNames.RemoveAll(a => a.Words.Length == 1 && heads.Contains(a.Words[0]) && !string.Equals(a.Raw, a.Participant.Name, StringComparison.OrdinalIgnoreCase));
        _actorNames.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        return participant;
    }

    private static bool IsAsciiWordy(string text)
    {
        foreach (var c in text)
        {
            if (c > 0x2FF)
            {
                return false;
            }
        }

        return true;
    }
}
