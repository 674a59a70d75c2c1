using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// "## Critical Path": per use case, the steps and rules whose own words say they wait for an answer, run in the
/// background, may be cached or must be atomic. The diagrams' arrows are not read as timing: a solid arrow is who
/// speaks to whom, not a claim that the call blocks. Use cases for which usecase.md says none of it share one line.
/// </summary>
internal static partial class CriticalPathRenderer
{
    private const string NotStated = "none stated in usecase.md";

    public static void Render(MarkdownBuilder md, DocumentContext context)
    {
        md.Heading(2, "Critical Path");
        md.Block("Listed only where usecase.md says it: a step or rule that waits for its answer, runs in the background, may be cached or must be atomic.");
        var silent = new List<string>();
        var found = new List<(List<string> Sync, List<string> Async, List<string> Cacheable, List<string> Transactional, List<string> Waits)>();
        for (var i = 0; i < context.UseCases.Count; i++)
        {
            found.Add(Find(context, i));
        }

        for (var i = 0; i < context.UseCases.Count; i++)
        {
            var useCase = context.UseCases[i];
            var (sync, async, cacheable, transactional, waits) = found[i];
            foreach (var same in useCase.SameAs.Where(s => SectionClassifier.Classify(s.Section) is SectionKind.BusinessRules or SectionKind.Requirements))
            {
                // "Business Rules: Same as UC-1": the rules of UC-1 that say what is cached or atomic hold here too.
                var other = context.IndexOfExact(same.UseCaseId);
                if (other >= 0 && other != i)
                {
                    var cited = same.Section + " same as " + same.UseCaseId + ": ";
                    // The whole document's requirements are already listed for this use case.
                    // Rules only: a flow of the other use case is not one of its business rules.
                    var flows = context.UseCases[other].Branches.Select(b => b.Id + " (").ToList();
                    sync.AddRange(found[other].Sync.Where(c => c.IndexOf('(') > 0 && !c.StartsWith("whole document", System.StringComparison.Ordinal)
                        && !c.StartsWith("step ", System.StringComparison.Ordinal) && !flows.Any(f => c.StartsWith(f, System.StringComparison.Ordinal))).Select(c => cited + c));
                    cacheable.AddRange(found[other].Cacheable.Where(c => c.IndexOf('(') > 0 && !c.StartsWith("whole document", System.StringComparison.Ordinal)).Select(c => cited + c));
                    transactional.AddRange(found[other].Transactional.Where(c => c.IndexOf('(') > 0 && !c.StartsWith("whole document", System.StringComparison.Ordinal)).Select(c => cited + c));
                }
            }

            var title = PrimarySequencesRenderer.Title(useCase, i);
            if (sync.Count + async.Count + cacheable.Count + transactional.Count + waits.Count == 0)
            {
                silent.Add(title);
                continue;
            }

            md.Heading(3, MarkdownText.Escape(title));
            md.Blank();
            md.Line("- **Synchronous operations**: " + List(sync));
            md.Line("- **Asynchronous operations**: " + List(async));
            md.Line("- **Cacheable operations**: " + List(cacheable));
            md.Line("- **Transactional boundaries**: " + List(transactional));
            if (waits.Count > 0)
            {
                // Not a synchronous call: the wait may last days ("After approval, treatment can begin").
                md.Line("- **Steps that wait for an outcome (not a blocking call)**: " + List(waits));
            }
        }

        if (silent.Count == context.UseCases.Count)
        {
            md.Block("usecase.md does not say of any step that it waits for its answer, runs in the background, may be cached or must be atomic.");
        }
        else if (silent.Count > 0)
        {
            md.Block(MarkdownText.Escape(string.Format(CultureInfo.InvariantCulture, "usecase.md says none of this for {0}: {1}.", silent.Count == 1 ? "this use case" : "these use cases", string.Join("; ", silent))));
        }

        context.NoteUnread(md);
    }

    /// <summary>True when <paramref name="items"/> holds the step <paramref name="reference"/>, bare or with words after it ("step 4 (scheduled: …)").</summary>
    private static bool Listed(List<string> items, string reference) =>
        items.Exists(i => i.Length == reference.Length ? i == reference : i.StartsWith(reference + " ", System.StringComparison.Ordinal));

