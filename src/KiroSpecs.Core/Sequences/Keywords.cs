using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// Keyword checks for the derived sections. A keyword starting with '=' must be a whole word; others match
/// anywhere (case-insensitive), so stems such as "authenticat" cover every form.
/// </summary>
internal static class Keywords
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
        // An all-ASCII text (most steps) cannot hold a keyword with a letter such as 'à' or '非' under
        // OrdinalIgnoreCase; such a keyword is not searched for there (the runtime searches a keyword that is
        // not ASCII character by character, the slowest part of this check). 0: not known yet, 1: ASCII, 2: not.
        var ascii = 0;

        // The lists are arrays: indexing one directly needs no enumerator and no interface call per keyword.
        // Whole-word keywords ("=event") are looked for last, all in one pass over the text's words.
        var wholeWords = false;
        if (keywords is string[] array)
        {
            for (var k = 0; k < array.Length; k++)
            {
                if (IsWholeWord(array[k]))
                {
                    wholeWords = true;
                }
                else if (Says(text, array[k], ref ascii))
                {
                    return true;
                }
            }

            return wholeWords && HasAnyWord(text, array);
        }

        for (var k = 0; k < keywords.Count; k++)
        {
            if (IsWholeWord(keywords[k]))
            {
                wholeWords = true;
            }
            else if (Says(text, keywords[k], ref ascii))
            {
                return true;
            }
        }

        return wholeWords && HasAnyWord(text, new List<string>(keywords).ToArray());
    }

    private static bool IsWholeWord(string keyword) => keyword.Length > 1 && keyword[0] == '=';

    /// <summary>
    /// True when a word of <paramref name="text"/>, split and lower-cased exactly as <see cref="WordIndex"/> does,
    /// equals one of the whole-word keywords ("=event" without its '='): one pass over the words for all of them.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool HasAnyWord(string text, string[] keywords)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!WordIndex.IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && WordIndex.IsWordChar(text[i]))
            {
                i++;
            }

            for (var k = 0; k < keywords.Length; k++)
            {
                var keyword = keywords[k];
                if (keyword.Length - 1 == i - start && IsWholeWord(keyword) && EqualsLowerCase(text, start, keyword, 1, i - start))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Says(string text, string keyword, ref int ascii)
    {
        if (NeedsNonAscii(keyword))
        {
            if (ascii == 0)
            {
                ascii = IsAscii(text) ? 1 : 2;
            }

            if (ascii == 1)
            {
                return false;
            }
        }

        return text.IndexOf(keyword, StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary>
    /// True when <paramref name="keyword"/> has a character that no ASCII character equals ignoring case: any
    /// beyond ASCII but the four whose case is an ASCII letter (İ, ı, ſ and the Kelvin sign). Only a text with
    /// such characters can hold the keyword. (Asking the runtime for the case of each character would cost more
    /// than the search it saves.)
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool NeedsNonAscii(string keyword)
    {
        for (var i = 0; i < keyword.Length; i++)
        {
            if (keyword[i] >= 0x80 && keyword[i] is not ('\u0130' or '\u0131' or '\u017F' or '\u212A'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when every character of <paramref name="text"/> is ASCII.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static bool IsAscii(string text)
    {
#if NET
        return System.Text.Ascii.IsValid(text);
#else
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] >= 0x80)
            {
                return false;
            }
        }

        return true;
#endif
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
    public static readonly string[] Async =
    {
        "async", "asynchronous", "in the background", "background job", "message queue", "=queued", "=queues", "=enqueues", "to the queue", "to a queue", "onto the queue", "=publish", "=publishes", "=event", "=events", "eventually",
        "non-blocking", "fire-and-forget", "webhook", "scheduled job", "scheduled task", "on a schedule", "batch job", "later", "via fila", "na fila", "à fila", "para a fila", "en cola", "非同期", "バックグラウンド", "비동기", "assíncron", "asíncron",
    };

    /// <summary>Words by which a step says it waits for its answer: only what the author states.</summary>
    public static readonly string[] Sync =
    {
        "=synchronous", "=synchronously", "waits for", "wait for", "blocks until", "aguarda", "=síncrono", "=síncrona", "=sincrónico", "同期処理", "동기",
    };

    public static readonly string[] Cache = { "=cache", "=cached", "=caches", "=caching", "redis", "memoiz", "キャッシュ", "캐시" };

    public static readonly string[] Transaction =
    {
        "=transactional", "single transaction", "one transaction", "same transaction", "database transaction", "atomic", "rollback", "roll back",
        "rolled back", "all-or-nothing", "トランザクション",
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
        "동시", "simultâne", "simultáne",
    };

    /// <summary>Words by which the system checks data ("validates", "verifies"); a checkbox or a click is not one.</summary>
    public static readonly string[] Validation =
    {
        "validat", "=valida", "=validam", "=validar", "validaç", "validand", "=valide", "verif", "ensure", "sanitiz", "sanitis",
        "=invalid", "malformed", "required field", "well-formed", "検証", "妥当性", "入力チェック", "검증", "유효성", "inválid", "prüft",
        "überprüf",
    };

    public static readonly string[] Frontend = { "client-side", "client side", "frontend", "front-end", "=browser", "=form", "=forms", "=ui" };

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
