using System;
using System.Collections.Generic;
using System.Linq;
using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// Reads the status lifecycle a document states beside its use cases, in the shapes authors write it:
/// a chain of arrows under a heading or after a label that speaks of statuses ("Scheduled → Pending review →
/// Approved", "Side exits: Pending review → Declined; Ready → Returned to stock", "`active` ⇄ `paused`"), a
/// "From | To | Trigger" table, and a "State | … | Next states" table. Nothing is read from the flows' steps, and
/// a chain whose parts are not short names (a path through screens written as a sentence) is no lifecycle. Beside a
/// chain, a change written in words ("goes straight from Reported to Closed once …") is read too, and a sentence about
/// its statuses that states no change is kept as a remark (a transition with no statuses).
/// </summary>
internal static partial class StatusLifecycleReader
{
    private const int MaxTransitions = 400;
    private const int MaxStateWords = 5;
    private const int MaxStateLength = 40;

    /// <summary>Words of a heading or a line about statuses, as whole words (the "=" ones) or anywhere.</summary>
    private static readonly string[] s_lifecycleWords =
    {
        "=status", "=statuses", "=state", "=states", "=lifecycle", "life cycle", "life-cycle", "=estado", "=estados", "=ciclo", "=situação", "=situações",
        "=situación", "=situaciones", "=statut", "=zustand", "=zustände", "状態", "ステータス", "상태",
    };

    private static readonly string[] s_arrows = { "→", "->", "⇄", "↔", "⟶" };

    private static readonly string[] s_fromHeaders = { "from", "de", "desde", "origen", "origem", "von", "estado origen", "estado de origen", "current", "current state", "from state", "from status" };

    private static readonly string[] s_toHeaders = { "to", "para", "hasta", "a", "destino", "nach", "estado destino", "estado de destino", "next", "to state", "to status", "new state" };

    private static readonly string[] s_triggerHeaders = { "trigger", "event", "when", "condition", "cause", "evento", "disparador", "gatilho", "condición", "condição", "cuando", "quando", "auslöser" };

    private static readonly string[] s_nextHeaders = { "next", "siguiente", "siguientes", "próximo", "próximos", "próxima", "próximas", "puede pasar", "pode passar", "transitions", "goes to", "leads to", "moves to", "nächste" };

    /// <summary>Words after which the rest of a transition's last part is its trigger ("cancelled if the unlock never acks").</summary>
    private static readonly string[] s_triggerOpeners = { " if ", " when ", " once ", " after ", " unless ", " (", ", ", " si ", " cuando ", " se ", " quando ", " caso ", " wenn ", " on ", " can ", " may ", " pode ", " puede " };

