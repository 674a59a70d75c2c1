using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.Sequences;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Interactions;

/// <summary>
/// The participants of one use case, fixed before any step is interpreted: the declared actors, the system,
/// the subjects of its steps, the components its steps address by name and the project's participant items.
/// Nothing is added afterwards, so every step is read against the same set.
/// </summary>
internal sealed partial class ParticipantCatalog
{
    private static readonly HashSet<string> s_notNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "note", "notes", "example", "result", "results", "output", "input", "error", "warning", "response", "request", "condition",
        "then", "else", "step", "steps", "optional", "important", "tip", "info", "status", "message", "data", "reason", "if", "when",
        "action", "outcome", "precondition", "postcondition", "trigger", "description", "otherwise", "alternative", "exception",
        "flow", "extension", "extensions", "scenario", "case", "use case", "main", "basic", "success", "failure", "goal",
        "objective", "actor", "actors", "primary actor", "secondary actor", "secondary actors", "scope", "level", "expected",
        "assertion", "assertions", "validation", "title", "summary", "this", "it", "they", "all", "each", "every", "no", "there",
        "after", "before", "once", "upon", "during", "while", "until", "unless", "for", "in", "on", "at", "by", "with", "from",
        "get", "post", "put", "patch", "delete", "head", "todo", "tbd", "fixme", "obs", "nb",
    };

    private readonly List<CatalogEntry> _entries = new();

    // Indexes of _entries (positions, in order), so a lookup costs the names that can match, not all names:
    // a use case naming thousands of participants is read in linear time.
    private readonly Dictionary<string, List<int>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<char, List<int>> _unspacedByFirstChar = new();
    private readonly Dictionary<string, List<int>> _personsByLastWord = new(StringComparer.Ordinal);

    /// <summary>
    /// Declared names by the first word that says what they are: a person's word before lower-case words ("Médico
    /// solicitante"), or the head of "X de Y" ("Operadora de saúde").
    /// </summary>
    private readonly Dictionary<string, List<int>> _byHeadWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Participant> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<Participant> _items = new(KiroSpecs.Core.Common.ByReference<Participant>.Instance);
    private readonly Dictionary<Participant, ParticipantOrigin> _origins = new(KiroSpecs.Core.Common.ByReference<Participant>.Instance);
    private readonly List<CatalogEntry> _unspaced = new();
    private readonly AliasRegistry _aliases;

    /// <summary>The words of what the use case says besides its steps (conditions, notes), lower case, space-separated.</summary>
    private readonly string _context;

    /// <summary>Words the steps use after their first word ("generates Evidence"): a thing acted on, not an actor.</summary>
    private readonly HashSet<string> _objects = new(StringComparer.Ordinal);

    /// <summary>Names found acting with a person's verb ("the cook presses Find"): a person.</summary>
    private readonly HashSet<string> _actsAsPerson = new(StringComparer.OrdinalIgnoreCase);
    private readonly CompiledVocabulary _vocabulary;

    public ParticipantCatalog(UseCase useCase, IReadOnlyList<UseCaseActor> documentActors, CompiledVocabulary vocabulary, AliasRegistry aliases, string systemName, PeopleOfTheDocument? people = null, CancellationToken cancellationToken = default)
    {
        _aliases = aliases;
        _vocabulary = vocabulary;
        System = new Participant(systemName, aliases.AliasFor(systemName, "SYS"), ParticipantKind.System, false);
        Add(System, ParticipantOrigin.System);

        var systemIsPrimary = false;
        _systemLongForm = LongFormOfSystem(systemName, useCase.Actors.Concat(documentActors));
        var own = useCase.Actors.Count > 0 ? (IReadOnlyList<UseCaseActor>)useCase.Actors : documentActors;
        // One pass over the steps' words: every word (does a step name this actor?) and the words after the
        // first (a thing acted on, not an actor).
        // The words are read in place (Words.Of), not copied out (Words.Split).
        var stepWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in AllSteps(useCase, cancellationToken))
        {
            var words = Words.Of(step.Text);
            for (var w = 0; w < words.Count; w++)
            {
                var word = words[w];
                stepWords.Add(word);
                if (word.Length > 3 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)))
                {
                    // "the policyholder's address" names the policyholder.
                    stepWords.Add(word.Substring(0, word.Length - 2));
                }

                if (w > 0)
                {
                    _objects.Add(word);
                }
            }

            var actorWords = Words.Of(step.Actor);
            for (var w = 0; w < actorWords.Count; w++)
            {
                stepWords.Add(actorWords[w]);
            }
        }

        foreach (var actor in own)
        {
            if (actor.Role == ActorRole.Primary && ActsOnBehalf(actor) && Lexicon.PersonWords.Find(Words.Of(CleanName(actor.Name)), 0) < 0)
            {
                // "Primary actor: WMS (on behalf of Finance)": the system in scope starts the use case for someone;
                // it is the system's lifeline, not a second one beside it.
                var alias = CleanName(actor.Name);
                if (alias.Length > 0 && Named(alias) is null)
                {
                    AddName(System, alias, ParticipantOrigin.System);
                }

                systemIsPrimary = true;
                continue;
            }

            foreach (var name in SplitCombined(actor.Name, stepWords))
            {
                var participant = Declare(name, actor.Description, actor.Role == ActorRole.Secondary);
                AddLongForm(participant, actor);
                systemIsPrimary |= ReferenceEquals(participant, System) && actor.Role == ActorRole.Primary;
                if (participant is not null && !ReferenceEquals(participant, System) && actor.Role == ActorRole.Primary && Initiator is null)
                {
                    Initiator = participant;
                }
            }
        }

        if (useCase.Actors.Count > 0)
        {
            foreach (var actor in documentActors)
            {
                foreach (var name in SplitCombined(actor.Name, stepWords))
                {
                    AddLongForm(Declare(name, actor.Description, actor.Role == ActorRole.Secondary), actor);
                }
            }
        }

        foreach (var other in people?.NamedIn(stepWords) ?? Enumerable.Empty<UseCaseActor>())
        {
            // "System sends the customer the confirmation e-mail" in the clerk's use case, where another use case
            // declares the Customer: the same person, named by the step ("Customer Service" is not the customer).
            foreach (var name in SplitCombined(other.Name, stepWords))
            {
                if (Named(CleanName(name)) is null && NamedAlone(useCase, name, cancellationToken))
                {
                    Declare(name, other.Description, secondary: true);
                }
            }
        }

        if (useCase.Actors.Count == 0 && !systemIsPrimary
            && OpensTheFlow(useCase, _entries.Where(e => e.Origin == ParticipantOrigin.Declared && e.Participant.IsPerson).Select(e => e.Participant).ToList()) is { } opener)
        {
            // The document's actors, the first of them primary only by its place in the list: the use case is
            // started by the declared person its first step opens with.
            Initiator = opener;
        }

        if (GenericActorOfSteps(useCase, own, stepWords) is { } generic)
        {
            // "Actors: Coach, Athlete, Boxer" and every step says "the user": the steps' own word is the one lifeline.
            var participant = new Participant(generic, _aliases.AliasFor(generic, string.Empty), ParticipantKind.Actor, true);
            Add(participant, ParticipantOrigin.Subject);
            Initiator = participant;
        }

        // Without a primary actor: the first declared person, else the first declared actor unless the system
        // itself is the one declared primary (then whoever it talks to is not waiting for it).
        // "Primary actor: Workbench (on behalf of the assessor)": the system starts the use case itself, and no
        // person of the document is made to wait for it.
        Initiator ??= systemIsPrimary ? null
            : _entries.Where(e => e.Origin == ParticipantOrigin.Declared && e.Participant.IsPerson).Select(e => e.Participant).FirstOrDefault()
              ?? _entries.Where(e => e.Origin == ParticipantOrigin.Declared).Select(e => e.Participant).FirstOrDefault();

        AddDepartmentNames(useCase, cancellationToken);

        foreach (var rule in vocabulary.Rules)
        {
            var name = rule.Name.Trim();
            var participant = Named(name);
            if (participant is null)
            {
                participant = new Participant(name, aliases.AliasFor(name, rule.Alias), ParticipantKind.Component, rule.IsPerson);
                Add(participant, ParticipantOrigin.Item);
            }

            foreach (var keyword in rule.Keywords)
            {
                var phrase = Words.Split((keyword ?? string.Empty).TrimEnd('*'));
                if (phrase.Length > 0)
                {
                    AddEntry(new CatalogEntry(participant, phrase, string.Empty, ParticipantOrigin.Item));
                }
            }
        }

        _context = " " + string.Join(" ", useCase.Preconditions.Select(p => p.Text).Concat(useCase.Postconditions.Select(p => p.Text)).Concat(useCase.Notes.Select(n => n.Text)).SelectMany(t => Words.Split(t))) + " ";

        // A capitalised word before a verb is a name only with evidence: it acts in two steps, or it names a
        // person or a role ("Customer", "Picker"); a verb written first ("Visualiza dados", "Updates details") is not.
        var candidates = new Dictionary<string, (int Count, bool Evident)>(StringComparer.OrdinalIgnoreCase);
        foreach (var step in AllSteps(useCase, cancellationToken))
        {
            DiscoverSubject(step, candidates);
        }

        foreach (var pair in candidates)
        {
            if (pair.Value.Evident || pair.Value.Count >= 2)
            {
                DiscoverName(pair.Key);
            }
        }

        var arrows = new List<(string From, string To)>();
        foreach (var step in AllSteps(useCase, cancellationToken))
        {
            if (SentenceReader.Arrow(step.Text) is { } arrow)
            {
                // "Device → Telemetry Broker: status DOWNLOADING": both ends of an arrow the author drew are participants.
                DiscoverName(arrow.From);
                DiscoverName(arrow.To);
                arrows.Add((arrow.From, arrow.To));
            }
        }

        foreach (var step in AllSteps(useCase, cancellationToken))
        {
            DiscoverComponents(step.Text);
        }

        if (!systemIsPrimary)
        {
            Initiator ??= _entries.Where(e => e.Origin == ParticipantOrigin.Subject && e.Participant.IsPerson).Select(e => e.Participant).FirstOrDefault();
        }

        // Those the steps only tell something are found last: they never start the use case.
        foreach (var step in AllSteps(useCase, cancellationToken))
        {
            DiscoverTold(step.Text);
        }

        WritesArrows = arrows.Exists(a => WholeName(a.From) is not null && WholeName(a.To) is not null);
    }

    /// <summary>True when a step of the use case is an arrow between two of its participants ("WMS → FleetMgr: …").</summary>
    public bool WritesArrows { get; }

    public Participant System { get; }

    /// <summary>The actor who starts the use case: the primary actor, else the first declared or acting person.</summary>
    public Participant? Initiator { get; private set; }

    public IReadOnlyList<CatalogEntry> Entries => _entries;

    /// <summary>
    /// Every step of a use case: the main flow with its sub-steps, then each branch's steps, in one list (a
    /// nested iterator per step cost two objects per step on every pass, and the model passes over them often).
    /// </summary>
    public static List<UseCaseStep> AllSteps(UseCase useCase)
    {
        var all = new List<UseCaseStep>(useCase.Steps.Count + useCase.Branches.Count);
        AddFlattened(useCase.Steps, all);
        for (var b = 0; b < useCase.Branches.Count; b++)
        {
            AddFlattened(useCase.Branches[b].Steps, all);
        }

        return all;
    }

    /// <summary>Every step, as <see cref="AllSteps(UseCase)"/>, stopping soon after a cancellation.</summary>
    private static IEnumerable<UseCaseStep> AllSteps(UseCase useCase, CancellationToken cancellationToken)
    {
        var all = AllSteps(useCase);
        for (var i = 0; i < all.Count; i++)
        {
            if (((i + 1) & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            yield return all[i];
        }
    }

    internal static void AddFlattened(EquatableArray<UseCaseStep> steps, List<UseCaseStep> into)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            into.Add(step);
            if (step.SubSteps.Count > 0)
            {
                AddFlattened(step.SubSteps, into);
            }
        }
    }

    /// <summary>
    /// A participant the author declared in a Mermaid diagram written in place of steps: the known participant of
    /// that name, else a new one under the author's label.
    /// </summary>
    public Participant FromDiagram(string id, string label, bool isPerson)
    {
        var known = Named(label) ?? Named(id);
        if (known is not null)
        {
            return known;
        }

        var participant = new Participant(label, _aliases.AliasFor(label, id), ParticipantKind.Actor, isPerson);
        _byName[label.Trim()] = participant;
        return participant;
    }

    /// <summary>Where a participant comes from: the origin of its first entry.</summary>
    public ParticipantOrigin OriginOf(Participant participant) =>
        _origins.TryGetValue(participant, out var origin) ? origin : throw new InvalidOperationException("The participant is not in the catalog.");

    /// <summary>True for a participant that comes from a KiroSpecsParticipant item.</summary>
    public bool IsItem(Participant participant) => _items.Contains(participant);

    private readonly List<Participant> _backends = new();

    private const string BackendDescriptionPattern =
        @"\b(?:backend|back-end|back end|api|rest api|web service|server|servidor)\b";

