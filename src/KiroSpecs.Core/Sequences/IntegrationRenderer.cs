using System;
using System.Collections.Generic;
using System.Linq;
using KiroSpecs.Core.Interactions;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// "## Integration Points": the external systems usecase.md declares (declared actors whose name or description
/// says they are systems; never people), the components its steps address by name, events it publishes, and the
/// relations between use cases (include/extend, dependency graphs, "see UC-n", "same as UC-n").
/// </summary>
internal static partial class IntegrationRenderer
{
    private const int MaxComponentWords = 4;

    public static void Render(MarkdownBuilder md, DocumentContext context)
    {
        var services = new IntegrationEntries();
        var internals = new IntegrationEntries();
        var components = new IntegrationEntries();
        var others = new IntegrationEntries();
        var events = new List<string>();
        var unqueued = new List<string>();
        var eventSet = new HashSet<string>(StringComparer.Ordinal);
        var unused = new List<(string Name, string Description)>();
        var unusedNames = new HashSet<string>(StringComparer.Ordinal);
        var unusedOthers = new List<(string Name, string Description)>();
        var documentDescriptions = ByNameAndLabel(context.Document.Actors, a => a.Description);
        var documentHeadings = ByNameAndLabel(context.Document.Actors, a => a.Heading);
        for (var i = 0; i < context.UseCases.Count; i++)
        {
            var useCase = context.UseCases[i];
            var participants = context.Participants[i];
            var prefix = TimingRenderer.UseCaseRef(useCase, i);
            var uses = new Dictionary<Participant, List<string>>();
            foreach (var (reference, step, interaction) in context.InteractionsOf(i))
            {
                // Both ends, the same participant once (a record: equal by value).
                AddUse(uses, step, interaction, interaction.From, reference);
                if (!interaction.To.Equals(interaction.From))
                {
                    AddUse(uses, step, interaction, interaction.To, reference);
                }

                var queued = interaction.To.Name == "Message Queue" || interaction.From.Name == "Message Queue" || (Keywords.Any(step.Text, s_publishes) && !interaction.From.IsPerson)
                    || (Keywords.Any(step.Text, s_queueWords) && ProseFacts.MessageQueue.IsMatch(step.Text));
                if (queued || IsEvent(step.Text))
                {
                    // "receives the tracking event from ShipRight": an event or a webhook, on no queue the step names,
                    // is listed apart from the queues.
                    var line = "- " + MarkdownText.Escape(prefix + " " + reference + ": " + step.Text);
                    if (eventSet.Add(line))
                    {
                        (queued ? events : unqueued).Add(line);
                    }
                }
            }

            foreach (var sentence in ProseFacts.Queues(useCase))
            {
                // "Credit notes go to the ERP through the existing finance message queue": beside the steps, quoted.
                var line = "- " + MarkdownText.Escape(prefix + " (prose): " + sentence);
                if (eventSet.Add(line) && events.Count < 200)
                {
                    events.Add(line);
                }
            }

            foreach (var sentence in ProseFacts.Messaging(useCase))
            {
                // A use case written as prose: its sentences that name messages, queues or events, quoted.
                var line = "- " + MarkdownText.Escape(prefix + " (prose): " + sentence);
                if (eventSet.Add(line) && events.Count < 200)
                {
                    events.Add(line);
                }
            }

            foreach (var note in useCase.Notes.Where(n => !n.IsCode && Keywords.Any(n.Section, s_eventSections) && NamesAnEvent(n.Text)))
            {
                // "## Domain Events" with "- `testrun.started`": the events the author lists, one by one.
                var line = "- " + MarkdownText.Escape(prefix + " " + note.Section + ": " + note.Text.Trim());
                if (eventSet.Add(line) && events.Count < 200)
                {
                    events.Add(line);
                }
            }

            var descriptions = ByNameAndLabel(useCase.Actors, a => a.Description);
            var headings = ByNameAndLabel(useCase.Actors, a => a.Heading);
            var declared = new HashSet<string>(useCase.Actors.SelectMany(a => new[] { a.Name, a.Label }), StringComparer.OrdinalIgnoreCase);
            foreach (var actor in participants.Actors)
            {
                var origin = participants.OriginOf(actor);
                var description = OwnOrShared(descriptions, documentDescriptions, actor.Name);
                var cited = Citations(prefix, actor, participants, declared, uses);
                // Whether the name or description places it inside or outside the solution, read once.
                var evidence = actor.Name + " " + description;
                // "External systems referred to below:" over the list that declares it says it of each of them.
                var heading = OwnOrShared(headings, documentHeadings, actor.Name);
                var external = SaysExternal(evidence) || (Keywords.Any(heading, s_externalDescriptions) && !IsInternal(evidence))
                    || (origin == ParticipantOrigin.Declared && !IsInternal(evidence) && !IsInternal(heading) && NamesAnotherSystem(actor.Name));
                var inside = IsInternal(evidence) || (!external && IsInternal(heading));
                if (origin is ParticipantOrigin.Declared or ParticipantOrigin.Item && !actor.IsPerson && !HasPersonWord(actor.Name)
                    && (IsSystem(actor, description) || external) && (inside || external))
                {
                    if (inside)
                    {
                        // "Internal system", "Device: self-service touch screen": declared as part of the solution, not
                        // outside it; cited for a use case that names it, or that declares it itself.
                        if (cited.Count > 0 || declared.Contains(actor.Name))
                        {
                            internals.Use(actor.Name, description, cited.Count > 0 ? cited : new List<string> { prefix + " (declared; no step names it)" });
                        }
                    }
                    else if (cited.Count > 0)
                    {
                        services.Use(actor.Name, description, cited);
                    }
                    else if (unusedNames.Add(actor.Name))
                    {
                        unused.Add((actor.Name, description));
                    }
                }
                else if (origin is ParticipantOrigin.Declared or ParticipantOrigin.Item && !actor.IsPerson && !ActorKinds.NamesAPerson(actor.Name) && !HasPersonWord(actor.Name) && actor.Name.Length > 0 && !char.IsLower(actor.Name[0])
                    && !DeclaredAsPerson(description)
                    && ((uses.TryGetValue(actor, out var steps) && steps.Count > 0) || IsSystem(actor, description)))
                {
                    // "Actors: Elektra, Application, User" and "Elektra checks the configuration": a declared actor
                    // that is no person and that steps name, or a declared system not said to be external or
                    // internal: listed as declared.
                    if (cited.Count > 0)
                    {
                        others.Use(actor.Name, description, cited);
                    }
                    else if (unusedNames.Add(actor.Name))
                    {
                        unusedOthers.Add((actor.Name, description));
                    }
                }
                else if (origin is ParticipantOrigin.Component or ParticipantOrigin.Subject && !actor.IsPerson && !IsTeam(actor.Name) && cited.Count > 0
                    && WordIndex.Tokenize(actor.Name).Length <= MaxComponentWords)
                {
                    if (OwnedElsewhere(context, actor.Name) is { Length: > 0 } said)
                    {
                        // "Finance's payment system (FinPay), which we do not own": the text places it outside.
                        services.Use(actor.Name, description, cited.Append("usecase.md: \"" + said + "\""));
                    }
                    else
                    {
                        components.Use(actor.Name, description, cited);
                    }
                }
            }
        }

        AddNamedInText(context, services, internals, others);
        var looked = 0;
        foreach (var (name, description) in unused)
        {
            if (!services.Contains(name))
            {
                services.Use(name, description, NamedBySteps(context, name, ref looked));
            }
        }

        foreach (var (name, description) in unusedOthers)
        {
            if (!others.Contains(name) && !services.Contains(name))
            {
                others.Use(name, description, NamedBySteps(context, name, ref looked));
            }
        }

        md.Heading(2, "Integration Points");
        md.Heading(3, "External Services");
        var written = context.UseCases.Any(u => u.Written is not null);
        var passing = new List<string>();
        foreach (var (name, cites, external) in NamedInPassing(context, services, components))
        {
            if (external)
            {
                // "vídeo externo (YouTube/Vimeo)": the text itself calls what it names external.
                services.Use(name, string.Empty, cites.Select(c => c + " calls it external"));
            }
            else
            {
                passing.Add(name + " (" + string.Join(", ", cites) + ")");
            }
        }

        // "Airline Reservation System" named in a header beside "ARS - Airline Reservation System - external": one system.
        others.FoldLongNamesInto(services);
        others.FoldLongNamesInto(internals);
        var otherLines = others.Lines();
        var componentLines = components.Lines();
        TimingRenderer.Lines(md, services.Lines(), written ? "Which participants of the written diagrams are external, usecase.md does not say; they are listed below as declared."
            : otherLines.Count > 0 ? "No actor of usecase.md is described as a system; the actors it declares that are no people are listed below."
            : componentLines.Count > 0 ? "usecase.md declares none of the systems and components listed below as an actor, and does not say which are external."
            : passing.Count > 0 ? "No actor of usecase.md is described as a system; the names its steps mention in passing are listed below."
            : "No actor of usecase.md is described as a system, and no step names a provider, API, service or pipeline.");
        if (otherLines.Count > 0)
        {
            md.Heading(3, "Other Declared Actors the Steps Name");
            md.Block("Whether these are external systems usecase.md does not say.");
            TimingRenderer.Lines(md, otherLines, string.Empty);
        }

        var internalLines = internals.Lines();
        if (internalLines.Count > 0)
        {
            md.Heading(3, "Internal Systems and Devices the Document Declares");
            md.Block("usecase.md describes these as internal systems or devices, not as external services.");
            TimingRenderer.Lines(md, internalLines, string.Empty);
        }

        if (componentLines.Count > 0)
        {
            md.Heading(3, "Components and Other Systems the Steps Name");
            TimingRenderer.Lines(md, componentLines, string.Empty);
        }

        if (passing.Count > 0)
        {
            md.Heading(3, "Names the Steps Mention in Passing");
            md.Block("Whether these are external systems usecase.md does not say; each is quoted where it is named.");
            md.Bullets(passing);
        }

        var declaredInDiagrams = context.UseCases.Select((u, i) => (UseCase: u, Index: i)).Where(x => x.UseCase.Written is not null).ToList();
        if (declaredInDiagrams.Count > 0)
        {
            // Whether each is external the diagram does not say; the participants are listed as declared.
            md.Heading(3, "Participants the Written Diagrams Declare");
            md.Blank();
            foreach (var (useCase, index) in declaredInDiagrams)
            {
                md.Line("- " + MarkdownText.Escape(TimingRenderer.UseCaseRef(useCase, index) + ": " + string.Join(", ", WrittenFacts.Participants(useCase.Written!))));
            }
        }

        md.Heading(3, "Message Queue Events");
        TimingRenderer.Lines(md, events, unqueued.Count > 0 ? "usecase.md names no queue; the events it names are listed below." : "None specified in usecase.md.");
        if (unqueued.Count > 0)
        {
            md.Heading(3, "Events and Webhooks");
            md.Block("Messages the steps send or receive as events; usecase.md names no queue for them.");
            TimingRenderer.Lines(md, unqueued, string.Empty);
        }

        md.Heading(3, "Use Case Dependencies");
        TimingRenderer.Lines(md, Dependencies(context), "None specified in usecase.md.");
        context.NoteUnread(md, "its sentences that name messages, queues or events");
    }

