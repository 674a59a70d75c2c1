using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// Where a use case's text names the statuses of the lifecycle the document states: its preconditions, steps,
/// postconditions and each alternative or exception flow, with the sentence that names them. Beside a stated
/// lifecycle this is how a use case changes the status, in the author's words: which status a flow leads to is
/// read by the reader from those words, not guessed by the package from the flow's other words ("fails",
/// "rejects", "conflict") into Success or Failure.
/// </summary>
internal static partial class StatusMentions
{
    private const int MaxRows = 60;
    private const int MaxQuote = 220;

    /// <summary>The statuses the lifecycle names, longest first (so "Export failed" is found before "Exported" or "Export").</summary>
    internal static List<string> Names(EquatableArray<StatusTransition> lifecycle) =>
        lifecycle.Where(t => t.To.Length > 0).SelectMany(t => new[] { t.From, t.To }).Where(n => n.Length > 0)
            .Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).ToList();

    /// <summary>
    /// "creates the claim with status Submitted", "sets the claim to Information requested", "is closed as Withdrawn":
    /// a capitalised status a step sets, with at most one lower-case word after it (not "and", "or", "with" …).
    /// </summary>
    private const string SetsStatusPattern =
        @"\b(?:with status|in status|in state|[Ss]tatus(?:\s*[=:→])?|[Ss]ets (?:the |it |them )?(?:\w+ )?to|set to|closed as|marked as|goes to|moves to)\s+(?<s>\p{Lu}[\w-]*(?:\s+(?!(?:and|or|with|for|to|the|in|at|on|by|from|once|when|if|until|unless|only|after|before|as|but|then|again|instead|e|y|ou|o|a|de|do|da)\b)(?:[a-z][\w-]*|\p{Lu}{2,}\b))?)|\b[Mm]arks (?:\w+ ){1,3}as\s+(?<s>\p{Lu}[\p{Lu}_]+)\b";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_setsStatus = SetsStatusRegex();

    [System.Text.RegularExpressions.GeneratedRegex(SetsStatusPattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex SetsStatusRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_setsStatus = new(SetsStatusPattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, Common.RegexTimeout.Value);
#endif

    /// <summary>
    /// 'sets the report status to "Paid"', 'marks the hold "Ready for pickup"', 'marks the line as "Queried"', 'go back to
    /// "Queried"', 'com situação "Confirmada"', 'sets status to *Transmission failed*': a status a step sets, written in
    /// quotes or emphasis, as many words as the quotes hold. No lazy loop: the .NET 8 source generator emits code for one
    /// that does not compile, and a status cannot hold its closing quote anyway.
    /// </summary>
    private const string SetsQuotedStatusPattern =
        @"\b(?:(?:[Ss]tatus|state|situação|situacao|estado)(?:\s+(?:da|do|de|del|of|of\s+the)\s+\w+(?:\s+\w+)?)?(?:\s+(?:para|a|al|to|como|as)|\s*[=:→])?|[Ss]et to|[Ss]ets [\w ]{0,30} to|[Mm]arks? [\w' ]{0,30}|[Mm]arked|goe?s? back to|moves? to|goe?s? to|closed as|altera[\w ]{0,20} para|muda[\w ]{0,30} para|cambia[\w ]{0,30} a|pasa a|passa (?:a|para)|queda)\s*(?:as\s+)?[""“*«](?<s>\p{Lu}[^""”*»\n]{0,38})[""”*»]";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_setsQuotedStatus = SetsQuotedStatusRegex();

    [System.Text.RegularExpressions.GeneratedRegex(SetsQuotedStatusPattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex SetsQuotedStatusRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_setsQuotedStatus = new(SetsQuotedStatusPattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, Common.RegexTimeout.Value);
#endif

    private const int MaxSetStatuses = 40;

    /// <summary>
    /// The statuses the use cases' steps and flows set that <paramref name="lifecycle"/> does not name ("Submitted",
    /// "Information requested" of a claim beside a file's lifecycle), in the order first written; at most a few dozen.
    /// </summary>
    internal static List<string> SetInSteps(IReadOnlyList<UseCase> useCases, IReadOnlyList<string> lifecycle)
    {
        var found = new List<string>();
        var known = new HashSet<string>(lifecycle, StringComparer.Ordinal);
        foreach (var useCase in useCases)
        {
            var texts = useCase.Steps.Select(st => st.Text).Concat(useCase.Branches.SelectMany(b => b.Steps.Select(st => st.Text).Append(b.Condition).Append(BranchEnding.WrittenText(b))));
            foreach (var raw in texts)
            {
                // Quoted first (the quotes say where the status ends), then the capitalised words after a set-word.
                var quotedText = raw.IndexOf('"') >= 0 || raw.IndexOf('“') >= 0 || raw.IndexOf('*') >= 0 || raw.IndexOf('«') >= 0 ? raw.Replace("`", string.Empty) : null;
                var quoted = quotedText is null ? Enumerable.Empty<(string, System.Text.RegularExpressions.Match)>()
                    : s_setsQuotedStatus.Matches(quotedText).Cast<System.Text.RegularExpressions.Match>().Select(m => (quotedText, m));
                var text = Plain(raw);
                foreach (var (source, match) in quoted.Concat(s_setsStatus.Matches(text).Cast<System.Text.RegularExpressions.Match>().Select(m => (text, m))))
                {
                    var group = match.Groups["s"];
                    var name = group.Value.Trim().TrimEnd('.', ',', ';', ':');
                    name = ReferenceEquals(source, text) ? CodeAlone(name) : name;
                    // "to Returned to stock", "to Out for delivery": a longer status of the lifecycle written there.
                    var longer = lifecycle.Any(k => k.Length > name.Length && group.Index + k.Length <= source.Length && string.CompareOrdinal(source, group.Index, k, 0, k.Length) == 0);
                    if (name.Length > 1 && !longer && !known.Contains(name) && !found.Contains(name, StringComparer.Ordinal) && !name.StartsWith("Step", StringComparison.Ordinal))
                    {
                        found.Add(name);
                        if (found.Count >= MaxSetStatuses)
                        {
                            return found;
                        }
                    }
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The statuses <paramref name="text"/> names, in the order it names them: as written in the lifecycle (same case,
    /// whole words), a longer name taking its words from a shorter one it contains.
    /// </summary>
    internal static List<string> Find(string text, IReadOnlyList<string> names)
    {
        var plain = Plain(text);
        var found = new List<(int At, string Name)>();
        // The characters a longer name took already, so a shorter one inside it is not found again: one flag per character.
        bool[]? taken = null;
        foreach (var name in names)
        {
            for (var at = plain.IndexOf(name, StringComparison.Ordinal); at >= 0; at = plain.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                var end = at + name.Length;
                if ((at > 0 && IsWordChar(plain[at - 1])) || (end < plain.Length && IsWordChar(plain[end])) || StartsAName(plain, end)
                    || (taken is not null && (taken[at] || taken[end - 1])))
                {
                    continue;
                }

                taken ??= new bool[plain.Length];
                for (var k = at; k < end; k++)
                {
                    taken[k] = true;
                }

                found.Add((at, name));
            }
        }

        return found.OrderBy(f => f.At).Select(f => f.Name).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The table of <paramref name="useCase"/>: one row per precondition, step, postcondition or flow that names a
    /// status, and one line for the flows that name none.
    /// </summary>
    internal static void Render(MarkdownBuilder md, UseCase useCase, IReadOnlyList<string> names, bool quietWhenNone = false)
    {
        var rows = new List<(string Where, List<string> Statuses, string Quote, int Line)>();
        void Add(string where, IEnumerable<(string Text, SourcePosition Position)> texts)
        {
            var statuses = new List<string>();
            var quotes = new List<string>();
            var line = 0;
            foreach (var (text, position) in texts)
            {
                foreach (var sentence in Texts.Sentences(Plain(text)))
                {
                    var named = Find(sentence, names);
                    if (named.Count == 0)
                    {
                        continue;
                    }

                    statuses.AddRange(named.Where(n => !statuses.Contains(n)));
                    quotes.Add(sentence.Trim());
                    line = line == 0 ? position.Line : line;
                }
            }

            if (statuses.Count > 0)
            {
                rows.Add((where, statuses, TextClip.Clip(string.Join(" … ", quotes.Distinct(StringComparer.Ordinal)), MaxQuote), line));
            }
        }

        foreach (var p in useCase.Preconditions)
        {
            Add(p.Label.Length > 0 ? p.Label : "Precondition", new[] { (p.Text, p.Position) });
        }

        foreach (var step in useCase.Steps)
        {
            Add("step " + step.Number, new[] { (step.Text, step.Position) }.Concat(step.SubSteps.Select(s => (s.Text, s.Position))));
        }

        foreach (var p in useCase.Postconditions)
        {
            Add(p.Label.Length > 0 ? p.Label : "Postcondition", new[] { (p.Text, p.Position) });
        }

        var silent = new List<string>();
        foreach (var branch in useCase.Branches)
        {
            var before = rows.Count;
            var texts = new List<(string, SourcePosition)> { (branch.Title, branch.Position), (branch.Condition, branch.Position) };
            texts.AddRange(branch.Steps.Select(s => (s.Text, s.Position)));
            texts.Add((BranchEnding.WrittenText(branch), branch.Ending.Position));
            Add(branch.Id, texts.Where(t => t.Item1.Length > 0).Distinct());
            if (rows.Count == before)
            {
                silent.Add(branch.Id);
            }
        }

        if (rows.Count == 0)
        {
            if (!quietWhenNone)
            {
                md.Block("Its text names none of these statuses.");
            }

            return;
        }

        md.Block("Where its text names a status, in usecase.md's words:");
        md.Blank();
        md.Line("| Where | Statuses named | usecase.md |");
        md.Line("| --- | --- | --- |");
        foreach (var (where, statuses, quote, line) in rows.Take(MaxRows))
        {
            var cite = line > 0 ? " (line " + line.ToString(CultureInfo.InvariantCulture) + ")" : string.Empty;
            md.Line("| " + MarkdownText.Escape(where) + " | " + MarkdownText.Escape(string.Join(", ", statuses)) + " | " + MarkdownText.Escape("\"" + quote + "\"" + cite) + " |");
        }

        if (rows.Count > MaxRows)
        {
            md.Block((rows.Count - MaxRows).ToString(CultureInfo.InvariantCulture) + " more places name a status; not listed.");
        }

        if (silent.Count > 0)
        {
            md.Block(MarkdownText.Escape((silent.Count == 1 ? "Flow " : "Flows ") + string.Join(", ", silent) + (silent.Count == 1 ? " names" : " name")
                + " no status."));
        }
    }

    /// <summary>
    /// "PENDING até correção": a status written as a code in capitals is that code alone, not the word after it; a short
    /// acronym opens a name ("PA denied").
    /// </summary>
    private static string CodeAlone(string name)
    {
        var space = name.IndexOf(' ');
        if (space < 4)
        {
            return name;
        }

        for (var k = 0; k < space; k++)
        {
            if (char.IsLower(name[k]))
            {
                return name;
            }
        }

        return char.IsLower(name[space + 1]) ? name.Substring(0, space) : name;
    }

    /// <summary>"the Tracing Network": a capitalised word right after the status makes it part of a longer name.</summary>
    private static bool StartsAName(string text, int end) =>
        end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]);

    private static string Plain(string text) => text.IndexOf('`') >= 0 || text.IndexOf('*') >= 0 ? text.Replace("`", string.Empty).Replace("*", string.Empty) : text;

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
