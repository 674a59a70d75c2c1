using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KiroSpecs.Core.Sequences;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Interactions;

/// <summary>
/// The interaction model of one use case: its participants (fixed first, by <see cref="ParticipantCatalog"/>)
/// and one interaction per step — who acts (the grammatical subject), whom the step addresses, and how:
/// a call, an answer to the actor who waits, internal work, or a note. Built once; the writers only draw it.
/// </summary>
internal sealed partial class InteractionModel
{
    private static readonly string[] s_personInternal =
    {
        "reviews", "reads", "decides", "waits", "considers", "examines", "thinks", "notices", "receives",
        "observes", "inspects", "verifies", "checks", "determines", "assesses", "evaluates", "analyzes", "analyses",
        "interprets", "uses", "drops", "puts", "carries", "brings", "walks", "packs", "unpacks",
    };

    private readonly Dictionary<(string Text, string Actor), Interaction> _interactions = new();
    private readonly Dictionary<(string Text, string Actor), (Participant? Subject, string Remainder)> _subjects = new();
    private readonly ParticipantCatalog _catalog;
    private readonly CancellationToken _cancellationToken;
    private Participant? _continuing;
    private bool _answered;
    private bool _beforeSystemStep;
    private Participant? _lastActor;
    private Participant? _nextActor;
    private Participant? _nextDevice;
    private Participant? _redirectedTo;
    private Participant? _mailed;

    private static readonly string[] s_redirects = { "redirect", "redirige", "redireciona", "redirecciona", "leitet", "weiterleitet" };

    private const string HttpCallPattern =
        @"\b(?:GET|POST|PUT|PATCH|DELETE)(?:\s+/|\s+with\b|\s+request)";

#if NET
    private static readonly global::System.Text.RegularExpressions.Regex s_httpCall = HttpCallRegex();