    private static readonly string[] s_teams = { "customer service", "customer support", "service desk", "help desk", "helpdesk", "atención al cliente", "atendimento ao cliente", "kundenservice" };

    private static readonly string[] s_teamHeads = { "team", "department", "office", "desk", "equipo", "equipe", "departamento", "abteilung", "チーム", "部" };

    /// <summary>"Customer Service", "the IT team", "Finance department": people working together, not a component.</summary>
    private static bool IsTeam(string name)
    {
        var lower = name.Trim().ToLowerInvariant();
        if (Array.IndexOf(s_teams, lower) >= 0)
        {
            return true;
        }

        var words = KiroSpecs.Core.Interactions.Words.Of(lower);
        return words.Count > 1 && Array.IndexOf(s_teamHeads, words[words.Count - 1]) >= 0;
    }

    /// <summary>"testrun.started (scope: scenario)", "OrderPlaced": a line that opens with an event's name, not prose.</summary>
    private static bool NamesAnEvent(string text)
    {
        var t = text.Trim();
        var end = t.IndexOf(' ');
        var first = end < 0 ? t : t.Substring(0, end);
        if (first.Length < 3 || first.Length > 80 || !char.IsLetter(first[0]))
        {
            return false;
        }

        var capitals = first.Count(char.IsUpper);
        return (first.IndexOfAny(new[] { '.', '_', ':', '/' }) > 0 && char.IsLetterOrDigit(first[first.Length - 1])) || (capitals >= 2 && first.All(char.IsLetterOrDigit) && !first.All(char.IsUpper));
    }