    public static List<StatusTransition> Read(IReadOnlyList<OutlineEntry> entries)
    {
        var found = new List<StatusTransition>();
        var under = false;
        var lastChain = -10;
        for (var i = 0; i < entries.Count && found.Count < MaxTransitions; i++)
        {
            var entry = entries[i];
            if (entry.Kind == OutlineKind.Label && entry.Level <= 6)
            {
                under = SpeaksOfStatus(entry.Text);
                lastChain = -10;
                continue;
            }

            if (entry.Kind == OutlineKind.TableRow && entry.IsHeaderRow)
            {
                i = ReadTable(entries, i, found) - 1;
                continue;
            }

            // Under a heading about statuses every arrow is a change of status; elsewhere only a chain of three or
            // more statuses on a line that says it speaks of them ("El flujo ordinario es Borrador → …"), not
            // "already pending → refuses the duplicate" in a flow. Most lines have no arrow and are passed over.
            if (entry.Kind is OutlineKind.Line or OutlineKind.Item && HasArrow(entry.Text) && !IsStep(entry) && (under || SpeaksOfStatus(entry.Text)))
            {
                var before = found.Count;
                ReadChains(entry.Text, entry.Position, under ? 2 : 3, found);
                lastChain = found.Count > before ? i : lastChain;
            }

            // Sentences in the paragraph of a chain or in the two after it speak of its statuses.
            if (under && i - lastChain <= 2 && entry.Kind is OutlineKind.Line or OutlineKind.Item && !IsStep(entry))
            {
                ReadSentences(entry.Text, entry.Position, found);
            }
        }

        // One transition per pair of statuses, where it is first stated (a table row and a chain may both state it);
        // a trigger stated for the pair elsewhere ("`ending` → `ended` can be forced by Ops" below the chain's bare
        // "`ending` → `ended`") is a second way, drawn too. A remark (no "To") is kept once per sentence.
        var kept = new List<StatusTransition>();
        var seen = new Dictionary<(string, string), int>();
        foreach (var t in found)
        {
            var key = t.To.Length > 0 ? (t.From.ToLowerInvariant(), t.To.ToLowerInvariant()) : ("\0", t.Trigger);
            if (!seen.TryGetValue(key, out var at))
            {
                seen.Add(key, kept.Count);
                kept.Add(t);
            }
            else if (t.Trigger.Length > 0 && kept[at].Trigger.Length == 0 && kept[at].Position.Line == t.Position.Line)
            {
                kept[at] = kept[at] with { Trigger = t.Trigger };
            }
            else if (t.Trigger.Length > 0 && !kept.Any(k => k.To.Length > 0 && string.Equals(k.From, t.From, StringComparison.OrdinalIgnoreCase)
                && string.Equals(k.To, t.To, StringComparison.OrdinalIgnoreCase) && string.Equals(k.Trigger, t.Trigger, StringComparison.OrdinalIgnoreCase)))
            {
                kept.Add(t);
            }
        }

        return kept.Take(MaxTransitions).ToList();
    }

    private static bool HasArrow(string text) => NextArrow(text, 0).At >= 0;

    private const string ToNamedStatusPattern =
        @"^\s*(?:to|para|a|nach)\s+(?<to>\p{Lu}[\w-]*(?:\s+\p{Lu}[\w-]*){0,2})(?<rest>.*)$";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_toNamedStatus = ToNamedStatusRegex();