#if NET
    private static readonly global::System.Text.RegularExpressions.Regex s_backendDescription = BackendDescriptionRegex();

    [global::System.Text.RegularExpressions.GeneratedRegex(BackendDescriptionPattern, global::System.Text.RegularExpressions.RegexOptions.IgnoreCase | global::System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial global::System.Text.RegularExpressions.Regex BackendDescriptionRegex();
#else
    private static readonly global::System.Text.RegularExpressions.Regex s_backendDescription = new(BackendDescriptionPattern, global::System.Text.RegularExpressions.RegexOptions.IgnoreCase | global::System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>The one declared participant described as the backend or the API ("Cloud – Hearth Cloud backend"), else null.</summary>
    public Participant? Backend => _backends.Count == 1 ? _backends[0] : null;

    /// <summary>The participant with this exact name (any case), or null.</summary>
    public Participant? Named(string name)
    {
        return _byName.TryGetValue(name.Trim(), out var participant) ? participant : null;
    }

    /// <summary>The participant a whole name (after its determiners) names, or null: "the Update Server", "US".</summary>
    public Participant? WholeName(string name)
    {
        var words = Words.Of(name);
        var start = SkipDeterminers(words, 0);
        return Named(name) ?? (MatchAt(words, start) is { } match && start + match.Length == words.Count ? match.Participant : null);
    }

    /// <summary>
    /// The participant whose name starts at word <paramref name="at"/> (longest name first), with the number of
    /// words it takes; a person's last name word alone ("user") names the person when only one has it.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public (Participant Participant, int Length)? MatchAt(Words words, int at)
    {
        if (at >= words.Count)
        {
            return null;
        }

        CatalogEntry? best = null;
        var bestLength = 0;

        // The entries whose name may start with this word, in catalog order (the rest cannot match): both
        // indexes hold positions in order, merged here so the entries come in the order they were added.
        var word = words[at];
        _byFirstWord.TryGetValue(word, out var spaced);
        List<int>? unspaced = null;
        if (word.Length > 0)
        {
            _unspacedByFirstChar.TryGetValue(word[0], out unspaced);
        }

        var spacedCount = spaced?.Count ?? 0;
        var unspacedCount = unspaced?.Count ?? 0;
        for (int i = 0, j = 0; i < spacedCount || j < unspacedCount;)
        {
            var entry = j >= unspacedCount || (i < spacedCount && spaced![i] < unspaced![j]) ? _entries[spaced![i++]] : _entries[unspaced![j++]];
            if (entry.UnspacedName.Length > 0)
            {
                if (words[at].StartsWith(entry.UnspacedName.ToLowerInvariant(), StringComparison.Ordinal) && bestLength == 0)
                {
                    best = entry;
                    bestLength = 1;
                }

                continue;
            }

            var length = entry.NameWords.Length;
            if (length > bestLength && (words.Matches(at, entry.NameWords) || (length > 1 && MatchesPossessive(words, at, entry.NameWords))))
            {
                best = entry;
                bestLength = length;
            }
        }

        if (best is null && word.Length > 3 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
            && _byFirstWord.TryGetValue(word.Substring(0, word.Length - 2), out var owners))
        {
            // "the policyholder's address": a one-word name in the possessive.
            foreach (var index in owners)
            {
                if (_entries[index].NameWords.Length == 1)
                {
                    return (_entries[index].Participant, 1);
                }
            }
        }

        if (best is null && Lexicon.SystemNames.MatchAt(words, at) is var system and > 0)
        {
            return (System, system);
        }

        if (best is null && Lexicon.GenericPersons.MatchAt(words, at) is var generic and > 0 && Initiator is { IsPerson: true })
        {
            // "the user" is the person who starts the use case: one lifeline for one person.
            return (Initiator, generic);
        }

        if (best is null)
        {
            var head = LastWordOwner(words[at]);
            if (head is not null && (head.IsPerson || EndsPhrase(words, at)))
            {
                return (head, 1);
            }

            // "o médico" names the declared "Médico solicitante" when no other declared person opens with "médico";
            // "el Servicio de Becas" is another service than the declared "Servicio de Notificaciones".
            if (_byHeadWord.TryGetValue(words[at], out var openers) && openers.Count == 1
                && !(at + 1 < words.Count && words[at + 1] is "de" or "del" or "do" or "da" or "dos" or "das" or "of"))
            {
                return (_entries[openers[0]].Participant, 1);
            }
        }

        return best is null ? null : (best.Participant, bestLength);
    }

    /// <summary>"the accounting system's API": a name of several words whose last word is in the possessive.</summary>
    private static bool MatchesPossessive(Words words, int at, string[] name)
    {
        var last = at + name.Length - 1;
        if (last >= words.Count || words[last].Length != name[name.Length - 1].Length + 2)
        {
            return false;
        }

        for (var k = 0; k < name.Length - 1; k++)
        {
            if (!string.Equals(words[at + k], name[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        var word = words[last];
        return word.StartsWith(name[name.Length - 1], StringComparison.Ordinal) && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal));
    }

    private void AddEntry(CatalogEntry entry)
    {
        var at = _entries.Count;
        _entries.Add(entry);
        if (entry.UnspacedName.Length > 0)
        {
            Index(_unspacedByFirstChar, entry.UnspacedName.ToLowerInvariant()[0], at);
            _unspaced.Add(entry);
        }
        else if (entry.NameWords.Length > 0)
        {
            Index(_byFirstWord, entry.NameWords[0], at);
            var last = entry.NameWords[entry.NameWords.Length - 1];
            if (entry.Participant.IsPerson && (entry.NameWords.Length == 1 || entry.Origin == ParticipantOrigin.Declared) && last.Length > 2
                && char.IsLetter(last[last.Length - 1]) && last[last.Length - 1] != 's' && IgnoreCase.IsAscii(last))
            {
                // "Push notifies members" names the declared Member, "alerts all triage nurses" the declared "Triage
                // nurse": a person's name in the plural.
                var words = (string[])entry.NameWords.Clone();
                words[words.Length - 1] = last + "s";
                var plural = entry with { NameWords = words };
                _entries.Add(plural);
                Index(_byFirstWord, plural.NameWords[0], _entries.Count - 1);
            }
        }

        if (entry.Participant.IsPerson && entry.Origin == ParticipantOrigin.Declared && entry.NameWords.Length > 2 && entry.NameWords[1] is "a" or "o"
            && entry.Participant.Name.IndexOf(entry.NameWords[0] + "/" + entry.NameWords[1], StringComparison.OrdinalIgnoreCase) >= 0)
        {
            // "el/la técnico/a redacta …" names the declared "Técnico/a de Vía Pública": the role written with both
            // genders, without the rest of its name.
            var role = entry with { NameWords = new[] { entry.NameWords[0], entry.NameWords[1] } };
            _entries.Add(role);
            Index(_byFirstWord, role.NameWords[0], _entries.Count - 1);
        }

        // "the provider" names the declared "Insurance Provider", "the user" the "Registered User", when only one
        // declared name ends with that word.
        // "Plataforma de Intermediación de Datos": after "de"/"of" the last word is what the name is about, not what
        // it is ("los datos académicos" is no call to the platform).
        var person = entry.Origin == ParticipantOrigin.Declared;
        // "Ciudadano solicitante" is "el ciudadano" in the steps: a declared person's name whose second word is written
        // small is its first word with a qualifier, whatever that word is.
        if (person && entry.Participant.IsPerson && entry.NameWords.Length > 1
            && entry.Participant.Name.IndexOf(' ') is var space and > 0 && space + 1 < entry.Participant.Name.Length && char.IsLower(entry.Participant.Name[space + 1]))
        {
            Index(_byHeadWord, entry.NameWords[0], at);
        }
        else if (person && !entry.Participant.IsPerson && entry.NameWords.Length > 2 && entry.NameWords[1] is "de" or "do" or "da" or "del" or "dos" or "das"
            && !Sequences.ActorKinds.IsSystemName(entry.NameWords[0]) && Lexicon.SystemNames.MatchAt(Words.Of(entry.NameWords[0]), 0) == 0
            && entry.NameWords[0] is not ("servicio" or "serviço" or "sistema" or "plataforma" or "portal" or "servidor" or "centro" or "oficina" or "unidad" or "unidade"))
        {
            // "à operadora" names the declared "Operadora de saúde": in "X de Y" the first word is what it is.
            Index(_byHeadWord, entry.NameWords[0], at);
        }

        if (person && entry.NameWords.Length > 1 && entry.NameWords[entry.NameWords.Length - 2] is not ("de" or "del" or "da" or "do" or "dos" or "das" or "of" or "des" or "von" or "für"))
        {
            Index(_personsByLastWord, entry.NameWords[entry.NameWords.Length - 1], at);
        }

        if (!_byName.ContainsKey(entry.Participant.Name))
        {
            _byName[entry.Participant.Name] = entry.Participant;
        }

        if (entry.Origin == ParticipantOrigin.Item)
        {
            _items.Add(entry.Participant);
        }

        if (!_origins.ContainsKey(entry.Participant))
        {
            _origins.Add(entry.Participant, entry.Origin);
        }
    }

    private static void Index<TKey>(Dictionary<TKey, List<int>> index, TKey key, int at)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = new List<int>(1);
            index.Add(key, list);
        }

        list.Add(at);
    }

    /// <summary>Participants named in <paramref name="text"/> where their whole name occurs (for unspaced scripts).</summary>
    public IEnumerable<(Participant Participant, int Index)> UnspacedMentions(string text)
    {
        foreach (var entry in _unspaced)
        {
            var i = text.IndexOf(entry.UnspacedName, StringComparison.Ordinal);
            if (i >= 0)
            {
                yield return (entry.Participant, i);
            }
        }
    }

    /// <summary>The declared person whose multi-word name ends with <paramref name="word"/>, when exactly one does.</summary>
    /// <summary>"… to the provider.", "the provider confirms": the word ends its noun phrase ("the controller fault" does not).</summary>
    private static bool EndsPhrase(Words words, int at) =>
        at + 1 >= words.Count || words.Start(at + 1) > words.End(at) + 1 || Lexicon.Prepositions.MatchAt(words, at + 1) > 0
        || LooksLikeVerb(words, at + 1) || words[at + 1] is "and" or "or";

    private Participant? LastWordOwner(string word)
    {
        return _personsByLastWord.TryGetValue(word, out var owners) && owners.Count == 1 ? _entries[owners[0]].Participant : null;
    }

    /// <summary>The one declared actor whose name ends with the product's name ("Check-In Kiosk" for "Kiosk"), else null.</summary>
    private readonly string? _systemLongForm;

    private static string? LongFormOfSystem(string systemName, IEnumerable<UseCaseActor> actors)
    {
        var systemWords = Words.Split(systemName);
        if (systemWords.Length != 1 || Lexicon.SystemNames.MatchAt(Words.Of(systemName), 0) > 0)
        {
            return null;
        }

        string? found = null;
        foreach (var actor in actors)
        {
            var words = Words.Split(actor.Name);
            if (words.Length > 1 && (words[words.Length - 1] == systemWords[0] || IsAcronymOf(systemName, words)) && !string.Equals(found, actor.Name, StringComparison.OrdinalIgnoreCase))
            {
                if (found is not null)
                {
                    return null;
                }

                found = actor.Name;
            }
        }

        return found;
    }

    /// <summary>"US" for "Update Server": a name in capitals made of the initials of the words of another.</summary>
    private static bool IsAcronymOf(string acronym, string[] words)
    {
        if (acronym.Length != words.Length || acronym.Length > 6)
        {
            return false;
        }

        for (var i = 0; i < acronym.Length; i++)
        {
            if (!char.IsUpper(acronym[i]) || char.ToUpperInvariant(words[i][0]) != acronym[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Practice Management System (PMS)" is declared as PMS, "Plataforma de identificación (Cl@ve)" as Cl@ve; a step
    /// that writes the long form means it too.
    /// </summary>
    private void AddLongForm(Participant? participant, UseCaseActor actor)
    {
        var paren = actor.Label.IndexOfAny(new[] { '(', '（' });
        if (participant is null || paren <= 0 || !string.Equals(actor.Name, participant.Name, StringComparison.Ordinal))
        {
            return;
        }

        var longForm = actor.Label.Substring(0, paren).Trim();
        if ((UseCases.ActorReader.AcronymOf(longForm, actor.Label.Substring(paren)) ?? UseCases.ActorReader.ShortNameOf(longForm, actor.Label.Substring(paren))) == actor.Name
            && Named(longForm) is null)
        {
            AddName(participant, longForm, ParticipantOrigin.Declared);
        }
    }

    private Participant? Declare(string name, string description, bool secondary)
    {
        var clean = CleanName(name);
        if (clean.Length == 0 || s_notNames.Contains(clean))
        {
            return null;
        }

        var existing = Named(clean);
        if (existing is not null)
        {
            return existing;
        }

        if (Lexicon.SystemNames.MatchAt(Words.Of(clean), 0) > 0 && Words.Split(clean).Length == 1)
        {
            return System;
        }

        if (string.Equals(clean, _systemLongForm, StringComparison.OrdinalIgnoreCase))
        {
            // The steps call the product "the Kiosk" and the actors list declares "Check-In Kiosk": one participant.
            AddName(System, clean, ParticipantOrigin.System);
            return System;
        }

        var rule = _vocabulary.FindByName(clean);
        var isPerson = ActorKinds.IsPerson(clean, description, rule, secondary);
        var participant = new Participant(clean, _aliases.AliasFor(clean, rule?.Alias ?? string.Empty), ParticipantKind.Actor, isPerson);
        Add(participant, ParticipantOrigin.Declared);
        if (!isPerson && s_backendDescription.IsMatch(description))
        {
            _backends.Add(participant);
        }

        var firstWord = clean.Split(' ')[0];
        if (!isPerson && firstWord.Length < clean.Length && IsProductName(firstWord) && MatchAt(Words.Of(firstWord), 0) is null)
        {
            // "KeyLink Encoder" declared, "sends the encode request to KeyLink" in a step: the product's own name alone.
            AddEntry(new CatalogEntry(participant, Words.Split(firstWord), string.Empty, ParticipantOrigin.Declared));
        }

        if (!isPerson && NamedPart(clean) is { Length: > 0 } part && MatchAt(Words.Of(part), 0) is null)
        {
            // "Servicio web del Registro Civil" is "el Registro Civil" in the steps: the capitalised name after "del".
            AddEntry(new CatalogEntry(participant, Words.Split(part), string.Empty, ParticipantOrigin.Declared));
        }

        if (isPerson && HeadOfQualifiedName(clean) is { Length: > 0 } head && MatchAt(Words.Of(head), 0) is null)
        {
            // "Técnico/a de Vía Pública" is "el/la técnico/a" in the steps: the role before its qualifier names it.
            AddEntry(new CatalogEntry(participant, Words.Split(head), string.Empty, ParticipantOrigin.Declared));
        }

        return participant;
    }

    private static readonly string[] s_ofWords = { "de", "del", "do", "da", "dos", "das", "of", "des", "du" };

    /// <summary>
    /// "Servicio web del Registro Civil" → "Registro Civil", "Web service of the Land Registry" → "Land Registry": the
    /// name after the last "de"/"del"/"of" of a system's name when every word of it is capitalised (two words or more,
    /// so "Portal do Cidadão" keeps its whole name); empty otherwise.
    /// </summary>
    private static string NamedPart(string name)
    {
        var words = name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        var of = Array.FindLastIndex(words, w => Array.IndexOf(s_ofWords, w) >= 0);
        if (of <= 0 || words.Length - of - 1 < 2)
        {
            return string.Empty;
        }

        var tail = words.Skip(of + 1).ToArray();
        return tail.All(w => char.IsUpper(w[0])) && !tail.Any(w => w is "The" or "El" or "La" or "O" or "A") ? string.Join(" ", tail) : string.Empty;
    }

    /// <summary>
    /// "The request is forwarded to Finance" where "Finance Clerk" is the one declared person whose two-word name
    /// opens with that word, and a step writes it capitalised on its own: the step names that person.
    /// </summary>
    private void AddDepartmentNames(UseCase useCase, CancellationToken cancellationToken)
    {
        var people = _entries.Where(e => e.Origin == ParticipantOrigin.Declared && e.Participant.IsPerson && e.NameWords.Length == 2)
            .GroupBy(e => e.NameWords[0], StringComparer.OrdinalIgnoreCase).Where(g => g.Select(e => e.Participant).Distinct().Count() == 1).ToList();
        if (people.Count == 0)
        {
            return;
        }

        var texts = AllSteps(useCase, cancellationToken).Select(step => step.Text).ToList();
        foreach (var group in people)
        {
            var entry = group.First();
            var word = entry.Participant.Name.Split(' ')[0];
            if (word.Length < 3 || !char.IsUpper(word[0]) || Named(word) is not null || ActorKinds.NamesAPerson(word)
                || _entries.Any(e => !ReferenceEquals(e.Participant, entry.Participant) && e.NameWords.Any(w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase)))
                || !texts.Any(t => NamesAlone(t, word, entry.Participant.Name)))
            {
                continue;
            }

            AddName(entry.Participant, word, ParticipantOrigin.Declared);
        }
    }

    /// <summary>"… to Finance." with a capital, not as the start of "Finance Clerk".</summary>
    private static bool NamesAlone(string text, string word, string fullName)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var end = at + word.Length;
            var after = end >= text.Length || !char.IsLetterOrDigit(text[end]);
            if (at > 0 && before && after && string.CompareOrdinal(text, at, fullName, 0, fullName.Length) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The generic word the steps use for the person ("User", "사용자") when the use case declares several people
    /// and no step names any of them; else null.
    /// </summary>
    private string? GenericActorOfSteps(UseCase useCase, IReadOnlyList<UseCaseActor> declared, HashSet<string> stepWords)
    {
        var people = _entries.Where(e => e.Origin == ParticipantOrigin.Declared && !ReferenceEquals(e.Participant, System)).Select(e => e.Participant).Distinct().ToList();
        if (declared.Count == 0 || people.Count < 2 || !people.Any(p => p.IsPerson) || people.Any(p => Words.Split(p.Name).Any(stepWords.Contains) || UnspacedIn(p.Name, useCase)))
        {
            return null;
        }

        foreach (var step in AllSteps(useCase))
        {
            var words = Words.Of(step.Text);
            var word = Lexicon.GenericPersons.MatchedText(words, SkipDeterminers(words, 0));
            if (word.Length > 0)
            {
                return char.ToUpperInvariant(word[0]) + word.Substring(1);
            }
        }

        return null;
    }

    private static bool UnspacedIn(string name, UseCase useCase) =>
        PhraseSet.IsUnspaced(name) && AllSteps(useCase).Any(s => s.Text.IndexOf(name, StringComparison.Ordinal) >= 0);

    /// <summary>True when a step names <paramref name="name"/> as a whole word not followed by a capitalised one ("Customer Service").</summary>
    private static bool NamedAlone(UseCase useCase, string name, CancellationToken cancellationToken)
    {
        foreach (var step in AllSteps(useCase, cancellationToken))
        {
            var text = step.Text;
            for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + name.Length;
                var wholeWord = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
                var qualified = end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]);
                if (wholeWord && !qualified)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "1. The contributor opens the report" in a use case that declares no actor of its own, under a document that
    /// declares the report owner first: the declared person the first step opens with starts the use case.
    /// </summary>
    private static Participant? OpensTheFlow(UseCase useCase, List<Participant> people)
    {
        if (people.Count < 2 || useCase.Steps.Count == 0)
        {
            return null;
        }

        var first = Words.Of(useCase.Steps[0].Actor.Length > 0 ? useCase.Steps[0].Actor : useCase.Steps[0].Text);
        var start = SkipDeterminers(first, 0);
        foreach (var person in people)
        {
            var name = Words.Split(person.Name);
            if (name.Length > 0 && first.Matches(start, name))
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>
    /// "Customer, Clerk", "Student/Instructor": one actor each. Either-or names ("Student / Lecturer") whose steps
    /// name neither part (they say "User") stay one actor under the name as written.
    /// </summary>
    private static IEnumerable<string> SplitCombined(string name, HashSet<string> stepWords)
    {
        if (name.IndexOf('/') > 0 && name.IndexOf(',') < 0 && OnlyWordEndings(name))
        {
            // "Jefe/a de Servicio", "Técnico/a": one person written for either gender, not two actors.
            return new[] { name };
        }

        if (name.IndexOf('/') > 0 && name.IndexOf(',') < 0)
        {
            if (name.Split('/').All(p => !Words.Split(p).Any(stepWords.Contains)))
            {
                return new[] { name };
            }
        }

        var parts = name.Replace(" and ", ",").Replace(" e ", ",").Replace(" y ", ",").Replace(" & ", ",").Replace("  ", " ")
            .Split(new[] { '/', ',', '、', ';' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .ToList();
        return parts.Count > 1 && parts.All(p => Words.Split(p).Length <= 3) ? parts : new List<string> { name };
    }

    private static readonly string[] s_qualifiers = { " de ", " del ", " da ", " do ", " of ", " für ", " von ", " des " };

    /// <summary>"Técnico/a de Vía Pública" → "Técnico/a"; a name without such a qualifier gives "".</summary>
    private static string HeadOfQualifiedName(string name)
    {
        foreach (var qualifier in s_qualifiers)
        {
            var at = name.IndexOf(qualifier, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && name.Substring(0, at).IndexOf(' ') < 0)
            {
                return name.Substring(0, at);
            }
        }

        return string.Empty;
    }

    /// <summary>True when every "/" only offers another ending of the word before it ("o/a", "El/la", "usuário/a").</summary>
    private static bool OnlyWordEndings(string name)
    {
        for (var at = name.IndexOf('/'); at >= 0; at = name.IndexOf('/', at + 1))
        {
            var end = at + 1;
            while (end < name.Length && char.IsLetter(name[end]))
            {
                end++;
            }

            var ending = end - at - 1;
            if (at == 0 || !char.IsLetter(name[at - 1]) || ending < 1 || ending > 3 || !char.IsLower(name[at + 1]) || (end < name.Length && name[end] != ' '))
            {
                return false;
            }
        }

        return true;
    }

    private static string CleanName(string name)
    {
        var clean = name.Trim().Trim('*', '_', '`', '"', '\'', '.', ':', '-').Trim();
        var paren = clean.IndexOf('(');
        if (paren > 0)
        {
            clean = clean.Substring(0, paren).Trim();
        }

        return clean;
    }

    private void DiscoverSubject(UseCaseStep step, Dictionary<string, (int Count, bool Evident)> candidates)
    {
        if (step.Actor.Length > 0 && step.Actor[0] != '@')
        {
            DiscoverName(step.Actor);
            return;
        }

        var (sentence, appositive) = SentenceReader.SplitAppositive(step.Text);
        var words = Words.Of(sentence);
        if (words.Count < 2)
        {
            return;
        }

        if (appositive.Length > 0 && Lexicon.PersonWords.Find(Words.Of(appositive), 0) >= 0)
        {
            // "ZMV (dental office manager) creates …": the explanation says the name is a person's.
            _actsAsPerson.Add(words[0]);
        }

        var prefix = SentenceReader.PrefixName(step.Text);
        if (prefix.Length > 0)
        {
            // "Aluno - Inserir …", "Customer: …": a new name only when it reads as a person or a system, never a
            // condition written the same way ("Payment declined: …").
            var prefixWords = Words.Of(prefix);
            if (Lexicon.PersonWords.Find(prefixWords, 0) >= 0 || Lexicon.SystemNames.Find(prefixWords, 0) >= 0)
            {
                DiscoverName(prefix);
            }

            return;
        }

        var at = SkipDeterminers(words, 0);
        if (MatchAt(words, at) is null && GenderedRole(words, at) is { Length: > 0 } role)
        {
            // "El Jefe/a del Servicio puede reasignar …", "El Secretario/a genera la relación …": a role written for
            // either gender is one person, with the part of the organisation it heads.
            DiscoverName(role);
            return;
        }

        if (MatchAt(words, at) is null && Lexicon.PersonWords.MatchedText(words, at) is { Length: > 0 } word)
        {
            // "O usuário clica …", "사용자가 …" with no such actor declared: the person is named by the author's word.
            DiscoverName(char.ToUpperInvariant(word[0]) + word.Substring(1));
            return;
        }

        if (at > 0 && at + 1 < words.Count && !words.IsCapitalized(at) && MatchAt(words, at) is null && !s_notNames.Contains(words[at])
            && LooksLikeVerb(words, at + 1) && !LooksLikeVerb(words, at) && Lexicon.PersonVerbs.MatchAt(words, at) == 0 && Array.IndexOf(s_stateVerbs, words[at + 1]) < 0
            && Lexicon.ComponentProperties.MatchAt(words, at) == 0 && !PhraseSet.IsUnspaced(words[at]))
        {
            // "The cook types an ingredient", "the cook presses Find": a noun after an article, acting in two steps.
            var noun = words.Slice(at, at + 1);
            candidates[noun] = candidates.TryGetValue(noun, out var known) ? (known.Count + 1, known.Evident) : (1, false);
            if (Lexicon.PersonVerbs.MatchAt(words, at + 1) > 0)
            {
                _actsAsPerson.Add(noun);
            }

            return;
        }

        if (words.IsCapitalized(at) && at + 2 < words.Count && words[at + 1] is "is" or "are" or "was" or "gets" or "é" or "são" or "foi"
            && words[at + 2] is "notified" or "informed" or "warned" or "alerted" or "told" or "reminded" or "asked" or "notificado" or "notificada" or "informado" or "informada" or "avisado" or "avisada" or "alertado" or "alertada"
            && MatchAt(words, at) is null && !s_notNames.Contains(words[at]))
        {
            // "Moderador é notificado …", "Manager is notified": the one told, named as the subject of a passive.
            var told = words.Slice(at, at + 1);
            var toldWords = Words.Of(told);
            if (Lexicon.PersonWords.Find(toldWords, 0) >= 0 || NamesARole(toldWords))
            {
                candidates[told] = candidates.TryGetValue(told, out var was) ? (was.Count + 1, true) : (1, true);
            }

            return;
        }

        if (MatchAt(words, at) is not null || !words.IsCapitalized(at) || s_notNames.Contains(words[at]))
        {
            return;
        }

        // "Customer inserts a card", "Bank Clerk stamps the form": a capitalised name of one or two words,
        // then a verb in the third person. The name is the author's; nothing here guesses one.
        // "Finance clerk gets the IBAN": a capitalised word before a person's word is one name with it.
        var length = words.Count > at + 2 && (words.IsCapitalized(at + 1) || Lexicon.PersonWords.MatchAt(words, at + 1) == 1) && LooksLikeVerb(words, at + 2) ? 2 : 1;
        if (length == 1 && LongSystemName(words, at) is > 2 and var longer)
        {
            // "The Partner Library Network returns the list …": three or four capitalised words that end in a system's
            // word, then a verb.
            length = longer;
        }

        if (!LooksLikeVerb(words, at + length) || LooksLikeVerb(words, at) || Lexicon.PersonVerbs.MatchAt(words, at) > 0
            || Array.IndexOf(s_stateVerbs, words[at + length]) >= 0)
        {
            // "The RMA stays RECEIVED": what stays, remains or becomes something is in a state, not acting.
            return;
        }

        var name = words.Slice(at, at + length);
        var nameWords = Words.Of(name);

        // Evidence that the capitalised words are a name: a person's word or a role, a system's name, two
        // capitalised words ("Test Console streams …"), or one the use case also speaks of elsewhere and that
        // acts on an object ("Proxy intercepts the response" where the scenario says "the proxy denies …").
        var evident = Lexicon.PersonWords.Find(nameWords, 0) >= 0 || NamesARole(nameWords) || ActorKinds.IsSystemName(name) || length == 2
            || (name.Length is >= 2 and <= 6 && name.All(char.IsUpper)) || IsProductName(name)
            || ActsAsPerson(words, at, length, name)
            || (ActsOnAnObject(words, at + length + 1) && _context.IndexOf(" " + name.ToLowerInvariant() + " ", StringComparison.Ordinal) >= 0
                && !_objects.Contains(name.ToLowerInvariant()));
        candidates[name] = candidates.TryGetValue(name, out var seen) ? (seen.Count + 1, seen.Evident || evident) : (1, evident);
    }

    private static readonly HashSet<string> s_tellWords = new(StringComparer.Ordinal)
    {
        "notifies", "informs", "alerts", "tells", "warns", "emails", "e-mails", "mails", "texts", "reminds", "asks", "notify", "inform", "email", "ask",
        "notifica", "informa", "avisa", "alerta", "comunica",
    };

    /// <summary>
    /// "… notifies the Patron", "e-mails the Patron", "asks the Patron to approve": a capitalised name of one to three
    /// words told something in mid-sentence is a participant, though no step has it act and no list declares it.
    /// </summary>
    private void DiscoverTold(string text)
    {
        if (text.IndexOf(" the ", StringComparison.Ordinal) < 0 && text.IndexOf(" o ", StringComparison.Ordinal) < 0 && text.IndexOf(" a ", StringComparison.Ordinal) < 0
            && text.IndexOf(" al ", StringComparison.Ordinal) < 0 && text.IndexOf(" ao ", StringComparison.Ordinal) < 0)
        {
            return;
        }

        var words = Words.Of(text);
        for (var i = 1; i + 1 < words.Count; i++)
        {
            // A verb of telling, then "the"/"al"/"ao", then the name.
            if (!s_tellWords.Contains(words[i - 1]) || (Lexicon.Determiners.MatchAt(words, i) == 0 && words[i] is not ("al" or "ao")))
            {
                continue;
            }

            var at = i + 1;
            if (!words.IsCapitalized(at) || MatchAt(words, at) is not null || s_notNames.Contains(words[at]))
            {
                continue;
            }

            var length = 1;
            while (length < 3 && at + length < words.Count && words.IsCapitalized(at + length) && MatchAt(words, at + length) is null)
            {
                length++;
            }

            var name = words.Slice(at, at + length);
            if (Named(name) is null && IsAlphabetic(name))
            {
                // Told something, a name is a person's unless its words name a system ("the Library Systems Office").
                _actsAsPerson.Add(name);
                DiscoverName(name);
            }
        }
    }

    private static bool IsAlphabetic(string name) => name.All(c => char.IsLetter(c) || c == ' ');

    /// <summary>
    /// "The Mechanic enters the part number": a capitalised name after an article, doing what people do, is a person's
    /// name (remembered as such) though no list of person words holds it.
    /// </summary>
    private bool ActsAsPerson(Words words, int at, int length, string name)
    {
        if (at == 0 || Lexicon.PersonVerbs.MatchAt(words, at + length) == 0 || ActorKinds.IsSystemName(name))
        {
            return false;
        }

        _actsAsPerson.Add(name);
        return true;
    }

    private const int MaxNameWords = 4;

    /// <summary>
    /// The number of capitalised words from <paramref name="at"/> (three or four) whose last one names a system and
    /// after which a verb follows ("Partner Library Network returns"); 0 otherwise.
    /// </summary>
    private static int LongSystemName(Words words, int at)
    {
        var caps = 0;
        while (caps < MaxNameWords && at + caps < words.Count && words.IsCapitalized(at + caps))
        {
            caps++;
        }

        for (var length = caps; length >= 3; length--)
        {
            if (at + length < words.Count && ActorKinds.IsSystemName(words[at + length - 1]) && LooksLikeVerb(words, at + length))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>
    /// The name of a role written for either gender at word <paramref name="at"/> ("Jefe/a", "Secretario/a",
    /// "Enfermeiro/a"), with its complement when one follows ("Jefe/a del Servicio", "Director/a de Área"); empty
    /// when the word has no such ending.
    /// </summary>
    private static string GenderedRole(Words words, int at)
    {
        var text = words.Text;
        var end = words.End(at);
        if (at + 1 >= words.Count || end >= text.Length || text[end] != '/' || words.Start(at + 1) != end + 1
            || words[at + 1] is not ("a" or "o" or "as" or "os" or "la" or "el"))
        {
            return string.Empty;
        }

        var last = at + 1;
        if (last + 2 < words.Count && words[last + 1] is "del" or "de" or "da" or "do" && words.IsCapitalized(last + 2))
        {
            last += 2;
        }

        return words.Slice(at, last + 1);
    }

    private void DiscoverName(string name)
    {
        var clean = CleanName(name);
        if (clean.Length == 0 || s_notNames.Contains(clean) || Words.Split(clean).Length > 4 || Named(clean) is not null
            || clean.IndexOf('→') >= 0 || clean.IndexOf("->", StringComparison.Ordinal) >= 0)
        {
            // "Dispatcher → Customer Endpoint" is an arrow between two names, no name.
            return;
        }

        var words = Words.Of(clean);
        if (words.Count == 0 || MatchAt(words, 0) is { } known && known.Length == words.Count)
        {
            return;
        }

        if (words.Count == 1 && words.IsCapitalized(0))
        {
            // "PayWell sends the settlement webhook" where the document declares "PayWell Payments": the short
            // name the steps use for the one declared system whose name it opens.
            if (TakeAsShortForm(clean))
            {
                return;
            }
        }

        if (words.Count == 1 && clean.Length is >= 2 and <= 6 && clean.All(char.IsUpper))
        {
            // "RS → Smart Meter: 202 Accepted" where the document declares "Reading Store": the initials of the one
            // declared participant whose words they spell.
            if (OnlyDeclared(e => IsAcronymOf(clean, e.NameWords)) is { } spelled)
            {
                AddName(spelled, clean, ParticipantOrigin.Declared);
                return;
            }
        }

        // A name found acting in a step is a person only when it says so ("Customer", "Bank Clerk"); "Proxy",
        // "Guardian", "Plugin" are parts of a system.
        var rule = _vocabulary.FindByName(clean);
        // A role ending alone ("Picker") names a person; in a longer name ("Build Runner", "Log Viewer") it names a tool.
        // "Secretario/a": a role written for either gender is a person's.
        var isPerson = rule?.IsPerson ?? ((ActorKinds.IsPerson(clean, string.Empty, null)
            && (Lexicon.PersonWords.Find(words, 0) >= 0 || (words.Count == 1 && NamesARole(words)) || _actsAsPerson.Contains(clean)))
            || GenderedRole(words, 0).Length > 0);
        Add(new Participant(clean, _aliases.AliasFor(clean, rule?.Alias ?? string.Empty), ParticipantKind.Actor, isPerson), ParticipantOrigin.Subject);
    }

    /// <summary>
    /// "… in the database", "queries the persistent storage", "through the Payment Gateway": a noun phrase whose
    /// head is a component noun and that the step addresses (after a verb or a preposition). The name is the
    /// phrase as written; a bare generic head ("the service") is not a name.
    /// </summary>
    private void DiscoverComponents(string text)
    {
        var words = Words.Of(text);
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i - 1] is "through" or "via" or "using" or "to" or "from" or "with" or "into" && IsProductName(words.Slice(i, i + 1))
                && MatchAt(words, i) is null && Named(words.Slice(i, i + 1)) is null
                && !(i + 1 < words.Count && words[i + 1] is "or" or "ou" or "o" or "oder") && !(words.End(i) < text.Length && text[words.End(i)] == '/'))
            {
                // ("pays via PayBridge or SEPA", "via VidHub/Streamo": one of several ways, named in passing, not drawn.)
                // "runs the fraud score through FraudScreen", "sends the acknowledgment through NotifyGateway": a product
                // the step names by its own name is the component it goes through, though no actor list declares it.
                var product = words.Slice(i, i + 1);
                Add(new Participant(product, _aliases.AliasFor(product, string.Empty), ParticipantKind.Component, false), ParticipantOrigin.Component);
                continue;
            }

            var headLength = Lexicon.ComponentHeads.MatchAt(words, i);
            if (headLength == 0 || InteractionModel.InsideBrackets(words, i))
            {
                // "runs a self-test (radio, sensors, storage)": what a bracket lists is no component the step calls.
                continue;
            }

            var start = i;
            // A capitalised person's name before the head is part of the name ("Customer Service" is a team, not the
            // customer); any other known name is not ("the Kiosk gateway").
            while (start > 0 && i - start < 2 && words.IsCapitalized(start - 1) && Lexicon.Determiners.MatchAt(words, start - 1) == 0
                && Lexicon.Prepositions.MatchAt(words, start - 1) == 0 && MatchAt(words, start - 1) is not { Participant.IsPerson: false })
            {
                start--;
            }

            if (start == i && i >= 2 && Lexicon.Determiners.MatchAt(words, i - 2) > 0 && !LooksLikeVerb(words, i - 1)
                && Lexicon.Prepositions.MatchAt(words, i - 1) == 0 && Lexicon.Determiners.MatchAt(words, i - 1) == 0)
            {
                start = i - 1;
            }

            var before = start - 1;
            if (before >= 0 && Lexicon.Determiners.MatchAt(words, before) > 0)
            {
                before--;
            }

            var end = i + headLength;
            if ((words.End(end - 1) < text.Length && text[words.End(end - 1)] == '/') || (words.Start(start) > 0 && text[words.Start(start) - 1] == '/'))
            {
                // "POST /api/upload/…": part of a path, not a component's name.
                continue;
            }

            // "in the title's hold queue": a word between an article or an owner and the head is no verb.
            var addressed = before >= 0 && (Lexicon.Prepositions.MatchAt(words, before) > 0
                || (LooksLikeVerb(words, before) && !IsOwned(words, before) && (before == 0 || Lexicon.Determiners.MatchAt(words, before - 1) == 0)));
            var named = end - start > 1 || words.IsCapitalized(start) || !IsGenericHead(words[i]);
            if (!addressed || !named || (end < words.Count && Lexicon.ComponentHeads.MatchAt(words, end) > 0) || InteractionModel.IsModifier(words, end - 1)
                || IsOwned(words, start) || QualifiesTheNextNoun(words, end))
            {
                continue;
            }

            var phrase = words.Slice(start, end);
            if (Named(phrase) is not null || MatchAt(Words.Of(phrase), 0) is { } known && known.Length == end - start)
            {
                continue;
            }

            if (IsWorkQueue(words, start, i))
            {
                // "opens the claim from the queue", "takes it from the assessment queue": a list of work people pick
                // from, not a message queue (those say so: "the message queue", "the job queue", "Orders Queue").
                continue;
            }

            var name = char.ToUpperInvariant(phrase[0]) + phrase.Substring(1);
            if (end - start == 1 && TakeAsShortForm(name))
            {
                // "responde HTTP 200 ao Gateway" where the document declares "Gateway de Pagamento".
                continue;
            }

            Add(new Participant(name, _aliases.AliasFor(name, string.Empty), ParticipantKind.Component, false), ParticipantOrigin.Component);
        }
    }

    /// <summary>
    /// "PayWell sends the settlement webhook" where the document declares "PayWell Payments", "ao Gateway" beside
    /// "Gateway de Pagamento": one word that opens the name of exactly one declared system is that system's short
    /// name. True when it was taken so.
    /// </summary>
    private bool TakeAsShortForm(string word)
    {
        if (OnlyDeclared(e => !e.Participant.IsPerson && e.NameWords.Length > 1 && string.Equals(e.NameWords[0], word, StringComparison.OrdinalIgnoreCase)) is not { } opening)
        {
            return false;
        }

        AddName(opening, word, ParticipantOrigin.Declared);
        return true;
    }

    /// <summary>The one participant of the declared entries that <paramref name="matches"/> accepts; null for none or several.</summary>
    private Participant? OnlyDeclared(Func<CatalogEntry, bool> matches)
    {
        var found = _entries.Where(e => e.Origin == ParticipantOrigin.Declared && matches(e)).Select(e => e.Participant).Distinct().Take(2).ToList();
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>Another name of <paramref name="participant"/>: a step that writes it means that participant.</summary>
    private void AddName(Participant participant, string name, ParticipantOrigin origin)
    {
        AddEntry(new CatalogEntry(participant, Words.Split(name), string.Empty, origin));
        _byName[name] = participant;
    }

    private static readonly string[] s_onBehalf = { "on behalf of", "em nome de", "en nombre de", "im auftrag" };

    /// <summary>The actor is written as acting for someone else ("WMS (on behalf of Finance)").</summary>
    private static bool ActsOnBehalf(UseCaseActor actor) =>
        s_onBehalf.Any(p => actor.Name.IndexOf(p, StringComparison.OrdinalIgnoreCase) >= 0 || actor.Label.IndexOf(p, StringComparison.OrdinalIgnoreCase) >= 0
            || actor.Description.IndexOf(p, StringComparison.OrdinalIgnoreCase) >= 0);

    /// <summary>"FinPay", "ShieldScore": a word with a capital inside it after a small letter is a product's name.</summary>
    private static bool IsProductName(string name)
    {
        if (name.Length < 4 || !char.IsUpper(name[0]))
        {
            return false;
        }

        for (var i = 1; i < name.Length; i++)
        {
            if (!char.IsLetterOrDigit(name[i]))
            {
                return false;
            }
        }

        for (var i = 2; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && char.IsLower(name[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] s_stateVerbs = { "stays", "remains", "becomes", "exists", "waits", "goes", "fica", "permanece", "queda", "espera", "bleibt" };

    private static readonly string[] s_queueKinds = { "message", "messages", "event", "events", "job", "jobs", "outbound", "inbound", "mq", "retry", "dead", "letter", "task", "tasks", "print", "mail", "email", "e-mail" };

    /// <summary>A queue written in lowercase with no word of messages, events or jobs before it: a work queue.</summary>
    private static bool IsWorkQueue(Words words, int start, int head)
    {
        if (words[head] is not ("queue" or "queues") || (start > 0 && words.IsCapitalized(start)))
        {
            return false;
        }

        for (var w = start; w < head; w++)
        {
            if (Array.IndexOf(s_queueKinds, words[w]) >= 0 || words.IsCapitalized(w))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] s_possessives = { "its", "their", "his", "her", "our", "your", "my" };

    /// <summary>
    /// "stores the message in its outbound queue", "the title's hold queue": something a participant owns is part
    /// of it, not a participant of its own.
    /// </summary>
    private static bool IsOwned(Words words, int start)
    {
        var at = start - 1;
        if (at >= 0 && Array.IndexOf(s_possessives, words[at]) >= 0)
        {
            return true;
        }

        var text = words.Text;
        var i = words.Start(start) - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        return i >= 2 && (text[i] == 's' || text[i] == 'S') && (text[i - 1] == '\'' || text[i - 1] == '’');
    }

    /// <summary>
    /// "prints a queue ticket", "the server room": a common noun followed by another lower-case noun describes
    /// that noun; the component is named only where the phrase ends (a preposition, a verb, a conjunction, the end).
    /// </summary>
    internal static bool QualifiesTheNextNoun(Words words, int next, bool person = false)
    {
        if (next >= words.Count || words.Start(next) != words.End(next - 1) + 1 || words.IsCapitalized(next)
            || (!person && s_operations.Contains(words[next])))
        {
            return false;
        }

        return Lexicon.Prepositions.MatchAt(words, next) == 0 && Lexicon.Determiners.MatchAt(words, next) == 0
            && !s_phraseEnders.Contains(words[next]) && !words[next].EndsWith("ly", StringComparison.Ordinal) && !LooksLikeVerb(words, next)
            && words[next].All(char.IsLetter);
    }

    /// <summary>"performs a database ping", "opens a database connection": what is done to a component still addresses it.</summary>
    private static readonly HashSet<string> s_operations = new(StringComparer.Ordinal)
    {
        "ping", "query", "queries", "lookup", "call", "calls", "request", "requests", "check", "read", "write", "update", "insert",
        "delete", "connection", "transaction", "record", "records", "entry", "entries", "row", "rows", "table", "tables", "lock",
        "access", "search", "scan", "sync", "backup", "message", "messages", "job", "jobs", "event", "events", "api", "endpoint",
        "connectivity", "health", "availability", "reachability", "latency", "checks", "lookups", "migration", "cluster", "instance",
    };

    /// <summary>Words that end a noun phrase: conjunctions, prepositions and adverbs the prepositions list does not hold, pronouns, auxiliaries.</summary>
    private static readonly HashSet<string> s_phraseEnders = new(StringComparer.Ordinal)
    {
        "and", "or", "e", "ou", "y", "und", "that", "which", "when", "if", "as", "then", "until", "so", "but", "whether", "where",
        "while", "after", "before", "que", "about", "of", "over", "under", "than", "because", "since", "who", "whom", "whose", "what",
        "how", "why", "is", "are", "was", "were", "be", "been", "has", "have", "had", "can", "will", "would", "must", "should", "may",
        "might", "not", "per", "again", "also", "only", "now", "back", "up", "down", "out", "off", "away", "there", "here", "once",
        "too", "all", "both", "each", "either", "instead", "without", "across", "along", "around", "behind", "between", "beyond",
        "during", "except", "inside", "outside", "toward", "towards", "upon", "it", "them", "him", "us", "me", "you", "first", "next",
    };

    /// <summary>The word after a verb opens its object: an article, a name, code ("tool_call:") or a quotation.</summary>
    private static bool ActsOnAnObject(Words words, int at)
    {
        if (at >= words.Count)
        {
            return false;
        }

        var end = words.End(at);
        var next = end < words.Text.Length ? words.Text[end] : ' ';
        return Lexicon.Determiners.MatchAt(words, at) > 0 || words.IsCapitalized(at) || "_:(./".IndexOf(next) >= 0
            || "`\"'“".IndexOf(words.Text[Math.Max(0, words.Start(at) - 1)]) >= 0;
    }

    private static bool IsGenericHead(string head) => head is "service" or "server" or "provider" or "backend" or "api";

    internal static int SkipDeterminers(Words words, int at)
    {
        while (at < words.Count && Lexicon.Determiners.MatchAt(words, at) > 0 && at + 1 < words.Count)
        {
            at++;
        }

        return at;
    }

    /// <summary>A verb in the third person ("inserts", "stamps") or one the lexicon knows.</summary>
    internal static bool LooksLikeVerb(Words words, int at)
    {
        if (at < 0 || at >= words.Count)
        {
            return false;
        }

        var word = words[at];
        if (Lexicon.ReplyVerbs.Contains(word) || Lexicon.PersonVerbs.Contains(word))
        {
            return true;
        }

        return word.Length > 3 && !words.IsCapitalized(at) && word.EndsWith("s", StringComparison.Ordinal)
            && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
            && !word.EndsWith("is", StringComparison.Ordinal) && !word.EndsWith("ous", StringComparison.Ordinal)
            && Lexicon.Determiners.MatchAt(words, at) == 0;
    }

    /// <summary>"Picker", "Supervisor", "Pharmacist", "Librarian": a word that names what a person does.</summary>
    private static bool NamesARole(Words words)
    {
        var last = words[words.Count - 1];
        foreach (var ending in new[] { "er", "or", "ist", "ian", "ant", "ent" })
        {
            if (last.Length > ending.Length + 2 && last.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private void Add(Participant participant, ParticipantOrigin origin)
    {
        var unspaced = PhraseSet.IsUnspaced(participant.Name) ? participant.Name : string.Empty;
        AddEntry(new CatalogEntry(participant, unspaced.Length > 0 ? Array.Empty<string>() : Words.Split(participant.Name), unspaced, origin));
    }
}