    private static void AddUse(Dictionary<Participant, List<string>> uses, UseCaseStep step, Interaction interaction, Participant p, string reference)
    {
        // A step is cited for a participant only when its words name it: an arrow the diagram draws
        // to or from a step without a subject ("Traffic is routed to other instances") is no citation.
        if (!ParticipantMentions.Cites(step, interaction, p))
        {
            return;
        }

        if (!uses.TryGetValue(p, out var list))
        {
            uses.Add(p, list = new List<string>());
        }

        // The step's reference alone: the citation puts the use case in front of the steps once.
        list.Add(reference);
    }

    /// <summary>Words by which a step says it publishes an event (a step that does goes through the queue).</summary>
    private static readonly string[] s_queueWords = { "queue", "queues", "cola", "fila", "bus" };

    /// <summary>An event or webhook that a step sends or receives ("receives the tracking event from ShipRight"), not one it logs or ignores.</summary>
    /// <summary>
    /// An event or webhook a step sends or receives: "sends a "delivered" event", "envia … o evento de alta", or a
    /// webhook called ("calls our webhook with an event"); not "calls the front desk about the event".
    /// </summary>
    internal static bool IsEvent(string text) =>
        Keywords.Any(text, EventWords) && (Keywords.Any(text, EventVerbs) || (Keywords.Any(text, s_webhooks) && Keywords.Any(text, s_calls)));

    private static readonly string[] s_webhooks = { "=webhook", "=webhooks" };

    private static readonly string[] s_calls = { "=calls" };

    internal static readonly string[] EventWords = { "=event", "=events", "=webhook", "=webhooks", "=evento", "=eventos", "=événement", "=ereignis" };

    internal static readonly string[] EventVerbs =
    {
        "=receives", "=sends", "=consumes", "=subscribes", "=delivers", "=posts", "=arrives", "=envia", "=envía", "=recebe", "=recibe", "=publica", "=dispara", "=sendet", "=empfängt",
    };

    private static readonly string[] s_publishes = { "=publishes", "=publish", "=emits", "=emit", "=raises an event", "=sends an event", "=fires an event", " queues the ", "=enqueues" };

    private static readonly string[] s_eventSections = { "=event", "=events", "=evento", "=eventos", "イベント", "이벤트" };

    private const int MaxNamesLookedFor = 50;