    [System.Text.RegularExpressions.GeneratedRegex(ToNamedStatusPattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex ToNamedStatusRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_toNamedStatus = new(ToNamedStatusPattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, RegexTimeout.Value);
#endif

    private const string CanAlsoBePattern =
        @"\bin\s+(?<from>.+?)\s+can\s+(?:also\s+)?be\s+(?<to>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?<rest>.*)$";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_canAlsoBe = CanAlsoBeRegex();

    [System.Text.RegularExpressions.GeneratedRegex(CanAlsoBePattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex CanAlsoBeRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_canAlsoBe = new(CanAlsoBePattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, RegexTimeout.Value);
#endif

    /// <summary>
    /// Changes of status written as words beside the arrows, between statuses the arrows named: "A damage-only file
    /// goes straight from `Reported` to `Closed` once its claim is settled", "passa de Reservado para Livre", and
    /// "A request in Pending review can also be Cancelled by the owner" (a new status after "can be").
    /// </summary>
    private static void ReadSentences(string text, SourcePosition position, List<StatusTransition> found)
    {
        var known = found.Where(t => t.To.Length > 0).SelectMany(t => new[] { t.From, t.To }).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(n => n.Length).ToList();
        foreach (var raw in Texts.Sentences(text.Replace("`", string.Empty).Replace("*", string.Empty)))
        {
            if (HasArrow(raw))
            {
                continue;
            }

            var sentence = " " + raw.Trim() + " ";
            var before = found.Count;
            var taken = new List<int>();
            foreach (var from in known)
            {
                var at = IndexAfter(sentence, s_fromWords, from, 0);
                if (at < 0 || taken.Contains(at - from.Length))
                {
                    // "from Pending review to …" is not also "from Pending": the longer name was read there first.
                    continue;
                }

                taken.Add(at - from.Length);

                // The status right after "to", the longest one written there ("to Pending review", not "to Pending").
                var (to, end) = known.Where(k => !string.Equals(from, k, StringComparison.OrdinalIgnoreCase))
                    .Select(k => (Name: k, End: IndexAfter(sentence, s_toWords, k, at)))
                    .Where(k => k.End >= 0)
                    .OrderBy(k => k.End - k.Name.Length).ThenByDescending(k => k.Name.Length)
                    .FirstOrDefault();
                var added = to is not null;
                if (added)
                {
                    found.Add(new StatusTransition(from, to!, Texts.Clean(sentence.Substring(end).Trim().TrimEnd('.')), position));
                }

                // "… from Received to Closed once …": a status the chain does not name, in capitals right after "to".
                var named = added ? null : s_toNamedStatus.Match(sentence.Substring(at));
                if (named is { Success: true })
                {
                    found.Add(new StatusTransition(from, named.Groups["to"].Value, Texts.Clean(named.Groups["rest"].Value.Trim().TrimEnd('.')), position));
                }
            }

            var also = s_canAlsoBe.Match(sentence);
            if (also.Success && known.FirstOrDefault(k => string.Equals(k, also.Groups["from"].Value.Trim(), StringComparison.OrdinalIgnoreCase)) is { } state)
            {
                found.Add(new StatusTransition(state, also.Groups["to"].Value, Texts.Clean(also.Groups["rest"].Value.Trim().TrimEnd('.')), position));
            }

            if (found.Count == before && found.Count(t => t.To.Length == 0) < MaxRemarks && known.Any(k => ContainsWord(sentence, k)))
            {
                // "O bloqueio pode ser aplicado a um leito Livre ou Em higienização; …": what the author says of the
                // statuses in words this reader does not turn into a change; quoted beside the diagram, not dropped.
                found.Add(new StatusTransition(string.Empty, string.Empty, Texts.Clean(raw.Trim()), position));
            }
        }
    }

    private const int MaxRemarks = 5;

    private static bool ContainsWord(string sentence, string word)
    {
        for (var at = sentence.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = sentence.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(sentence[at - 1])) && (end >= sentence.Length || !char.IsLetterOrDigit(sentence[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] s_fromWords = { " from ", " de ", " desde ", " von " };

    private static readonly string[] s_toWords = { " to ", " para ", " a ", " hasta ", " nach " };

    /// <summary>The index just past "<paramref name="words"/> <paramref name="name"/>" in <paramref name="sentence"/>, from <paramref name="start"/>; -1 if absent.</summary>
    private static int IndexAfter(string sentence, string[] words, string name, int start)
    {
        foreach (var word in words)
        {
            var phrase = word + name;
            var at = sentence.IndexOf(phrase, start, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && at + phrase.Length < sentence.Length && !char.IsLetterOrDigit(sentence[at + phrase.Length]))
            {
                return at + phrase.Length;
            }
        }

        return -1;
    }

    private static bool SpeaksOfStatus(string text) => Sequences.Keywords.Any(text, s_lifecycleWords);

    /// <summary>A numbered step ("3. Opens Settings → Devices"): a flow's step, whose arrows are a path, not a lifecycle.</summary>
    private static bool IsStep(OutlineEntry entry) => entry.Kind == OutlineKind.Item && entry.Marker.Length > 0 && char.IsDigit(entry.Marker[0]);

    /// <summary>Reads the table whose header row is at <paramref name="header"/>; returns the index after its last row.</summary>
    private static int ReadTable(IReadOnlyList<OutlineEntry> entries, int header, List<StatusTransition> found)
    {
        var end = header + 1;
        while (end < entries.Count && entries[end].Kind == OutlineKind.TableRow && !entries[end].IsHeaderRow)
        {
            end++;
        }

        var cells = entries[header].Cells.Select(c => Texts.Clean(c).Trim().ToLowerInvariant()).ToList();
        var from = cells.FindIndex(c => s_fromHeaders.Contains(c));
        var to = cells.FindIndex(c => s_toHeaders.Contains(c));
        var trigger = cells.FindIndex(c => s_triggerHeaders.Any(t => c == t || c.StartsWith(t + " ", StringComparison.Ordinal)));
        if (from >= 0 && to >= 0 && from != to)
        {
            for (var r = header + 1; r < end; r++)
            {
                var row = entries[r].Cells;
                var source = Cell(row, from);
                var target = Cell(row, to);
                if (IsState(target) && (IsState(source) || IsNone(source)))
                {
                    found.Add(new StatusTransition(IsNone(source) ? string.Empty : source, target, trigger >= 0 ? Cell(row, trigger) : string.Empty, entries[r].Position));
                }
            }

            return end;
        }

        var next = cells.FindIndex(c => s_nextHeaders.Any(n => c.IndexOf(n, StringComparison.Ordinal) >= 0));
        if (next > 0 && SpeaksOfStatus(cells[0]))
        {
            // "| Estado | Descripción | Estados siguientes |": each row's next states, where they are states of the table.
            var states = new HashSet<string>(Enumerable.Range(header + 1, end - header - 1).Select(r => Cell(entries[r].Cells, 0)).Where(IsState), StringComparer.OrdinalIgnoreCase);
            for (var r = header + 1; r < end; r++)
            {
                var source = Cell(entries[r].Cells, 0);
                foreach (var target in Cell(entries[r].Cells, next).Split(new[] { ',', ';', '/' }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()))
                {
                    if (states.Contains(source) && states.Contains(target))
                    {
                        found.Add(new StatusTransition(source, states.First(s => string.Equals(s, target, StringComparison.OrdinalIgnoreCase)), string.Empty, entries[r].Position));
                    }
                    else if (states.Contains(source) && target.Trim('—', '–', '-', '(', ')', ' ') is { Length: > 0 } said && (!IsState(said) || target.TrimStart('—', '–', '-', ' ').StartsWith("(", StringComparison.Ordinal)))
                    {
                        // "Presentada; (se elimina al cierre del plazo)", "— (estado final)": what the row says besides its
                        // next states, kept as a remark of its status.
                        found.Add(new StatusTransition(string.Empty, string.Empty, source + ": " + said, entries[r].Position));
                    }
                }
            }
        }

        return end;
    }

    private static string Cell(EquatableArray<string> row, int index) => index < row.Count ? Texts.Clean(row[index]).Trim() : string.Empty;

    private static bool IsNone(string text) => text.Trim() is "" or "—" or "-" or "–" or "(none)" or "none" or "start" or "(start)" or "∅";

    /// <summary>Splits a line into its clauses (at ';' and at sentence ends) and reads each clause with arrows.</summary>
    private static void ReadChains(string text, SourcePosition position, int minStates, List<StatusTransition> found)
    {
        foreach (var sentence in Texts.Sentences(text))
        {
            foreach (var clause in sentence.Split(';'))
            {
                if (PairList(clause) is { } pairs)
                {
                    // "Allowed transitions: Requested → Assigned, Assigned → In flight, In flight → Delivered": a list of
                    // changes, each its own pair, not one chain whose commas open triggers.
                    foreach (var pair in pairs)
                    {
                        ReadChain(pair, position, 2, found);
                    }

                    continue;
                }

                ReadChain(clause, position, minStates, found);
            }
        }
    }

    private static readonly string[] s_listJoins = { "and ", "or ", "e ", "y ", "ou ", "o ", "und " };

    /// <summary>
    /// The pieces of a clause written as a list of changes ("A → B, B → C, and A → D"): two or more pieces between
    /// commas, each with an arrow; null when a piece has none (", if the payment fails" is a trigger, not a change).
    /// </summary>
    private static List<string>? PairList(string clause)
    {
        if (clause.IndexOf(',') < 0)
        {
            return null;
        }

        var pieces = new List<string>();
        foreach (var raw in clause.Split(','))
        {
            var piece = raw.Trim();
            foreach (var join in s_listJoins)
            {
                if (piece.StartsWith(join, StringComparison.OrdinalIgnoreCase))
                {
                    piece = piece.Substring(join.Length).TrimStart();
                    break;
                }
            }

            if (!HasArrow(piece))
            {
                return null;
            }

            pieces.Add(piece);
        }

        return pieces.Count >= 2 ? pieces : null;
    }

    private static void ReadChain(string clause, SourcePosition position, int minStates, List<StatusTransition> found)
    {
        var parts = new List<string>();
        var links = new List<string>();
        var start = 0;
        while (true)
        {
            var (at, arrow) = NextArrow(clause, start);
            if (at < 0)
            {
                parts.Add(clause.Substring(start));
                break;
            }

            parts.Add(clause.Substring(start, at - start));
            links.Add(arrow);
            start = at + arrow.Length;
        }

        if (parts.Count < minStates)
        {
            return;
        }

        var states = new List<string[]>();
        var triggers = new List<string>();
        for (var k = 0; k < parts.Count; k++)
        {
            var part = parts[k].Trim();
            var trigger = string.Empty;
            if (k == 0)
            {
                part = FirstState(part);
            }
            else
            {
                // "→ payment_failed if capture fails → billed once debt is paid": what follows a status is how the
                // change into it happens.
                (part, trigger) = LastState(part);
            }

            triggers.Add(trigger);

            // "Concedida / Denegada": either state.
            var names = part.Split(new[] { " / ", " or ", " o ", " ou ", " | ", " oder " }, StringSplitOptions.RemoveEmptyEntries).Select(n => n.Trim().TrimEnd('.', ':')).ToArray();
            if (names.Length == 0 || !names.All(IsState))
            {
                return;
            }

            states.Add(names);
        }

        for (var k = 0; k + 1 < states.Count; k++)
        {
            foreach (var from in states[k])
            {
                foreach (var to in states[k + 1])
                {
                    found.Add(new StatusTransition(from, to, triggers[k + 1], position));
                    if (links[k] is "⇄" or "↔")
                    {
                        found.Add(new StatusTransition(to, from, string.Empty, position));
                    }
                }
            }

            if (k > 0 && links[k - 1] is "⇄" or "↔" && links[k] is not ("⇄" or "↔"))
            {
                // "`active` ⇄ `paused` → `ending`": the two statuses one goes back and forth between both lead on.
                foreach (var from in states[k - 1])
                {
                    foreach (var to in states[k + 1])
                    {
                        found.Add(new StatusTransition(from, to, triggers[k + 1], position));
                    }
                }
            }
        }
    }

    private static (int At, string Arrow) NextArrow(string text, int start)
    {
        var best = (-1, string.Empty);
        foreach (var arrow in s_arrows)
        {
            var at = text.IndexOf(arrow, start, StringComparison.Ordinal);
            if (at >= 0 && (best.Item1 < 0 || at < best.Item1))
            {
                best = (at, arrow);
            }
        }

        return best;
    }

    /// <summary>"Side exits: Pending review" → "Pending review"; "El flujo ordinario es Borrador" → "Borrador".</summary>
    private static string FirstState(string part)
    {
        var colon = part.LastIndexOf(':');
        if (colon >= 0)
        {
            part = part.Substring(colon + 1).Trim();
        }

        var words = part.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (IsState(part) && words.Length <= 3)
        {
            return part;
        }

        var from = words.Length;
        while (from > 0 && words[from - 1].Length > 0 && char.IsUpper(words[from - 1][0]))
        {
            from--;
        }

        return from < words.Length ? string.Join(" ", words.Skip(from)) : part;
    }

    /// <summary>"cancelled if the unlock never acks (no charge)" → ("cancelled", "if the unlock never acks (no charge)").</summary>
    private static (string State, string Trigger) LastState(string part)
    {
        var cut = -1;
        foreach (var opener in s_triggerOpeners)
        {
            var at = part.IndexOf(opener, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && (cut < 0 || at < cut))
            {
                cut = at;
            }
        }

        if (cut < 0)
        {
            return (part.Trim(), string.Empty);
        }

        var trigger = part.Substring(cut).Trim().TrimStart(',', ' ').Trim();
        if (trigger.Length > 1 && trigger[0] == '(' && trigger[trigger.Length - 1] == ')')
        {
            // "Declared lost (automatic, 21 days after the report)": the parenthesis is the trigger.
            trigger = trigger.Substring(1, trigger.Length - 2).Trim();
        }

        return (part.Substring(0, cut).Trim(), trigger);
    }

    private static bool IsState(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxStateLength || IsNone(trimmed) || !char.IsLetter(trimmed[0]))
        {
            return false;
        }

        return trimmed.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length <= MaxStateWords && trimmed.IndexOfAny(new[] { '.', '(', ')', '"', '|' }) < 0;
    }
}
