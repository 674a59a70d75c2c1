using System;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using KiroSpecs.Core.Common;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// The few line-level patterns of use-case prose (ids, anchors, endings). They run on one label or
/// one step at a time, never over the whole document.
/// </summary>
internal static partial class TextPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture;
    private const int TimeoutMilliseconds = KiroSpecs.Core.Common.RegexTimeout.Milliseconds;

    private const string UseCaseHeaderPattern =
        @"^\s*(?:\d{1,2}\.\s+(?=(?:UC|CU)[-_ ]?(?:[A-Z]{1,12}[-_])?\d|(?:use[-\s]?case|caso\s+de\s+uso|anwendungsfall)\s*[:：]?\s*(?:UC|CU)[-_ ]?(?:[A-Z]{1,12}[-_])?\d))?(?:(?:use[-\s]?case|caso\s+de\s+uso|anwendungsfall)\s*(?:id\s*)?[:：]?\s*)?(?<id>UC[-_ ]?(?:[A-Z]{1,12}[-_])?[A-Z]{0,2}\d+(?:[.\-]\d+)*[a-z]?|CU[-_ ]?\d+(?:[.\-]\d+)*|(?:use[-\s]?case|caso\s+de\s+uso|anwendungsfall)\s*#?\s*\d+(?:\.\d+)*|ユースケース\s*\d+)(?![A-Za-z0-9])\s*(?:[:：.\-–—)|]\s*)?(?<name>.*)$";

    private const string UseCaseNamedHeaderPattern =
        @"^\s*(?:use[-\s]?case|ユースケース)(?:\s+(?:specification|spec|name|title))?\s*[:：]\s*(?<name>.+)$";

    private const string BranchHeaderPattern =
        @"^\s*(?<id>(?:AF|EF|FA|FE|EX|ALT|EXC|ERR|AE|SA|SE)[-_ ]?\d+(?:[.\-]\d+)*[a-z]?|(?:A|E)[-_]?\d+(?:[.\-]\d+)*|(?:alternative|alternate|exception(?:al)?|error)\s*(?:flow|path|course|scenario)?\s*#?\s*(?:(?<code>(?:AF|EF|A|E)[-_ ]?\d+(?:[.\-]\d+)*)|\d+(?:\.\d+)*)|(?:代替|例外)(?:フロー)?\s*\d+(?:[.\-]\d+)*)(?![A-Za-z0-9])\s*(?:[:：.\-–—)|]\s*)?(?<rest>.*)$";

    private const string BranchStepNumberPattern =
        @"^\s*(?<n>(?:(?:AF|EF|A|E)[-_]?)?\d+(?:\.\d+)+)\s*[.):：]?\s+(?<text>\S.*)$";

    private const string ExtensionHeaderPattern =
        @"^\s*(?<step>\*|\d+(?:\s*[-–]\s*\d+)?)(?<dot>\.)?(?<letter>[a-z])(?<sub>\d+)?(?![A-Za-z])(?!\d)\s*[.):]?\s*(?<rest>.*)$";

    private const string AnchorPattern =
        @"(?:\b(?:at|in|on|during|from|after|before)\s+(?:the\s+)?(?:basic\s+flow\s+|main\s+flow\s+)?steps?\s+|^\s*steps?\s+|ステップ\s*|^\s*(?:pasos?|passos?|schritte?|étapes?)\s+|\b(?:en\s+el|en\s+los|no|nos|im|bei|à\s+l'|zu|ab|al|dal|nel|au)\s+(?:pasos?|passos?|schritte?|étapes?)\s+|\b(?:antes|depois|después|despues|durante)\s+(?:do|dos|del|de\s+los|de\s+l[ao]s?)\s+(?:pasos?|passos?)\s+|\ba\s+partir\s+d(?:o|os|el|e\s+los)\s+(?:pasos?|passos?)\s+)(?<from>\d+)(?:\s*(?:-|–|to|through|or|and|y|e|und|～|〜)\s*(?:steps?\s+)?(?<to>\d+)|\s+(?:a|al|até|à|bis)\s+(?<to>\d+)(?![\w-]))?(?!\d|\s+(?:of|in|de|do|da|del)\s+(?:the\s+)?(?:\p{Lu}{1,3}-?\d|UC))";

    private const string AnyStepPattern =
        @"\b(?:at\s+)?any\s+(?:other\s+)?(?:step|time|point|moment)\b|\bat\s+(?:all|every)\s+steps?\b|\bany\s+of\s+the\s+steps\b|いずれの(?:ステップ|時点)|任意の(?:ステップ|時点)|全ステップ|\bcualquier\s+(?:paso|momento)\b|\bqualquer\s+(?:passo|momento)\b|\bjedem\s+schritt\b|\bjederzeit\b";

    private const string ConditionPattern =
        @"(?:^|[\s,、])(?:if|when|whenever|where|once|in\s+case|si(?=\s+\w)|se(?=\s+(?:o|a|os|as|um|uma|não|houver|for|existir|estiver|ocorrer)\b)|cuando|quando|caso(?!\s+de\s+uso)|en\s+caso\s+de\s+que|em\s+caso\s+de)\b\s*(?<cond>.+)$|(?<cond>.+?)(?:場合|とき|時)";

    private const string ContinueAtPattern =
        @"\b(?:continue[sd]?|resume[sd]?|return(?:s|ed)?|go(?:es)?\s+back|goes|go|proceed(?:s|ed)?|back|jump(?:s|ed)?|loop(?:s|ed)?\s+back|rejoin(?:s)?|start(?:s|ed)?\s+(?:again|over))\s+(?:with|at|to|from|on|in)?\s*(?:the\s+)?(?:basic\s+flow|main\s+flow|main\s+success\s+scenario|mss)?\s*(?:,\s*)?(?:at\s+|with\s+)?step\s+(?<step>\d+)|ステップ\s*(?<step>\d+)\s*(?:に戻る|へ戻る|に進む|へ進む|から再開|に続く)|\b(?:vuelve|vuelven|regresa|contin[uú]a|sigue|segue|volta|retorna|prossegue|zurück|weiter)\s+(?:al|en\s+el|ao|no|para\s+o|zu|mit|bei)\s+(?:paso|passo|schritt)\s+(?<step>\d+)|\b(?:same|main|basic)\s+flow\s+(?:from|at)\s+(?:step\s+)?(?<step>\d+)\b|\bmismo\s+flujo\s+desde\s+(?:el\s+)?(?:paso\s+)?(?<step>\d+)|\bmesmo\s+fluxo\s+a\s+partir\s+d[oa]\s+(?:passo\s+)?(?<step>\d+)";

    private const string RejoinsPattern =
        @"\b(?:the\s+)?(?:use|user)\s+case\s+(?:continues|resumes|proceeds)\b(?!\s+(?:at|with|from|on)\s+step)|\b(?:the\s+)?(?:basic\s+|main\s+|normal\s+)?flow\s+(?:continues|resumes|proceeds)\b(?!\s+(?:at|with|from|on)\s+step)|\b(?:continue[sd]?|resume[sd]?|return(?:s|ed)?|go(?:es)?\s+back|proceed(?:s|ed)?|rejoin(?:s|ed)?)\s+(?:with\s+|to\s+|at\s+|in\s+)?(?:the\s+)?(?:basic|main|normal|primary)\s+(?:success\s+)?(?:flow|scenario|course|path)\b(?!\s*,?\s*(?:at\s+|with\s+)?step\s+\d)|\b(?:retorna|volta|regressa|continua|prossegue|vuelve|regresa|contin[uú]a)\s+(?:a[o]?\s+|para\s+o\s+|al\s+|con\s+el\s+|no\s+|en\s+el\s+)(?:fluxo|flujo)\s+(?:principal|b[aá]sico)";

    private const string SkipPattern =
        @"\bskip(?:s|ped|ping)?\s+(?:over\s+)?steps?\s+(?<from>\d+)(?:\s*(?:-|–|to|through|and)\s*(?<to>\d+))?|\bsteps?\s+(?<from>\d+)(?:\s*(?:-|–|to|through|and)\s*(?<to>\d+))?\s+(?:are|is)\s+skipped\b|\b(?:se\s+)?(?:salta[n]?|omite[n]?|pula[m]?)\s+(?:los\s+|os\s+|o\s+|el\s+)?(?:pasos?|passos?)\s+(?<from>\d+)(?:\s*(?:-|–|a|al|y|e)\s*(?<to>\d+))?";

    private const string TerminatesPattern =
        @"\b(?:flow|use\s+case|user\s+case|uc|process|scenario|operation|session|request)\s+(?:(?:still|then|also|now|simply)\s+)?(?:terminates|ends|is\s+terminated|is\s+aborted|is\s+ended|stops|aborts|is\s+cancell?ed|fails|exits)\b|\b(?:terminate|end|abort|exit)s?\s+(?:the\s+)?(?:flow|use\s+case|process)\b|^\s*(?:end|terminate|stop|abort)(?:\s+(?:flow|use\s+case))?\s*\.?\s*$|(?<=[,;→]\s*)\b(?:end|stop|abort)\s*\.?\s*$|\bfailure\s+(?:end|exit)\b|\b(?:uc|use\s+case)[\s-]*\d+[\w.]*\s+ends\s+here\b|\b(?:system|application|app|program|tool|cli)\s+(?:exits|quits|terminates|shuts\s+down)\b|終了する|終了。|^\s*終了\s*$|\b(?:termina|finaliza|acaba)\s+el\s+caso\s+de\s+uso\b|\bel\s+caso\s+de\s+uso\s+(?:termina|finaliza)\b|\b(?:el|o)\s+(?:proceso|processo|flujo|fluxo)\s+(?:se\s+detiene|se\s+interrumpe|termina|finaliza|é\s+interrompido)\b|\bder\s+anwendungsfall\s+endet\b|\b(?:o\s+)?caso\s+de\s+uso\s+(?:é\s+encerrado|é\s+finalizado|termina|finaliza|se\s+encerra)\b|\bencerra(?:-se)?\s+o\s+caso\s+de\s+uso\b|\ble\s+cas\s+d'utilisation\s+(?:se\s+termine|prend\s+fin|s'arrête)\b|\bfin\s+du\s+cas\s+d'utilisation\b|\bil\s+caso\s+d'uso\s+(?:termina|si\s+conclude|finisce)\b|\b(?:anwendungsfall|ablauf)\s+(?:endet|wird\s+beendet|bricht\s+ab)\b";

    private const string NumberedLinePattern =
        @"^\s*(?:(?:step|ステップ)\s*(?<n>\d+)\s*[.):：\-–—]|(?<n>\d+)\s*[.):：]|(?<n>\d+)\s+[-–—])\s*(?<text>\S.*)$";

    private const string SameAsPattern =
        @"^\s*(?:same\s+as|see|as\s+in|identical\s+to)\s+(?<id>UC[-_ ]?(?:[A-Z]{1,12}[-_])?[A-Z]{0,2}\d+(?:[.\-]\d+)*|use[-\s]?case\s*\d+)\b";

    private const string UseCaseReferencePattern =
        @"\b(?<id>UC[-_ ]?(?:[A-Z]{1,12}[-_])?[A-Z]{0,2}\d+(?:[.\-]\d+)*|CU[-_ ]?\d+(?:[.\-]\d+)*)\b";

