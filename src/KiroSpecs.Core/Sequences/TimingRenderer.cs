using System;
using System.Collections.Generic;
using System.Linq;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// "## Timing Constraints": every duration, rate and limit usecase.md states, quoted with its source (use case and
/// step, flow, rule, requirement, or the document section that applies to all use cases), under the heading its
/// own words choose: response-time figures, timeouts and expiries, limits and rates, and the other durations.
/// </summary>
internal static partial class TimingRenderer
{
    private const int MaxQuote = 240;

    private static readonly string[] s_performanceWords =
    {
        "response time", "responds", "respond within", "respond in", "answer within", "answers within", "reply within", "replies within", "responde", "latency", "p95", "p99", "p50", "throughput", "load time", "loads in",
        "performance", "render", "processed in", "completes in", "응답", "응답시간", "応答", "レスポンス", "tempo de resposta", "tiempo de respuesta", "tiempos de respuesta",
        "desempenho", "rendimiento",
    };

    private static readonly string[] s_timeoutWords =
    {
        "timeout", "time out", "timed out", "times out", "time-out", "=valid", "válido", "válida", "gültig", "does not answer", "doesn't answer", "does not respond", "no response within", "expire", "expiry", "expiration", "expires", "session", "lockout", "locked out", "=locks", "retry", "retries", "backoff", "cooldown", "tempo limite", "expira", "does not register within", "not received within", "gives up", "no responde en", "no se recibe",
        "sessão", "sesión", "caduca", "tiempo de espera", "tempo de espera", "máximo de espera", "espera máxima", "no llega", "não chega", "does not arrive", "doesn't arrive", "sin respuesta", "sem resposta", "no hay respuesta", "não há resposta", "タイムアウト", "有効期限", "期限", "セッション", "타임아웃", "만료", "세션", "zeitüberschreitung", "ablauf",
    };

    /// <summary>"does not answer within 3 seconds": the answer not coming in time is a time-out, not a response time.</summary>
    internal static readonly string[] NoAnswer =
    {
        "does not answer", "doesn't answer", "does not respond", "doesn't respond", "do not respond", "no response", "fails to respond", "não responde", "no responde",
        "times out", "timed out", "time out", "timeout", "no llega", "não chega", "does not arrive", "doesn't arrive", "sin respuesta", "sem resposta", "no hay respuesta", "não há resposta", "does not register within", "not received within", "no se recibe", "no responde en", "gives up", "give up", " no ack", "(no ack", "without an ack", "not acknowledged", "no obtiene respuesta", "não obtém resposta",
    };

    private const string NotWithinPattern =
        @"(?:\b(?:not|never|no|não|nunca)\b|n't\b)(?:\s+\S+){0,3}?\s+(?:within|in\s+time|dentro\s+de|em\s+até|a\s+tiempo|a\s+tempo)\b";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_notWithin = NotWithinRegex();