    [global::System.Text.RegularExpressions.GeneratedRegex(HttpCallPattern, global::System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial global::System.Text.RegularExpressions.Regex HttpCallRegex();
#else
    private static readonly global::System.Text.RegularExpressions.Regex s_httpCall = new(HttpCallPattern, global::System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>Words that open a condition: its consequence after the comma is what the step does ("If …, the system …").</summary>
    private static readonly string[] s_conditionOpeners = { "if", "when", "whenever", "unless", "in", "se", "si", "wenn", "falls", "caso", "cuando", "quando" };

    /// <summary>Verbs by which a person addresses another person ("staff offer …", "the nurse tells …").</summary>
    private static readonly string[] s_toPeople = { "offer", "offers", "tell", "tells", "ask", "asks", "inform", "informs", "explain", "explains", "advise", "advises" };

    private static readonly string[] s_retryVerbs = { "retries", "retry", "resends", "re-sends", "reintenta", "reenvía", "reenvia", "wiederholt" };

    private static readonly string[] s_requestVerbs = { "sends", "makes", "issues", "submits", "repeats", "envia", "envía", "faz", "hace" };

    private static readonly string[] s_requestNouns = { "request", "query", "call", "requisição", "solicitud", "consulta", "pedido", "llamada", "chamada" };

    private static readonly string[] s_again = { "second", "another", "new", "again", "repeated", "segunda", "outra", "otra", "nova", "nueva" };

    /// <summary>"The PMS sends a second request for the other payer": the call its step made, made again.</summary>
    private static bool RepeatsARequest(Words words)
    {
        if (words.Count < 3 || Array.IndexOf(s_requestVerbs, words[0]) < 0)
        {
            return false;
        }

        var (noun, again) = (false, false);
        for (var i = 1; i < words.Count && i < 6; i++)
        {
            noun |= Array.IndexOf(s_requestNouns, words[i]) >= 0;
            again |= Array.IndexOf(s_again, words[i]) >= 0;
        }

        return noun && again;
    }

    private static readonly string[] s_fromWords = { "from", "de", "da", "do", "del", "von", "vom" };

    /// <summary>The participant named right after "from" ("… the event from ShipRight"), else null.</summary>
    private Participant? SenderAfterFrom(Words words)
    {
        for (var i = 1; i + 1 < words.Count; i++)
        {
            if (Array.IndexOf(s_fromWords, words[i]) < 0)
            {
                continue;
            }

            var at = ParticipantCatalog.SkipDeterminers(words, i + 1);
            if (_catalog.MatchAt(words, at) is { } match)
            {
                return match.Participant;
            }

            // "from ShipRight" for the declared "ShipRight Carrier API": a proper name that opens one declared name.
            var opening = words.IsCapitalized(at)
                ? _catalog.Entries.Where(e => !e.Participant.IsPerson && e.Origin == ParticipantOrigin.Declared && e.NameWords.Length > 1 && e.NameWords[0] == words[at]).Select(e => e.Participant).Distinct().ToList()
                : null;
            if (opening is { Count: 1 })
            {
                return opening[0];
            }
        }

        return null;
    }

    /// <summary>Verbs of a component keeping something on its side when it names no one ("The PMS stores the response").</summary>
    private static readonly string[] s_ownRecords =
    {
        "stores", "store", "records", "saves", "clears", "logs", "updates", "flags", "persists", "writes", "keeps", "uses", "reuses",
        "usa", "utiliza", "reutiliza", "guarda", "registra", "conserva", "genera", "grava", "armazena",
    };

    private static readonly string[] s_predicateWords = { "is", "are", "has", "have", "was", "were", "as", "to", "está", "es", "como" };

    /// <summary>
    /// "Checks scooter is available", "marks scooter in_use", "sets the locker to open": the participant is what the
    /// step reads or writes the state of, not whom it calls.
    /// </summary>
    private static bool DescribesItsState(Words words, string verb, Participant target)
    {
        if (target.IsPerson || words.Count < 3)
        {
            return false;
        }

        var name = Words.Split(target.Name);
        for (var at = 1; at + name.Length < words.Count; at++)
        {
            if (words.Matches(at, name))
            {
                var before = words[at - 1];
                var next = words[at + name.Length];
                return before is "marks" or "flags" or "sets" || (verb is "checks" or "verifies" && at <= 2 && Array.IndexOf(s_predicateWords, next) >= 0);
            }
        }

        return false;
    }

    /// <summary>Who last called each participant in the flow being read: the one its answer goes back to.</summary>
    private readonly CallMemory _callers = new();

    /// <summary>Whom each participant last called: the one a retry ("System retries the request once") goes to.</summary>
    private readonly CallMemory _callees = new();

    /// <summary>While a branch is read, the basic-flow step it is attached to (int.MaxValue: after the last); -1 while the basic flow is read.</summary>
    private readonly int _branchAt = -1;

    /// <summary>The call each basic-flow step makes, by its number: the request an error status in a branch answers.</summary>
    private readonly Dictionary<int, Interaction> _stepCalls = new();

    /// <summary>The basic-flow step being read.</summary>
    private int _ordinal;

    /// <summary>Participants that answered their last caller in the flow being read (a branch starts with none).</summary>
    private readonly HashSet<Participant> _answeredCalls = new(Common.ByReference<Participant>.Instance);
    private int _read;

    public InteractionModel(UseCase useCase, IReadOnlyList<UseCaseActor> documentActors, CompiledVocabulary vocabulary, AliasRegistry aliases, string systemName, bool systemIsNamed = true, PeopleOfTheDocument? people = null, CancellationToken cancellationToken = default)
    {
        UseCase = useCase;
        _cancellationToken = cancellationToken;
        _catalog = new ParticipantCatalog(useCase, documentActors, vocabulary, aliases, systemName, people, cancellationToken);
        SystemIsNamed = systemIsNamed || _catalog.Initiator is null || !EveryStepNamesItsActor(useCase);
        ReadFlow(useCase.Steps, answered: false);
        var answered = _answered;
        foreach (var branch in useCase.Branches)
        {
            // A branch starts where the basic flow stands: after the answers it has given, and with the calls made up
            // to the step it is attached to.
            _answeredCalls.Clear();
            _callers.ClearCurrent();
            _callees.ClearCurrent();
            _branchAt = branch.Anchor.Kind == AnchorKind.Step && branch.Anchor.FromStep > 0 ? branch.Anchor.FromStep : int.MaxValue;
            ReadFlow(branch.Steps, answered, PersonWhoActs(branch));
        }

        _branchAt = -1;
    }

    /// <summary>
    /// Reads one flow in order: a step with no subject after a person's step continues that person's action
    /// ("1. O usuário acessa a página. 2. Edita os campos."), unless it opens with a verb of the system's work
    /// and the author does not write the system's steps with the system as their subject: between "Lecturer
    /// selects the assignment" and "System saves the changes", "Updates details" is still the lecturer's.
    /// </summary>
    private void ReadFlow(IEnumerable<UseCaseStep> steps, bool answered, Participant? opener = null)
    {
        _continuing = opener;
        _lastActor = null;
        _answered = answered;
        var list = steps as IReadOnlyList<UseCaseStep> ?? steps.ToList();
        var nextDevices = SystemIsNamed ? null : NextDevices(list);
        for (var i = 0; i < list.Count; i++)
        {
            // A use case of tens of thousands of steps stops soon after a cancellation (the build's Ctrl+C).
            if ((++_read & 255) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            var step = list[i];
            if (_branchAt < 0 && step.Ordinal > 0)
            {
                _ordinal = step.Ordinal;
            }

            _beforeSystemStep = i + 1 < list.Count && NamesSystemAsSubject(list[i + 1]);
            _nextActor = !SystemIsNamed && i + 1 < list.Count ? Subject(list[i + 1].Text, list[i + 1].Actor).Subject : null;
            _nextDevice = nextDevices?[i];
            var interaction = For(step.Text, step.Actor);
            if (_branchAt < 0 && step.Ordinal > 0 && interaction.Kind == InteractionKind.Call && !_stepCalls.ContainsKey(step.Ordinal))
            {
                _stepCalls[step.Ordinal] = interaction;
            }

            _beforeSystemStep = false;
            _nextActor = null;
            _nextDevice = null;
            for (var clause = interaction; clause is not null; clause = clause.Then)
            {
                Remember(clause);
                interaction = clause;
            }

            _continuing = Continues(interaction);
            _lastActor = ActorOf(interaction);
            var before = _answered;
            ReadFlow(step.SubSteps, _answered);
            _answered = before;
            _continuing = Continues(interaction);
            _lastActor = ActorOf(interaction);
        }
    }

    /// <summary>
    /// The person a branch's trigger names as the one who acts ("FA-03 (paso 6) El/la Jefe/a devuelve la propuesta"):
    /// the branch's steps without a subject ("Añade una observación …") go on with that person. Null when the trigger
    /// opens with no person.
    /// </summary>
    private Participant? PersonWhoActs(UseCaseBranch branch)
    {
        var trigger = branch.Condition.Length > 0 ? branch.Condition : branch.Title;
        if (trigger.Length == 0 || branch.Steps.Count == 0)
        {
            return null;
        }

        var (subject, rest) = Subject(trigger, string.Empty);
        if (subject is not { IsPerson: true } || rest.Length == 0 || rest.Length >= trigger.Length)
        {
            return null;
        }

        // "user is viewer", "Member has an unpaid rental": a state of the person, not an action.
        var words = Words.Of(rest);
        return words.Count > 0 && Array.IndexOf(s_states, words[0]) < 0 ? subject : null;
    }

    private static readonly string[] s_states = { "is", "are", "has", "have", "was", "were", "es", "está", "tiene", "é", "tem", "ist", "hat", "already", "ya", "já", "does", "doesn't", "cannot", "can't", "no", "não" };

    /// <summary>What an interaction leaves for the steps after it: who waits for whose answer, who was answered.</summary>
    private void Remember(Interaction interaction)
    {
        if (interaction.To.IsPerson && !ReferenceEquals(interaction.To, interaction.From) && Keywords.Any(interaction.Text, s_mailWords))
        {
            // "5. System e-mails the customer the refund confirmation": whom this use case mails.
            _mailed = interaction.To;
        }

        _answered |= interaction.Kind == InteractionKind.Return && ReferenceEquals(interaction.To, Initiator);
        if (interaction.Kind == InteractionKind.Return && CallerOf(interaction.From) is { } waiting && ReferenceEquals(waiting, interaction.To))
        {
            // The call is answered: in the rest of this flow, what the component does next is its own work,
            // not another answer to it.
            _answeredCalls.Add(interaction.From);
        }
        else if (interaction.Kind == InteractionKind.Call)
        {
            _answeredCalls.Remove(interaction.To);
        }

        if ((interaction.Kind == InteractionKind.Call || (interaction.Kind == InteractionKind.Return && interaction.To.IsPerson)) && !ReferenceEquals(interaction.From, interaction.To))
        {
            // Whom a participant answers: whoever called it last; a person answers whoever last asked it.
            // Kept by basic-flow step while the basic flow is read; a branch's own calls are kept for it alone.
            var at = _branchAt < 0 ? _ordinal : -1;
            _callers.Set(interaction.To, interaction.From, at);
            if (interaction.Kind == InteractionKind.Call)
            {
                _callees.Set(interaction.From, interaction.To, at);
            }
        }
        else if (interaction.Kind == InteractionKind.Return && ReferenceEquals(interaction.To, System) && !interaction.From.IsPerson && !ReferenceEquals(interaction.From, System)
            && (!ReferenceEquals(_callees.Get(System, _branchAt), interaction.From) || Keywords.Any(interaction.Text, s_inboundCalls)))
        {
            // "Later, the accounting system calls our webhook" (a system the system did not call): the system now
            // answers that system ("responds 200"); "The Fare Service returns the fares" answers the system's own call.
            _callers.Set(System, interaction.From, _branchAt < 0 ? _ordinal : -1);
        }
    }

    /// <summary>Who last called a participant (in a branch, as of the step it is attached to).</summary>
    private Participant? CallerOf(Participant participant) => _callers.Get(participant, _branchAt);

    /// <summary>
    /// For each step of a flow, the first device or component that acts in a later step of it (null if none): in a
    /// document with no system, the one a person's action goes to when the step names no one ("Owner | Taps Add
    /// device" before "App | Reads the QR code"). Read from the last step back, so each step is read once.
    /// </summary>
    private Participant?[] NextDevices(IReadOnlyList<UseCaseStep> list)
    {
        var next = new Participant?[list.Count];
        Participant? found = null;
        for (var i = list.Count - 1; i >= 0; i--)
        {
            next[i] = found;
            var subject = Subject(list[i].Text, list[i].Actor).Subject;
            if (subject is { IsPerson: false } && !ReferenceEquals(subject, System))
            {
                found = subject;
            }
        }

        return next;
    }

    /// <summary>True when each step says who acts (a subject, a prefix or a table column), or is a remark.</summary>
    private bool EveryStepNamesItsActor(UseCase useCase)
    {
        // The basic flow decides: a remark in a branch ("Nothing to do, UC ends OK.") names no one either.
        var basic = new List<UseCaseStep>();
        ParticipantCatalog.AddFlattened(useCase.Steps, basic);
        foreach (var step in basic)
        {
            var words = Words.Of(step.Text);
            if (Subject(step.Text, step.Actor).Subject is null && Lexicon.NoteOpeners.MatchAt(words, 0) == 0 && !IsPassive(words))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Who a following step without a subject continues: a person.</summary>
    private static Participant? Continues(Interaction interaction) =>
        interaction.Kind != InteractionKind.Note && interaction.From.IsPerson ? interaction.From : null;

    /// <summary>The actor (not the system) a step was drawn from, for the statements that follow it.</summary>
    private Participant? ActorOf(Interaction interaction) =>
        interaction.Kind != InteractionKind.Note && !ReferenceEquals(interaction.From, System) ? interaction.From : null;

    private bool NamesSystemAsSubject(UseCaseStep step) =>
        step.Actor.Length == 0 && ReferenceEquals(Subject(step.Text, string.Empty).Subject, System);

    public UseCase UseCase { get; }

    public Participant System => _catalog.System;

    public Participant? Initiator => _catalog.Initiator;

    /// <summary>
    /// False when the document never speaks of a system (the actors deal with each other): a step that names no
    /// one it addresses is the actor's own action, and no "System" lifeline is drawn for it.
    /// </summary>
    public bool SystemIsNamed { get; }

    /// <summary>Where a remark about the flow is drawn: over the system, or over the first actor when there is none.</summary>
    public Participant NoteOwner => SystemIsNamed ? System : Initiator ?? System;

    /// <summary>The actors and components of the use case (not the system), in the order they were found.</summary>
    public IEnumerable<Participant> Actors =>
        _catalog.Entries.Where(e => e.Origin != ParticipantOrigin.System).Select(e => e.Participant).Distinct();

    /// <summary>A participant declared in a Mermaid diagram the author wrote in place of steps.</summary>
    public Participant FromDiagram(string id, string label, bool isPerson) => _catalog.FromDiagram(id, label, isPerson);

    /// <summary>Where a participant comes from.</summary>
    public ParticipantOrigin OriginOf(Participant participant) => _catalog.OriginOf(participant);

    /// <summary>The interaction of a step (its text and the actor a table column gives, if any).</summary>
    public Interaction For(string text, string explicitActor)
    {
        var key = (text ?? string.Empty, explicitActor ?? string.Empty);
        if (!_interactions.TryGetValue(key, out var interaction))
        {
            interaction = Read(key.Item1, key.Item2);
            _interactions.Add(key, interaction);
        }

        return interaction;
    }

    /// <summary>The interaction of a step.</summary>
    public Interaction For(UseCaseStep step) => For(step.Text, step.Actor);

    private const string BeginsWhenPattern =
        @"^\s*(?:the|this)\s+use\s+case\s+(?:begins|starts|is\s+started|is\s+triggered)\s+when\s+|^\s*(?:el|este)\s+caso\s+de\s+uso\s+(?:comienza|empieza|se\s+inicia)\s+cuando\s+|^\s*(?:o|este)\s+caso\s+de\s+uso\s+(?:come[çc]a|inicia|se\s+inicia)\s+quando\s+";

#if NET
    private static readonly global::System.Text.RegularExpressions.Regex s_beginsWhen = BeginsWhenRegex();

    [global::System.Text.RegularExpressions.GeneratedRegex(BeginsWhenPattern, global::System.Text.RegularExpressions.RegexOptions.IgnoreCase | global::System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial global::System.Text.RegularExpressions.Regex BeginsWhenRegex();
#else
    private static readonly global::System.Text.RegularExpressions.Regex s_beginsWhen = new(BeginsWhenPattern, global::System.Text.RegularExpressions.RegexOptions.IgnoreCase | global::System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    private Interaction Read(string text, string explicitActor)
    {
        if (s_beginsWhen.Match(text) is { Success: true } begins && begins.Length < text.Length)
        {
            // "The use case begins when the Passenger selects …": the first step is what the Passenger does.
            text = text.Substring(begins.Length);
        }

        if (LeadTimeLength(text) is > 0 and var lead)
        {
            // "After the third failed attempt, Kiosk refers the Guest …": read from the subject on; the phrase of when
            // stays in the words drawn.
            var inner = Read(text.Substring(lead), explicitActor);
            return inner with { Text = text.Substring(0, lead) + inner.Text };
        }

        if (AuthorArrow(text) is { } drawn)
        {
            return drawn;
        }

        if (_catalog.WritesArrows && OwnActionThenArrow(text) is { } own)
        {
            return own;
        }

        if (StatesAState(text, explicitActor))
        {
            return new Interaction(InteractionKind.Note, NoteOwner, NoteOwner, text);
        }

        if (TwoClauses(text, explicitActor) is { } clauses)
        {
            return clauses;
        }

        if (OtherReceiverLater(text, explicitActor) is { } split)
        {
            return split;
        }

        var interaction = ReadClause(text, explicitActor);
        if (interaction.Kind == InteractionKind.Return && ReferenceEquals(interaction.To, Initiator) && Initiator is { IsPerson: false }
            && ReferenceEquals(interaction.From, System) && Keywords.Any(text, s_mailWords) && text.IndexOf(Initiator.Name, StringComparison.OrdinalIgnoreCase) < 0)
        {
            // "El sistema envía por correo a los titulares …" in a run the Planificador started: mail reaches people
            // the step names only by a word, never the scheduler that started the run.
            interaction = new Interaction(InteractionKind.SelfCall, System, System, interaction.Text);
        }

        return IsRemarkOnAnotherUseCase(interaction, text, explicitActor)
            ? new Interaction(InteractionKind.Note, NoteOwner, NoteOwner, text)
            : interaction;
    }

    private const string RequestPattern = @"^[`*_]*(?:GET|POST|PUT|PATCH|DELETE)\s";

#if NET
    private static readonly global::System.Text.RegularExpressions.Regex s_request = RequestRegex();

    [global::System.Text.RegularExpressions.GeneratedRegex(RequestPattern, global::System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial global::System.Text.RegularExpressions.Regex RequestRegex();
#else
    private static readonly global::System.Text.RegularExpressions.Regex s_request = new(RequestPattern, global::System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    private const string LeadingStatusPattern = @"^[`*_]*[1-5][0-9][0-9]\b";

#if NET
    private static readonly global::System.Text.RegularExpressions.Regex s_status = LeadingStatusRegex();

    [global::System.Text.RegularExpressions.GeneratedRegex(LeadingStatusPattern, global::System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial global::System.Text.RegularExpressions.Regex LeadingStatusRegex();
#else
    private static readonly global::System.Text.RegularExpressions.Regex s_status = new(LeadingStatusPattern, global::System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>
    /// "US → Device: manifest JSON": the author's own arrow; an answer when the receiver called the sender or the
    /// message is an HTTP status ("`201 Created`"), unless it is a request ("FleetMgr → WMS: `PUT /claim`" after WMS
    /// called FleetMgr is a new call).
    /// </summary>
    private Interaction? AuthorArrow(string text)
    {
        if (SentenceReader.Arrow(text) is not { } arrow || _catalog.WholeName(arrow.From) is not { } sender || _catalog.WholeName(arrow.To) is not { } receiver)
        {
            return null;
        }

        var kind = ReferenceEquals(sender, receiver) ? InteractionKind.SelfCall
            : s_request.IsMatch(arrow.Message) ? InteractionKind.Call
            : ReferenceEquals(CallerOf(sender), receiver) || s_status.IsMatch(arrow.Message) ? InteractionKind.Return : InteractionKind.Call;
        return new Interaction(kind, sender, receiver, arrow.Message);
    }

    /// <summary>
    /// In a use case whose author writes messages as arrows, "WMS: check bin version, set task Assigned." is what the
    /// named system does on its own, and "… WMS → FleetMgr: 200 OK." after it is the arrow that follows. A person's
    /// "Clerk: scans the parcel" still goes to the system. Null when the step has no such prefix.
    /// </summary>
    private Interaction? OwnActionThenArrow(string text)
    {
        var prefix = SentenceReader.PrefixName(text);
        if (prefix.Length == 0 || (_catalog.Named(prefix) ?? Match(prefix)) is not { IsPerson: false } actor)
        {
            return null;
        }

        var rest = SentenceReader.AfterPrefix(text, prefix);
        var sentences = Texts.Sentences(rest);
        for (var i = 1; i < sentences.Count; i++)
        {
            if (AuthorArrow(sentences[i].Trim()) is { } then)
            {
                var own = string.Join(" ", sentences.Take(i).Select(x => x.Trim()));
                var after = string.Join(" ", sentences.Skip(i + 1).Select(x => x.Trim()));
                return new Interaction(InteractionKind.SelfCall, actor, actor, own, Then: after.Length == 0 ? then : then with { Text = then.Text + " " + after });
            }
        }

        return SentenceReader.Arrow(rest) is null ? new Interaction(InteractionKind.SelfCall, actor, actor, rest) : null;
    }

    /// <summary>"… and shows it on the map", "… y la muestra": a later clause that opens with a verb of showing.</summary>
    private static bool ShowsAfterwards(Words words)
    {
        for (var i = 2; i < words.Count; i++)
        {
            var joined = words[i - 1] is "and" or "y" or "e" || (words[i - 1] is "it" or "them" or "la" or "lo" or "las" or "los" or "a" or "o" && words[i - 2] is "and" or "y" or "e");
            if (joined && Lexicon.DisplayVerbs.MatchAt(words, i) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] s_tellVerbs =
    {
        "notifies", "informs", "alerts", "tells", "warns", "acknowledges", "e-mails", "emails", "texts", "messages", "notifica", "informa",
        "avisa", "alerta", "comunica", "notifica-o", "notifica-a",
    };

    /// <summary>
    /// The system's own work followed, after "and" or a comma, by a word to a person ("…, notifies the Passenger", "… and
    /// notifies the owner that it can be collected", "… y avisa al solicitante"): the work on its own lifeline, then the
    /// word to the person the clause names, or to the person who waits. Null when no such clause follows.
    /// </summary>
    private Interaction? TellsAfterwards(Words words, string rest)
    {
        for (var k = 2; k < words.Count; k++)
        {
            if (Array.IndexOf(s_tellVerbs, words[k]) < 0)
            {
                continue;
            }

            var joined = words[k - 1] is "and" or "y" or "e" ? words.Start(k - 1) : rest.LastIndexOf(',', words.Start(k)) is var comma && comma > words.End(k - 1) - 1 ? comma : -1;
            if (joined <= 0)
            {
                continue;
            }

            var second = rest.Substring(words.Start(k));
            var secondWords = Words.Of(second);
            var told = Addressed(secondWords, System, second, true, out var score);
            var to = told is { IsPerson: true } && score > 0 ? told : Initiator is { IsPerson: true } initiator ? initiator : null;
            if (to is null)
            {
                return null;
            }

            var work = new Interaction(InteractionKind.SelfCall, System, System, rest.Substring(0, joined).TrimEnd(' ', ','));
            return work.Followed(new Interaction(ReferenceEquals(to, Initiator) ? InteractionKind.Return : InteractionKind.Call, System, to, second));
        }

        return null;
    }

    private static readonly string[] s_stateVerbs = { "stays", "remains", "queda", "quedan", "permanece", "permanecen", "fica", "ficam", "bleibt", "bleiben" };

    /// <summary>
    /// "La solicitud queda en Borrador hasta que la Pasarela comunica el pago", "The order stays ON_HOLD until …": what
    /// a thing that is no participant stays in is a state, not a message to whoever the rest of the sentence names.
    /// </summary>
    private bool StatesAState(string text, string explicitActor)
    {
        var words = Words.Of(text);
        var at = ParticipantCatalog.SkipDeterminers(words, 0);
        return at > 0 && at + 1 < words.Count && Array.IndexOf(s_stateVerbs, words[at + 1]) >= 0 && Subject(text, explicitActor).Subject is null;
    }

    /// <summary>Words by which a system calls the system on its own ("calls our webhook", "posts an event"), not in answer.</summary>
    private static readonly string[] s_inboundCalls = { "=calls", "webhook", "=posts", "=event", "=events", "=notifies" };

    /// <summary>"responds 200", "rejects the call with 401", "acknowledged with 200": an HTTP status given in answer.</summary>
    private const string StatusCodePattern =
        @"\b(?:respond|responds|responding|answers?|replies|rejects?|acknowledge[sd]?)\s+(?:the\s+call\s+with\s+|with\s+(?:an?\s+)?(?:http\s+)?|an?\s+|http\s+)?[1-5]\d\d\b";

#if NET
    private static readonly global::System.Text.RegularExpressions.Regex s_statusCode = StatusCodeRegex();

    [global::System.Text.RegularExpressions.GeneratedRegex(StatusCodePattern, global::System.Text.RegularExpressions.RegexOptions.IgnoreCase | global::System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial global::System.Text.RegularExpressions.Regex StatusCodeRegex();
#else
    private static readonly global::System.Text.RegularExpressions.Regex s_statusCode = new(StatusCodePattern, global::System.Text.RegularExpressions.RegexOptions.IgnoreCase | global::System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>
    /// The last request the initiator sent to a system at or before step <paramref name="at"/>, else the call step
    /// <paramref name="at"/> makes; null when there is none.
    /// </summary>
    private Interaction? RequestAnswered(int at)
    {
        for (var ordinal = Math.Min(at, UseCase.Steps.Count + 1); ordinal > 0; ordinal--)
        {
            if (_stepCalls.TryGetValue(ordinal, out var call) && ReferenceEquals(call.From, Initiator) && !call.To.IsPerson)
            {
                return call;
            }
        }

        return _stepCalls.TryGetValue(at, out var own) && !own.To.IsPerson ? own : null;
    }

    /// <summary>A sentence that only says where the flow goes: "… as in step 8", "returns control to …", "follow the … of UC-2".</summary>
    private const string CrossReferencePattern =
        @"^(?:[\w\s']{0,40}\b(?:is|are)\s+(?:processed|handled|treated)\s+(?:as|like)\s+in\s+(?:step|UC|use\s+case)\b.*|[\w\s']{0,40}\bfollows?\s+the\s+(?:exception(?:al)?|alternat(?:e|ive)|basic|main)\s+flow\b.*|returns?\s+control\s+to\b.*|(?:see|cf\.)\s+(?:UC|A|B|E|step)[-\s]?\w*\.?)$";

    /// <summary>
    /// The words of which every match of <see cref="s_crossReference"/> on a text of ASCII characters holds one: the
    /// pattern is asked of every clause, and on most of them its open start ([\w\s']{0,40}) is slow to fail.
    /// </summary>
    private static readonly string[] s_crossReferenceWords = { "processed", "handled", "treated", "follow", "control", "see", "cf." };

    private static bool IsCrossReference(string text) =>
        (!KiroSpecs.Core.Common.IgnoreCase.IsAscii(text) || Keywords.Any(text, s_crossReferenceWords)) && s_crossReference.IsMatch(text);

#if NET
    private static readonly global::System.Text.RegularExpressions.Regex s_crossReference = CrossReferenceRegex();

    [global::System.Text.RegularExpressions.GeneratedRegex(CrossReferencePattern, global::System.Text.RegularExpressions.RegexOptions.IgnoreCase | global::System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial global::System.Text.RegularExpressions.Regex CrossReferenceRegex();
#else
    private static readonly global::System.Text.RegularExpressions.Regex s_crossReference = new(CrossReferencePattern, global::System.Text.RegularExpressions.RegexOptions.IgnoreCase | global::System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>"400 Bad Request", "`409 Conflict`, body …", "HTTP 503": a line that opens with an HTTP status.</summary>
    private const string BareStatusPattern =
        @"^[`*_\s]*(?:HTTP\s+)?[1-5]\d\d(?:\s+[A-Z][A-Za-z]*)*[`*_]*(?:[\s,.;:]|$)";

#if NET
    private static readonly global::System.Text.RegularExpressions.Regex s_bareStatus = BareStatusRegex();

    [global::System.Text.RegularExpressions.GeneratedRegex(BareStatusPattern, global::System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial global::System.Text.RegularExpressions.Regex BareStatusRegex();
#else
    private static readonly global::System.Text.RegularExpressions.Regex s_bareStatus = new(BareStatusPattern, global::System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>What a system sends only to a person: a receipt, a confirmation, a reminder.</summary>
    private static readonly string[] s_forThePerson =
    {
        "=receipt", "=receipts", "confirmation e-mail", "confirmation email", "=reminder", "=recibo", "=comprovante", "=justificante", "=quittung",
    };

    private static readonly string[] s_mailWords = { "=e-mail", "=e-mails", "=email", "=emails", "=mail", "=mails", "=correo", "=sms", "=letter", "=carta" };

    private static readonly string[] s_handOffVerbs = { "continues", "continue", "goes", "proceeds", "continúa", "continua", "segue", "sigue", "geht", "weiter" };

    /// <summary>
    /// "UC-6 ends here", "there is nothing for UC-7", "Los borradores se borran a los 30 días (ver CU-04)", "Developer
    /// continues with [[UC-026]]": a sentence about another use case that nobody sends to anybody, or a hand-off to
    /// it, is a remark (a note), not a message.
    /// </summary>
    private bool IsRemarkOnAnotherUseCase(Interaction interaction, string text, string explicitActor)
    {
        if (interaction.Kind == InteractionKind.Note || interaction.Then is not null)
        {
            return false;
        }

        var reference = TextPatterns.SafeMatch(TextPatterns.UseCaseReference, text);
        if (reference is null && text.IndexOf("[[", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        // Who acts is named ("PMS flags the visit (handled in UC-2)", "verify insurance as in UC-2"): an action
        // that cites another use case, unless it hands over to it.
        return HandsOff(interaction) || (interaction.Kind == InteractionKind.SelfCall
            && (Subject(text, explicitActor).Subject is null || reference is { Index: 0 }));
    }

    private static bool HandsOff(Interaction interaction)
    {
        var words = Words.Of(interaction.Text);
        return words.Count > 0 && Array.IndexOf(s_handOffVerbs, words[0]) >= 0;
    }

    /// <summary>Words after a participant's name that do not make it the one who acts ("the Workbench is down").</summary>
    private static readonly string[] s_notActions =
    {
        "is", "are", "was", "were", "be", "been", "has", "had", "have", "and", "or", "of", "which", "who", "that", "will", "would",
        "can", "could", "must", "may", "might", "should", "shall", "does", "did", "do", "not", "also", "then", "itself", "only",
    };

    /// <summary>Longest step read for a second clause: a longer text is a paragraph, drawn as one message as before.</summary>
    private const int MaxClauseStep = 600;

    /// <summary>
    /// A step in which another participant acts after a first one ("Assessor takes the claim from the queue; the
    /// Workbench sets status IN_ASSESSMENT", "Handler saves. The Workbench checks the version"): the first clause,
    /// then the next as its own interaction (<see cref="Interaction.Then"/>). The next clause opens with the name of
    /// a participant and a verb, after a semicolon, a full stop, or a comma when a verb the lexicon knows follows the
    /// name; never inside brackets or quotes, never after a condition ("If the data are right, the system …"). Null
    /// when the step has one who acts.
    /// </summary>
    private Interaction? TwoClauses(string text, string explicitActor)
    {
        if (text.Length > MaxClauseStep || PhraseSet.IsUnspaced(text))
        {
            return null;
        }

        var depth = 0;
        var quoted = false;
        for (var i = 1; i + 3 < text.Length; i++)
        {
            var c = text[i];
            if (!OutsideAsides(c, ref depth, ref quoted))
            {
                continue;
            }

            if (c == ' ' && AnswerAfterConjunction(text, i, explicitActor) is { } answered)
            {
                return answered;
            }

            // "The PMS sets the appointment to Arrived and the Kiosk prints a queue ticket", "El planificador lanza el
            // proceso y el sistema registra el inicio": after "and", a clause with a subject of its own.
            var andLength = c != ' ' ? 0 : string.CompareOrdinal(text, i, " and ", 0, 5) == 0 ? 5
                : string.CompareOrdinal(text, i, " y ", 0, 3) == 0 || string.CompareOrdinal(text, i, " e ", 0, 3) == 0 ? 3 : 0;
            var and = andLength > 0;
            if (!and && (text[i + 1] != ' ' || c is not (';' or '.' or ',')))
            {
                continue;
            }

            var start = and ? i + andLength : i + 2;
            if (start >= text.Length)
            {
                continue;
            }

            if (c == '.' && (!char.IsUpper(text[start]) || IsAbbreviation(text, i)))
            {
                continue;
            }

            var second = text.Substring(start);
            var (who, rest) = Subject(second, string.Empty);
            if (who is null && c == ';' && IsShortRule(second) && For(text.Substring(0, i).TrimEnd(), explicitActor) is
                { Kind: InteractionKind.Call, Then: null, From.IsPerson: false, To.IsPerson: false } asks)
            {
                // "Asks WeatherAPI for outdoor temp; below 5 °C → starts preheat, else restores schedule": what the caller
                // then does by the answer is its own work, not part of the call.
                Remember(asks);
                return asks.Followed(new Interaction(InteractionKind.SelfCall, asks.From, asks.From, second));
            }

            if (who is null && c == ';' && Words.Of(second) is { Count: >= 2 } answerWords && answerWords[0] is "returns" or "replies" or "responds" or "answers"
                && For(text.Substring(0, i).TrimEnd(), explicitActor) is { Kind: InteractionKind.SelfCall, Then: null, From.IsPerson: false } work)
            {
                // "Backend | Checks scooter is available …; returns the price card": its own work, then its answer to
                // whoever called it.
                Remember(work);
                var answer = For(second, explicitActor);
                return answer.Kind == InteractionKind.SelfCall ? null : work.Followed(answer);
            }

            if (who is null || rest.Length == 0 || ReferenceEquals(rest, second) || !char.IsLower(rest[0]))
            {
                continue;
            }

            var restWords = Words.Of(rest);
            if (restWords.Count < 2 || Array.IndexOf(s_notActions, restWords[0]) >= 0
                || ((c == ',' || and) && !IsKnownVerb(restWords) && !(and && LooksLikeThirdPerson(restWords[0]))))
            {
                continue;
            }

            var first = text.Substring(0, c == '.' ? i + 1 : i).TrimEnd();
            var firstWords = Words.Of(first);
            if (firstWords.Count < 2 || Lexicon.NoteOpeners.MatchAt(firstWords, 0) > 0 || Array.IndexOf(s_conditionOpeners, firstWords[0]) >= 0)
            {
                return null;
            }

            var (firstWho, firstRest) = Subject(first, explicitActor);
            if (firstWho is not null && Words.Of(firstRest).Count == 0)
            {
                // "C# client; retry gets an error": a name, not a clause.
                return null;
            }

            if (c == ',' && firstWho is null && explicitActor.Length == 0 && Lexicon.Prepositions.MatchAt(firstWords, 0) > 0)
            {
                // "Para pacientes de convênio, o sistema envia …": a phrase of whom or where before who acts, no clause.
                return null;
            }

            var head = For(first, explicitActor);
            if (head.Kind == InteractionKind.Note || head.HasClauseFrom(who))
            {
                continue;
            }

            if (head.Kind == InteractionKind.Return && head.Then is null && head.To.IsPerson && !head.From.IsPerson && !ReferenceEquals(head.From, System)
                && !who.IsPerson && !ReferenceEquals(who, head.From) && Lexicon.DisplayVerbs.MatchAt(Words.Of(head.Text), 0) == 0)
            {
                // "Device applies the schedule, acks with the version; Cloud marks the version synced": a component's
                // answer goes to the component that acts on it next, not to a person.
                head = head with { To = who };
            }

            // The second clause is read as what follows the first: a component the first called answers it, and a
            // person the first sent on to a component ("redirige a la Pasarela de pago; el solicitante paga") acts there.
            Remember(head);
            _redirectedTo = head.Kind == InteractionKind.Call && !head.To.IsPerson && Keywords.Any(head.Text, s_redirects) ? head.To : null;
            var tail = For(second, string.Empty);
            _redirectedTo = null;
            return tail.Kind == InteractionKind.Note ? null : head.Followed(tail);
        }

        return null;
    }

    /// <summary>
    /// "System marks the refund SETTLED, posts the credit note to the Northbay ERP and sets the RMA to REFUNDED", "O
    /// sistema armazena a curtida no banco de dados, aumenta o contador e colore o botão": one who acts (the system or
    /// a component, never a person) does several things, and one of them goes to another component than the rest.
    /// Drawn as the first clause, then from the next verb on as its own interaction (<see cref="Interaction.Then"/>),
    /// so each part reaches whom it addresses. The next part opens after a comma or a conjunction with a verb the
    /// lexicon knows (or an English verb in the third person); never inside brackets or quotes. Null when every part
    /// goes to the same participant.
    /// </summary>
    private Interaction? OtherReceiverLater(string text, string explicitActor)
    {
        if (text.Length > MaxClauseStep || PhraseSet.IsUnspaced(text))
        {
            return null;
        }

        var depth = 0;
        var quoted = false;
        for (var i = 1; i + 3 < text.Length; i++)
        {
            var c = text[i];
            if (!OutsideAsides(c, ref depth, ref quoted) || c is not (',' or ' ') || (c == ',' && text[i + 1] != ' '))
            {
                continue;
            }

            var start = i + 2;
            var english = c == ',' && text.IndexOf(" the ", StringComparison.Ordinal) > 0;
            if (c == ' ')
            {
                // " and posts …": the conjunction, then the verb.
                var end = text.IndexOf(' ', i + 1);
                if (end < 0 || !IsConjunction(text, i + 1, end - i - 1))
                {
                    continue;
                }

                english = string.CompareOrdinal(text, i + 1, "and ", 0, 4) == 0 || string.CompareOrdinal(text, i + 1, "then ", 0, 5) == 0;
                start = end + 1;
            }

            // An English verb in the third person is read as one only in English ("outros docentes" is no verb).
            var second = text.Substring(start);
            var words = Words.Of(second);
            if (words.Count < 2 || !(IsKnownVerb(words) || (english && LooksLikeThirdPerson(words[0]))) || !char.IsLower(second[0]))
            {
                continue;
            }

            var first = text.Substring(0, i).TrimEnd(',', ' ');
            if (first.IndexOfAny(s_asides) >= 0)
            {
                // "stores the parcel (the Tracker sees it) and says …": a name in an aside or a quote addresses nobody.
                return null;
            }

            var head = For(first, explicitActor);
            // Who acts is the first clause's subject, not whom it hears from ("System receives the event from
            // ShipRight and sets the RMA to IN_TRANSIT" is drawn from ShipRight, and the system sets the status).
            var actor = Subject(first, explicitActor).Subject ?? (explicitActor.Length > 0 ? head.From : null);
            if (actor is null || actor.IsPerson || head.Kind is InteractionKind.Note or InteractionKind.Return || head.Then is not null)
            {
                // An answer lists what it gives ("shows cover, excess, loss items, documents and the score"): one message.
                return null;
            }

            var tail = For(second, ReferenceEquals(actor, System) ? "@system" : actor.Name);
            // "Backend | Sets the rides to billed, clears in_debt, sends one combined receipt": a component's own work,
            // then what it sends the person.
            var toThePerson = head.Kind == InteractionKind.SelfCall && tail.Kind == InteractionKind.Return && tail.To.IsPerson && !ReferenceEquals(actor, System);
            if (tail.Kind is InteractionKind.Note || !ReferenceEquals(tail.From, actor) || ReferenceEquals(tail.To, head.To)
                || !(AnotherComponent(head) || AnotherComponent(tail) || toThePerson))
            {
                continue;
            }

            Remember(head);
            return head.Followed(tail);
        }

        return null;
    }

    private static readonly char[] s_asides = { '(', '[', '"', '“' };

    /// <summary>The one person of the use case other than <paramref name="person"/>, or null when there are none or several.</summary>
    private Participant? OnlyOtherPerson(Participant person)
    {
        Participant? other = null;
        foreach (var actor in Actors)
        {
            if (actor.IsPerson && !ReferenceEquals(actor, person))
            {
                if (other is not null)
                {
                    return null;
                }

                other = actor;
            }
        }

        return other;
    }

    /// <summary>The interaction goes to a participant that is no person and not the one who acts.</summary>
    private static bool AnotherComponent(Interaction interaction) =>
        !interaction.To.IsPerson && !ReferenceEquals(interaction.To, interaction.From);

    /// <summary>
    /// Reads one character of a step for the clause scanners, keeping the bracket depth and whether a quote is open:
    /// true when the character is outside brackets and quotes and is not one of their marks.
    /// </summary>
    private static bool OutsideAsides(char c, ref int depth, ref bool quoted)
    {
        switch (c)
        {
            case '(' or '[' or '{':
                depth++;
                return false;
            case ')' or ']' or '}':
                depth = Math.Max(0, depth - 1);
                return false;
            case '"':
                quoted = !quoted;
                return false;
            case '“':
                quoted = true;
                return false;
            case '”':
                quoted = false;
                return false;
            default:
                return depth == 0 && !quoted;
        }
    }

    private static readonly string[] s_conjunctions = { "and", "then", "e", "y", "und" };

    /// <summary>The word at <paramref name="at"/> of <paramref name="length"/> characters is a conjunction, read in place.</summary>
    private static bool IsConjunction(string text, int at, int length)
    {
        foreach (var conjunction in s_conjunctions)
        {
            if (conjunction.Length == length && string.CompareOrdinal(text, at, conjunction, 0, length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] s_objectPronouns = { "o", "a", "os", "as", "lo", "la", "los", "las", "le", "les" };

    /// <summary>
    /// "O sistema apaga os dados do banco de dados e o encaminha para a página principal": a component's work, then,
    /// after "and", an answer to the person who waits. Drawn as the call to the component and the answer, so the
    /// person is not left without one. Null unless the words after the conjunction at <paramref name="space"/> open
    /// with a verb of answering and the clause before it calls a component.
    /// </summary>
    private Interaction? AnswerAfterConjunction(string text, int space, string explicitActor)
    {
        var next = space + 1;
        var end = text.IndexOf(' ', next);
        if (end < 0 || !IsConjunction(text, next, end - next))
        {
            return null;
        }

        var second = text.Substring(end + 1);
        var words = Words.Of(second);
        var verbAt = words.Count > 1 && Array.IndexOf(s_objectPronouns, words[0]) >= 0 ? 1 : 0;
        if (Lexicon.ReplyVerbs.MatchAt(words, verbAt) == 0)
        {
            return null;
        }

        var first = text.Substring(0, space).TrimEnd(',', ' ');
        var head = For(first, explicitActor);
        if (head.Kind != InteractionKind.Call || head.To.IsPerson || head.Then is not null)
        {
            return null;
        }

        Remember(head);
        var tail = For(second, ReferenceEquals(head.From, System) ? "@system" : head.From.Name);
        return tail.Kind == InteractionKind.Return && tail.To.IsPerson && ReferenceEquals(tail.From, head.From) ? head with { Then = tail } : null;
    }

    /// <summary>"e.g. The", "approx. Two": a full stop that ends an abbreviation, not a sentence.</summary>
    private static bool IsAbbreviation(string text, int stop)
    {
        var from = stop;
        while (from > 0 && !char.IsWhiteSpace(text[from - 1]))
        {
            from--;
        }

        var word = text.Substring(from, stop - from);
        return word.Length <= 1 || word.IndexOf('.') >= 0 || word is "approx" or "etc" or "vs" or "no" or "Nr" or "No" or "Dr" or "Mr" or "Ms" or "Mrs" or "St";
    }

    private static readonly string[] s_outsideTheSystem =
    {
        "outside this system", "outside the system", "outside of the system", "fuera de este sistema", "fuera del sistema", "fora deste sistema",
        "fora do sistema", "außerhalb des systems", "außerhalb dieses systems", "システム外",
    };

    /// <summary>Words of a sentence without an actor that says something does not happen or must not be lost.</summary>
    private static readonly string[] s_nothingHappens =
    {
        " no se ", " não se ", "no debe perderse", "não deve ser perdid", " is not refunded", " are not refunded", " is not undone", " are not undone",
        " is not locked", " are not locked", " nothing is undone", " nothing is locked", " must not be lost",
    };

    /// <summary>"prints", "pays": an English verb in the third person (a name after "and" is followed by one).</summary>
    private static bool LooksLikeThirdPerson(string word) =>
        word.Length > 3 && word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal);

    /// <summary>A verb the lexicon knows opens the words (any of its verb sets).</summary>
    private static bool IsKnownVerb(Words words) =>
        Lexicon.SystemVerbs.MatchAt(words, 0) > 0 || Lexicon.ReplyVerbs.MatchAt(words, 0) > 0 || Lexicon.DisplayVerbs.MatchAt(words, 0) > 0
        || Lexicon.InternalVerbs.MatchAt(words, 0) > 0 || Lexicon.PersonVerbs.MatchAt(words, 0) > 0 || Lexicon.DataVerbs.MatchAt(words, 0) > 0;

    private Interaction ReadClause(string text, string explicitActor)
    {
        var (subject, rest) = Subject(text, explicitActor);
        if (rest.Length == 0)
        {
            rest = text;
        }

        if (subject is { IsPerson: false } && CannotAct(rest))
        {
            // "App can't report in background; member is treated as home": what a component cannot do sends nothing.
            return new Interaction(InteractionKind.SelfCall, subject, subject, rest);
        }

        if (IsCrossReference(rest))
        {
            // "Accepted reports are processed as in step 8", "Returns control to the including use case", "Rejected
            // reports follow the Exceptional Flow of UC-EXP-01": where the flow goes, which no message carries.
            var owner = subject ?? NoteOwner;
            return new Interaction(InteractionKind.Note, owner, owner, text);
        }

        if (subject is null && explicitActor.Length == 0 && IsRemark(text))
        {
            // "This happens with bags re-tagged in transit.", "We deliberately do not submit after a reload, because …",
            // "Responding with an error would make their side retry": the author explains; nobody sends anything.
            return new Interaction(InteractionKind.Note, NoteOwner, NoteOwner, text);
        }

        if (Keywords.Any(text, s_outsideTheSystem) || (subject is null && explicitActor.Length == 0 && Keywords.Any(" " + text, s_nothingHappens)))
        {
            // "El solicitante puede interponer recurso de reposición (fuera de este sistema)", "La tasa no se devuelve
            // (RN-09)", "The fee is not refunded": what happens outside the system, or what does not happen, is a
            // remark; no message is sent.
            var owner = subject ?? NoteOwner;
            return new Interaction(InteractionKind.Note, owner, owner, text);
        }

        var lead = subject is null && explicitActor.Length == 0 ? text.IndexOf(": ", StringComparison.Ordinal) : -1;
        if (lead > 0 && lead + 2 < text.Length && Words.Of(text.Substring(0, lead)).Count <= 6
            && Subject(text.Substring(lead + 2), string.Empty).Subject is { } actsAfter)
        {
            // "The retry also fails: System shows 'The catalog is unavailable'": what happened, then who acts; the
            // clause after the colon decides the arrow, the message keeps the whole sentence.
            var consequence = Read(text.Substring(lead + 2), string.Empty);
            if (consequence.Kind != InteractionKind.Note && ReferenceEquals(consequence.From, actsAfter))
            {
                return consequence with { Text = text, Then = null };
            }
        }

        var words = Words.Of(rest);
        if (subject is null && explicitActor.Length == 0 && words.Count > 3 && Lexicon.Prepositions.MatchAt(words, 0) > 0
            && CommaOutsideBrackets(text) is var phraseEnd and > 0 and < 80 && phraseEnd + 2 < text.Length
            && Subject(text.Substring(phraseEnd + 2), string.Empty).Subject is not null)
        {
            // "Para pacientes de convênio, o sistema envia …", "For members abroad, the system sends …": a phrase of
            // whom or where, then who acts; the clause after the comma decides the arrow, the message keeps the phrase.
            var acts = Read(text.Substring(phraseEnd + 2), string.Empty);
            if (acts.Kind != InteractionKind.Note)
            {
                return acts with { Text = acts.Then is null ? text : text.Substring(0, phraseEnd + 2) + acts.Text };
            }
        }

        if (Lexicon.NoteOpeners.MatchAt(words, 0) > 0 && subject is null)
        {
            // "If the data are right, the system redirects …": the clause after the condition decides the arrow;
            // the message keeps the whole sentence.
            var opener = Array.IndexOf(s_conditionOpeners, words[0]) >= 0;
            var comma = opener ? CommaOutsideBrackets(text) : -1;
            var arrow = opener && comma < 0 ? text.IndexOf(" → ", StringComparison.Ordinal) : -1;
            if (arrow > 0)
            {
                // "If the quiz has a time limit → System shows a countdown": the arrow ends the condition.
                comma = arrow + 1;
            }

            if (comma > 0 && comma + 2 < text.Length)
            {
                var consequence = Read(text.Substring(comma + 2), string.Empty);
                if (consequence.Kind != InteractionKind.Note)
                {
                    // "If it is still not reviewed after 72 hours, System sets it to Expired and tells the owner …":
                    // the condition and the first clause are one message; a word to someone after it stays its own.
                    var cut = consequence.Then is { Text.Length: > 0 } then ? ClauseBreakBefore(text, text.IndexOf(then.Text, comma, StringComparison.Ordinal), comma) : -1;
                    return cut > comma
                        ? consequence with { Text = text.Substring(0, cut).TrimEnd(' ', ',', ';') }
                        : consequence with { Text = text, Then = null };
                }
            }

            return new Interaction(InteractionKind.Note, NoteOwner, NoteOwner, text);
        }

        if (subject is null && explicitActor.Length == 0 && _branchAt > 0 && s_bareStatus.IsMatch(text) && RequestAnswered(_branchAt) is { } request)
        {
            // "1a. If the body has no key_id → `400 Bad Request`", "4a. If Vault is unreachable → `503`": the status
            // answers the request the one who waits made up to the step the branch is at, from the one it was sent to.
            return new Interaction(InteractionKind.Return, request.To, request.From, text);
        }

        if (subject is null)
        {
            // No subject: the primary actor's when the sentence opens with a person's UI verb ("Click Pay"),
            // otherwise the system's (a passive or subject-less system step).
            var personVerb = PhraseSet.IsUnspaced(text) ? LastVerb(text) == VerbClass.Person
                : Lexicon.PersonVerbs.MatchAt(words, Lexicon.PersonPronouns.MatchAt(words, 0)) > 0;
            var systemWork = Lexicon.SystemVerbs.MatchAt(words, 0) > 0 || IsReply(words, text) || IsPassiveReply(words) || IsPassive(words)
                || (PhraseSet.IsUnspaced(text) && LastVerb(text) == VerbClass.Reply);
            subject = personVerb && Initiator is { IsPerson: true } ? (_continuing ?? Initiator)
                : !systemWork && _continuing is not null && !PhraseSet.IsUnspaced(text) && !OpensWithNounPhrase(words) ? _continuing
                : _continuing is not null && _beforeSystemStep && OpensWithVerb(words) ? _continuing
                : _continuing is not null && CommitsInput(text, words) ? _continuing
                : System;
            if (ReferenceEquals(subject, System) && !SystemIsNamed)
            {
                // No system in this document: a step without a subject goes on with whoever acted last in its flow
                // ("App retries 3x" / "Still down → 'Move closer'"), else it is a remark.
                if (_lastActor is { IsPerson: false } device && Initiator is { IsPerson: true } person && QuotesAMessage(text))
                {
                    // "Still down → "Move closer to the thermostat and try again"": the message is for the person.
                    return new Interaction(InteractionKind.Return, device, person, text);
                }

                return _lastActor is not null
                    ? new Interaction(InteractionKind.SelfCall, _lastActor, _lastActor, text)
                    : new Interaction(InteractionKind.Note, NoteOwner, NoteOwner, text);
            }

            if (ReferenceEquals(subject, System) && SystemIsNamed && IsPassive(words) && !IsPassiveReply(words)
                && Addressed(words, System, text, false, out var named) is { IsPerson: false } recipient && named >= 3)
            {
                // "The batch file is generated and transmitted to the Payroll System": a passive with no one acting sends
                // to the system it names after "to", from the system under design, whoever acted before.
                return new Interaction(ReferenceEquals(CallerOf(System), recipient) ? InteractionKind.Return : InteractionKind.Call, System, recipient, text);
            }

            if (ReferenceEquals(subject, System) && _lastActor is not null && IsPassive(words) && !IsPassiveReply(words))
            {
                // "Traffic is routed to other instances" after the load balancer's steps: what happened on its side.
                return new Interaction(InteractionKind.SelfCall, _lastActor, _lastActor, text);
            }

            rest = text;
            words = Words.Of(rest);
        }

        var verb = words.Count > 0 ? words[0] : string.Empty;
        if (verb is "waits" or "awaits" or "aguarda" or "espera" && !subject.IsPerson)
        {
            // "… and waits for the application ACK": a wait sends nothing; the answer comes in a step of its own.
            return new Interaction(InteractionKind.SelfCall, subject, subject, rest);
        }

        if (!ReferenceEquals(subject, System) && !ReferenceEquals(subject, Initiator) && (verb is "receives" or "receive" or "recebe" or "recebem" || (verb is "gets" && !subject.IsPerson)))
        {
            // "Lab receives the structured order": the one who receives is the receiver.
            return !SystemIsNamed ? new Interaction(InteractionKind.SelfCall, subject, subject, rest) : new Interaction(ReferenceEquals(subject, Initiator) ? InteractionKind.Return : InteractionKind.Call, System, subject, rest);
        }

        if (subject.IsPerson && SystemIsNamed && Array.IndexOf(s_perceptionVerbs, verb) >= 0 && !NamesAnotherSender(words, subject))
        {
            // "Customer sees a thank-you message", "Le client voit un message", "Der Kunde erhält eine E-Mail": the
            // person is told something; the system tells them.
            return new Interaction(InteractionKind.Return, System, subject, rest);
        }

        if (ReferenceEquals(subject, System) && verb is "receives" or "receive" or "gets" or "obtains" or "recebe" or "recibe" or "erhält"
            && SenderAfterFrom(words) is { } sender && !ReferenceEquals(sender, System))
        {
            // "System receives the tracking event from ShipRight": the message comes from the one the step names; an
            // answer when the system asked it, else a message of its own (a webhook, an event).
            var asked = CallerOf(sender);
            return new Interaction(ReferenceEquals(asked, System) ? InteractionKind.Return : InteractionKind.Call, sender, System, rest);
        }

        if (IsPassiveReply(words))
        {
            // "Confirmation is displayed", "User is granted access", "E-HKP is submitted to the insurer": the system
            // answers whom the sentence names, else the actor who waits.
            var named = Addressed(words, subject, rest, replies: true, out _, agentSends: true);
            if (!SystemIsNamed)
            {
                // Between people: "Supervisor is notified by the ledger" comes from the one named, else it is a statement.
                return named is not null && subject.IsPerson && !ReferenceEquals(named, subject)
                    ? new Interaction(InteractionKind.Return, named, subject, text)
                    : new Interaction(InteractionKind.SelfCall, subject, subject, text);
            }

            var to = subject.IsPerson || (!ReferenceEquals(subject, System) && !_catalog.IsItem(subject)) ? subject : named ?? Initiator;
            return to is null || ReferenceEquals(to, System)
                ? new Interaction(InteractionKind.SelfCall, System, System, text)
                : new Interaction(InteractionKind.Return, System, to, subject.IsPerson ? text : rest);
        }

        var replies = IsReply(words, rest);
        var target = Addressed(words, subject, rest, replies || subject.IsPerson || !ReferenceEquals(subject, System), out var score);
        var colon = subject.IsPerson ? rest.IndexOf(": ", StringComparison.Ordinal) : -1;
        if (colon > 0 && target is not null && Words.Of(rest.Substring(0, colon)).Count <= 3)
        {
            // "Supervisor rejects: the line is set to REJECTED and the item is returned to the customer": whom the
            // person addresses is read in the action before the colon, not in the consequence after it.
            var head = rest.Substring(0, colon);
            target = Addressed(Words.Of(head), subject, head, true, out score);
        }

        if (target is null && !subject.IsPerson && !ReferenceEquals(subject, System) && words.Count > 1 && verb is "sends" or "emails" or "e-mails" or "mails" or "issues" or "envia" or "envía"
            && Initiator is { IsPerson: true } waiting && Keywords.Any(Keywords.Unquoted(rest), s_forThePerson))
        {
            // "Backend | … sends one combined receipt": a receipt or a reminder sent to no one named is the person's.
            return new Interaction(InteractionKind.Return, subject, waiting, rest);
        }

        if ((target is null || target.IsPerson) && !subject.IsPerson && _catalog.Backend is { } backend && !ReferenceEquals(backend, subject) && s_httpCall.IsMatch(rest))
        {
            // "App | GET /v2/devices/{id}/schedule" where the actors list says "Cloud – the backend": an HTTP request
            // goes to the backend the document declares.
            return new Interaction(InteractionKind.Call, subject, backend, rest);
        }

        if (target is null && !subject.IsPerson && (Array.IndexOf(s_retryVerbs, verb) >= 0 || RepeatsARequest(words))
            && (_branchAt is > 0 and < int.MaxValue ? _callees.GetAtStep(subject, _branchAt) : _callees.Get(subject, _branchAt)) is { } retried && !ReferenceEquals(retried, subject))
        {
            // "2a1. System retries the request once" after "2. System asks the Catalog Service …": the call is made again
            // (in a branch of a step, that step's call: "FE-04 (paso 10) … reintenta 3 veces" is no call of step 8's).
            return new Interaction(InteractionKind.Call, subject, retried, rest);
        }

        if (subject.IsPerson || ReferenceEquals(subject, Initiator))
        {
            // An actor addresses whom it names after a preposition or as its object ("asks the Clerk", "sends it to
            // the Lab"); a name in passing ("via curl or browser") is not whom the step goes to.
            target = score >= 2 ? target : null;
            if (target is null && subject.IsPerson && _redirectedTo is { } redirected)
            {
                target = redirected;
            }
            if (target is null && Array.IndexOf(s_personInternal, verb) >= 0 && !EntersLater(words))
            {
                return new Interaction(InteractionKind.SelfCall, subject, subject, rest);
            }

            if (target is null && !subject.IsPerson && !replies && _answered && Lexicon.PersonVerbs.MatchAt(words, 0) == 0)
            {
                // A system that started the use case (a load balancer, a monitor) acting on the answer it got:
                // work on its own side ("marks the target as healthy").
                return new Interaction(InteractionKind.SelfCall, subject, subject, rest);
            }

            if (target is null && subject.IsPerson && !SystemIsNamed && Array.IndexOf(s_toPeople, verb) >= 0)
            {
                // "Staff offer the first appointment tomorrow": an offer or a word to someone goes to the one other
                // person of the use case, not to the device the staff last worked with.
                target = OnlyOtherPerson(subject);
            }

            if (target is null && subject.IsPerson && CallerOf(subject) is { IsPerson: false } prompter
                && (!SystemIsNamed || (OriginOf(prompter) == ParticipantOrigin.Declared && (Lexicon.PersonVerbs.MatchAt(words, 0) > 0 || Lexicon.ReplyVerbs.MatchAt(words, 0) > 0))))
            {
                // "The Tablet asks for the cake" then "The Customer enters the cake"; "The Kiosk shows the copay and the
                // Patient pays by card": the answer goes to the device that asked. With no system drawn, whatever the
                // verb: "staff book a same-day visit" after "The PMS returns the record" goes on with the PMS.
                target = prompter;
            }

            if (target is null && subject.IsPerson && !SystemIsNamed && _callees.Get(subject, _branchAt) is { IsPerson: false } usual && !ReferenceEquals(usual, subject))
            {
                // "Rider | Scans the QR" went to the App; "Rider | Sees the price card and taps Start ride" later in
                // the flow goes on with the App, not with the backend that acts next.
                target = usual;
            }

            if (target is null && !SystemIsNamed && _nextActor is not null && !ReferenceEquals(_nextActor, subject) && Lexicon.ReplyVerbs.MatchAt(words, 0) > 0)
            {
                // Between people, "the cashier requests payment" is answered by whoever acts next ("the customer
                // provides payment"): a request, an offer or a handover goes to that person.
                target = _nextActor;
            }

            if (target is null && subject.IsPerson && !SystemIsNamed && _nextDevice is not null
                && (Lexicon.PersonVerbs.MatchAt(words, 0) > 0 || ReferenceEquals(_nextActor, _nextDevice)))
            {
                // "Owner | Taps Add device" then "App | Reads the QR code": with no system in the document, what a
                // person does on a screen goes to the device that acts next; whatever the verb when that device acts
                // in the very next step ("Rider | Scans the code" then "App | Sends the code to Backend").
                target = _nextDevice;
            }

            var to = target ?? (ReferenceEquals(subject, System) || !SystemIsNamed ? null : System);
            if (to is not null && ReferenceEquals(to, System) && subject.IsPerson && colon > 0 && ConsequenceAfterColon(rest, colon) is { } consequence)
            {
                // "Supervisor rejects: the line is set to REJECTED and the item is returned to the customer": the person's
                // decision goes to the system, and what then happens is the system's work.
                return new Interaction(InteractionKind.Call, subject, System, rest.Substring(0, colon),
                    Then: new Interaction(InteractionKind.SelfCall, System, System, consequence));
            }

            return to is null
                ? new Interaction(InteractionKind.SelfCall, subject, subject, rest)
                : new Interaction(InteractionKind.Call, subject, to, rest);
        }

        if (ReferenceEquals(subject, System))
        {
            if ((Lexicon.InternalVerbs.MatchAt(words, 0) > 0 || target is null) && Lexicon.ReplyVerbs.MatchAt(words, 0) == 0 && TellsAfterwards(words, rest) is { } told)
            {
                // "sets the file to Delivered, notifies the Passenger and the use case ends": its own work, then the word
                // to the person it names (or the one who waits).
                return told;
            }

            if (Lexicon.InternalVerbs.MatchAt(words, 0) > 0 && !(target is null && Initiator is { IsPerson: true } && ShowsAfterwards(words)))
            {
                // "calculates the estimated price and shows it" is drawn below as the answer to the person.
                return new Interaction(InteractionKind.SelfCall, subject, subject, rest);
            }

            if (target is not null && !target.IsPerson && Lexicon.DisplayVerbs.MatchAt(words, 0) > 0 && Initiator is not null)
            {
                // "presents a column listing the posts saved in the database": what is shown is shown to the person.
                target = null;
            }

            if (target is not null && (replies || !target.IsPerson || (score >= 3 && rest.IndexOf(target.Name, StringComparison.OrdinalIgnoreCase) >= 0)))
            {
                // A reply, a call to a component, or work done for the person it names after "to" / "para"
                // ("gives access to the class to the student").
                return new Interaction(ReferenceEquals(target, Initiator) && (replies || target.IsPerson) ? InteractionKind.Return : InteractionKind.Call, subject, target, rest);
            }

            if (target is null && _mailed is { } mailed && words.Count > 1 && words[0] is "e-mails" or "emails" or "mails" or "texts")
            {
                // "1a2. System e-mails the voucher code": to the one this use case mails, when the step names no one.
                return new Interaction(ReferenceEquals(mailed, Initiator) ? InteractionKind.Return : InteractionKind.Call, subject, mailed, rest);
            }

            if (target is null && s_statusCode.IsMatch(rest) && CallerOf(System) is { IsPerson: false } webhookCaller && !ReferenceEquals(webhookCaller, System))
            {
                // "6. The accounting system calls our webhook …" / "7. … rejects the call with 401", "8. … responds 200":
                // an HTTP status answers the system that called, not the person who waits for the use case.
                return new Interaction(InteractionKind.Return, subject, webhookCaller, rest);
            }

            if ((replies || IsMessageWithoutVerb(words)) && Initiator is not null && !AddressesSomeoneElse(words) && !SendsElsewhere(words))
            {
                if (target is null && _mailed is { } notified && !ReferenceEquals(notified, Initiator) && Keywords.Any(rest, s_mailWords))
                {
                    // "7. … y envía el correo de aviso" in a flow the técnico drives, after "avisa al solicitante por
                    // correo": the mail goes to the one this use case mails, not to the one who waits at the screen.
                    return new Interaction(InteractionKind.Call, subject, notified, rest);
                }

                return new Interaction(InteractionKind.Return, subject, Initiator, rest);
            }

            if (target is null && Initiator is { IsPerson: true } && ShowsAfterwards(words))
            {
                // "comprueba la dirección … y la muestra en el mapa", "checks the address and shows it on the map": what
                // the system works out and then shows is its answer to the person who waits.
                return new Interaction(InteractionKind.Return, subject, Initiator, rest);
            }

            return new Interaction(InteractionKind.SelfCall, subject, subject, rest);
        }

        // A secondary actor or a component acting: it answers whom it names, else whoever called it last, else the
        // system. A device or another system showing something shows it to the person who waits ("Browser
        // displays the JSON"). Its own work ("The PMS stores the response") stays on its lifeline.
        var checks = verb is "checks" or "verifies" or "counts" or "compares";
        if (((target is null || (target.IsPerson && checks)) && (checks || Lexicon.InternalVerbs.MatchAt(words, 0) > 0 || Array.IndexOf(s_ownRecords, verb) >= 0))
            || (target is not null && DescribesItsState(words, verb, target)))
        {
            // "Cloud checks presence of all members": a component's check of what it holds about people addresses no one.
            return new Interaction(InteractionKind.SelfCall, subject, subject, rest);
        }

        if (target is null && ReportsAgain(words) && _callees.Get(subject, _branchAt) is { IsPerson: false } reported && !ReferenceEquals(reported, subject))
        {
            // "App | Reports geofence EXIT (POST …)" then "App | First member to come back reports geofence ENTER": a
            // report that names no receiver goes where the same component sent its last one.
            return new Interaction(InteractionKind.Call, subject, reported, rest);
        }

        if (target is null && SystemIsNamed && AddressesTheSystem(words))
        {
            // "La Pasarela de pago devuelve la confirmación del pago al sistema": whom it answers is written.
            return new Interaction(replies ? InteractionKind.Return : InteractionKind.Call, subject, System, rest);
        }

        var shows = Initiator is { IsPerson: true } && Lexicon.DisplayVerbs.MatchAt(words, 0) > 0;
        if (shows && target is { IsPerson: false } && score < 3)
        {
            // "App | shows PSP reason": what is shown names a system; it is shown to the person who waits.
            target = null;
        }

        var caller = _answeredCalls.Contains(subject) ? null : CallerOf(subject);

        var receiver = target ?? (shows ? Initiator : caller ?? (SystemIsNamed ? System : null));
        if (receiver is null && (replies || Keywords.Any(rest, s_acknowledges)) && _lastActor is { IsPerson: false } previous && !ReferenceEquals(previous, subject))
        {
            // No system drawn: "Cloud | publishes the schedule" then "Device | applies it, acks with version no": an
            // acknowledgement that names no one answers the component that acted just before.
            return new Interaction(InteractionKind.Return, subject, previous, rest);
        }

        if (receiver is null)
        {
            return new Interaction(InteractionKind.SelfCall, subject, subject, rest);
        }

        // "The PMS sends the payer ID to the Gateway" after the clerk opened the visit in the PMS: a request of its
        // own to someone who did not call it, not an answer.
        var answers = shows || ReferenceEquals(receiver, caller) || (replies && receiver.IsPerson) || (caller is null && ReferenceEquals(receiver, System));
        return new Interaction(answers ? InteractionKind.Return : InteractionKind.Call, subject, receiver, rest);
    }

    /// <summary>Who acts in a step and the rest of its sentence; each text is read once (steps are asked about more than once).</summary>
    private (Participant? Subject, string Remainder) Subject(string text, string explicitActor)
    {
        var key = (text ?? string.Empty, explicitActor ?? string.Empty);
        if (!_subjects.TryGetValue(key, out var found))
        {
            found = ReadSubject(key.Item1, key.Item2);
            _subjects.Add(key, found);
        }

        return found;
    }

    /// <summary>
    /// Where the clause that holds <paramref name="at"/> begins, after <paramref name="after"/>: its "; ", ", " or " and "
    /// ("…, System sets it to Expired and tells the owner …" cuts before " and"; "…; the system sets the file …" before
    /// "; the system"), so that its subject goes with it; -1 when there is none.
    /// </summary>
    private static int ClauseBreakBefore(string text, int at, int after)
    {
        if (at <= after)
        {
            return -1;
        }

        var cut = Math.Max(text.LastIndexOf("; ", at, at - after, StringComparison.Ordinal), text.LastIndexOf(", ", at, at - after, StringComparison.Ordinal));
        cut = Math.Max(cut, text.LastIndexOf(" and ", at, at - after, StringComparison.Ordinal));
        return cut > after ? cut : -1;
    }

    /// <summary>
    /// True when the word at <paramref name="index"/> sits inside round brackets or quotation marks of the text: what a
    /// label lists or a screen says ("asks "Are you next to the scooter?"") names nobody the step addresses.
    /// </summary>
    internal static bool InsideBrackets(Words words, int index)
    {
        var text = words.Text;
        var depth = 0;
        var quoted = false;
        var guillemets = 0;
        for (var c = 0; c < words.Start(index) && c < text.Length; c++)
        {
            switch (text[c])
            {
                case '(':
                    depth++;
                    break;
                case ')' when depth > 0:
                    depth--;
                    break;
                case '"':
                    quoted = !quoted;
                    break;
                case '“' or '«':
                    guillemets++;
                    break;
                case '”' or '»' when guillemets > 0:
                    guillemets--;
                    break;
            }
        }

        return depth > 0 || quoted || guillemets > 0;
    }

    private static readonly string[] s_remarkOpeners =
    {
        "this happens", "this is because", "this is why", "that is why", "we deliberately", "we intentionally", "because ", "the reason ",
        "esto ocurre", "esto pasa", "isto acontece", "isso acontece", "por eso", "por isso", "porque ",
        "this is ", "it does not ", "it doesn't ", "in neither case", "in no case", "in either case", "available only ", "only available ",
        "em nenhum dos casos", "em nenhum caso", "en ningún caso", "en ninguno de los casos", "disponível apenas", "disponible solo",
        "disponible sólo", "isto é ", "isso é ", "esto es ",
    };

    /// <summary>
    /// "Steps 5 and 6 are skipped", "step 8 is not performed for damaged bags", "Steps 5–9 wait until the hold is
    /// removed": the author says what the flow's steps do, not what someone sends.
    /// </summary>
    private const string SkippedStepsPattern =
        @"^(?:steps?|(?:os|los)\s+pass?os?|(?:o|el)\s+pass?o)\s+\d+\b.{0,40}?\b(?:skipped|not\s+performed|omitted|left\s+out|waits?|(?:is|are)\s+repeated|esperan?|aguarda[mr]?|se\s+omiten?|(?:são|é)\s+pulad[oa]s?|não\s+(?:são|é)\s+executad[oa]s?)";

#if NET
    private static readonly global::System.Text.RegularExpressions.Regex s_skippedSteps = SkippedStepsRegex();

    [global::System.Text.RegularExpressions.GeneratedRegex(SkippedStepsPattern, global::System.Text.RegularExpressions.RegexOptions.IgnoreCase | global::System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial global::System.Text.RegularExpressions.Regex SkippedStepsRegex();
#else
    private static readonly global::System.Text.RegularExpressions.Regex s_skippedSteps = new(SkippedStepsPattern, global::System.Text.RegularExpressions.RegexOptions.IgnoreCase | global::System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>
    /// A sentence that explains instead of acting: an opener of a reason or a comment ("This is a soft block", "In
    /// neither case …", "Available only when …"), a "would" of what would happen otherwise, or steps it says are skipped.
    /// </summary>
    private static bool IsRemark(string text)
    {
        var t = text.TrimStart();
        foreach (var opener in s_remarkOpeners)
        {
            if (t.StartsWith(opener, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return t.IndexOf(" would ", StringComparison.OrdinalIgnoreCase) is > 0 and < 60 || s_skippedSteps.IsMatch(t);
    }

    private static readonly string[] s_leadAdverbs =
    {
        "later", "then", "next", "afterwards", "finally", "meanwhile", "eventually", "subsequently", "luego", "después", "despues", "entonces",
        "depois", "então", "posteriormente", "finalmente", "danach", "dann",
    };

    /// <summary>"Later, the accounting system calls our webhook": a time word and its comma before the subject.</summary>
    private static string WithoutLeadAdverb(string text)
    {
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        return comma > 0 && comma < 16 && Array.IndexOf(s_leadAdverbs, text.Substring(0, comma).Trim().ToLowerInvariant()) >= 0 ? text.Substring(comma + 2) : text;
    }

    private static readonly string[] s_leadTimes = { "after ", "once ", "upon ", "on ", "tras ", "después de ", "después del ", "após ", "depois de ", "depois do ", "depois da ", "nach " };

    /// <summary>
    /// "After the third failed attempt, Kiosk refers the Guest …": the length of a phrase of when, with its comma, before
    /// a clause whose subject is a participant; 0 when the text opens otherwise.
    /// </summary>
    private int LeadTimeLength(string text)
    {
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0 || comma > 80 || !s_leadTimes.Any(w => text.StartsWith(w, StringComparison.OrdinalIgnoreCase)))
        {
            return 0;
        }

        var words = Words.Of(text.Substring(comma + 2));
        return _catalog.MatchAt(words, ParticipantCatalog.SkipDeterminers(words, 0)) is not null ? comma + 2 : 0;
    }

    private (Participant? Subject, string Remainder) ReadSubject(string text, string explicitActor)
    {
        text = SentenceReader.WithoutAppositive(WithoutLeadAdverb(text));
        Participant? subject = explicitActor switch
        {
            "@actor" => Initiator ?? System,
            "@system" => System,
            "" => null,
            _ => _catalog.Named(explicitActor.Trim()) ?? Match(explicitActor),
        };

        var prefix = SentenceReader.PrefixName(text);
        if (prefix.Length > 0)
        {
            var named = _catalog.Named(prefix) ?? Match(prefix);
            if (named is not null && (subject is null || ReferenceEquals(named, subject)))
            {
                return (named, SentenceReader.AfterPrefix(text, prefix));
            }
        }

        var words = Words.Of(text);
        var at = ParticipantCatalog.SkipDeterminers(words, 0);
        var match = _catalog.MatchAt(words, at);
        if (match is { } m && (subject is null || ReferenceEquals(m.Participant, subject)))
        {
            var end = at + m.Length - 1;
            var after = end < words.Count ? words.End(end) : text.Length;
            if (m.Participant.Name.Length > 0 && PhraseSet.IsUnspaced(text.Substring(words.Start(at), Math.Min(text.Length - words.Start(at), 1))))
            {
                after = words.Start(at) + Math.Min(UnspacedLength(m.Participant, text, words.Start(at)), text.Length - words.Start(at));
                if (after < text.Length && !IsAfterSubject(text[after]))
                {
                    // "管理者ダッシュボードにリダイレクト": the word starts a longer noun, it is not who acts.
                    return (subject, text);
                }
            }

            var rest = SentenceReader.TrimLead(text.Substring(Math.Min(after, text.Length)));
            var restWords = Words.Of(rest);
            var possessive = rest.StartsWith("'s", StringComparison.Ordinal) || rest.StartsWith("’s", StringComparison.Ordinal)
                || words[end].EndsWith("'s", StringComparison.Ordinal) || words[end].EndsWith("’s", StringComparison.Ordinal);
            if (!possessive && Lexicon.ComponentProperties.MatchAt(restWords, 0) == 0)
            {
                return (m.Participant, rest);
            }
        }

        return (subject, text);
    }

    /// <summary>What may follow a subject written without spaces: a particle, punctuation or a space.</summary>
    private static bool IsAfterSubject(char c) =>
        "がは는은이가、,：: 　".IndexOf(c) >= 0;

    private static int UnspacedLength(Participant participant, string text, int start)
    {
        if (text.Substring(start).StartsWith(participant.Name, StringComparison.OrdinalIgnoreCase))
        {
            return participant.Name.Length;
        }

        // The word the document uses for the system or for the person ("システム", "사용자가" → "사용자").
        var best = 0;
        foreach (var set in new[] { Lexicon.SystemNames, Lexicon.GenericPersons, Lexicon.PersonWords })
        {
            foreach (var name in set.Phrases)
            {
                if (name.Length > best && PhraseSet.IsUnspaced(name) && text.Substring(start).StartsWith(name, StringComparison.Ordinal))
                {
                    best = name.Length;
                }
            }
        }

        return best;
    }

    private Participant? Match(string name)
    {
        var words = Words.Of(name);
        var m = _catalog.MatchAt(words, ParticipantCatalog.SkipDeterminers(words, 0));
        return m?.Participant;
    }

    /// <summary>
    /// Whom the rest of a sentence addresses. A reply goes to the person (or the system actor) it names, a call
    /// to the component or system it names — one after a preposition ("… to the Employer", "… in the database")
    /// or right after the verb ("queries the database") before one merely mentioned ("the user's order").
    /// </summary>
    /// <summary>Verbs by which a person is told something: what they see or receive comes from the system.</summary>
    private static readonly string[] s_perceptionVerbs =
    {
        "sees", "receives", "voit", "reçoit", "sieht", "erhält", "bekommt", "vede", "riceve", "vê", "recebe", "ve", "recibe",
    };

    /// <summary>"receives the parcel from the courier", "recebe o aviso do fiscal": someone else named as the sender.</summary>
    private bool NamesAnotherSender(Words words, Participant subject)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i] is "from" or "de" or "von" or "da" or "do" or "dal" or "par" or "by" && _catalog.MatchAt(words, i + 1 < words.Count && Lexicon.Determiners.MatchAt(words, i + 1) > 0 ? i + 2 : i + 1) is { } m
                && !ReferenceEquals(m.Participant, subject) && !ReferenceEquals(m.Participant, System))
            {
                return true;
            }
        }

        return false;
    }

    private Participant? Addressed(Words words, Participant subject, string rest, bool replies, out int bestScore, bool agentSends = false)
    {
        Participant? best = null;
        bestScore = 0;
        int? verbAt = null;
        for (var i = 0; i < words.Count; i++)
        {
            var m = _catalog.MatchAt(words, i);
            if (m is null)
            {
                continue;
            }

            var participant = m.Value.Participant;
            i += m.Value.Length - 1;
            if (ReferenceEquals(participant, subject) || ReferenceEquals(participant, System))
            {
                continue;
            }

            if (InsideBrackets(words, i))
            {
                // "prints the dispensing label (patient, owner, drug, …)": what the label lists, not whom it goes to.
                continue;
            }

            var before = i - m.Value.Length;
            while (before >= 0 && Lexicon.Determiners.MatchAt(words, before) > 0)
            {
                before--;
            }

            var possessive = i + 1 < words.Count && words[i + 1] is "s" || words[i].EndsWith("'s", StringComparison.Ordinal) || words[i].EndsWith("’s", StringComparison.Ordinal);
            // "do"/"da" ("from the database", but "the student's request"): a preposition before a component only.
            // "a través de la Plataforma", "através da PID", "por meio do Registro": through the component.
            var prepositional = (before >= 0 && Lexicon.Prepositions.MatchAt(words, before) > 0
                && !(participant.IsPerson && words[before] is "do" or "da" or "dos" or "das" or "del"))
                || (before >= 1 && !participant.IsPerson && words[before] is "de" or "do" or "da" && words[before - 1] is "través" or "através" or "meio");
            var direct = before == 0;
            var fits = replies ? true : !participant.IsPerson || (before >= 0 && words[before] is "to" or "with" or "ao" or "à" or "para" or "al");
            // "search the PMS for the patient record": a name right before a noun describes that noun.
            var describes = IsModifier(words, i) || (!words.IsCapitalized(i) && ParticipantCatalog.QualifiesTheNextNoun(words, i + 1, participant.IsPerson));
            // "texto do aluno", "the answers of the student": a person after "of" owns something, nobody addresses them.
            // "pone el justificante a disposición del solicitante", "at the disposal of the member": made available to them.
            var disposal = before >= 1 && words[before - 1] is "disposición" or "disposição" or "disposal";
            var owner = participant.IsPerson && before >= 0 && words[before] is "of" or "do" or "da" or "dos" or "das" or "del" or "de" && !disposal;
            // "sends a letter to the policyholder's address": to what a person owns to be reached by is to them.
            var reached = (possessive && participant.IsPerson && before >= 0 && words[before] is "to" or "para" or "a" or "an"
                && ReachedAt(words, words[i + 1] is "s" ? i + 2 : i + 1)) || (disposal && participant.IsPerson)
                // "sends the bill to the accounting system's API": to a part of a system is to the system.
                || (possessive && !participant.IsPerson && before >= 0 && words[before] is "to" or "into" or "at");
            // "Lists Wi-Fi networks seen by the device": a name after "by" is who did something, not whom the step
            // addresses (in "Supervisor is notified by the ledger" it is who sends).
            var agent = !agentSends && before >= 1 && words[before] is "by" or "por" or "von" or "pelo" or "pela" && IsParticiple(words[before - 1]);
            // "First member to come back reports geofence ENTER": a person named before the sentence's verb says who
            // the subject is, not whom the step addresses.
            var describesSubject = participant.IsPerson && !prepositional && !reached && i < (verbAt ??= FirstVerbAt(words));
            // "User | Opens device → Schedule": a name in a path through the screens is a screen, not whom the person addresses.
            describesSubject |= subject.IsPerson && OpensAPath(words, i);
            // "The owner adds an optional note for the approver": a person a person does something for is not whom
            // the step goes to (the note goes into the system).
            var beneficiary = participant.IsPerson && subject.IsPerson && before >= 0 && words[before] is "for";
            var score = reached ? 3 : !fits || possessive || describes || owner || describesSubject || agent || beneficiary ? 0 : prepositional ? 3 : direct ? 2 : 1;
            if (score > 0 && _catalog.IsItem(participant))
            {
                // A KiroSpecsParticipant item is the project's own word for whom such a step addresses.
                score += 10;
            }

            if (score > bestScore)
            {
                best = participant;
                bestScore = score;
            }
        }

        if (best is null)
        {
            foreach (var (participant, _) in _catalog.UnspacedMentions(rest))
            {
                if (!ReferenceEquals(participant, subject) && !ReferenceEquals(participant, System) && (replies || !participant.IsPerson))
                {
                    bestScore = 2;
                    return participant;
                }
            }
        }

        return best;
    }

    /// <summary>
    /// The index of the verb of a sentence that opens with a noun phrase ("First member to come back reports …" → 5),
    /// or -1 when it opens with its verb, has none the lexicon or an English third-person ending shows, or is unspaced.
    /// </summary>
    private static int FirstVerbAt(Words words)
    {
        if (words.Count < 3 || OpensWithVerb(words) || IsKnownVerb(words))
        {
            return -1;
        }

        for (var w = 1; w < words.Count && w < 12; w++)
        {
            if (words[w - 1] is "to" or "the" or "a" or "an" || words.IsCapitalized(w))
            {
                // "to come", "the reports": no verb of the sentence; a capitalised word is a name.
                continue;
            }

            if (LooksLikeThirdPerson(words[w]) || Lexicon.SystemVerbs.MatchAt(words, w) > 0 || Lexicon.ReplyVerbs.MatchAt(words, w) > 0)
            {
                return w;
            }
        }

        return -1;
    }

    /// <summary>Word <paramref name="at"/> is followed by a menu arrow ("device → Schedule", "Settings > Privacy").</summary>
    private static bool OpensAPath(Words words, int at)
    {
        var text = words.Text;
        var k = words.End(at);
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        return k < text.Length && (text[k] is '→' or '›' || (text[k] == '>' && k + 1 < text.Length && text[k + 1] == ' ') || (text[k] == '-' && k + 1 < text.Length && text[k + 1] == '>'));
    }

    private static readonly string[] s_acknowledges = { "=acks", "=ack", "acknowledges", "=confirms" };

    private static readonly string[] s_reportVerbs = { "reports", "sends", "posts", "submits", "uploads", "pushes", "forwards", "envía", "envia", "reporta", "meldet", "sendet" };

    /// <summary>The sentence's verb (its first word, or the one after a noun phrase) sends or reports something.</summary>
    private static bool ReportsAgain(Words words)
    {
        var at = words.Count > 0 && Array.IndexOf(s_reportVerbs, words[0]) >= 0 ? 0 : FirstVerbAt(words);
        return at >= 0 && Array.IndexOf(s_reportVerbs, words[at]) >= 0;
    }

    private static readonly string[] s_reachedAt = { "address", "inbox", "mailbox", "phone", "mobile", "e-mail", "email", "device", "app" };

    /// <summary>The words at <paramref name="at"/> (after "home", "postal", "registered" …) name where a person is reached.</summary>
    private static bool ReachedAt(Words words, int at)
    {
        for (var w = at; w < words.Count && w < at + 3; w++)
        {
            if (Array.IndexOf(s_reachedAt, words[w]) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"sets database status", "reads the cache settings": a name that only qualifies a property after it.</summary>
    internal static bool IsModifier(Words words, int last) =>
        last + 1 < words.Count && words.Start(last + 1) == words.End(last) + 1 && Lexicon.ComponentProperties.MatchAt(words, last + 1) > 0;

    /// <summary>
    /// "Salva e gerencia …", "変更を保存" right after the person's own input: saving or sending what was just
    /// entered is the person's click, not the system's work.
    /// </summary>
    private static bool CommitsInput(string text, Words words) =>
        PhraseSet.IsUnspaced(text) ? EndsWithPhrase(text, Lexicon.CommitVerbs) : Lexicon.CommitVerbs.MatchAt(words, 0) > 0 || (words.Count > 1 && Lexicon.CommitVerbs.MatchAt(words, 1) > 0 && words[0].EndsWith("mente", StringComparison.Ordinal));

    private static bool EndsWithPhrase(string text, PhraseSet set)
    {
        var t = text.TrimEnd('。', '.', ' ');
        foreach (var phrase in set.Phrases)
        {
            if (PhraseSet.IsUnspaced(phrase) && t.EndsWith(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The selected alternative becomes binding", "After approval, treatment can begin": a sentence with a subject
    /// of its own (an article first) or a time clause is a statement, not the previous person's next action.
    /// </summary>
    private static bool OpensWithNounPhrase(Words words) =>
        words.Count > 1 && (Lexicon.Determiners.MatchAt(words, 0) > 0 || words[0] is "after" or "before" or "once" or "upon" or "após" or "depois" or "antes");

    /// <summary>
    /// "notifies the maintenance team": a verb whose object is the one told, and an object that is no participant
    /// (nor "the user", "them"): whoever it is, it is not the actor who waits.
    /// </summary>
    private bool AddressesSomeoneElse(Words words)
    {
        if (words.Count < 2 || Lexicon.RecipientVerbs.MatchAt(words, 0) == 0)
        {
            return false;
        }

        var at = ParticipantCatalog.SkipDeterminers(words, 1);
        return at > 1 && NamesNoOneDrawn(words, at);
    }

    /// <summary>The words at <paramref name="at"/> name no participant, no pronoun of a person, nor "them", "the user".</summary>
    private bool NamesNoOneDrawn(Words words, int at) =>
        at < words.Count && _catalog.MatchAt(words, at) is null && Lexicon.PersonPronouns.MatchAt(words, at) == 0
        && words[at] is not ("them" or "him" or "her" or "user" or "users" or "actor");

    private static readonly string[] s_irregularParticiples = { "seen", "made", "sent", "done", "given", "taken", "held", "kept", "read", "written", "shown", "known", "chosen", "set" };

    /// <summary>"seen", "signed", "enviado": a past participle, after which "by" names who did it.</summary>
    private static bool IsParticiple(string word) =>
        Array.IndexOf(s_irregularParticiples, word) >= 0
        || (word.Length > 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ado", StringComparison.Ordinal) || word.EndsWith("ido", StringComparison.Ordinal)
            || word.EndsWith("ada", StringComparison.Ordinal) || word.EndsWith("ida", StringComparison.Ordinal)));

    /// <summary>The first ", " outside brackets ("Si coincide con un evento (fiestas, mercadillo), el técnico …"), or -1.</summary>
    private static int CommaOutsideBrackets(string text) => UseCases.Texts.IndexOutsideBrackets(text, ", ");

    private static readonly string[] s_cannot = { "can't ", "cannot ", "can not ", "is unable to ", "fails to ", "no puede ", "não pode ", "não consegue ", "kann nicht " };

    /// <summary>The clause opens by saying its subject cannot do what follows ("can't report in background").</summary>
    private static bool CannotAct(string rest)
    {
        foreach (var cannot in s_cannot)
        {
            if (rest.StartsWith(cannot, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"below 5 °C → starts preheat, else restores schedule": a short condition, an arrow, then what is done.</summary>
    private static bool IsShortRule(string clause)
    {
        var arrow = clause.IndexOf(" → ", StringComparison.Ordinal);
        return arrow > 0 && Words.Of(clause.Substring(0, arrow)).Count <= 5;
    }

    /// <summary>
    /// The words after a person's "rejects:" when they state what happens as a result ("the line is set to REJECTED"):
    /// a short decision before the colon, a passive sentence after it. Null otherwise.
    /// </summary>
    private static string? ConsequenceAfterColon(string rest, int colon)
    {
        if (Words.Of(rest.Substring(0, colon)).Count > 3 || colon + 2 >= rest.Length)
        {
            return null;
        }

        var after = rest.Substring(colon + 2).Trim();
        var words = Words.Of(after);
        for (var w = 1; w + 1 < words.Count && w < 8; w++)
        {
            if (words[w] is "is" or "are" or "was" or "were" or "es" or "é" && IsParticiple(words[w + 1]))
            {
                return after;
            }
        }

        return null;
    }

    private static readonly string[] s_recordingVerbs = { "sets", "marks", "records", "saves", "updates", "assigns", "grades", "registra", "marca", "define", "anota" };

    /// <summary>
    /// "Assessor checks each loss item … and sets each item to Accepted, Reduced or Declined": after the person's own
    /// work, "and" opens what the person enters (a verb of the person's input, or one that records a value).
    /// </summary>
    private static bool EntersLater(Words words)
    {
        for (var w = 2; w < words.Count; w++)
        {
            if (words[w - 1] is "and" or "then" or "e" or "y" && (Lexicon.PersonVerbs.MatchAt(words, w) > 0 || Array.IndexOf(s_recordingVerbs, words[w]) >= 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Still down → "Move closer …"": the step is a quoted message after an arrow or a colon.</summary>
    private static bool QuotesAMessage(string text)
    {
        var arrow = text.IndexOf('→');
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        var at = arrow >= 0 ? arrow : colon;
        if (at < 0)
        {
            return false;
        }

        var after = text.Substring(at + 1).TrimStart();
        return after.Length > 2 && after[0] is '"' or '“' or '\'' or '«';
    }

    /// <summary>"… to the system", "… al sistema", "… ao sistema": the words name the system after a preposition of direction.</summary>
    private bool AddressesTheSystem(Words words)
    {
        for (var w = 0; w + 1 < words.Count; w++)
        {
            if (words[w] is "to" or "al" or "ao" or "à" or "para" or "an" && _catalog.MatchAt(words, ParticipantCatalog.SkipDeterminers(words, w + 1)) is { } m
                && ReferenceEquals(m.Participant, System))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] s_sendVerbs = { "sends", "forwards", "passes", "hands", "envía", "envia", "remite", "encaminha", "sendet" };

    /// <summary>
    /// "sends the job to the contractor portal", "prepares the summary and sends it to the signing desk": a sending
    /// whose "to" names something that is no participant and no person (nor "them", "the user") goes to whatever
    /// that is, not to the actor who waits.
    /// </summary>
    private bool SendsElsewhere(Words words)
    {
        var send = 0;
        while (send < words.Count && (Array.IndexOf(s_sendVerbs, words[send]) < 0 || (send > 0 && words[send - 1] is not ("and" or "y" or "e" or "then"))))
        {
            send++;
        }

        if (words.Count < send + 4 || (send > 0 && (Lexicon.ReplyVerbs.MatchAt(words, 0) > 0 || Lexicon.DisplayVerbs.MatchAt(words, 0) > 0)))
        {
            // "shows "Receipt pending" and sends the details to the treasurer": what is shown is an answer.
            return false;
        }

        for (var w = send + 1; w + 1 < words.Count; w++)
        {
            if (words[w] is not ("to" or "al" or "para"))
            {
                continue;
            }

            var at = ParticipantCatalog.SkipDeterminers(words, w + 1);
            return NamesNoOneDrawn(words, at) && Lexicon.PersonWords.MatchAt(words, at) == 0 && Lexicon.GenericPersons.MatchAt(words, at) == 0;
        }

        return false;
    }

    /// <summary>"Updates details", "Confirms deletion": a sentence that opens with its verb.</summary>
    private static bool OpensWithVerb(Words words) =>
        words.Count > 1 && (Lexicon.SystemVerbs.MatchAt(words, 0) > 0 || Lexicon.ReplyVerbs.MatchAt(words, 0) > 0
            || Lexicon.InternalVerbs.MatchAt(words, 0) > 0 || Lexicon.PersonVerbs.MatchAt(words, 0) > 0
            || (words[0].Length > 3 && words[0].EndsWith("s", StringComparison.Ordinal) && !words[0].EndsWith("ss", StringComparison.Ordinal)));

    /// <summary>"Error message", "mensagem de erro": a step that names a message and has no verb of its own.</summary>
    private static bool IsMessageWithoutVerb(Words words) =>
        words.Count > 0 && !ParticipantCatalog.LooksLikeVerb(words, 0) && Lexicon.MessageNouns.Find(words, 0) is >= 0 and < 4;

    /// <summary>"The parcel is dropped", "Sessão é criada": a statement of what happened, not a person's action.</summary>
    private static bool IsPassive(Words words)
    {
        // "Args validated and canonicalized", "Deny receipt emitted": a noun and a participle, without "is".
        for (var i = 1; i <= 2 && i < words.Count; i++)
        {
            if (words[i].Length > 4 && words[i].EndsWith("ed", StringComparison.Ordinal) && !words.IsCapitalized(i)
                && !ParticipantCatalog.LooksLikeVerb(words, i - 1) && Lexicon.Determiners.MatchAt(words, i - 1) == 0
                && words[i - 1] is not ("has" or "have" or "had" or "was" or "were" or "is" or "are" or "be" or "been"))
            {
                return words.IsCapitalized(0) && (i == 1 || !ParticipantCatalog.LooksLikeVerb(words, 1));
            }
        }

        for (var i = 1; i + 1 < Math.Min(words.Count, 8); i++)
        {
            if (words[i] is "is" or "are" or "was" or "were" or "be" or "é" or "são" or "foi" or "es" or "fue" && words[i + 1].Length > 3
                && (words[i + 1].EndsWith("ed", StringComparison.Ordinal) || words[i + 1].EndsWith("ado", StringComparison.Ordinal)
                    || words[i + 1].EndsWith("ada", StringComparison.Ordinal) || words[i + 1].EndsWith("ido", StringComparison.Ordinal)
                    || words[i + 1].EndsWith("ida", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPassiveReply(Words words)
    {
        // "Access denied", "Cadastro bloqueado": a short sentence ending with the participle.
        if (words.Count is >= 2 and <= 4 && Lexicon.ReplyParticiples.MatchAt(words, words.Count - 1) > 0)
        {
            return true;
        }

        // "After 8 hours the partial inspection is escalated to …": a time clause may come first.
        for (var i = 0; i + 1 < Math.Min(words.Count, 8); i++)
        {
            if (words[i] is "is" or "are" or "gets" or "get" or "é" or "são" or "será" or "es" or "son" && Lexicon.ReplyParticiples.MatchAt(words, i + 1) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reply verbs that are also nouns ("Visualiza lista de cursos"): a reply only as the step's first word.</summary>
    private static readonly string[] s_alsoNouns = { "lista", "listar" };

    private static bool IsReply(Words words, string rest)
    {
        for (var i = 0; i < words.Count; i++)
        {
            // The verb opens the sentence, or a second verb follows "and" ("logs the visitor in and redirects them").
            var opens = i < 4 || words[i - 1] is "and" or "then" or "e" or "y";
            if (opens && Lexicon.ReplyVerbs.MatchAt(words, i) > 0 && (i == 0 || Array.IndexOf(s_alsoNouns, words[i]) < 0))
            {
                return true;
            }
        }

        // Japanese and Korean put the verb last.
        return PhraseSet.IsUnspaced(rest) && LastVerb(rest) == VerbClass.Reply;
    }

    private enum VerbClass
    {
        None,
        Reply,
        Person,
    }

    /// <summary>
    /// In a sentence that ends with its verb (Japanese, Korean), the kind of the verb written last ("エラーメッセージ
    /// を表示し再編集を促す" ends with a reply; "フォームを送信" is a person's, the longer phrase).
    /// </summary>
    private static VerbClass LastVerb(string text)
    {
        var (end, length, kind) = (-1, 0, VerbClass.None);
        foreach (var (set, setKind) in new[] { (Lexicon.ReplyVerbs, VerbClass.Reply), (Lexicon.PersonVerbs, VerbClass.Person) })
        {
            foreach (var phrase in set.Phrases)
            {
                if (!PhraseSet.IsUnspaced(phrase))
                {
                    continue;
                }

                var at = text.LastIndexOf(phrase, StringComparison.Ordinal);
                if (at >= 0 && (at + phrase.Length > end || (at + phrase.Length == end && phrase.Length > length)))
                {
                    (end, length, kind) = (at + phrase.Length, phrase.Length, setKind);
                }
            }
        }

        // "特定の項目の編集を制限" ends with 制限 (restrict), not with 編集 (edit): a verb counts only at the end of
        // the sentence (a particle or a polite ending may follow), else the sentence's verb is unknown.
        if (end < 0)
        {
            return VerbClass.None;
        }

        var tail = text.Substring(end).TrimEnd('。', '.', ' ', '　', '！', '!');
        var paren = tail.IndexOfAny(new[] { '（', '(' });
        tail = paren >= 0 ? tail.Substring(0, paren) : tail;
        if (tail.StartsWith("/", StringComparison.Ordinal) || tail.StartsWith("・", StringComparison.Ordinal) || tail.StartsWith("、", StringComparison.Ordinal))
        {
            // "入力/確認", "追加/編集/削除": alternatives of the same kind of action.
            return kind;
        }

        foreach (var c in tail)
        {
            if ((c >= '\u4e00' && c <= '\u9fff') || (c >= '\u30a0' && c <= '\u30ff') || (c >= '\uac00' && c <= '\ud7af' && tail.Length > 2))
            {
                return VerbClass.None;
            }
        }

        return kind;
    }
}
