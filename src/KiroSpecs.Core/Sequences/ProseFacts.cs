using System.Collections.Generic;
using System.Linq;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>
/// What the analysis sections quote from prose: of a use case written without steps, its sentences that state a rule
/// (SHALL, MUST, "is required", "requires") and those that say what data moves (returns, sends, enters, searches); of the notes
/// beside the steps of any other, the sentences that state a rule. Each sentence is quoted whole; nothing is read
/// into it.
/// </summary>
internal static partial class ProseFacts
{
    private const int MaxSentences = 12;

    private static readonly string[] s_ruleWords =
    {
        "is required", "are required", "=requires", "=require", "check digit", "checksum", "=validated", "=validates", "=mandatory", "=obrigatório", "=obrigatória",
    };

    /// <summary>Requirement keywords written in capitals ("SHALL", "MUST"): a rule, where "must" in a problem statement is not.</summary>
    private static readonly string[] s_capitalModals = { "SHALL", "MUST", "REQUIRED" };

    private static readonly string[] s_dataVerbs =
    {
        "=returns", "=return", "=sends", "=send", "=enters", "=enter", "=submits", "=receives", "=queries", "=searches", "=retrieves", "=requests",
        "=lists", "=records", "=provides", "=exchanges", "=transmits", "=retrieve", "=retrieves", "=locate", "=issues", "=envia", "=retorna", "=informa", "=registra",
    };

    /// <summary>True when the use case is prose: no steps and no diagram of its own.</summary>
    public static bool IsProse(UseCase useCase) => useCase.Steps.Count == 0 && useCase.Written is null;

    /// <summary>
    /// Sentences that state a rule: of the prose of a use case without steps, and of the notes beside the steps of
    /// any other ("Problem: … mandatory justifications above the threshold (2.3x)").
    /// </summary>
    public static List<string> Rules(UseCase useCase) =>
        Sentences(useCase, anyUseCase: true).Where(s => Keywords.Any(s, s_ruleWords) || s_capitalModals.Any(m => s.IndexOf(" " + m + " ", System.StringComparison.Ordinal) >= 0)).Take(MaxSentences).ToList();

    private static readonly string[] s_conditionWords = { "=if", "=when", "=unless", "→", "->", "=si", "=se", "=wenn", "=falls" };

    /// <summary>
    /// Sentences of the prose beside the steps (or of a use case written as prose) that state a failure under a
    /// condition ("If ShieldScore does not answer in 10 s, …", "Bank details fail the check → field error"): what the
    /// author says can go wrong without writing it as a flow.
    /// </summary>
    public static List<string> Failures(UseCase useCase) =>
        Sentences(useCase, anyUseCase: true).Where(s => Keywords.Any(s, s_conditionWords) && FailureWords.LooksLikeFailure(s)).Take(MaxSentences).ToList();

    /// <summary>
    /// A queue of messages, written out: "outbound queue", "finance message queue", "cola de reenvío", "fila de
    /// mensagens" (a queue of work people pick from is not one).
    /// </summary>
    private const string MessageQueuePattern =
        @"\b(?:message|messages|event|events|outbound|inbound|retry|resend|dead[- ]letter|notification|mail|e-?mail)\s+queues?\b|\b(?:message|event)\s+bus\b|\bcola\s+de\s+(?:reenv[ií]o|mensajes|eventos|reintentos|correo)\b|\bfila\s+de\s+(?:mensagens|eventos|reenvio|e-?mails?)\b";

#if NET
    internal static readonly System.Text.RegularExpressions.Regex MessageQueue = MessageQueueRegex();