    [System.Text.RegularExpressions.GeneratedRegex(NotWithinPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex NotWithinRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_notWithin = new(NotWithinPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>
    /// "The locker does not open within 10 seconds", "no llega dentro de 5 minutos": whatever the verb, what does not
    /// happen within a time is a wait that runs out.
    /// </summary>
    internal static bool NotWithin(string text) => s_notWithin.IsMatch(text);

    /// <summary>
    /// Words right before a figure that bound how soon something happens ("within 2 seconds", "in under 300 ms"); not
    /// in a clause that names a person ("the rider reports within 10 min" is the rider's deadline).
    /// </summary>
    private static readonly string[] s_targetWords =
    {
        "=within", "in under", "en menos de", "em menos de", "em até", "=dentro de", "=innerhalb", "以内", "<", "≤", "=under", "=below", "at most", "=max", "=maximum", "=sla",
    };

    private static readonly string[] s_longUnits = { "month", "year", "mes", "meses", "año", "años", "ano", "anos", "monat", "jahr", "か月", "年" };

    private static readonly string[] s_shortUnits = { "ms", "millisecond", "s", "sec", "second", "min", "minute", "segundo", "minuto", "sekunde", "秒", "分" };

    /// <summary>"12 months", "5 years": a period of the domain (an expiry of a prescription), not a time-out of the flow.</summary>
    private static bool IsLongPeriod(string measure) => s_longUnits.Any(u => measure.IndexOf(u, StringComparison.OrdinalIgnoreCase) >= 0);

    /// <summary>"2 seconds", "300 ms", "5 min": a figure of seconds or minutes.</summary>
    private static bool IsShortWait(string measure)
    {
        // "até 5 segundos", "up to 5 s": the unit is what follows the figure, whatever precedes it.
        var digit = measure.IndexOfAny("0123456789".ToCharArray());
        var unit = new string((digit >= 0 ? measure.Substring(digit) : measure).SkipWhile(c => char.IsDigit(c) || c is '.' or ',' or ' ' or '\u00A0').ToArray()).Trim().ToLowerInvariant().TrimEnd('.');
        return s_shortUnits.Any(u => unit == u || unit == u + "s");
    }

    /// <summary>Words by which a statement says time runs out, with or without a figure.</summary>
    private static readonly string[] s_expiryWords =
    {
        "=expire", "=expires", "=expired", "=expira", "=expirou", "timeout", "time out", "timed out", "times out", "tempo esgota",
        "タイムアウト", "期限切れ", "時間切れ", "만료", "타임아웃", "시간 초과",
    };

    /// <summary>
    /// "Health card expired or missing", "ID Expired": a document past its date is a fact the flow checks, no time-out
    /// of the flow, unless a figure says how long something waits.
    /// </summary>
    private static readonly string[] s_documentsThatExpire =
    {
        "card", "=id", "identity", "document", "passport", "licence", "license", "certificate", "visa", "membership", "cartão", "carte", "tessera",
        "ausweis", "documento", "pièce", "tarjeta", "carteira", "karte",
    };

    private static readonly string[] s_reportedSpeech = { " that ", " que ", " dass " };

    /// <summary>"e-mails the customer that the return has expired": the expiry is what a message says, no time-out of the flow.</summary>
    private static bool ReportsExpiry(string text)
    {
        foreach (var that in s_reportedSpeech)
        {
            var at = text.IndexOf(that, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && !Keywords.Any(text.Substring(0, at), s_expiryWords) && Keywords.Any(text.Substring(at), s_expiryWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Names of a time limit: a timeout when a rule or requirement states it, not when a step lists it.</summary>
    private static readonly string[] s_timeLimitNouns = { "time limit", "timelimit", "tempo limite", "制限時間", "시간 제한" };

    /// <summary>Labels of a use-case field that says how often it runs (Data Validation does not take it for a rule either).</summary>
    internal static readonly string[] FrequencyLabels = { "frequency", "frequência", "frecuencia", "häufigkeit", "頻度", "빈도" };

    /// <summary>Words by which a requirement asks for speed without a figure.</summary>
    private static readonly string[] s_statedPerformance =
    {
        "performant", "performance", "response time", "latency", "throughput", "in real time", "real-time", "em tempo real", "リアルタイム", "seconds-long", "minutes-long", "sub-second", "desempenho", "rendimiento", "性能", "パフォーマンス", "성능",
    };

    /// <summary>Words that make a bound on a count one of time, attempts or requests ("at most 3 attempts").</summary>
    private static readonly string[] s_attemptWords =
    {
        "attempt", "tries", "retry", "retries", "request", "call", "login", "times", "session", "concurrent", "simultaneous", "tentativa",
        "requisiç", "intento", "message", "reminder", "notification", "email", "=sms", "=sends", "=send", "試行", "回", "시도", "번",
    };

    /// <summary>
    /// True when the measure bounds data rather than time or traffic: an age, or a count of anything that is not
    /// an attempt or a request ("8 characters", "9 interval sets").
    /// </summary>
    internal static bool IsDataLimit(MeasureKind kind, string clause) =>
        Keywords.Any(clause, s_ageWords) || (kind == MeasureKind.Limit && !Keywords.Any(clause, s_attemptWords) && !Keywords.Any(clause, s_timeoutWords));

    /// <summary>
    /// The clause a measure is read in: up to 60 characters before it (not before the previous measure's end) and 30
    /// after. Measures may overlap ("2-3 s" read as a range and as its end): a clause never starts after its measure.
    /// </summary>
    private static (int From, int To) ClauseAround(string text, int start, int length, ref int previousEnd)
    {
        var from = Math.Min(Math.Max(previousEnd, start - 60), start);
        var to = Math.Max(from, Math.Min(text.Length, start + length + 30));
        previousEnd = Math.Max(previousEnd, start + length);
        return (from, to);
    }

    /// <summary>The statement's measures that bound data (<see cref="IsDataLimit"/>), as clauses of the statement.</summary>
    internal static bool StatesDataLimit(string text)
    {
        var previousEnd = 0;
        foreach (var (kind, start, length) in Durations.Find(text))
        {
            var (from, to) = ClauseAround(text, start, length, ref previousEnd);
            if (IsDataLimit(kind, text.Substring(from, to - from)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that make "13 years" an age bound (a limit), not a time the system takes or keeps.</summary>
    private static readonly string[] s_ageWords = { "=age", "=aged", "idade", "=edad", "=alter", "年齢", "歳", "나이", "세 이상" };

    public static void Render(MarkdownBuilder md, DocumentContext context)
    {
        var performance = new List<string>();
        var timeouts = new List<string>();
        var limits = new List<string>();
        var other = new List<string>();
        foreach (var item in SourceItems.OfDocument(context.Document))
        {
            Place(item, "Whole document (" + item.Reference + ")", performance, timeouts, limits, other);
        }

        for (var i = 0; i < context.UseCases.Count; i++)
        {
            var prefix = UseCaseRef(context.UseCases[i], i);
            var index = i;
            foreach (var item in context.StatementsOf(i))
            {
                Place(item, prefix + " " + item.Reference, performance, timeouts, limits, other, text => CitedFigure(context, index, text));
            }

            foreach (var element in context.UseCases[i].DataElements)
            {
                // "pairing_code | 8 chars, single use, valid 15 min after reset": a data element's period is stated too.
                if (element.Description.Length > 0 && Durations.Contains(element.Description))
                {
                    Place(new SourceItem("data element " + element.Name, element.Description, SourceItemKind.Note), prefix + " data element " + element.Name, performance, timeouts, limits, other);
                }
            }
        }

        md.Heading(2, "Timing Constraints");
        md.Heading(3, "Performance Requirements");
        Lines(md, performance, "Not specified in usecase.md.");
        md.Heading(3, "Timeout Settings");
        Lines(md, timeouts, "Not specified in usecase.md.");
        if (limits.Count > 0)
        {
            md.Heading(3, "Limits and Rates");
            Lines(md, limits, string.Empty);
        }

        if (other.Count > 0)
        {
            md.Heading(3, "Other Durations Stated (periods of the domain, quoted as written)");
            Lines(md, other, string.Empty);
        }

    }

    /// <summary>
    /// "… con plazo vencido … (RN-07)" where RN-07 says "10 días hábiles": the rule the text cites that states a length
    /// of time, quoted as "RN-07: …"; empty when it cites none.
    /// </summary>
    private static string CitedFigure(DocumentContext context, int index, string text)
    {
        foreach (var rule in context.RulesAndRequirementsFor(index))
        {
            // The rule's id is its label ("BR-7"), or the first word of a rule listed without one ("RN-07 Plazo de …").
            var id = LooksLikeId(rule.Reference) ? rule.Reference : rule.Text.Split(' ')[0].TrimEnd(':', '.');
            if (LooksLikeId(id) && text.IndexOf(id, StringComparison.Ordinal) >= 0
                && Durations.Find(rule.Text) is { Count: > 0 } measures && measures.Exists(m => m.Kind == MeasureKind.Duration))
            {
                // From the figure to the end of its clause: "10 días hábiles desde la notificación del requerimiento".
                var first = measures.First(m => m.Kind == MeasureKind.Duration);
                var end = rule.Text.IndexOfAny(new[] { '.', ';', '(' }, first.Start + first.Length);
                return id + ": " + rule.Text.Substring(first.Start, (end < 0 ? rule.Text.Length : end) - first.Start).Trim();
            }
        }

        return string.Empty;
    }

    private static bool LooksLikeId(string id) => id.Length is >= 3 and <= 12 && char.IsLetter(id[0]) && id.Any(char.IsDigit) && id.IndexOf(' ') < 0;

    /// <summary>Files the statement under one heading by its own words; nothing when it states no measure.</summary>
    private static void Place(SourceItem item, string source, List<string> performance, List<string> timeouts, List<string> limits, List<string> other, Func<string, string>? figureFor = null)
    {
        var measures = Durations.Find(item.Text);
        if (measures.Count == 0)
        {
            if ((item.Kind is not (SourceItemKind.Note or SourceItemKind.Precondition or SourceItemKind.Postcondition) && Keywords.Any(Keywords.Unquoted(item.Text), s_expiryWords) && !ReportsExpiry(item.Text)
                    && !Keywords.Any(item.Text, s_documentsThatExpire))
                || (item.Kind is SourceItemKind.BusinessRule or SourceItemKind.Requirement && Keywords.Any(item.Text, s_timeLimitNouns)))
            {
                // "Tempo expira → sistema envia automaticamente a tentativa": a timeout the flow handles, no figure;
                // 'sets status to "Expired"' names a status, no time running out.
                Add(timeouts, "- " + MarkdownText.Escape(source + ": " + Quote(item.Text, 0, 0)));
                return;
            }

            if (item.Kind is SourceItemKind.Note && Keywords.Any(item.Reference, FrequencyLabels) && item.Text.Trim().Length > 0)
            {
                // "Frequency of Use: several times a day": how often the use case runs, as the author states it.
                Add(limits, "- " + MarkdownText.Escape(source + ": " + Quote(item.Text, 0, 0)));
                return;
            }

            if (item.Kind is SourceItemKind.Requirement or SourceItemKind.BusinessRule or SourceItemKind.Note && Keywords.Any(item.Text, s_statedPerformance))
            {
                // "It MUST also be reasonably performant": a performance requirement without a figure is still stated.
                Add(performance, "- " + MarkdownText.Escape(source + ": " + Quote(item.Text, 0, 0) + " (no figure given)"));
            }
            else if (item.Kind is not (SourceItemKind.Note or SourceItemKind.Precondition or SourceItemKind.Postcondition) && Keywords.Any(item.Text, s_deadlineWords))
            {
                // "キャンセル期限超過: キャンセルできない旨のメッセージを表示": a deadline the flow handles, its length stated elsewhere or not at all.
                var cited = figureFor?.Invoke(item.Text) ?? string.Empty;
                Add(other, "- " + MarkdownText.Escape(source + ": " + Quote(item.Text, 0, 0) + (cited.Length > 0 ? " (the figure is in " + cited + ")" : " (no figure given)")));
            }

            return;
        }

        var line = "- " + MarkdownText.Escape(source + ": " + Quote(item.Text, measures[0].Start, measures[measures.Count - 1].Start + measures[measures.Count - 1].Length));
        var previousEnd = 0;
        foreach (var (kind, start, length) in measures)
        {
            // Each measure is placed by the words of its own clause: "under 100ms with a 1-second cache TTL" is a
            // response time and a cache expiry.
            var (from, to) = ClauseAround(item.Text, start, length, ref previousEnd);
            var clause = item.Text.Substring(from, to - from);
            if (kind != MeasureKind.Duration && IsMoney(item.Text, start, length))
            {
                // "mínimo 15 €", "up to $500 per claim": an amount of money bounds a price, not time or traffic.
                continue;
            }

            if (IsDataLimit(kind, clause))
            {
                // "Passwords must be at least 8 characters", "minimum age of 13 years": a rule on the data, listed
                // under Data Validation Points, not a time or a rate.
                continue;
            }

            // A statement is listed once, under the heading its first measure takes: "under 100ms with a 1-second
            // cache TTL" is a response time, quoted whole.
            if (limits.Contains(line) || timeouts.Contains(line) || performance.Contains(line) || other.Contains(line))
            {
                break;
            }

            if (kind != MeasureKind.Duration)
            {
                Add(limits, line);
            }
            else if (start + length > from && item.Text.Substring(from, start + length - from) is var named
                && (Keywords.Any(named, s_performanceWords) || (from == 0 && Keywords.Any(item.Reference, s_performanceWords))) && !Keywords.Any(named, NoAnswer) && !NotWithin(named))
            {
                // "Response time under 100ms with 1-second cache TTL": the words before the figure name it.
                Add(performance, line);
            }
            else if (IsRate(item.Text, start, length))
            {
                // "After 3 declines in 1 h", "Allowed once per 30 days": a count in a window of time is a rate.
                Add(limits, line);
            }
            else if ((Keywords.Any(clause, s_timeoutWords) && !IsLongPeriod(item.Text.Substring(start, length))) || NotWithin(clause)
                || (Keywords.Any(" " + item.Text.Substring(from, start - from), NoAnswer) && !IsLongPeriod(item.Text.Substring(start, length))) || IsTimeGiven(item.Text, start, length))
            {
                Add(timeouts, line);
            }
            else if (Keywords.Any(clause, s_performanceWords) || (IsShortWait(item.Text.Substring(start, length)) && Keywords.Any(item.Text.Substring(from, start - from), s_targetWords)
                && !ActorKinds.NamesAPerson(item.Text.Substring(from, start - from)))
                || (IsShortWait(item.Text.Substring(start, length)) && item.Kind is SourceItemKind.Note or SourceItemKind.Requirement && Keywords.Any(item.Reference, s_qualitySections)))
            {
                // "must load within 2 seconds at the 95th percentile", "see the new line within 5 seconds": a bound of
                // seconds or minutes on how soon something happens is a performance target.
                Add(performance, line);
            }
            else if (!limits.Contains(line) && !timeouts.Contains(line) && !performance.Contains(line))
            {
                Add(other, line);
            }
        }
    }

    /// <summary>Headings of a section of quality requirements: a bound of seconds or minutes stated there is a performance target.</summary>
    private static readonly string[] s_qualitySections =
    {
        "non-functional", "nonfunctional", "non functional", "=nfr", "=nfrs", "quality", "não funciona", "no funciona", "nicht-funktional", "nichtfunktional", "calidad", "qualidade",
    };

    /// <summary>"3 declines in 1 h", "fails 3 times in 1 h", "once per 30 days", "twice a day", "every 30 seconds": a count in a window of time.</summary>
    private const string CountBeforePattern =
        @"(?:(?<!\b(?:step|steps|paso|pasos|passo|passos|uc|etapa|schritt)\s+)\b\d+\s+(?<words>(?:[\w-]+\s+){1,2})(?:in|per|every|em|en|por|pro|je)|\b(?:once|twice|uma vez|una vez|duas vezes|dos veces)\s+(?:in|per|every|a|an|por|pro)|\b(?:every|each|cada|a cada|alle|jede[nrs]?))\s+$";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_countBefore = CountBeforeRegex();

    [System.Text.RegularExpressions.GeneratedRegex(CountBeforePattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex CountBeforeRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_countBefore = new(CountBeforePattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, Common.RegexTimeout.Value);
#endif

    /// <summary>What a rate counts: attempts, declines, failures, times … (not "6 digits expires in").</summary>
    private static readonly string[] s_countedEvents =
    {
        "attempt", "tries", "times", "declin", "failure", "fails", "failed", "error", "rejection", "request", "call", "login", "message", "reminder",
        "notification", "upload", "order", "booking", "submission", "reports", "veces", "vezes", "intentos", "tentativas", "rechazos", "fallos", "falhas",
    };

    private static bool IsRate(string text, int start, int length)
    {
        var from = Math.Max(0, start - 40);
        var match = s_countBefore.Match(text.Substring(from, start - from));
        if (!match.Success)
        {
            return false;
        }

        var words = match.Groups["words"];
        return !words.Success || words.Length == 0 || Keywords.Any(words.Value, s_countedEvents);
    }

    /// <summary>"rider has 3 min to complete it", "tiene 10 días para …": a time the actor is given, which runs out.</summary>
    private const string TimeGivenBeforePattern =
        @"\b(?:has|have|gets|get|is given|are given|tem|têm|tiene|tienen|dispone de|disponen de)\s+(?:up to\s+|at most\s+|até\s+|hasta\s+)?$";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_timeGivenBefore = TimeGivenBeforeRegex();

    [System.Text.RegularExpressions.GeneratedRegex(TimeGivenBeforePattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex TimeGivenBeforeRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_timeGivenBefore = new(TimeGivenBeforePattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, Common.RegexTimeout.Value);
#endif

    private static readonly string[] s_toAfter = { " to ", " para ", " pour ", " um " };

    private static bool IsTimeGiven(string text, int start, int length)
    {
        if (IsLongPeriod(text.Substring(start, length)))
        {
            // "The customer has 14 days to return an item": a period of the domain, no time-out.
            return false;
        }

        var from = Math.Max(0, start - 30);
        if (!s_timeGivenBefore.IsMatch(text.Substring(from, start - from)))
        {
            return false;
        }

        var after = text.Substring(start + length, Math.Min(25, text.Length - start - length));
        return s_toAfter.Any(t => after.IndexOf(t, StringComparison.OrdinalIgnoreCase) >= 0);
    }

    private static readonly string[] s_currencies = { "€", "$", "£", "¥", "eur", "usd", "gbp", "euro", "euros", "dollar", "dollars", "reais", "r$" };

    /// <summary>A currency sign or code right before or after the measure ("15 €", "$500", "500 EUR").</summary>
    private static bool IsMoney(string text, int start, int length)
    {
        var measure = text.Substring(start, length);
        var after = text.Substring(start + length, Math.Min(6, text.Length - start - length)).TrimStart().ToLowerInvariant();
        var before = text.Substring(Math.Max(0, start - 2), Math.Min(2, start)).ToLowerInvariant();
        foreach (var currency in s_currencies)
        {
            if (measure.IndexOf(currency, StringComparison.OrdinalIgnoreCase) >= 0 || after.StartsWith(currency, StringComparison.Ordinal) || before.EndsWith(currency, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words of a deadline or a period that has run out, which a flow handles ("cancellation deadline passed", "予約期間外").</summary>
    private static readonly string[] s_deadlineWords =
    {
        "deadline passed", "deadline has passed", "past the deadline", "after the deadline", "missed the deadline", "deadline expired", "period has ended",
        "期限超過", "期限切れ", "期間外", "締切後", "plazo vencido", "fuera de plazo", "prazo vencido", "prazo expirado", "fora do prazo", "frist abgelaufen", "기한 초과", "기한이 지난",
    };

    /// <summary>The statement, or the sentences of a long one that hold the measures from <paramref name="from"/> to <paramref name="to"/>.</summary>
    internal static string Quote(string text, int from, int to)
    {
        var flat = text.Replace('\n', ' ').Replace('\r', ' ');
        if (flat.Length <= MaxQuote)
        {
            return flat;
        }

        var start = from;
        while (start > 0 && !EndsSentence(flat, start - 1))
        {
            start--;
        }

        var end = Math.Min(flat.Length, Math.Max(to, from));
        while (end < flat.Length && !EndsSentence(flat, end))
        {
            end++;
        }

        var quote = flat.Substring(start, Math.Min(flat.Length, end + 1) - start).Trim();
        return (start > 0 ? "… " : string.Empty) + quote + (end + 1 < flat.Length ? " …" : string.Empty);
    }

    private static bool EndsSentence(string text, int i) =>
        text[i] is '。' or '；' || (text[i] is '.' or ';' or '!' or '?' && (i + 1 >= text.Length || text[i + 1] == ' ') && (i == 0 || !char.IsDigit(text[i - 1]) || i + 1 >= text.Length));

    /// <summary>How a use case is cited: its id; else the code its name opens with ("C03 - Checkout"); else its place.</summary>
    internal static string UseCaseRef(UseCases.UseCase useCase, int index) =>
        useCase.Id.Length > 0 ? useCase.Id
        : UseCases.UseCaseTitle.LeadingCode(useCase.Name) is { Length: > 0 } code ? code
        : "Use case " + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal static void Lines(MarkdownBuilder md, List<string> lines, string empty)
    {
        if (lines.Count == 0)
        {
            md.Block(empty);
            return;
        }

        md.Blank();
        foreach (var line in lines)
        {
            md.Line(line);
        }
    }

    private static void Add(List<string> list, string line)
    {
        if (!list.Contains(line))
        {
            list.Add(line);
        }
    }
}