    /// <summary>
    /// A declared actor that no arrow of the diagrams reaches: the steps and flows whose words name it ("… posts the credit
    /// note to the Northbay ERP …"), cited as naming it, or that no step names it. At most <see cref="MaxNamesLookedFor"/>
    /// names are looked for, each in at most six places, so a document declaring thousands costs no more.
    /// </summary>
    private static List<string> NamedBySteps(DocumentContext context, string name, ref int looked)
    {
        var cites = new List<string>();
        if (looked++ < MaxNamesLookedFor)
        {
            for (var i = 0; i < context.UseCases.Count && cites.Count < 6; i++)
            {
                if (context.UseCases[i].Written is { } written && WrittenFacts.Participants(written).Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    // "participant P as PolicyCore" in the author's own diagram.
                    cites.Add(TimingRenderer.UseCaseRef(context.UseCases[i], i) + " (its written diagram)");
                }

                foreach (var item in context.StatementsOf(i))
                {
                    if (item.Kind is SourceItemKind.Step or SourceItemKind.Alternative or SourceItemKind.Exception && item.Text.Length < 2_000 && DocumentContext.NamesWhole(item.Text, name))
                    {
                        cites.Add(TimingRenderer.UseCaseRef(context.UseCases[i], i) + " " + item.Reference + " names it");
                        if (cites.Count == 6)
                        {
                            break;
                        }
                    }
                }
            }
        }

        if (cites.Count == 0)
        {
            cites.Add("declared in usecase.md; no use case step names it");
        }

        return cites;
    }

