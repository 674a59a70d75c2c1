using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.Sequences;

/// <summary>What a measure in the text is.</summary>
internal enum MeasureKind
{
    /// <summary>An amount of time: "100ms", "5 seconds", "30-minute", "24時間", "1 dia".</summary>
    Duration,

    /// <summary>An amount per period: "10 requests per second", "5 reports a day", "100/min".</summary>
    Rate,

    /// <summary>A bound on a count: "at most 5", "maximum of 3 attempts", "최대 9개".</summary>
    Limit,
}

/// <summary>
/// Finds durations, rates and limits in text without regular expressions, in English, Portuguese, Spanish,
/// German, Japanese and Korean. A duration is a number (digits or an English number word) followed by a time
/// unit; a rate is a count followed by "per"/"a"/"/" and a period; a limit is a bound word followed by a number.
/// </summary>
internal static class Durations
{
    private static readonly string[] s_units =
    {
        "ms", "msec", "millisecond", "milliseconds", "s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes",
        "h", "hr", "hrs", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
        "segundo", "segundos", "minuto", "minutos", "hora", "horas", "dia", "dias", "día", "días", "semana", "semanas", "mês", "meses",
        "mes", "ano", "anos", "año", "años", "sekunde", "sekunden", "minute", "minuten", "stunde", "stunden", "tag", "tage", "tagen",
        "woche", "wochen", "monat", "monate", "jahr", "jahre",
    };

    /// <summary>Units in scripts without spaces: they may follow the number directly and be followed by anything.</summary>
    private static readonly string[] s_cjkUnits = { "ミリ秒", "秒", "分間", "分", "時間", "日間", "日", "週間", "ヶ月", "か月", "カ月", "年間", "초", "분", "시간", "일", "주", "개월", "년" };