#if NET
    public static readonly Regex UseCaseHeader = UseCaseHeaderRegex();

    public static readonly Regex UseCaseNamedHeader = UseCaseNamedHeaderRegex();

    public static readonly Regex BranchHeader = BranchHeaderRegex();

    /// <summary>A numbered step of a named branch: "A1.1 The system …", "E2.3. …", "AF-1.2) …".</summary>
    public static readonly Regex BranchStepNumber = BranchStepNumberRegex();

    public static readonly Regex ExtensionHeader = ExtensionHeaderRegex();

    public static readonly Regex Anchor = AnchorRegex();

    public static readonly Regex AnyStep = AnyStepRegex();

    public static readonly Regex Condition = ConditionRegex();

    public static readonly Regex ContinueAt = ContinueAtRegex();

    /// <summary>"The use case continues", "returns to the main flow": the flow goes on with the step after the branch's anchor.</summary>
    public static readonly Regex Rejoins = RejoinsRegex();

    public static readonly Regex Skip = SkipRegex();

    public static readonly Regex Terminates = TerminatesRegex();

    public static readonly Regex NumberedLine = NumberedLineRegex();

    public static readonly Regex SameAs = SameAsRegex();

    public static readonly Regex UseCaseReference = UseCaseReferenceRegex();

    [GeneratedRegex(UseCaseHeaderPattern, Options, TimeoutMilliseconds)]
    private static partial Regex UseCaseHeaderRegex();

    [GeneratedRegex(UseCaseNamedHeaderPattern, Options, TimeoutMilliseconds)]
    private static partial Regex UseCaseNamedHeaderRegex();

    [GeneratedRegex(BranchHeaderPattern, Options, TimeoutMilliseconds)]
    private static partial Regex BranchHeaderRegex();

    [GeneratedRegex(BranchStepNumberPattern, Options, TimeoutMilliseconds)]
    private static partial Regex BranchStepNumberRegex();

    [GeneratedRegex(ExtensionHeaderPattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeoutMilliseconds)]
    private static partial Regex ExtensionHeaderRegex();

    [GeneratedRegex(AnchorPattern, Options, TimeoutMilliseconds)]
    private static partial Regex AnchorRegex();

    [GeneratedRegex(AnyStepPattern, Options, TimeoutMilliseconds)]
    private static partial Regex AnyStepRegex();

    [GeneratedRegex(ConditionPattern, Options, TimeoutMilliseconds)]
    private static partial Regex ConditionRegex();

    [GeneratedRegex(ContinueAtPattern, Options, TimeoutMilliseconds)]
    private static partial Regex ContinueAtRegex();

    [GeneratedRegex(RejoinsPattern, Options, TimeoutMilliseconds)]
    private static partial Regex RejoinsRegex();

    [GeneratedRegex(SkipPattern, Options, TimeoutMilliseconds)]
    private static partial Regex SkipRegex();

    [GeneratedRegex(TerminatesPattern, Options, TimeoutMilliseconds)]
    private static partial Regex TerminatesRegex();

    [GeneratedRegex(NumberedLinePattern, Options, TimeoutMilliseconds)]
    private static partial Regex NumberedLineRegex();

    [GeneratedRegex(SameAsPattern, Options, TimeoutMilliseconds)]
    private static partial Regex SameAsRegex();

    [GeneratedRegex(UseCaseReferencePattern, Options, TimeoutMilliseconds)]
    private static partial Regex UseCaseReferenceRegex();