    /// <summary>The words of atomicity a remark beside the steps must say ("partial" alone also describes a selection).</summary>
    private static readonly string[] s_remarkTransaction = Keywords.Transaction.Where(k => k.IndexOf("partial", System.StringComparison.Ordinal) < 0).ToArray();

    private static readonly string[] s_ahead = { " before", " antes", " prior", " in advance", " ahead", " vorher", "前" };

    /// <summary>"1 dia antes", "24 hours before the visit": a duration the step acts ahead of; null when none.</summary>
    private static string? Scheduled(string text)
    {
        foreach (var (kind, start, length) in Durations.Find(text))
        {
            var end = start + length;
            var ahead = kind == MeasureKind.Duration && end < text.Length ? s_ahead.FirstOrDefault(a => string.CompareOrdinal(text, end, a, 0, a.Length) == 0) : null;
            if (ahead is not null && !DatesAValue(text, start))
            {
                return text.Substring(start, length + ahead.Length);
            }
        }

        return null;
    }

    private static readonly string[] s_dateNouns = { "date", "deadline", "expiry", "expiration", "fecha", "data", "prazo", "plazo", "vencimiento", "vencimento", "datum", "frist", "期限", "期日" };

    /// <summary>
    /// "records the loan with a due date 7 days ahead": the time ahead is a date the step writes down, not a time the
    /// step runs at; true when one of the four words before the duration names a date.
    /// </summary>
    private static bool DatesAValue(string text, int start)
    {
        var before = WordIndex.Tokenize(text.Substring(0, start));
        for (var i = Math.Max(0, before.Length - 4); i < before.Length; i++)
        {
            if (Array.IndexOf(s_dateNouns, before[i]) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private const string LongWaitPattern =
        @"\b\d+\s+(?:[a-záéíóúç]+\s+)?(?:hours?|hrs?|days?|weeks?|months?|horas?|dias?|días|semanas?|mes(?:es)?|meses|stunden?|tagen?|wochen?)\b|\d+\s*(?:h\b|時間|日|週間|か月|일)";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_longWait = LongWaitRegex();

    [System.Text.RegularExpressions.GeneratedRegex(LongWaitPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex LongWaitRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_longWait = new(LongWaitPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>
    /// "the flow waits for the adjuster's report (typically 10 working days)", "has not answered within 12 hours": a
    /// wait of hours or days is no call that blocks.
    /// </summary>
    private static bool LongWait(string text) => TextPatterns.SafeMatch(s_longWait, text) is not null;

    private static readonly string[] s_waitOpeners = { "after ", "once ", "only after ", "nach ", "após ", "apos ", "depois d", "tras " };

    private static readonly string[] s_articles = { "the", "a", "an", "its", "o", "os", "as", "da", "do", "der", "die", "das", "dem", "el", "la" };

    /// <summary>
    /// "After approval, treatment can begin" under a step that returns the approval: the opening clause, when the
    /// step opens with "after" or "once" and the word it waits for (its first five letters) is in the step before.
    /// </summary>
    private static string? WaitsFor(string text, string previous)
    {
        var t = text.TrimStart();
        var opener = s_waitOpeners.FirstOrDefault(o => t.StartsWith(o, System.StringComparison.OrdinalIgnoreCase));
        if (opener is null)
        {
            return null;
        }

        var rest = t.Substring(opener.Length).Split(' ', ',', '.');
        var word = rest.FirstOrDefault(w => w.Length > 0 && System.Array.IndexOf(s_articles, w.ToLowerInvariant()) < 0) ?? string.Empty;
        if (word.Length < 4 || previous.IndexOf(word.Substring(0, System.Math.Min(5, word.Length)), System.StringComparison.OrdinalIgnoreCase) < 0)
        {
            return null;
        }

        var comma = t.IndexOf(',');
        var wordEnd = t.IndexOf(word, opener.Length, System.StringComparison.Ordinal) + word.Length;
        return comma > 0 && comma < 60 ? t.Substring(0, comma) : t.Substring(0, wordEnd);
    }

    private static (List<string> Sync, List<string> Async, List<string> Cacheable, List<string> Transactional, List<string> Waits) Find(DocumentContext context, int i)
    {
        var waits = new List<string>();
        var sync = new List<string>();
        var async = new List<string>();
        var cacheable = new List<string>();
        var transactional = new List<string>();
        foreach (var (reference, step, interaction) in context.InteractionsOf(i))
        {
            // One kind per step: "非同期" holds "同期", and a step met twice keeps its first kind.
            // What a step quotes ("please try again later") is the message, not the author's word on the step.
            // "| 5 | App (background) | …": the actor column says the step runs in the background.
            if (Repeated(step.Text) is { } repeat && !Listed(sync, reference) && !Listed(async, reference))
            {
                // "9a1. System keeps the request … and retries every 5 minutes": work repeated on its own clock runs
                // in the background; cited by the sentence that says so.
                async.Add(reference + " (\"" + TextClip.Clip(repeat, 160) + "\")");
            }
            else if ((Keywords.Any(Keywords.Unquoted(step.Text), Keywords.Async) && !interaction.From.IsPerson) || (step.Actor.Length > 0 && Keywords.Any(step.Actor, s_backgroundActor)))
            {
                // "5c2. Veterinarian forwards the request; it moves to the queue of the chosen vet": what a person does
                // is no background work, whatever queue it reaches.
                if (!Listed(sync, reference))
                {
                    // A flow's step the author did not number is cited by the flow and its words ("E4 ("the registration
                    // is queued and retried every 15 minutes")"): the flow alone may be a step's time-out as well.
                    async.Add(context.UseCases[i].Branches.Any(b => b.Id == reference)
                        ? reference + " (\"" + TextClip.Clip(step.Text.Trim(), 160) + "\")"
                        : reference);
                }
            }
            else if (Keywords.Any(Keywords.Unquoted(step.Text), Keywords.Sync) && !Listed(async, reference))
            {
                if (LongWait(step.Text))
                {
                    // "the flow waits for the adjuster's report (typically 10 working days)": a wait, not a blocking call.
                    waits.Add(reference + " (\"" + TextClip.Clip(step.Text.Trim(), 160) + "\")");
                }
                else
                {
                    sync.Add(reference);
                }
            }
            else if (Scheduled(step.Text) is { } when && !Listed(async, reference) && !Listed(sync, reference))
            {
                // "Notifica as tarefas 1 dia antes": the step runs at a time of its own, not while the actor waits.
                async.Add(reference + " (scheduled: \"" + when + "\")");
            }

            if (IntegrationRenderer.IsEvent(step.Text) && !Listed(async, reference) && !Listed(sync, reference))
            {
                // "The Courier API sends a "delivered" event", "calls our webhook with an event": what arrives as an
                // event is not an answer anyone waits for.
                async.Add(reference + " (an event: \"" + TextClip.Clip(step.Text.Trim(), 160) + "\")");
            }

            if (Keywords.Any(step.Text, Keywords.Cache))
            {
                cacheable.Add(reference);
            }

            if (Keywords.Any(step.Text, Keywords.Transaction))
            {
                transactional.Add(reference);
            }
        }

        foreach (var actor in context.UseCases[i].Actors)
        {
            // "Actor principal: Planificador (proceso por lotes asíncrono, todos los días a las 02:00)": the use case runs in the background.
            if (actor.Role == ActorRole.Primary && Keywords.Any(actor.Label + " " + actor.Description, s_statedAsync))
            {
                async.Add("the use case (primary actor: \"" + TextClip.Clip((actor.Label + " " + actor.Description).Trim(), 120) + "\")");
            }
        }

        foreach (var element in context.UseCases[i].DataElements)
        {
            // "outdoor_temp_c | from WeatherAPI, cached 30 min per home": what the data element says is cached.
            if (Keywords.Any(element.Description, Keywords.Cache))
            {
                cacheable.Add("data element " + element.Name + " (\"" + TimingRenderer.Quote(element.Description, 0, 0) + "\")");
            }
        }

        var steps = context.UseCases[i].Steps;
        for (var k = 1; k < steps.Count; k++)
        {
            // "5. Insurer returns approval/rejection. 6. After approval, treatment can begin": step 6 waits for step 5.
            var reference = "step " + steps[k].Number;
            if (WaitsFor(steps[k].Text, steps[k - 1].Text) is { } phrase && !Listed(sync, reference) && !Listed(async, reference))
            {
                waits.Add(reference + " (waits for step " + steps[k - 1].Number + ": \"" + phrase + "\")");
            }
        }

        if (context.UseCases[i].Written is { } diagram)
        {
            async.AddRange(WrittenFacts.Background(diagram).Select(l => "written diagram, " + l));
        }

        // A requirement of the whole document applies to every use case.
        var whole = context.WholeDocumentItemsFor(i);
        foreach (var note in context.StatementsOf(i).Where(s => s.Kind is SourceItemKind.Note && Keywords.Any(s.Text, s_remarkTransaction)))
        {
            // "Note — step 7 has to be atomic with the status check in step 3": a remark beside the steps that says it.
            transactional.Add(Saying(note, Keywords.Transaction, note.Reference + " (\"" + TimingRenderer.Quote(note.Text, 0, 0) + "\")"));
        }

        foreach (var item in context.SourceItemsOf(i).Where(s => s.Kind is SourceItemKind.Postcondition && Keywords.Any(s.Text, Keywords.Transaction)))
        {
            // "Minimal guarantees: No partial or duplicate hold record is stored": what must hold even on failure.
            transactional.Add(item.Reference + " (\"" + TimingRenderer.Quote(item.Text, 0, 0) + "\")");
        }

        foreach (var item in context.SourceItemsOf(i).Where(s => s.Kind is SourceItemKind.BusinessRule or SourceItemKind.Requirement or SourceItemKind.Alternative or SourceItemKind.Exception).Concat(whole))
        {
            // A rule or requirement is cited with its words: its label alone says nothing of what is cached. Made
            // for the few items that say one of the words below, not for every item.
            string? quoted = null;
            string Cited() => quoted ??= item.Reference + " (\"" + (item.Kind is SourceItemKind.Alternative or SourceItemKind.Exception ? item.Display : TimingRenderer.Quote(item.Text, 0, 0)) + "\")";
            if (Keywords.Any(item.Text, Keywords.Cache) && !Listed(cacheable, item.Reference))
            {
                cacheable.Add(Saying(item, Keywords.Cache, Cited()));
            }

            if (Keywords.Any(item.Text, Keywords.Transaction))
            {
                transactional.Add(Saying(item, Keywords.Transaction, Cited()));
            }

            if (item.Kind is SourceItemKind.Alternative or SourceItemKind.Exception && (Keywords.Any(Keywords.Unquoted(item.Text), s_queuedLater) || Repeated(item.Text) is not null)
                && !Keywords.Any(item.Text, TimingRenderer.NoAnswer) && !async.Exists(a => a.StartsWith(item.Reference, System.StringComparison.Ordinal)))
            {
                // "FE-01 … guarda el aviso en la cola de reenvío y lo reintenta cada 15 minutos. No se bloquea el
                // expediente": a flow that queues its work for later, or repeats it on its own clock, does not keep
                // anyone waiting; cited by that sentence.
                var sentence = Repeated(item.Text) ?? Texts.Sentences(item.Text.Replace('\n', ' ')).FirstOrDefault(t => Keywords.Any(Keywords.Unquoted(t), s_queuedLater));
                async.Add(item.Reference + " (\"" + TextClip.Clip((sentence ?? item.Display).Trim().TrimStart('.', ' '), 160) + "\")");
            }

            if (item.Kind is SourceItemKind.BusinessRule or SourceItemKind.Requirement && Keywords.Any(Keywords.Unquoted(item.Text), s_statedAsync))
            {
                // "Delivery by the Notification Service is asynchronous": the requirement says it, in its words; of a
                // requirement of several sentences, the one that says it ("Response time: … within 2 seconds." is not).
                var saying = Saying(item, s_statedAsync, Cited());
                if (!async.Contains(saying))
                {
                    async.Add(saying);
                }
            }

            var timesOut = Keywords.Any(item.Text, s_timeouts) || (Keywords.Any(item.Text, TimingRenderer.NoAnswer) && Durations.Contains(item.Text));
            if (timesOut && !Keywords.Any(item.Text, s_sessions) && !async.Contains(Cited()))
            {
                // "Database check timeout is 5 seconds", "must respond within the load balancer timeout": the caller
                // waits for that answer, for at most that long. A flow taken on the timeout names the step that waits.
                if (item.Kind is SourceItemKind.Alternative or SourceItemKind.Exception)
                {
                    var branch = context.UseCases[i].Branches.FirstOrDefault(b => b.Id == item.Reference);
                    if (branch is not null && branch.Anchor.Kind == AnchorKind.Step && !branch.Anchor.Inferred)
                    {
                        // "A3: the Passenger has not answered within 12 hours": hours of waiting are no blocking call.
                        var waited = "step " + branch.Anchor.FromStep.ToString(CultureInfo.InvariantCulture);
                        (LongWait(branch.Title + " " + branch.Condition) ? waits : sync).Add(waited + " (its time-out: " + Cited() + ")");

                        // "8. … POSTs the event and gets 2xx" / "8a. … doesn't answer 2xx within 10s": an answer waited
                        // for, for at most that long, is no background work; one step has one kind.
                        async.RemoveAll(a => a == waited || a.StartsWith(waited + " (", System.StringComparison.Ordinal));
                    }
                    else if (branch is not null && !LongWait(branch.Title + " " + branch.Condition) && Durations.Contains(item.Text))
                    {
                        // "E1: If the ARS does not answer within 8 seconds, the request is retried once" with no step named:
                        // a call someone waits for, for at most that long; the flow says which, by its words.
                        sync.Add("a call with a time-out, " + Cited());
                    }
                }
                else
                {
                    sync.Add(Cited());
                }
            }
        }

        // "6a" beside "6a2" (its step that queues the request), or "6a" that is step 6's time-out: listed once, by its step.
        // A flow cited with its words ("E4 ("the registration is queued …")") stays: nothing else says what it queues.
        async.RemoveAll(a =>
        {
            var cited = a.IndexOf(" (\"", System.StringComparison.Ordinal);
            var reference = cited > 0 ? a.Substring(0, cited) : a;
            return reference.IndexOf(' ') < 0
                && (async.Exists(o => o.Length > reference.Length && o.StartsWith(reference, System.StringComparison.Ordinal) && char.IsDigit(o[reference.Length]))
                    || (cited < 0 && sync.Exists(o => o.IndexOf("(its time-out: " + a + " (", System.StringComparison.Ordinal) >= 0)));
        });
        // "step 7" beside "step 7 (its time-out: 7a …)", "Alternative 1" beside "Alternative 1 ("if …")": the item once,
        // with what the author says of it.
        foreach (var list in new[] { sync, cacheable, transactional })
        {
            list.RemoveAll(a => a.IndexOf('(') < 0 && list.Exists(o => o.StartsWith(a + " (", System.StringComparison.Ordinal)));
        }
        return (sync, async, cacheable, transactional, waits);
    }

    /// <summary>
    /// The citation of a rule or requirement of several sentences by the sentence that holds one of the keywords;
    /// <paramref name="whole"/> for a flow or a statement of one sentence.
    /// </summary>
    private static string Saying(SourceItem item, IReadOnlyList<string> keywords, string whole)
    {
        if (item.Kind is not (SourceItemKind.BusinessRule or SourceItemKind.Requirement or SourceItemKind.Alternative or SourceItemKind.Exception))
        {
            return whole;
        }

        var sentences = Texts.Sentences(item.Text.Replace('\n', ' '));
        if (sentences.Count < 2)
        {
            return whole;
        }

        var sentence = sentences.FirstOrDefault(t => Keywords.Any(Keywords.Unquoted(t), keywords));
        return sentence is null ? whole : item.Reference + " (\"" + sentence.Trim() + "\")";
    }

    /// <summary>
    /// Work the text repeats on its own clock: a retry or repetition "every 5 minutes" / "a cada 15 minutos" / "cada 4
    /// horas", done again "automatically" ("repeats step 4 automatically", "reintentos automáticos"), or what the
    /// system "retries later" (not a person who "can retry later").
    /// </summary>
    private const string RepeatedPattern =
        @"\b(?:retr(?:y|ies|ied|ying)|repeat\w*|re-?sen\w*|re-?run\w*|re-?check\w*|re-?tries|reintent\w*|tenta\w*|reenv\w*|repit\w*|repet\w*|autom\w*|auto-\w+|poll\w*|sondea\w*|wiederhol\w*)\b[^.;:]{0,60}?\b(?:every|cada|alle)\s+(?:\d+(?:[.,]\d+)?\s*)?(?:h\b|min|s\b|sec|hour|hora|day|d[ií]a|week|seman|month|mes|stunde|tag|minut|segund|second)"
        + @"|\b(?:repeat\w*|re-?run\w*|retr(?:y|ies|ied|ying)|reintent\w*|repit\w*|repet\w*)\b[^.;:]{0,40}?\bautom[aá]ti\w*|\bautom[aá]ti\w*\s+(?:retr(?:y|ies|ied|ying)|repeat\w*|re-?run\w*|reintent\w*|repet\w*)|\bauto-retr\w*|\b(?:retries|retried|resends|re-sends|resent|re-sent|requeues|re-queues)\s+(?:it\s+|them\s+)?later\b";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_repeated = RepeatedRegex();

    [System.Text.RegularExpressions.GeneratedRegex(RepeatedPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex RepeatedRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_repeated = new(RepeatedPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, RegexTimeout.Value);
#endif

    /// <summary>
    /// The words of which every match of <see cref="s_repeated"/> on a text of ASCII characters holds one ("every",
    /// "cada", "alle" of a clock; "autom…", "auto-"; "later"): the pattern is asked of every step and flow, and its
    /// many opening verbs start with common letters.
    /// </summary>
    private static readonly string[] s_repeatedWords = { "every", "cada", "alle", "autom", "auto-", "later" };

    /// <summary>The sentence of <paramref name="text"/> that repeats work on its own clock; null when none.</summary>
    private static string? Repeated(string text)
    {
        if ((IgnoreCase.IsAscii(text) && !Keywords.Any(text, s_repeatedWords)) || !s_repeated.IsMatch(text))
        {
            return null;
        }

        return Texts.Sentences(text.Replace('\n', ' ')).Select(t => t.Trim().TrimStart('.', ' ')).FirstOrDefault(t => s_repeated.IsMatch(t)) ?? text.Trim();
    }

    /// <summary>Words by which a flow puts its work in a queue for later, or says nothing waits for it.</summary>
    private static readonly string[] s_queuedLater =
    {
        "cola de reenvío", "cola de reintentos", "fila de reenvio", "fila de reenvío", "retry queue", "resend queue", "outbound queue", "=queues", "=queued",
        "no se bloquea", "não bloqueia", "sin bloquear", "without blocking", "is not blocked", "nothing waits",
    };

    /// <summary>Words of an actor column ("App (background)", "Scheduler (async)") by which the step runs in the background.</summary>
    private static readonly string[] s_backgroundActor = { "background", "async", "asynchronous", "batch", "segundo plano", "hintergrund", "バックグラウンド", "백그라운드" };

    /// <summary>Words by which a rule or requirement says work does not make anyone wait (not "event" or "later": too common).</summary>
    private static readonly string[] s_statedAsync = { "async", "asynchronous", "asynchronously", "in the background", "non-blocking", "fire-and-forget", "assíncron", "asíncron", "非同期", "비동기", "asynchron", "batch job", "por lotes", "em lote" };

    /// <summary>Words by which a rule bounds how long a caller waits for an answer.</summary>
    private static readonly string[] s_timeouts = { "timeout", "time out", "times out", "timed out", "respond within", "タイムアウト", "타임아웃", "tempo limite de resposta" };

    /// <summary>A session that times out is idle time, not a wait for an answer.</summary>
    private static readonly string[] s_sessions = { "session", "sessão", "sesión", "セッション", "세션" };

    private static string List(List<string> references) =>
        references.Count == 0 ? NotStated : MarkdownText.Escape(string.Join(", ", references.Distinct()));
}
