using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// Keyword checks for the derived sections. A keyword starting with '=' must be a whole word; others match
/// anywhere (case-insensitive), so stems such as "authenticat" cover every form.
/// </summary>
internal static partial class Keywords
{
    /// <summary>
    /// The numbers of the basic steps whose text holds one of the keywords, found once per use case: the derived
    /// sections ask it for every branch ("is the step this branch departs from a validation?").
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static HashSet<int> StepsSaying(UseCases.UseCase useCase, IReadOnlyList<string> keywords)
    {
        var found = new HashSet<int>();
        var steps = useCase.Steps;
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            if (step.Ordinal > 0 && Any(step.Text, keywords))
            {
                found.Add(step.Ordinal);
            }
        }

        return found;
    }

    /// <summary>True when <paramref name="text"/> says one of the keywords (see the class summary).</summary>
    [MethodImpl(HotPath.Optimized)]
    public static bool Any(string text, IReadOnlyList<string> keywords)
    {
        // The lists are arrays: each is read into a plan once, not once per text it is asked about.
        var array = keywords as string[] ?? System.Linq.Enumerable.ToArray(keywords);
        return s_plans.GetValue(array, static a => new Plan(a)).Any(text);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string[], Plan> s_plans = new();

    /// <summary>A keyword list split once into the keywords found anywhere and the whole words.</summary>
    private sealed class Plan
    {
        private readonly IgnoreCase.ValueSet _anywhere;
        private readonly string[] _wholeWords;

        // The whole-word keywords without their '=', looked for anywhere: a text of ASCII characters that holds none
        // of them, ignoring case, has none of them as a word, and its words are not split.
        private readonly IgnoreCase.ValueSet _wholeWordsAnywhere;

        // The lengths of the whole-word keywords, one bit each (63 and longer share the last): a word of another
        // length is passed over without comparing it with any keyword.
        private readonly ulong _wholeWordLengths;

        public Plan(string[] keywords)
        {
            var anywhere = new List<string>();
            var wholeWords = new List<string>();
            foreach (var keyword in keywords)
            {
                if (IsWholeWord(keyword))
                {
                    wholeWords.Add(keyword);
                    _wholeWordLengths |= LengthBit(keyword.Length - 1);
                }
                else
                {
                    anywhere.Add(keyword);
                }
            }

            _anywhere = new IgnoreCase.ValueSet(anywhere);
            _wholeWords = wholeWords.ToArray();
            _wholeWordsAnywhere = new IgnoreCase.ValueSet(System.Linq.Enumerable.Select(_wholeWords, keyword => keyword.Substring(1)));
        }

        // Every whole-word keyword is looked for in one pass over the words of the text, not in one pass each.
        public bool Any(string text) =>
            _anywhere.InText(text)
            || (_wholeWordLengths != 0
                && (!IgnoreCase.IsAscii(text) || _wholeWordsAnywhere.InText(text))
                && HasWholeWord(text, _wholeWords, _wholeWordLengths));
    }

    private static bool IsWholeWord(string keyword) => keyword.Length > 1 && keyword[0] == '=';

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    /// <summary>
    /// True when a word of <paramref name="text"/>, split and lower-cased exactly as <see cref="WordIndex"/>
    /// does, equals one of the whole-word keywords ('=' and the word) — without building the index: this check
    /// runs for every item of every derived section and was the largest source of allocations.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool HasWholeWord(string text, string[] keywords, ulong lengths)
    {
        var i = 0;
        while (WordIndex.NextWord(text, ref i, out var start))
        {
            var length = i - start;
            if ((lengths & LengthBit(length)) == 0)
            {
                continue;
            }

            for (var k = 0; k < keywords.Length; k++)
            {
                var keyword = keywords[k];
                if (keyword.Length - 1 == length && IsWholeWord(keyword) && EqualsLowerCase(text, start, keyword, 1, length))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool EqualsLowerCase(string text, int start, string keyword, int from, int length)
    {
        for (var k = 0; k < length; k++)
        {
            if (char.ToLowerInvariant(text[start + k]) != keyword[from + k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Words by which a step says it does not block: only what the author states, not a guess from "email".</summary>
    /// <summary>The text with what it quotes ("…", “…”, «…») blanked out: the words of a message shown, not of the step.</summary>
    public static string Unquoted(string text)
    {
        if (text.IndexOfAny(s_quotes) < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        var open = '\0';
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (open == '\0')
            {
                open = c switch { '"' => '"', '“' => '”', '«' => '»', _ => '\0' };
                continue;
            }

            if (c == open)
            {
                open = '\0';
                continue;
            }

            chars[i] = ' ';
        }

        return new string(chars);
    }

    private static readonly char[] s_quotes = { '"', '“', '«' };

    public static readonly string[] Async =
    {
        "async", "asynchronous", "in the background", "background job", "message queue", "=queued", "=queues", "=enqueues", "to the queue", "to a queue", "onto the queue", "=publish", "=publishes", "eventually",
        "non-blocking", "fire-and-forget", "scheduled job", "scheduled task", "on a schedule", "batch job", "after responding", "after the response is sent",
        "realtime channel", "real-time channel", "pushed over", "pushed to", "push notification", "非同期", "バックグラウンド", "비동기", "assíncron", "asíncron",
    };

    /// <summary>Words by which a step says it waits for its answer: only what the author states.</summary>
    public static readonly string[] Sync =
    {
        "=synchronous", "=synchronously", "waits for", "wait for", "blocks until", "=aguarda", "=aguardam", "=síncrono", "=síncrona", "=sincrónico", "同期処理", "동기",
    };

    public static readonly string[] Cache = { "=cache", "=cached", "=caches", "=caching", "redis", "memoiz", "キャッシュ", "캐시" };

    public static readonly string[] Transaction =
    {
        "=transactional", "single transaction", "one transaction", "same transaction", "database transaction", "atomic", "rollback", "roll back",
        "rolled back", "all-or-nothing", "no partial", "partially saved", "partially stored", "half-written", "トランザクション",
        "is not undone", "are not undone", "is never undone", "are never undone", "no se deshace", "no se deshacen", "não é desfeit", "não são desfeit",
        "compares the version", "compare-and-set", "compare-and-swap", "only if the stored version", "first reservation wins", "first write wins",
        "somente a primeira", "solo la primera",
    };

    public static readonly string[] Writes =
    {
        "=stores", "=saves", "=persists", "=writes", "=updates", "=inserts", "=deletes", "=creates", "=records", "=store", "=save",
        "=persist", "=write", "=update", "=insert", "=delete", "=create", "=removes", "=remove",
    };

    public static readonly string[] Timeoutish =
    {
        "timeout", "time out", "timed out", "times out", "=ttl", "time to live", "time-to-live", "expir", "interval", "retry", "retries",
        "rate limit", "rate-limit", "requests per", "per second", "per minute", "per hour", "throttl", "cooldown", "lockout",
        "locked out", "backoff", "タイムアウト", "有効期限",
    };

    public static readonly string[] Performance =
    {
        "response time", "latency", "performance", "within", "under ", "less than", "throughput", "p95", "p99", "p50", "fast",
        "exceed", "concurrent users", "per second", "load time", "応答", "以内",
    };

    public static readonly string[] Concurrency =
    {
        "concurren", "parallel", "simultaneous", "at the same time", "race condition", "locked by another", "locking", "optimistic",
        "multiple requests", "single-run", "one at a time", "already running", "already in progress", "another run is active", "同時", "並行", "並列",
        "동시", "simultâne", "simultáne", "if-match", "etag", "idempoten", "version check", "lost update", "duplicate events", "sin duplicar",
        "without duplicating", "processed twice", "refunded twice", "charged twice", "same claim open", "same record", "in the meantime", "changed by another",
        "first come, first served", "first-come", "por orden de llegada", "por ordem de chegada", "先着",
        "at once", "at the same moment", "already has it open", "already open by", "opened by another", "edited by another",
        "already opened", "while another", "ao mesmo tempo", "al mismo tiempo", "first reservation wins", "first write wins", "first-write-wins",
        "assigned exclusively", "exclusively assigned", "exclusive assignment", "asignada en exclusiva", "asignado en exclusiva", "atribuída com exclusividade",
    };

    /// <summary>Words by which the system checks data ("validates", "verifies"); a checkbox or a click is not one.</summary>
    public static readonly string[] Validation =
    {
        "validat", "=valida", "=validam", "=validar", "validaç", "validand", "=valide", "verif", "ensure", "sanitiz", "sanitis",
        "=invalid", "malformed", "required field", "well-formed", "検証", "妥当性", "入力チェック", "검증", "유효성", "inválid", "prüft",
        "überprüf", "=válido", "=válida", "=válidos", "=válidas", "comprueba", "=comprobar", "comprobación", "=confere", "=mismatch", "does not match", "doesn't match",
        "no coincide", "no corresponde", "não corresponde", "não confere",
    };

    /// <summary>Nouns that hold a validation word and name a thing, not a check ("código seguro de verificación").</summary>
    public static readonly string[] ValidationNouns =
    {
        "verification code", "validation code", "código seguro de verificación", "código de verificación", "código de verificação", "code de vérification",
    };

    public static readonly string[] Frontend = { "client-side", "client side", "frontend", "front-end", "=browser", "=forms", "=ui" };

    /// <summary>"the form", "a web form", "form field": a form on a screen, not the form of a product or "the format".</summary>
    private const string FormOnAScreenPattern =
        @"\b(?:the|a|this|web|online|registration|sign-up|login)\s+form\b|\bform\s+fields?\b";

#if NET
    public static readonly System.Text.RegularExpressions.Regex FormOnAScreen = FormOnAScreenRegex();

    [System.Text.RegularExpressions.GeneratedRegex(FormOnAScreenPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex FormOnAScreenRegex();
#else
    public static readonly System.Text.RegularExpressions.Regex FormOnAScreen = new(FormOnAScreenPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, Common.RegexTimeout.Value);
#endif

    public static readonly string[] DatabaseConstraints =
    {
        "unique", "required", "not null", "non-null", "primary key", "foreign key", "constraint", "mandatory", "must be", "max", "min",
        "一意", "必須",
    };

    public static readonly string[] RuleWords =
    {
        "must", "only", "cannot", "can't", "may not", "required", "limit", "exceed", "at least", "at most", "maximum", "minimum",
        "never", "always", "not allowed", "should",
    };
}