    private static readonly string[] s_numberWords =
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty",
        "forty", "fifty", "sixty", "ninety", "hundred",
    };

    /// <summary>The first letters of the number words: most positions of a text start none of them.</summary>
    private static readonly string s_numberWordStarts = new(s_numberWords.Select(w => w[0]).Distinct().ToArray());

    private static readonly string[] s_periods = { "second", "sec", "s", "minute", "min", "hour", "hr", "h", "day", "week", "month", "year", "ip", "user", "request", "session" };

    /// <summary>Periods that make "a"/"an"/"each" a rate ("5 reports a day"), unlike "5 reports a user".</summary>
    private static readonly string[] s_wholePeriods = { "second", "minute", "hour", "day", "week", "month", "year" };

    private static readonly string[] s_ratePrefixes = { " per ", " a ", " an ", " each ", "/", " por ", " pro ", " je " };

    private static readonly string[] s_limitWords =
    {
        "at most", "at least", "maximum of", "minimum of", "maximum", "minimum", "max.", "max", "min.", "up to", "no more than", "not more than",
        "no less than", "not exceed", "limited to", "limit of", "limit is", "no máximo", "no mínimo", "máximo de", "mínimo de", "máximo",
        "mínimo", "até", "hasta", "como máximo", "höchstens", "mindestens", "최대", "최소", "最大", "最小", "上限",
    };

    /// <summary>True when <paramref name="text"/> states a duration (or a percentile such as p95).</summary>
    public static bool Contains(string text) => Find(text).Exists(m => m.Kind == MeasureKind.Duration);

    /// <summary>
    /// The measures of <paramref name="text"/>, in order: kind, start and length of the words that state it. The
    /// derived sections ask about the same step and rule texts several times; while a document is generated
    /// (<see cref="RememberForDocument"/>) each text's answer is found once, else the answer for a text read
    /// recently on this thread is kept. The caller must not change the list.
    /// </summary>
    public static List<(MeasureKind Kind, int Start, int Length)> Find(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return s_none;
        }

        if (s_document is { } document)
        {
            if (!document.TryGetValue(text, out var known))
            {
                known = FindIn(text);
                document.Add(text, known);
            }

            return known;
        }

        // Outside a document: a small table by hash on this thread.
        var recent = s_recent ??= new (string? Text, List<(MeasureKind Kind, int Start, int Length)>? Found)[RecentSize];
        ref var entry = ref recent[(text.GetHashCode() & int.MaxValue) % RecentSize];
        if (entry.Found is not null && string.Equals(entry.Text, text, StringComparison.Ordinal))
        {
            return entry.Found;
        }

        var found = FindIn(text);
        entry = (text, found);
        return found;
    }

    /// <summary>
    /// Keeps the measures of every text asked about on this thread until the returned scope is disposed: one
    /// document's sections go over all of its steps several times, more texts than a small table holds. A plain
    /// dictionary for the document, not a weak table for the process: no lock, and nothing for the garbage
    /// collector to trace per entry.
    /// </summary>
    public static DocumentScope RememberForDocument()
    {
        var outer = s_document;
        s_document = new Dictionary<string, List<(MeasureKind Kind, int Start, int Length)>>(StringComparer.Ordinal);
        return new DocumentScope(outer);
    }

    /// <summary>Ends <see cref="RememberForDocument"/>: what it kept is dropped.</summary>
    public readonly struct DocumentScope : IDisposable
    {
        private readonly Dictionary<string, List<(MeasureKind Kind, int Start, int Length)>>? _outer;

        internal DocumentScope(Dictionary<string, List<(MeasureKind Kind, int Start, int Length)>>? outer) => _outer = outer;

        public void Dispose() => s_document = _outer;
    }

    private const int RecentSize = 256;

    private static readonly List<(MeasureKind Kind, int Start, int Length)> s_none = new();

    [ThreadStatic]
    private static (string? Text, List<(MeasureKind Kind, int Start, int Length)>? Found)[]? s_recent;

    [ThreadStatic]
    private static Dictionary<string, List<(MeasureKind Kind, int Start, int Length)>>? s_document;

    private static readonly string[] s_every = { "all ", "todos los ", "todas las ", "todos os ", "todas as ", "alle " };

    /// <summary>True when "all" (or its translation) comes right before the number at <paramref name="at"/>.</summary>
    private static bool NamesEveryUnit(string lower, int at)
    {
        foreach (var every in s_every)
        {
            if (at >= every.Length && string.CompareOrdinal(lower, at - every.Length, every, 0, every.Length) == 0
                && (at == every.Length || !char.IsLetter(lower[at - every.Length - 1])))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(HotPath.Optimized)]
    private static List<(MeasureKind Kind, int Start, int Length)> FindIn(string text)
    {
        // Most texts state no measure: they share the one empty list (callers only read it), made only when needed.
        List<(MeasureKind, int, int)>? found = null;
        if (string.IsNullOrEmpty(text) || text.Length > 20_000)
        {
            return s_none;
        }

        var lower = text.ToLowerInvariant();
        for (var i = 0; i < lower.Length; i++)
        {
            if (i > 0 && char.IsLetterOrDigit(lower[i - 1]) && !IsCjk(lower[i - 1]))
            {
                continue;
            }

            var numberEnd = NumberEnd(lower, i);
            if (numberEnd <= i)
            {
                continue;
            }

            var unitEnd = UnitEnd(lower, numberEnd);
            var start = LimitStart(lower, i);
            if (unitEnd > numberEnd && (NamesEveryUnit(lower, i) || NamesOneUnitAmongOthers(lower, unitEnd) || IsAnAge(lower, i, numberEnd, unitEnd)))
            {
                // "pre-fills all 7 days", "todos los 12 meses": the days themselves, no length of time; "cada miembro
                // mayor de 18 años", "pacientes com menos de 14 anos": a person's age.
                i = unitEnd - 1;
                continue;
            }

            if (unitEnd > numberEnd)
            {
                var rateEnd = RateEnd(lower, unitEnd);
                (found ??= new()).Add((rateEnd > unitEnd ? MeasureKind.Rate : MeasureKind.Duration, start, Math.Max(rateEnd, unitEnd) - start));
                i = Math.Max(rateEnd, unitEnd) - 1;
                continue;
            }

            var countEnd = CountEnd(lower, numberEnd);
            var rate = RateEnd(lower, countEnd);
            if (rate > countEnd && char.IsDigit(lower[i]))
            {
                (found ??= new()).Add((MeasureKind.Rate, start, rate - start));
                i = rate - 1;
            }
            else if (start < i && char.IsDigit(lower[i]))
            {
                (found ??= new()).Add((MeasureKind.Limit, start, countEnd - start));
                i = countEnd - 1;
            }
            else
            {
                i = numberEnd - 1;
            }
        }

        // "(p95)": a percentile of a response time, placed where it is written so the list stays in text order.
        var percentile = Percentile(lower);
        if (percentile >= 0)
        {
            found ??= new();
            var at = found.FindIndex(m => m.Item2 > percentile);
            found.Insert(at < 0 ? found.Count : at, (MeasureKind.Duration, percentile, 3));
        }

        return found ?? s_none;
    }

    /// <summary>Where the first "p50", "p95" or "p99" that is a word of its own starts; -1 when none.</summary>
    private static int Percentile(string lower)
    {
        for (var at = lower.IndexOf('p'); at >= 0 && at + 3 <= lower.Length; at = lower.IndexOf('p', at + 1))
        {
            var number = lower.AsSpan(at + 1, 2);
            if ((number.SequenceEqual("50".AsSpan()) || number.SequenceEqual("95".AsSpan()) || number.SequenceEqual("99".AsSpan())) && (at == 0 || !char.IsLetterOrDigit(lower[at - 1])) && (at + 3 == lower.Length || !char.IsLetterOrDigit(lower[at + 3])))
            {
                return at;
            }
        }

        return -1;
    }

    private static bool IsCjk(char c) => c >= 0x3000;

    private static readonly string[] s_ageBefore = { "aged ", "age of ", "mayor de ", "mayores de ", "menor de ", "menores de ", "maior de ", "maiores de " };

    /// <summary>Openers of a number of years that is an age only when a person is spoken of just before ("pacientes com menos de 14 anos").</summary>
    private static readonly string[] s_ageIfPerson = { "older than ", "younger than ", "menos de ", "mais de ", "älter als ", "jünger als " };

    private static readonly string[] s_people =
    {
        "patient", "member", "child", "person", "people", "user", "student", "customer", "paciente", "miembro", "niño", "niña", "criança",
        "pessoa", "persona", "usuário", "usuario", "aluno", "alumno", "cliente", "kind", "mitglied",
    };

    private static readonly string[] s_ageAfter = { " old", " of age", " de edad", " de idade" };

    private static readonly string[] s_years = { "year", "years", "año", "años", "ano", "anos", "jahr", "jahre", "jahren" };

    /// <summary>A number of years that is someone's age: "older than 18 years", "mayor de 18 años", "14 anos de idade".</summary>
    private static bool IsAnAge(string lower, int at, int numberEnd, int unitEnd)
    {
        var unit = lower.Substring(numberEnd, unitEnd - numberEnd).Trim().TrimEnd('.');
        if (Array.IndexOf(s_years, unit) < 0)
        {
            return false;
        }

        foreach (var before in s_ageBefore)
        {
            if (at >= before.Length && string.CompareOrdinal(lower, at - before.Length, before, 0, before.Length) == 0)
            {
                return true;
            }
        }

        foreach (var before in s_ageIfPerson)
        {
            if (at >= before.Length && string.CompareOrdinal(lower, at - before.Length, before, 0, before.Length) == 0)
            {
                // "Members older than 65 years", not "backups older than 7 years".
                var from = Math.Max(0, at - before.Length - 30);
                var lead = lower.Substring(from, at - before.Length - from);
                return s_people.Any(p => lead.IndexOf(p, StringComparison.Ordinal) >= 0);
            }
        }

        foreach (var after in s_ageAfter)
        {
            if (string.CompareOrdinal(lower, unitEnd, after, 0, after.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] s_amongOthers = { " to others", " to other ", " to another", " into others", " into another", " a otros", " a otro", " a otras", " a otra", " para outros", " para outro", " para outras", " para outra" };

    /// <summary>"can copy one day to others": one of the days, not a length of time.</summary>
    private static bool NamesOneUnitAmongOthers(string lower, int unitEnd)
    {
        foreach (var phrase in s_amongOthers)
        {
            if (string.CompareOrdinal(lower, unitEnd, phrase, 0, phrase.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The end of a number starting at <paramref name="i"/> (digits with separators, or a number word); <paramref name="i"/> when none.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static int NumberEnd(string lower, int i)
    {
        if (char.IsDigit(lower[i]))
        {
            var j = i;
            while (j < lower.Length && (char.IsDigit(lower[j]) || ((lower[j] is '.' or ',' or '-' or '–') && j + 1 < lower.Length && char.IsDigit(lower[j + 1]))))
            {
                j++;
            }

            // "00:00" is a clock time or a field value, not a stated duration.
            return j < lower.Length && lower[j] == ':' && j + 1 < lower.Length && char.IsDigit(lower[j + 1]) ? i : j;
        }

        if (s_numberWordStarts.IndexOf(lower[i]) < 0)
        {
            return i;
        }

        foreach (var word in s_numberWords)
        {
            // The first letter first: a call to compare costs more than the whole loop of letters that differ.
            if (word[0] == lower[i] && string.CompareOrdinal(lower, i, word, 0, word.Length) == 0 && (i + word.Length >= lower.Length || !char.IsLetter(lower[i + word.Length])))
            {
                return i + word.Length;
            }
        }

        return i;
    }

    [MethodImpl(HotPath.Optimized)]
    private static int UnitEnd(string lower, int j)
    {
        foreach (var unit in s_cjkUnits)
        {
            if (j < lower.Length && lower[j] == unit[0] && string.CompareOrdinal(lower, j, unit, 0, unit.Length) == 0)
            {
                return j + unit.Length;
            }
        }

        var k = j;
        while (k < lower.Length && (lower[k] == ' ' || lower[k] == '-' || lower[k] == '\u00a0'))
        {
            k++;
        }

        var end = k;
        while (end < lower.Length && char.IsLetter(lower[end]) && !IsCjk(lower[end]))
        {
            end++;
        }

        if (end > k && end < lower.Length && lower[end] == ' ' && IsOneOf(lower.AsSpan(k, end - k), s_unitQualifiers))
        {
            // "5 business days", "10 working days": the unit after the word that qualifies it.
            var unit = end + 1;
            var unitEnd = unit;
            while (unitEnd < lower.Length && char.IsLetter(lower[unitEnd]) && !IsCjk(lower[unitEnd]))
            {
                unitEnd++;
            }

            return unitEnd > unit && IsOneOf(lower.AsSpan(unit, unitEnd - unit), s_units) ? unitEnd : j;
        }

        return end > k && IsOneOf(lower.AsSpan(k, end - k), s_units) ? end : j;
    }

    private static readonly string[] s_unitQualifiers = { "business", "working", "calendar", "consecutive", "full", "whole", "natural" };

    /// <summary>After a number, the counted noun ("10 requests", "5 reports"): the end of the next word, if any.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static int CountEnd(string lower, int j)
    {
        var k = j;
        while (k < lower.Length && lower[k] == ' ')
        {
            k++;
        }

        var end = k;
        while (end < lower.Length && char.IsLetter(lower[end]))
        {
            end++;
        }

        return end > k && end - k <= 20 ? end : j;
    }

    /// <summary>"per second", "a day", "/min" after <paramref name="j"/>: the end of the period; <paramref name="j"/> when none.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static int RateEnd(string lower, int j)
    {
        foreach (var prefix in s_ratePrefixes)
        {
            if (j >= lower.Length || lower[j] != prefix[0] || string.CompareOrdinal(lower, j, prefix, 0, prefix.Length) != 0)
            {
                continue;
            }

            var k = j + prefix.Length;
            var end = k;
            while (end < lower.Length && char.IsLetter(lower[end]))
            {
                end++;
            }

            var word = lower.AsSpan(k, end - k);
            if (word.Length > 3 && word[word.Length - 1] == 's' && prefix is " per " or "/")
            {
                word = word.Slice(0, word.Length - 1);
            }

            var article = prefix is " a " or " an " or " each ";
            if (article ? IsOneOf(word, s_wholePeriods) : IsOneOf(word, s_periods) || IsOneOf(word, s_units))
            {
                return end;
            }
        }

        return j;
    }

    /// <summary>True when <paramref name="word"/> is one of <paramref name="words"/> (ordinal): a word of the text, compared in place.</summary>
    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var candidate in words)
        {
            if (word.SequenceEqual(candidate.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where a bound word ("at most", "최대") right before the number at <paramref name="i"/> starts; <paramref name="i"/> when none.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static int LimitStart(string lower, int i)
    {
        var k = i;
        while (k > 0 && lower[k - 1] == ' ')
        {
            k--;
        }

        foreach (var word in s_limitWords)
        {
            if (k >= word.Length && lower[k - word.Length] == word[0] && string.CompareOrdinal(lower, k - word.Length, word, 0, word.Length) == 0
                && (k - word.Length == 0 || !char.IsLetter(lower[k - word.Length - 1]) || IsCjk(word[0])))
            {
                return k - word.Length;
            }
        }

        return i;
    }
}
