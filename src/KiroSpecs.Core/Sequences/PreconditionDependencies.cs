using System;
using System.Collections.Generic;
using System.Linq;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.Interactions;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// A use case whose precondition is what another use case of the document achieves: "Lecturer is logged in" is
/// the postcondition of "User Login" ("User is logged into the system"); "Assignment exists" is what "Create
/// Assignment" leaves behind. Read only where every word the precondition says of its subject is found in one of
/// the other use case's postconditions (with its name), or in its name where it states no postcondition, the precondition is no negation ("User is not registered") and at
/// most two use cases qualify; each pair is listed with both sentences, so the reader sees why.
/// </summary>
internal static class PreconditionDependencies
{
    /// <summary>Words that carry nothing of the state: articles, auxiliaries, prepositions, the generic
    /// parties every use case names.</summary>
    private static readonly HashSet<string> s_ignored = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "in", "into", "on",
        "onto", "to", "of", "for", "and", "or", "by", "with", "at", "as", "from", "their", "his", "her", "its", "my",
        "your", "our", "this", "that", "these", "those", "system", "user", "users", "successfully", "already", "valid",
        "least", "one", "must", "should", "can", "some", "all", "any", "it", "they", "there", "he", "she", "we", "you",
        "application", "app", "page", "screen", "available", "now", "then", "also", "still", "same",
        // Portuguese and Spanish: "Estar logado no site como docente", "Estar cadastrado como aluno".
        "estar", "ter", "ser", "como", "ou", "o", "os", "as", "do", "da", "dos", "das", "de", "em", "um", "uma", "no",
        "na", "nos", "nas", "e", "y", "el", "la", "los", "las", "en", "del", "al", "con", "para", "por", "site", "sitio",
        "sistema", "que", "se", "já", "ya",
    };

    /// <summary>A precondition that denies a state ("User is not registered") is no other use case's result.</summary>
    private static readonly HashSet<string> s_negations = new(StringComparer.Ordinal)
    {
        "not", "never", "cannot", "without", "none", "nothing", "não", "nao", "sem", "nenhum", "nenhuma", "nunca", "ningún", "ninguna", "sin", "nicht", "kein", "keine",
    };

    /// <summary>English words after which "no" denies ("has no account"); Portuguese "no" is "in the" ("logado no site").</summary>
    private static readonly HashSet<string> s_beforeNo = new(StringComparer.Ordinal) { "has", "have", "had", "is", "are", "was", "were", "there", "with", "and", "or" };

    /// <summary>Spanish verbs after which "no" denies ("el usuario no está registrado").</summary>
    private static readonly HashSet<string> s_afterNo = new(StringComparer.Ordinal) { "está", "esta", "están", "tiene", "tienen", "ha", "han", "existe", "existen", "es", "son", "hay", "fue" };

    /// <summary>What "exists" is met by: a use case that creates, adds, stores or registers the thing.</summary>
    private static readonly string[] s_existence = { "exist", "exists", "existing" };

    private static readonly string[] s_creation = { "creat", "add", "stor", "sav", "regist", "upload", "submit", "insert", "record", "exist" };

    /// <summary>The dependency lines of the document: "UC-4 precondition 1 ("Student is logged in") is what UC-2
    /// User Login achieves: postcondition 1 ("User is logged into the system")".</summary>
    public static List<string> Find(DocumentContext context)
    {
        var lines = new List<string>();
        var useCases = context.UseCases;
        if (useCases.Count < 2 || useCases.Count > 200)
        {
            return lines;
        }

        var targets = new List<(string[] Post, string[] Name, string Cite)>[useCases.Count];
        for (var i = 0; i < useCases.Count; i++)
        {
            targets[i] = Targets(useCases[i]);
        }

        for (var i = 0; i < useCases.Count; i++)
        {
            var useCase = useCases[i];
            var actorWords = ActorWords(useCase);
            var n = 0;
            foreach (var precondition in useCase.Preconditions)
            {
                n++;
                if (IsJapaneseOrChinese(precondition.Text))
                {
                    Unspaced(context, i, precondition, n, targets, lines);
                    continue;
                }

                foreach (var state in States(precondition.Text))
                {
                    Spaced(context, i, precondition, n, state, actorWords, targets, lines);
                }
            }
        }

        return lines;
    }

    /// <summary>Words that open a second state joined by "e"/"and" ("Estar logado como docente e possuir o código").</summary>
    private static readonly string[] s_stateOpeners = { " e possuir ", " e ter ", " e estar ", " e ser ", " and has ", " and have ", " and is ", " and are ", " y tener ", " y estar " };

    /// <summary>The states a precondition joins: "Estar logado como docente e possuir o código de acesso" is two.</summary>
    private static IEnumerable<string> States(string text)
    {
        var rest = text.Trim();
        while (true)
        {
            var at = -1;
            foreach (var opener in s_stateOpeners)
            {
                var found = rest.IndexOf(opener, StringComparison.OrdinalIgnoreCase);
                if (found > 0 && (at < 0 || found < at))
                {
                    at = found;
                }
            }

            if (at < 0)
            {
                yield return rest;
                yield break;
            }

            yield return rest.Substring(0, at).Trim();
            rest = rest.Substring(rest.IndexOf(' ', at + 1) + 1).Trim();
        }
    }

    /// <summary>The use cases (one or two) whose postcondition or name achieves <paramref name="state"/>, one line each.</summary>
    private static void Spaced(DocumentContext context, int i, LabeledText precondition, int n, string state, HashSet<string> actorWords,
        List<(string[] Post, string[] Name, string Cite)>[] targets, List<string> lines)
    {
        var useCases = context.UseCases;
        var words = ContentWords(state, actorWords, out var negated);
        if (negated || words.Count == 0 || words.Count > 5 || words.All(w => IsAny(w, s_existence)))
        {
            return;
        }

        var matches = new List<(int UseCase, string Line)>();
        for (var j = 0; j < useCases.Count; j++)
        {
            if (j != i && Cite(words, useCases[j], targets[j]) is { } cite)
            {
                matches.Add((j, Named(useCases[j], j) + " " + cite));
            }
        }

        if (matches.Count > 2 && Subject(state, actorWords) is { Length: > 0 } subject)
        {
            // "Staff is logged in" beside three sign-in use cases: the one whose actor is the staff.
            matches = matches.Where(m => ActorWords(useCases[m.UseCase]).Contains(subject)).ToList();
        }

        AddLines(lines, useCases, i, precondition, n, 0, state, matches.Select(m => m.Line).ToList());
    }

    /// <summary>
    /// "- UC-4 precondition 1 ("…") is what UC-2 User Login achieves: …", one line per use case, when one or two
    /// qualify; <paramref name="stateNumber"/> names the state of a joined precondition ("precondition 1, state 2").
    /// </summary>
    private static void AddLines(List<string> lines, IReadOnlyList<UseCase> useCases, int i, LabeledText precondition, int n, int stateNumber, string state, List<string> matches)
    {
        if (matches.Count is not (1 or 2))
        {
            return;
        }

        var label = (precondition.Label.Length > 0 ? precondition.Label : "precondition " + n.ToString(System.Globalization.CultureInfo.InvariantCulture))
            + (stateNumber > 0 ? ", state " + stateNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
        foreach (var match in matches)
        {
            lines.Add("- " + MarkdownText.Escape(TimingRenderer.UseCaseRef(useCases[i], i) + " " + label + " (\"" + TextClip.Clip(state, 120) + "\") is what " + match));
        }
    }

    /// <summary>Particles that join the parts of a Japanese state ("職員<b>が</b>ログイン済み").</summary>
    private static readonly string[] s_particles = { "から", "が", "を", "に", "の", "は", "で", "と", "へ" };

    /// <summary>Endings that say a state holds, not what it is ("済み", "されている", "した状態になる"), longest first.</summary>
    private static readonly string[] s_stateEndings = { "した状態になる", "状態になる", "されている", "している", "されます", "される", "になる", "ている", "済み", "した", "する", "状態" };

    private static readonly string[] s_unspacedNegations = { "ない", "なし", "未", "不可" };

    private static readonly string[] s_unspacedCreation = { "作成", "登録", "追加", "保存", "送信" };

    private static bool IsJapaneseOrChinese(string text) => text.IndexOf(' ') < 0 && text.Any(c => c >= '\u3040' && c <= '\u9fff');

    /// <summary>
    /// "職員がログイン済み、顧客が登録済み": each state of the sentence (split at "、") is met by a use case whose
    /// postcondition (or name, where it states none) contains every part of it: "職員" and "ログイン" in
    /// "職員がシステムにログインした状態になる". "存在する" (exists) is met by one that creates or registers.
    /// </summary>
    private static void Unspaced(DocumentContext context, int i, LabeledText precondition, int n,
        List<(string[] Post, string[] Name, string Cite)>[] targets, List<string> lines)
    {
        var useCases = context.UseCases;
        var states = precondition.Text.Split('、', '，');
        for (var k = 0; k < states.Length; k++)
        {
            var raw = states[k];
            var state = StripBrackets(raw).Trim().TrimEnd('。', '.');
            // "顧客がログイン済み（オプション）": an optional state is no dependency.
            if (state.Length < 3 || s_unspacedNegations.Any(w => state.IndexOf(w, StringComparison.Ordinal) >= 0)
                || raw.IndexOf("オプション", StringComparison.Ordinal) >= 0 || raw.IndexOf("任意", StringComparison.Ordinal) >= 0)
            {
                continue;
            }

            var exists = false;
            var parts = new List<string>();
            foreach (var (piece, particle) in SplitAtParticles(state))
            {
                var part = piece;
                foreach (var ending in s_stateEndings)
                {
                    if (part.EndsWith(ending, StringComparison.Ordinal) && part.Length > ending.Length)
                    {
                        part = part.Substring(0, part.Length - ending.Length);
                        break;
                    }
                }

                if (part is "存在" or "存在する")
                {
                    exists = true;
                }
                else if (part.Length >= 2)
                {
                    // "顧客から": a sender stays one ("メッセージが顧客に送信される" sends to the customer, not from them).
                    parts.Add(particle == "から" ? part + particle : part);
                }
            }

            if (parts.Count == 0 || parts.Count > 4)
            {
                continue;
            }

            var matches = new List<string>();
            for (var j = 0; j < useCases.Count && matches.Count <= 2; j++)
            {
                if (j == i)
                {
                    continue;
                }

                foreach (var (post, name, cite) in targets[j])
                {
                    var postText = string.Join(" ", post);
                    var said = post.Length > 0 ? postText : string.Join(" ", name);
                    if (parts.All(p => said.IndexOf(p, StringComparison.Ordinal) >= 0 || IsSenderActor(p, useCases[j]))
                        && (!exists || s_unspacedCreation.Any(w => said.IndexOf(w, StringComparison.Ordinal) >= 0)))
                    {
                        matches.Add(Named(useCases[j], j) + " " + cite);
                        break;
                    }
                }
            }

            AddLines(lines, useCases, i, precondition, n, states.Length > 1 ? k + 1 : 0, state, matches);
        }
    }

    /// <summary>"係員から" (from the staff member) where the use case's actor is that staff member: the one who sends.</summary>
    private static bool IsSenderActor(string part, UseCase useCase) =>
        part.EndsWith("から", StringComparison.Ordinal) && useCase.Actors.Any(a => a.Name == part.Substring(0, part.Length - 2));

    private static string StripBrackets(string text)
    {
        var open = text.IndexOfAny(new[] { '（', '(' });
        return open > 0 ? text.Substring(0, open) : text;
    }

    /// <summary>The parts of a state between its particles, each with the particle that follows it.</summary>
    private static IEnumerable<(string Part, string Particle)> SplitAtParticles(string state)
    {
        var start = 0;
        for (var k = 0; k < state.Length; k++)
        {
            foreach (var particle in s_particles)
            {
                if (string.CompareOrdinal(state, k, particle, 0, particle.Length) == 0)
                {
                    yield return (state.Substring(start, k - start), particle);
                    start = k + particle.Length;
                    k = start - 1;
                    break;
                }
            }
        }

        yield return (state.Substring(start), string.Empty);
    }

    private static List<(string[] Post, string[] Name, string Cite)> Targets(UseCase useCase)
    {
        var result = new List<(string[] Post, string[] Name, string Cite)>();
        var name = Words.Split(useCase.Name);
        var n = 0;
        foreach (var post in useCase.Postconditions)
        {
            n++;
            result.Add((Words.Split(post.Text), name, "achieves: postcondition " + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (\"" + TextClip.Clip(post.Text.Trim(), 120) + "\")"));
        }

        // A use case that states what it leaves behind is read by that alone: "Request instructor role" with the
        // postcondition "the request awaits review" does not give the role.
        if (useCase.Name.Length > 0 && useCase.Postconditions.Count == 0)
        {
            result.Add((Array.Empty<string>(), name, "achieves, by its name"));
        }

        return result;
    }

    /// <summary>How <paramref name="useCase"/> meets every word: by one postcondition (with its name's words), or
    /// by its name alone; null when it does not.</summary>
    private static string? Cite(List<string> words, UseCase useCase, List<(string[] Post, string[] Name, string Cite)> targets)
    {
        foreach (var (post, name, cite) in targets)
        {
            if (words.All(w => IsAny(w, s_existence) ? post.Concat(name).Any(t => IsAny(t, s_creation)) : post.Any(t => Same(w, t)) || name.Any(t => Same(w, t)))
                && (post.Length == 0 || SaidByPostcondition(words, post)))
            {
                // The name alone meets it only where the name says it all: a postcondition that meets it is cited first.
                return post.Length == 0 && !words.All(w => IsAny(w, s_existence) || name.Any(t => Same(w, t))) ? null : cite;
            }
        }

        return null;
    }

    /// <summary>A postcondition is cited only where it says at least half of what the precondition names itself:
    /// "Request instructor role" leaving "the request awaits review" gives no role, though its name has the words.</summary>
    private static bool SaidByPostcondition(List<string> words, string[] post)
    {
        var named = words.Where(w => !IsAny(w, s_existence)).ToList();
        var said = named.Count(w => post.Any(t => Same(w, t)));
        return named.Count == 0 || (said > 0 && said * 2 >= named.Count);
    }

    /// <summary>"UC-2 User Login", "CDU 03 Login": how the use case is cited, with its name after the code.</summary>
    private static string Named(UseCase useCase, int index)
    {
        var cite = TimingRenderer.UseCaseRef(useCase, index);
        var name = useCase.Name.StartsWith(cite, StringComparison.Ordinal) ? useCase.Name.Substring(cite.Length).TrimStart(':', '：', ' ', '-', '–', '—') : useCase.Name;
        return name.Length > 0 && !cite.StartsWith("Use case ", StringComparison.Ordinal) ? cite + " " + name : cite;
    }

    /// <summary>The actor the precondition opens with ("Staff is logged in"), one of the use case's own; empty otherwise.</summary>
    private static string Subject(string text, HashSet<string> actorWords)
    {
        var all = Words.Of(text);
        return all.Count > 0 && actorWords.Contains(all[0]) ? all[0] : string.Empty;
    }

    private static HashSet<string> ActorWords(UseCase useCase)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in useCase.Actors)
        {
            foreach (var w in Words.Split(actor.Name))
            {
                set.Add(w);
            }
        }

        return set;
    }

    /// <summary>The words that say the state, "logged in" and its kin read as one word "login".</summary>
    private static List<string> ContentWords(string text, HashSet<string> actorWords, out bool negated)
    {
        negated = false;
        var all = Words.Of(text);
        var result = new List<string>();
        var role = false;
        for (var k = 0; k < all.Count; k++)
        {
            var w = all[k];
            var denies = w == "no" && (k == 0 || s_beforeNo.Contains(all[k - 1]) || (k + 1 < all.Count && s_afterNo.Contains(all[k + 1])));
            if (denies || s_negations.Contains(w) || w.EndsWith("n't", StringComparison.Ordinal))
            {
                negated = true;
                return result;
            }

            if (k == 0 && actorWords.Contains(w))
            {
                continue;
            }

            if (k > 0 && (w == "como" || (w == "as" && result.Any(IsLogin))))
            {
                // "Estar cadastrado como aluno ou docente", "logged in as admin": the role after it qualifies the state;
                // the use case that achieves the state need not name it. A further state after "e"/"and" counts again.
                role = true;
                continue;
            }

            if (role)
            {
                role = w is not ("e" or "and" or "y" or "und");
                continue;
            }

            if (!s_ignored.Contains(w) && !actorWords.Contains(w) && !result.Contains(w))
            {
                result.Add(w);
            }
        }

        return result;
    }

    private static bool IsAny(string word, string[] stems) => stems.Any(s => word.StartsWith(s, StringComparison.Ordinal));

    /// <summary>One word in two forms: equal, both forms of logging in, or a shared beginning of at least five
    /// letters that covers all but the last two letters of the shorter ("registered", "registration").</summary>
    private static bool Same(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        if (IsLogin(a) && IsLogin(b))
        {
            return true;
        }

        var common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common])
        {
            common++;
        }

        // "registered" / "registration" share six letters: one word, though their endings differ by more.
        return (common >= 5 && common >= Math.Min(a.Length, b.Length) - 3) || common >= 6;
    }

    private static bool IsLogin(string w) => w is "login" or "logged" or "logon" or "signin" or "signed" or "authenticated" or "authenticate" or "authentication"
        or "logado" or "logada" or "logados" or "logadas" or "logueado" or "logueada" or "autenticado" or "autenticada" or "conectado" or "conectada";
}
