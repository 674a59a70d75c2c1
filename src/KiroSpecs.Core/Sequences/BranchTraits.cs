using System.Collections.Generic;
using System.Linq;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>What a branch says about how the flow goes on, as the planners read it.</summary>
internal static partial class BranchTraits
{
    /// <summary>
    /// A branch that fails without saying how the flow goes on and offers no choice: the sequence diagram draws the
    /// rest of the flow only otherwise, and the state diagram ends the branch there too.
    /// </summary>
    public static bool FailsWithoutSayingHowItGoesOn(UseCaseBranch branch, string goal) =>
        branch.Ending.Kind == EndingKind.Unspecified && Fails(branch, goal) && !OffersChoice(branch);

    private const string EitherOrPattern =
        @"\beither\b.*\bor\b|\bou\b.*\bou\b";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_eitherOr = EitherOrRegex();

    [System.Text.RegularExpressions.GeneratedRegex(EitherOrPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex EitherOrRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_eitherOr = new(EitherOrPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>"either creates only the missing documents, confirms …, or terminates": the actor chooses how it goes on.</summary>
    public static bool OffersChoice(UseCaseBranch branch) =>
        branch.Steps.Any(step => s_eitherOr.IsMatch(step.Text));

    private const string ExtensionIdPattern =
        @"^\d+[a-z]\d*$";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_extensionId = ExtensionIdRegex();

    [System.Text.RegularExpressions.GeneratedRegex(ExtensionIdPattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex ExtensionIdRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_extensionId = new(ExtensionIdPattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>A Cockburn extension of one step ("4a", "2b"), as opposed to a named flow or one at any step.</summary>
    public static bool IsExtensionOfOneStep(UseCaseBranch branch) =>
        branch.Anchor.Kind == AnchorKind.Step && branch.Anchor.FromStep == branch.Anchor.ToStep
        && branch.Id.Length > 1 && char.IsDigit(branch.Id[0]) && s_extensionId.IsMatch(branch.Id);

    private const string NegatedPattern =
        @"\bnot\b|n't\b|^\s*no\b|\bwithout\b|\bnão\b|\bsem\b|\bnenhuma?\b|\bsin\b|\bning[uú]na?\b|\bkeine?\b|ない|なし|無し|없";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_negated = NegatedRegex();

    [System.Text.RegularExpressions.GeneratedRegex(NegatedPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex NegatedRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_negated = new(NegatedPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>The branch says the step did not go as written: a failure, or the step's negation ("does not fill out").</summary>
    public static bool Departs(UseCaseBranch branch, string goal) =>
        Fails(branch, goal) || s_negated.IsMatch(branch.Condition);

    /// <summary>
    /// The branch's condition or one of its steps speaks of a failure; words of the use case's own goal do not
    /// count ("cancellation occurs late" in "Cancel Appointment").
    /// </summary>
    public static bool Fails(UseCaseBranch branch, string goal) =>
        FailureWords.LooksLikeFailure(OutcomeReader.WithoutGoal(Keywords.Unquoted(branch.Condition), goal))
        || branch.Steps.Any(step => FailureWords.LooksLikeFailure(OutcomeReader.WithoutGoal(step.Text, goal)));

    private const string ChecksPattern =
        @"\b(?:checks|validates|verifies|evaluates|compares|verifica|valida|prüft|überprüft|comprueba)\b|検証|確認|검증|확인";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_checks = ChecksRegex();

    [System.Text.RegularExpressions.GeneratedRegex(ChecksPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex ChecksRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_checks = new(ChecksPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    private const string ClauseSeparatorsPattern =
        @"[,;]\s*(?:and\s+|y\s+|e\s+)?|\s(?:and|y|e)\s";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_clauseSeparators = ClauseSeparatorsRegex();

    [System.Text.RegularExpressions.GeneratedRegex(ClauseSeparatorsPattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex ClauseSeparatorsRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_clauseSeparators = new(ClauseSeparatorsPattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    private static readonly string[] s_faults =
    {
        "fail", "fallo", "falla", "falha", "error", "erro", "unavailable", "not available", "no disponible", "não disponível",
        "outage", "crash", "down", "timeout", "time out", "times out", "timed out", "does not respond", "doesn't respond",
        "no responde", "não responde", "unreachable",
    };

    /// <summary>A step that checks something ("validates the dates"): a fault it finds does not undo it.</summary>
    public static bool IsCheck(string text) => s_checks.IsMatch(text);

    /// <summary>
    /// The step up to the end of the clause that checks ("API valida permissão (isInstructor())" of "…, processa com
    /// sharp e grava …"): what happened before the check found a fault; the whole text when the check is its last clause.
    /// </summary>
    public static string UpToTheCheck(string text)
    {
        var check = s_checks.Match(text);
        if (!check.Success)
        {
            return text;
        }

        var depth = 0;
        for (var i = check.Index + check.Length; i < text.Length; i++)
        {
            depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
            if (depth == 0 && text[i] is ',' or ';')
            {
                return text.Substring(0, i).TrimEnd();
            }
        }

        return text;
    }

    /// <summary>
    /// "FE-04 (step 10) Registry failure" at "10. System records the application in the Registry, assigns …": what the
    /// step's own work goes through breaks, so that work does not happen; this is the work before the clause that names
    /// what breaks ("generates the proposal" of "generates the proposal and sends it to the signing portal" / "signing
    /// portal unavailable"), empty when that clause comes first. Null when the branch does not break the step; a check
    /// that finds a fault ("validates the dates" / "dates not valid") did happen.
    /// </summary>
    public static string? WorkBeforeBreak(UseCaseBranch branch, UseCaseStep step)
    {
        if (!Common.IgnoreCase.ContainsAny(branch.Condition, s_faults) || IsCheck(step.Text))
        {
            return null;
        }

        var named = ContentWords(branch.Condition);
        named.RemoveWhere(word => Common.IgnoreCase.ContainsAny(word, s_faults));
        var (start, before) = (0, 0);
        foreach (System.Text.RegularExpressions.Match separator in s_clauseSeparators.Matches(step.Text + ","))
        {
            if (named.Overlaps(ContentWords(step.Text.Substring(start, separator.Index - start))))
            {
                return step.Text.Substring(0, before);
            }

            (start, before) = (separator.Index + separator.Length, separator.Index);
        }

        return null;
    }

    /// <summary>The words of four letters or more, cut to their first five, that say what a text is about.</summary>
    public static HashSet<string> ContentWords(string text) =>
        new(WordIndex.Build(text).Words.Where(w => w.Length >= 4 && w is not ("user" or "system" or "that" or "this" or "with" or "from" or "wants")).Select(w => w.Length > 5 ? w.Substring(0, 5) : w), System.StringComparer.Ordinal);

    private const string AlreadyPattern =
        @"\b(?:already|j[áa]|ya|bereits|schon|déjà)\b|既に|すでに|이미";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_already = AlreadyRegex();

    [System.Text.RegularExpressions.GeneratedRegex(AlreadyPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex AlreadyRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_already = new(AlreadyPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>A step that makes or books something (its first words): a condition that the thing exists already stops it.</summary>
    private const string MakesPattern =
        @"^\W*(?:creates|registers|records|adds|saves|stores|books|reserves|inserts|issues|cria|registra|adiciona|salva|grava|insere|reserva|crea|añade|guarda|erstellt|legt|speichert|bucht)\b|^\W*\S*(?:作成|登録|생성|등록)";

#if NET
    private static readonly System.Text.RegularExpressions.Regex s_makes = MakesRegex();

    [System.Text.RegularExpressions.GeneratedRegex(MakesPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex MakesRegex();
#else
    private static readonly System.Text.RegularExpressions.Regex s_makes = new(MakesPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, KiroSpecs.Core.Common.RegexTimeout.Value);
#endif

    /// <summary>"already", "já", "ya", "bereits": the condition says something exists or happened before.</summary>
    public static bool SaysAlready(string text) => s_already.IsMatch(text);

    /// <summary>
    /// "3. The system creates the claim …" / "E3 (at step 3): a claim already exists for the same file": what the step
    /// would make exists already, so nothing of the step happens.
    /// </summary>
    public static bool FindsItMadeAlready(UseCaseBranch branch, string stepText) =>
        branch.Condition.Length > 0 && s_already.IsMatch(branch.Condition) && s_makes.IsMatch(stepText);
}