#else
    private static readonly TimeSpan s_timeout = TimeSpan.FromMilliseconds(TimeoutMilliseconds);

    public static readonly Regex UseCaseHeader = new(UseCaseHeaderPattern, Options, s_timeout);

    public static readonly Regex UseCaseNamedHeader = new(UseCaseNamedHeaderPattern, Options, s_timeout);

    public static readonly Regex BranchHeader = new(BranchHeaderPattern, Options, s_timeout);

    /// <summary>A numbered step of a named branch: "A1.1 The system …", "E2.3. …", "AF-1.2) …".</summary>
    public static readonly Regex BranchStepNumber = new(BranchStepNumberPattern, Options, s_timeout);

    public static readonly Regex ExtensionHeader = new(ExtensionHeaderPattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, s_timeout);

    public static readonly Regex Anchor = new(AnchorPattern, Options, s_timeout);

    public static readonly Regex AnyStep = new(AnyStepPattern, Options, s_timeout);

    public static readonly Regex Condition = new(ConditionPattern, Options, s_timeout);

    public static readonly Regex ContinueAt = new(ContinueAtPattern, Options, s_timeout);

    /// <summary>"The use case continues", "returns to the main flow": the flow goes on with the step after the branch's anchor.</summary>
    public static readonly Regex Rejoins = new(RejoinsPattern, Options, s_timeout);

    public static readonly Regex Skip = new(SkipPattern, Options, s_timeout);

    public static readonly Regex Terminates = new(TerminatesPattern, Options, s_timeout);

    public static readonly Regex NumberedLine = new(NumberedLinePattern, Options, s_timeout);

    public static readonly Regex SameAs = new(SameAsPattern, Options, s_timeout);

    public static readonly Regex UseCaseReference = new(UseCaseReferencePattern, Options, s_timeout);