    /// <summary>
    /// A value of each actor (its description, the heading of the list that declared it) by its name and by its
    /// label (any case), the first that has one.
    /// </summary>
    private static Dictionary<string, string> ByNameAndLabel(IEnumerable<UseCaseActor> actors, Func<UseCaseActor, string> value)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var actor in actors)
        {
            var text = value(actor);
            if (text.Length > 0)
            {
                foreach (var key in new[] { actor.Name, actor.Label })
                {
                    if (!values.ContainsKey(key))
                    {
                        values[key] = text;
                    }
                }
            }
        }

        return values;
    }

    /// <summary>The use case's own value for the name, else the document's, else empty.</summary>
    private static string OwnOrShared(Dictionary<string, string> own, Dictionary<string, string> shared, string name) =>
        own.TryGetValue(name, out var value) || shared.TryGetValue(name, out value) ? value : string.Empty;

    /// <summary>
    /// "redirects to the Google provider", "Instance pipeline (GitLab or GitHub) is started", "calls the Courier API":
    /// a proper name the text itself calls a provider, a pipeline, an API or a service. Only the name as written is
    /// listed, with the statement that names it; a person or the system under design never is.
    /// </summary>
    private static void AddNamedInText(DocumentContext context, IntegrationEntries services, IntegrationEntries internals, IntegrationEntries others)
    {
        for (var i = 0; i < context.UseCases.Count; i++)
        {
            var prefix = TimingRenderer.UseCaseRef(context.UseCases[i], i);
            var participants = context.Participants[i];
            var declaredNames = participants.Actors.Select(a => a.Name).Concat(context.Document.Actors.Select(a => a.Name)).ToList();
            foreach (var item in context.StatementsOf(i))
            {
                if (item.Kind is SourceItemKind.Postcondition || item.Text.Length > 2_000)
                {
                    continue;
                }

                foreach (var name in ServiceNames(item.Text))
                {
                    if (services.IsCitedBeyondNaming(name) || internals.Contains(name) || others.Contains(name))
                    {
                        // Declared and already cited with its role and steps ("Keys API - Our public REST service" is
                        // the document's own, not an external service because a step calls it an API).
                        continue;
                    }

                    var known = participants.Actors.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
                    // "Eligibility Gateway" out of "Insurance Eligibility Gateway": the end of a declared name is that name.
                    // "Notificaciones" out of "Servicio de Notificaciones Electrónicas": a word of a declared name is that name.
                    var tail = declaredNames.Any(full => full.Length > name.Length && (" " + full + " ").IndexOf(" " + name + " ", StringComparison.OrdinalIgnoreCase) >= 0);
                    if (tail || (known is not null && known.IsPerson) || ActorKinds.NamesAPerson(name)
                        || string.Equals(name, participants.System.Name, StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    services.Use(name, string.Empty, new[] { prefix + " " + item.Reference + " names it" });
                }
            }
        }
    }

    private static readonly string[] s_passingOpeners = { "via ", "using ", "through ", "e.g. ", "e.g., ", "external ", "externo ", "externa ", "por meio de ", "através de ", "over " };

    private static readonly string[] s_things =
    {
        "document", "documents", "documento", "documentos", "report", "reports", "file", "files", "format", "formats", "template", "templates",
        "field", "fields", "page", "pages", "section", "sections",
    };

    /// <summary>"e.g. "J. SMITH"": a quoted value given as an example, not a name of a system.</summary>
    private static bool QuotesAnExample(string text, int at) => at < text.Length && text[at] is '"' or '“' or '\'' or '‘' or '«';

    /// <summary>True when the word right before the opener at <paramref name="at"/> names a kind of thing ("document (e.g. …").</summary>
    private static bool ExamplesOfAThing(string text, int at)
    {
        var before = text.Substring(0, at).TrimEnd(' ', '(', ',');
        var start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1]))
        {
            start--;
        }

        return Array.IndexOf(s_things, before.Substring(start).ToLowerInvariant()) >= 0;
    }

    /// <summary>
    /// "submitted to the insurer via EBZ", "(e.g. credit card, PayPal, etc.)", "vídeo externo (YouTube/Vimeo)": proper
    /// names (capitalised, in capitals, or written like "Auth.js") right after such words, that are not participants
    /// and not listed above. Quoted with where they are named; nothing is said of their role.
    /// </summary>
    private static IEnumerable<(string Name, List<string> Cites, bool External)> NamedInPassing(DocumentContext context, IntegrationEntries services, IntegrationEntries components)
    {
        var found = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var external = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var i = 0; i < context.UseCases.Count; i++)
        {
            var prefix = TimingRenderer.UseCaseRef(context.UseCases[i], i);
            var participants = context.Participants[i];
            foreach (var item in context.StatementsOf(i).Where(s => s.Kind is SourceItemKind.Step or SourceItemKind.Alternative or SourceItemKind.Exception && s.Text.Length < 2_000))
            {
                // Most items say none of the openers: asked once as a keyword list, not searched for each.
                if (!KiroSpecs.Core.Common.IgnoreCase.ContainsAny(item.Text, s_passingOpeners))
                {
                    continue;
                }

                foreach (var opener in s_passingOpeners)
                {
                    var at = item.Text.IndexOf(opener, StringComparison.OrdinalIgnoreCase);
                    while (at >= 0 && order.Count < 60)
                    {
                        if (ExamplesOfAThing(item.Text, at) || QuotesAnExample(item.Text, at + opener.Length))
                        {
                            // "a requirement document (e.g., Vision and Scope, SRS)": examples of documents, not systems.
                            at = item.Text.IndexOf(opener, at + opener.Length, StringComparison.OrdinalIgnoreCase);
                            continue;
                        }

                        var window = item.Text.Substring(at + opener.Length, Math.Min(48, item.Text.Length - at - opener.Length));
                        foreach (var (raw, pairedWithAName) in Candidates(window))
                        {
                            var name = raw.Trim(s_nameEdges);
                            if (!(IsProperName(name) || (pairedWithAName && IsCapitalised(name))) || participants.Actors.Any(a => a.Name.IndexOf(name, StringComparison.OrdinalIgnoreCase) >= 0)
                                || services.Contains(name) || components.Contains(name) || ActorKinds.NamesAPerson(name))
                            {
                                continue;
                            }

                            if (!found.TryGetValue(name, out var where))
                            {
                                found.Add(name, where = new List<string>());
                                order.Add(name);
                            }

                            if (opener.StartsWith("extern", StringComparison.Ordinal))
                            {
                                external.Add(name);
                            }

                            var cite = prefix + " " + item.Reference;
                            if (!where.Contains(cite) && where.Count < 6)
                            {
                                where.Add(cite);
                            }
                        }

                        at = item.Text.IndexOf(opener, at + opener.Length, StringComparison.OrdinalIgnoreCase);
                    }
                }
            }
        }

        return order.Select(n => (n, found[n], external.Contains(n)));
    }

    /// <summary>Marks around a name in the text ("`Auth.js`", "**PayPal**.") that are not part of it.</summary>
    private static readonly char[] s_nameEdges = { '.', '"', '`', '*', '[', ']' };

    private static readonly string[] s_httpVerbs = { "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS" };

    /// <summary>
    /// The words of a window, each with whether it is written "A/B" beside a proper name: in "(YouTube/Vimeo)" the
    /// second name counts for being paired with the first.
    /// </summary>
    private static IEnumerable<(string Word, bool PairedWithAName)> Candidates(string window)
    {
        foreach (var token in window.Split(new[] { ' ', ',', ';', '(', ')', ':' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = token.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            var paired = parts.Length > 1 && parts.Any(p => IsProperName(p.Trim(s_nameEdges)));
            foreach (var part in parts)
            {
                yield return (part, paired);
            }
        }
    }

    private static bool IsCapitalised(string word) =>
        word.Length >= 3 && word.Length <= 30 && char.IsUpper(word[0]) && word.All(char.IsLetter);

    /// <summary>"PayPal", "EBZ", "Auth.js", "YouTube": a name as its owner writes it, not a word that opens a sentence.</summary>
    private static bool IsProperName(string word)
    {
        // Ids ("UC-7", "M02", "RF053") and HTTP verbs name no system.
        if (word.Length < 3 || word.Length > 30 || !char.IsUpper(word[0]) || !word.All(c => char.IsLetter(c) || c is '.' or '-' or '_')
            || Array.IndexOf(s_httpVerbs, word) >= 0)
        {
            return false;
        }

        var capitals = word.Count(char.IsUpper);
        return capitals == word.Count(char.IsLetter) // EBZ, SMTP
            || capitals >= 2 // PayPal, YouTube
            || (word.IndexOf('.') > 0 && word.IndexOf('.') < word.Length - 1); // Auth.js
    }

    /// <summary>The words the service pattern needs one of: a text without any runs no pattern.</summary>
    private static readonly string[] s_serviceWords =
    {
        "provider", "provedor", "proveedor", "pipeline", "gateway", "platform", "plataforma", "service", "serviço", "servicio", "server",
        "servidor", "api", "webhook",
    };

    private static bool MayNameAService(string text) => KiroSpecs.Core.Common.IgnoreCase.ContainsAny(text, s_serviceWords);

    private const string NamedServicePattern =
        @"(?i:\b(?:provider|provedor|proveedor|pipeline|gateway|platform|plataforma|service|serviço|servicio|server|servidor|api)\b)\s+(?:\(\s*)?(?:(?i:de|do|da|del)\s+)?(?<name>[A-Z][\w.]*[A-Za-z0-9](?:\s+(?i:or|ou|o|and|e|y)\s+[A-Z][\w.]*[A-Za-z0-9])*)"
        + @"|(?<whole>\b[A-Z][\w.]*[A-Za-z0-9]\s+(?:API|Gateway|Provider|Webhook))\b";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_namedService = NamedServiceRegex();

    [System.Text.RegularExpressions.GeneratedRegex(NamedServicePattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.ExplicitCapture, 1000)]
    private static partial System.Text.RegularExpressions.Regex NamedServiceRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_namedService = new(NamedServicePattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.ExplicitCapture, TimeSpan.FromMilliseconds(1000));
#endif

    /// <summary>Words that are no service's name: protocols, formats, articles and the generic nouns themselves.</summary>
    private static readonly string[] s_notNames =
    {
        "oauth", "oauth2", "http", "https", "rest", "json", "xml", "api", "url", "jwt", "smtp", "sql", "the", "a", "an", "o", "a", "os", "as", "um", "uma",
        "el", "la", "this", "that", "system", "sistema", "external", "third", "new", "local", "remote", "mock", "fhir", "error", "errors",
        "erro", "error", "failure", "failures", "falha", "down", "unavailable", "timeout", "status", "response", "request", "requests",
        "side", "call", "calls", "returns", "is", "are", "not", "does",
    };

    private static readonly string[] s_conjunctions = { "or", "ou", "o", "and", "e", "y" };

    internal static IEnumerable<string> ServiceNames(string text)
    {
        if (!MayNameAService(text))
        {
            yield break;
        }

        System.Text.RegularExpressions.MatchCollection matches;
        try
        {
            matches = s_namedService.Matches(text);
            _ = matches.Count;
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            yield break;
        }

        foreach (System.Text.RegularExpressions.Match match in matches)
        {
            if (match.Groups["whole"].Success)
            {
                var first = match.Groups["whole"].Value.Split(' ')[0];
                if (Array.IndexOf(s_notNames, first.ToLowerInvariant()) < 0)
                {
                    yield return match.Groups["whole"].Value;
                }

                continue;
            }

            // "GitLab or GitHub": the names between the conjunctions (the pattern matched words and spaces only).
            foreach (var part in match.Groups["name"].Value.Split(new[] { ' ', '\t', '\n' }, StringSplitOptions.RemoveEmptyEntries).Where(w => Array.IndexOf(s_conjunctions, w.ToLowerInvariant()) < 0))
            {
                if (part.Length > 1 && Array.IndexOf(s_notNames, part.ToLowerInvariant()) < 0)
                {
                    yield return part;
                }
            }
        }
    }

    /// <summary>"Person", "Person, primary for UC 1", "Persona": a declared type that says the actor is a person.</summary>
    private static bool DeclaredAsPerson(string description)
    {
        var head = description.TrimStart();
        foreach (var word in s_personTypes)
        {
            if (head.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (head.Length == word.Length || !char.IsLetter(head[word.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] s_personTypes = { "person", "persona", "pessoa", "human", "humano", "people", "user", "usuario", "usuário", "mensch" };

    /// <summary>
    /// A participant is an external system only with evidence: the model does not draw it as a person and its name
    /// or description says system ("Payment Gateway", "Load Balancer", "automated tools").
    /// </summary>
    private static bool IsSystem(Participant participant, string description) =>
        !participant.IsPerson && (!ActorKinds.IsPerson(participant.Name, description, null) || Keywords.Any(description, s_systemDescriptions));

    /// <summary>Words by which a declared actor's name says it is a system of its own: "HR System", "Payroll Service", "Tax API".</summary>
    private static readonly HashSet<string> s_otherSystemWords = new(StringComparer.Ordinal)
    {
        "system", "service", "api", "gateway", "provider", "erp", "crm", "bank", "idp", "ldap", "smtp", "registry", "sistema", "serviço", "servicio", "dienst",
    };

    /// <summary>
    /// An actor whose name says it is a system ("HR System" beside the product the use cases are about): an actor
    /// is outside the system under design, so a system among the actors is an external one.
    /// </summary>
    private static bool NamesAnotherSystem(string name) => WordIndex.AnyWordIn(name, s_otherSystemWords) && !HasPersonWord(name);

    private static readonly string[] s_ofWords = { "of", "de", "do", "da", "del", "des", "der" };

    /// <summary>
    /// "Jefe/a de Servicio", "Head of Claims": a name whose head noun is a person's word (the first word before "de"
    /// or "of", else the last: "Courier API" is an API) names a person, whatever else it says.
    /// </summary>
    private static bool HasPersonWord(string name)
    {
        var words = KiroSpecs.Core.Interactions.Words.Of(name.Replace('/', ' '));
        if (words.Count == 0)
        {
            return false;
        }

        var head = words.Count - 1;
        for (var w = 1; w < words.Count; w++)
        {
            if (Array.IndexOf(s_ofWords, words[w]) >= 0)
            {
                head = 0;
                break;
            }
        }

        return KiroSpecs.Core.Interactions.Lexicon.PersonWords.MatchAt(words, head) > 0;
    }

    /// <summary>
    /// A name or description that places the participant outside the solution: "external", "third party", a provider,
    /// an API, a gateway, a service ("PayWell Payments – our payment service provider"). A declared system without
    /// such words ("App – iOS / Android app") is listed as declared, not as an external service.
    /// </summary>
    private static bool SaysExternal(string text) => Keywords.Any(text, s_externalDescriptions) || Keywords.Any(text, s_externalNames);

    private static readonly string[] s_externalNames =
    {
        "=api", "=apis", "gateway", "=service", "=services", "=provider", "=platform", "=plataforma", "=pasarela", "=servidor", "=server", "we do not own",
        "=psp", "=smtp", "=apns", "=fcm", "=saas", "=serviço", "=servicio", "=dienst", "サービス", "서비스", "サーバー", "서버", "外部", "외부",
    };

    /// <summary>
    /// The sentence of a use case's text that names <paramref name="name"/> and places it outside the solution ("most of
    /// it is done by Finance's payment system (FinPay), which we do not own"); empty when none does.
    /// </summary>
    private static string OwnedElsewhere(DocumentContext context, string name)
    {
        foreach (var useCase in context.UseCases)
        {
            foreach (var note in useCase.Notes)
            {
                var at = note.IsCode ? -1 : note.Text.IndexOf(name, StringComparison.Ordinal);
                if (at >= 0 && Keywords.Any(note.Text, s_externalDescriptions))
                {
                    var start = note.Text.LastIndexOfAny(new[] { '.', '\n' }, at) + 1;
                    var end = note.Text.IndexOfAny(new[] { '.', '\n' }, at);
                    var sentence = note.Text.Substring(start, (end < 0 ? note.Text.Length : end) - start).Trim();
                    if (Keywords.Any(sentence, s_externalDescriptions))
                    {
                        return sentence;
                    }
                }
            }
        }

        return string.Empty;
    }

    /// <summary>A description that places the participant inside the solution: "internal system", "device", "hardware".</summary>
    private static bool IsInternal(string description) =>
        Keywords.Any(description, s_internalDescriptions) && !Keywords.Any(description, s_externalDescriptions);

    private static readonly string[] s_internalDescriptions = { "=internal", "in-house", "=our", "=ours", "=device", "=hardware", "embedded", "=interno", "=interna", "=intern", "=interne", "=dispositivo", "=gerät", "=thermostat", "=backend" };

    private static readonly string[] s_externalDescriptions =
    {
        "=external", "third-party", "third party", "=externo", "=externa", "=extern", "=externe", "provider", "=vendor",
        "do not own", "don't own", "owned by", "customer's", "the partner's", " run by", "operated by", "read-only for us", "another team", "de terceros", "de terceiros",
    };

    private static readonly string[] s_systemDescriptions =
    {
        "=device", "embedded", "external service", "=api", "hardware", "third-party", "third party", "=system", "=sistema", "=système", "=platform", "=plataforma",
    };

    /// <summary>"UC-1 (primary actor; steps 1, 6)": the role the use case gives the participant and the steps that name it.</summary>
    private static List<string> Citations(string prefix, Participant actor, InteractionModel participants, HashSet<string> declared, Dictionary<Participant, List<string>> uses)
    {
        var parts = new List<string>();
        if (ReferenceEquals(actor, participants.Initiator))
        {
            parts.Add("primary actor");
        }
        else if (declared.Contains(actor.Name))
        {
            parts.Add("secondary actor");
        }

        if (uses.TryGetValue(actor, out var steps) && steps.Count > 0)
        {
            parts.Add(string.Join(", ", steps.Distinct()));
        }

        return parts.Count == 0 ? new List<string>() : new List<string> { prefix + " (" + string.Join("; ", parts) + ")" };
    }

    /// <summary>Relations between use cases, each with where usecase.md states it.</summary>
    private static List<string> Dependencies(DocumentContext context)
    {
        var lines = new List<string>();
        var ownIds = OwnIds(context);
        for (var i = 0; i < context.UseCases.Count; i++)
        {
            var useCase = context.UseCases[i];
            var prefix = TimingRenderer.UseCaseRef(useCase, i);
            foreach (var item in context.StatementsOf(i))
            {
                var found = UseCaseReferences.Find(item.Text);
                foreach (var own in ownIds)
                {
                    if (!found.Contains(own) && NamesId(item.Text, own))
                    {
                        found.Add(own);
                    }
                }

                foreach (var id in found)
                {
                    if (!string.Equals(id, useCase.Id, StringComparison.OrdinalIgnoreCase))
                    {
                        // "refers to UC037" where no use case has that id: said, so it is not read as one of this document.
                        var elsewhere = context.IndexOf(id) >= 0 ? string.Empty : " (not a use case of this usecase.md)";
                        var relation = RelationWord(item.Text) is { } verb ? verb + " " + id + elsewhere + " (" + item.Reference + ")" : item.Reference + " refers to " + id + elsewhere;
                        lines.Add("- " + MarkdownText.Escape(prefix + " " + relation + ": " + TimingRenderer.Quote(item.Text, 0, 0)));
                    }
                }
            }

            foreach (var same in useCase.SameAs)
            {
                lines.Add("- " + MarkdownText.Escape(prefix + " " + same.Section + ": same as " + same.UseCaseId));
            }
        }

        lines.AddRange(PreconditionDependencies.Find(context));
        var ids = UseCaseIds(context);
        Dictionary<string, string>? owners = null;
        foreach (var dependency in context.Document.Dependencies)
        {
            var from = dependency.Kind == "link" ? Owner(owners ??= Owners(context), dependency.From) : Resolve(ids, dependency.From);
            var to = dependency.Kind == "link" ? dependency.To : Resolve(ids, dependency.To);
            lines.Add("- " + MarkdownText.Escape(dependency.Kind switch
            {
                "include" => from + " includes " + to + " («include» in usecase.md)",
                "extend" => from + " extends " + to + " («extend» in usecase.md)",
                "uses" => from + " uses " + to + " («uses» in usecase.md)",
                "link" => from + " refers to " + to + " (a link in usecase.md)",
                _ => from + " → " + to + " (Use Case Dependencies in usecase.md)",
            }));
        }

        return lines.Distinct().ToList();
    }

    /// <summary>
    /// The ids of this document's use cases that are not written "UC-n" or "CU-n" ("RIDE-03"), which a sentence
    /// refers to as "see RIDE-03"; none for a document of more than 200 use cases (each sentence is searched for each).
    /// </summary>
    private static List<string> OwnIds(DocumentContext context)
    {
        var ids = new List<string>();
        if (context.UseCases.Count > 200)
        {
            return ids;
        }

        foreach (var useCase in context.UseCases)
        {
            if (useCase.Id.Length > 0 && UseCaseReferences.Find(useCase.Id).Count == 0 && !ids.Contains(useCase.Id))
            {
                ids.Add(useCase.Id);
            }
        }

        return ids;
    }

    /// <summary>"→ RIDE-03", "see RIDE-03.": the id, not a longer one ("RIDE-031", "XRIDE-03").</summary>
    private static bool NamesId(string text, string id)
    {
        for (var at = text.IndexOf(id, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(id, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + id.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] s_relationOpeners = { "includes", "include", "extends", "extend", "incluye", "extiende", "inclui", "estende" };

    /// <summary>"Includes UC-1 for the lookup …": a sentence of the use case that opens with the relation it has to the other.</summary>
    private static string? RelationWord(string text)
    {
        var words = WordIndex.Tokenize(text);
        if (words.Length == 0 || Array.IndexOf(s_relationOpeners, words[0]) < 0)
        {
            return null;
        }

        return words[0].StartsWith("inclu", StringComparison.Ordinal) ? "includes" : "extends";
    }

    /// <summary>The use case a link was written in, cited as the other sections cite it ("UC-3", "Use case 1").</summary>
    private static string Owner(Dictionary<string, string> owners, string idOrName) =>
        owners.TryGetValue(idOrName, out var owner) ? owner : idOrName;

    /// <summary>
    /// Each use case's reference by its id (its name when it has none), the first use case that has it: a link's
    /// owner is looked up, not searched for among every use case for every link.
    /// </summary>
    private static Dictionary<string, string> Owners(DocumentContext context)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < context.UseCases.Count; i++)
        {
            var useCase = context.UseCases[i];
            var key = useCase.Id.Length > 0 ? useCase.Id : useCase.Name;
            if (!owners.ContainsKey(key))
            {
                owners.Add(key, TimingRenderer.UseCaseRef(useCase, i));
            }
        }

        return owners;
    }

    /// <summary>Each use case by the letters and digits of its id (any case), the first use case that has them.</summary>
    private static Dictionary<string, string> UseCaseIds(DocumentContext context)
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < context.UseCases.Count; i++)
        {
            var useCase = context.UseCases[i];
            var id = useCase.Id.Length > 0 ? useCase.Id : useCase.Name.Split(' ')[0];
            var key = Key(id);
            if (key.Length > 0 && !ids.ContainsKey(key))
            {
                ids.Add(key, useCase.Id.Length > 0 ? useCase.Id : id);
            }
        }

        return ids;
    }

    /// <summary>The id a use-case diagram writes ("C006") as the use case it names ("C-006 …"), when one matches.</summary>
    private static string Resolve(Dictionary<string, string> ids, string node)
    {
        var key = Key(node);
        return key.Length > 0 && ids.TryGetValue(key, out var id) ? id : node;
    }

    private static string Key(string id) => new(id.Where(char.IsLetterOrDigit).ToArray());
}