    [System.Text.RegularExpressions.GeneratedRegex(MessageQueuePattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex MessageQueueRegex();
#else
    internal static readonly System.Text.RegularExpressions.Regex MessageQueue = new(MessageQueuePattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>Sentences of any use case's prose that name a queue of messages.</summary>
    public static List<string> Queues(UseCase useCase) =>
        Sentences(useCase, anyUseCase: true).Where(s => Keywords.Any(s, s_queueWords) && MessageQueue.IsMatch(s)).Take(MaxSentences).ToList();

    private static readonly string[] s_queueWords = { "queue", "queues", "cola", "fila", "bus" };

    private static readonly string[] s_messagingWords =
    {
        "=message", "=messages", "messaging", "messenger", "=queue", "=queues", "=topic", "=broker", "=publish", "=publishes", "=subscribe", "=subscribes",
        "=event", "=events", "mensagem", "mensagens", "メッセージ", "メッセージング", "메시지",
    };

    /// <summary>Sentences of the prose that name messages, queues or events ("… messages wrapped … for KIM/TIM transport").</summary>
    public static List<string> Messaging(UseCase useCase) => Sentences(useCase).Where(s => Keywords.Any(s, s_messagingWords)).Take(MaxSentences).ToList();

    /// <summary>Sentences of the prose that say what data moves.</summary>
    public static List<string> Data(UseCase useCase) => Sentences(useCase).Where(s => Keywords.Any(s, s_dataVerbs)).Take(MaxSentences).ToList();

    /// <summary>
    /// Failures stated in the prose beside a use case's steps, with the paragraph each is written in: what the
    /// diagrams do not draw, for a positioned warning (a use case written as prose has one of its own).
    /// </summary>
    public static IEnumerable<(UseCaseNote Note, string Sentence)> UndrawnFailures(UseCase useCase)
    {
        if (IsProse(useCase))
        {
            return Enumerable.Empty<(UseCaseNote, string)>();
        }

        // A sentence that restates a flow ("Deletion is blocked if the term is referenced" beside "4a1. The system
        // alerts the student that the deletion is blocked due to existing references") is drawn by that flow.
        // Built only once a sentence needs it: most use cases have no sentence of a failure under a condition.
        HashSet<string>? drawn = null;
        return NoteSentences(useCase)
            .Where(s => Keywords.Any(s.Sentence, s_conditionWords) && FailureWords.LooksLikeFailure(s.Sentence)
                && Stems(s.Sentence).Count((drawn ??= DrawnStems(useCase)).Contains) < 2)
            .Take(MaxSentences);
    }

    /// <summary>
    /// Sentences of the prose beside a use case's steps that state what happens under a condition ("If the caller hangs
    /// up before the claim number is given, the claim is still saved …", "If there is a hold, the payment waits …") and
    /// that no flow restates: branches the author wrote as prose, which the diagrams do not draw.
    /// </summary>
    public static List<string> UndrawnBranches(UseCase useCase) =>
        UndrawnBranchSentences(useCase).Select(s => s.Sentence).Distinct(System.StringComparer.Ordinal).Take(MaxSentences).ToList();

    /// <summary>
    /// <see cref="UndrawnBranches"/> with the note each sentence is written in; with <paramref name="arrows"/>, also the
    /// bullets written as a condition and an arrow ("Payee bank details fail the modulus check → field error, …").
    /// </summary>
    public static IEnumerable<(UseCaseNote Note, string Sentence)> UndrawnBranchSentences(UseCase useCase, bool arrows = false)
    {
        if (IsProse(useCase) || useCase.Notes.IsEmpty)
        {
            return Enumerable.Empty<(UseCaseNote, string)>();
        }

        // What the flows draw: the branches, and the steps with their sub-steps ("3.2 If online payment, …"), each
        // of which draws a sentence that says mostly what it says.
        var drawn = DrawnStems(useCase);
        var steps = useCase.Steps.SelectMany(step => step.SubSteps.Select(sub => sub.Text).Prepend(step.Text)).Select(t => new HashSet<string>(Stems(t), System.StringComparer.Ordinal)).ToList();
        bool Restates(string sentence)
        {
            var stems = Stems(sentence).ToList();
            return stems.Count(drawn.Contains) >= 2 || steps.Exists(step => stems.Count(step.Contains) * 2 >= System.Math.Max(2, stems.Count));
        }

        // A requirement is read in its whole bullet or short paragraph ("If …, updates use …; if …, updates must be …").
        return NoteSentences(useCase)
            .Where(s => (s.Note.Section.Length == 0 || !Keywords.Any(s.Note.Section, s_notBranchSections))
                && !Keywords.Any(s.Note.Text.Length < 600 ? s.Note.Text : s.Sentence, s_requirementModals)
                && (OpensWithACondition(s.Sentence) || (arrows && ArrowAt(s.Sentence) > 0)) && !Restates(s.Sentence))
            .ToList();
    }

    /// <summary>Sections whose conditions are no branches of the flow: rules, requirements, guarantees, notes on data.</summary>
    private static readonly string[] s_notBranchSections =
    {
        "rule", "regra", "regla", "requirement", "requisito", "guarantee", "postcondition", "pós-condi", "precondition", "pré-condi", "data", "dados",
        "datos", "glossar", "open", "question", "issue",
    };

    /// <summary>"… updates must be bounded to valid references": a requirement on the design, not a case of the flow.</summary>
    private static readonly string[] s_requirementModals = { "=must", "=shall", "=should", "=deve", "=devem", "=debe", "=deben", "=muss", "=müssen", "=soll" };

    private static readonly string[] s_conditionOpeners = { "if ", "when ", "unless ", "se ", "si ", "wenn ", "falls ", "caso " };

    /// <summary>
    /// Where the arrow of "Payee bank details fail the check → field error, …" is, when a condition of two words or more
    /// comes before it; -1 otherwise.
    /// </summary>
    public static int ArrowAt(string sentence)
    {
        var at = sentence.IndexOf(" → ", System.StringComparison.Ordinal);
        at = at >= 0 ? at : sentence.IndexOf(" -> ", System.StringComparison.Ordinal);
        return at > 0 && Texts.CountWords(sentence.Substring(0, at)) >= 2 ? at : -1;
    }

    /// <summary>"If …", "When …", "Se …": a sentence that opens with its condition.</summary>
    private static bool OpensWithACondition(string sentence)
    {
        var t = sentence.TrimStart('-', '*', ' ', '(');
        return ConditionOpener(t) is not null && t.IndexOf(',') > 0;
    }

    /// <summary>The word ("if ", "when ", "se ", …) <paramref name="text"/> opens its condition with; null when none.</summary>
    public static string? ConditionOpener(string text) =>
        s_conditionOpeners.FirstOrDefault(o => text.StartsWith(o, System.StringComparison.OrdinalIgnoreCase));

    private static HashSet<string> DrawnStems(UseCase useCase) =>
        new(useCase.Branches.SelectMany(b => new[] { b.Condition, b.Title }.Concat(b.Steps.Select(step => step.Text))).SelectMany(Stems), System.StringComparer.Ordinal);

    /// <summary>The words of five letters or more, cut to their first five ("referenced" and "references" meet).</summary>
    private static IEnumerable<string> Stems(string text) =>
        KiroSpecs.Core.Interactions.Words.Split(text).Where(w => w.Length >= 5).Select(w => w.Substring(0, 5)).Distinct(System.StringComparer.Ordinal);

    private static IEnumerable<string> Sentences(UseCase useCase, bool anyUseCase = false) =>
        !anyUseCase && !IsProse(useCase) ? Enumerable.Empty<string>() : NoteSentences(useCase).Select(s => s.Sentence);

    private static IEnumerable<(UseCaseNote Note, string Sentence)> NoteSentences(UseCase useCase)
    {
        foreach (var note in useCase.Notes.Where(n => !n.IsCode))
        {
            var text = note.Text.Replace('\n', ' ').Replace('\r', ' ');
            var start = 0;
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                // A quoted message ("… refuses it with "Changed by Amir Q. at 10:42"") and an initial end no sentence.
                quoted ^= text[i] is '"' or '“' or '”';
                var initial = text[i] == '.' && i >= 1 && char.IsUpper(text[i - 1]) && (i == 1 || text[i - 2] == ' ');
                var end = !quoted && !initial && (text[i] is '。' || (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || text[i + 1] == ' ')));
                if (end || i + 1 == text.Length)
                {
                    var sentence = text.Substring(start, i + 1 - start).Trim();
                    if (sentence.Length > 12)
                    {
                        yield return (note, TextClip.Clip(sentence, 400));
                    }

                    start = i + 1;
                }
            }
        }
    }
}