#endif

    /// <summary>Runs a pattern and never lets a pathological input escape as an exception.</summary>
    public static Match? SafeMatch(Regex regex, string text)
    {
        if (!MayMatch(regex, text))
        {
            return null;
        }

        try
        {
            var match = regex.Match(text);
            return match.Success ? match : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary><paramref name="regex"/>.IsMatch(<paramref name="text"/>), without running it on a text it cannot match (<see cref="MayMatch"/>).</summary>
    public static bool IsMatch(Regex regex, string text) => MayMatch(regex, text) && regex.IsMatch(text);

    /// <summary>
    /// False when <paramref name="regex"/> cannot match <paramref name="text"/>: every match of these patterns holds a
    /// digit (<c>\d</c>, a character of Unicode category Nd, as <see cref="char.IsDigit(char)"/>), or for
    /// <see cref="ExtensionHeader"/> a digit or '*', and most lines of a document hold none; every match of
    /// <see cref="UseCaseNamedHeader"/> on an all-ASCII text holds "use". Starting a match, its
    /// timeout clock included, costs more than looking at the characters.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool MayMatch(Regex regex, string text)
    {
        if (Array.IndexOf(s_needDigit, regex) < 0)
        {
            // Every match of UseCaseNamedHeader on an all-ASCII text holds "use" ("Use Case: …", "Use-case name: …"),
            // and every match of Terminates on one holds one of s_terminatesWords.
            if (ReferenceEquals(regex, Terminates))
            {
                return !KiroSpecs.Core.Common.IgnoreCase.IsAscii(text) || Sequences.Keywords.Any(text, s_terminatesWords);
            }

            return !ReferenceEquals(regex, UseCaseNamedHeader) || !KiroSpecs.Core.Common.IgnoreCase.IsAscii(text)
                || text.IndexOf("use", StringComparison.OrdinalIgnoreCase) >= 0;
        }

        var star = ReferenceEquals(regex, ExtensionHeader);
        foreach (var c in text)
        {
            if (char.IsDigit(c) || (star && c == '*'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words of which every match of <see cref="Terminates"/> on an ASCII line holds one.</summary>
    private static readonly string[] s_terminatesWords = { "termin", "end", "abort", "stop", "cancel", "fail", "exit", "quit", "shut", "finaliza", "acaba", "detiene", "interrump", "interromp", "encerra", "fin", "conclude", "finisce", "beendet", "bricht" };

    private static readonly Regex[] s_needDigit =
    {
        UseCaseHeader, BranchHeader, BranchStepNumber, ExtensionHeader, Anchor, ContinueAt, Skip, NumberedLine, SameAs, UseCaseReference,
    };
}
