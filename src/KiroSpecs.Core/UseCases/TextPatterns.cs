using System;
using System.Text.RegularExpressions;

namespace KiroSpecs.Core.UseCases;

/// <summary>
/// The few line-level patterns of use-case prose (ids, anchors, endings). They run on one label or
/// one step at a time, never over the whole document.
/// </summary>
internal static class TextPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture;
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(1);

    public static readonly Regex UseCaseHeader = new(
        @"^\s*(?:use[-\s]?case\s*(?:id\s*)?[:：]?\s*)?(?<id>UC[-_ ]?(?:[A-Z]{1,12}[-_])?\d+(?:[.\-]\d+)*[a-z]?|use[-\s]?case\s*#?\s*\d+(?:\.\d+)*|ユースケース\s*\d+)(?![A-Za-z0-9])\s*(?:[:：.\-–—)|]\s*)?(?<name>.*)$",
        Options, s_timeout);

    public static readonly Regex UseCaseNamedHeader = new(
        @"^\s*(?:use[-\s]?case|ユースケース)(?:\s+(?:specification|spec|name|title))?\s*[:：]\s*(?<name>.+)$", Options, s_timeout);

    public static readonly Regex BranchHeader = new(
        @"^\s*(?<id>(?:AF|EF|EX|ALT|EXC|ERR|AE)[-_ ]?\d+(?:[.\-]\d+)*[a-z]?|(?:A|E)[-_]?\d+(?:[.\-]\d+)*|(?:alternative|alternate|exception(?:al)?|error)\s*(?:flow|path|course|scenario)?\s*#?\s*(?:(?<code>(?:AF|EF|A|E)[-_ ]?\d+(?:[.\-]\d+)*)|\d+(?:\.\d+)*)|(?:代替|例外)(?:フロー)?\s*\d+(?:[.\-]\d+)*)(?![A-Za-z0-9])\s*(?:[:：.\-–—)|]\s*)?(?<rest>.*)$",
        Options, s_timeout);

    /// <summary>A numbered step of a named branch: "A1.1 The system …", "E2.3. …", "AF-1.2) …".</summary>
    public static readonly Regex BranchStepNumber = new(
        @"^\s*(?<n>(?:AF|EF|A|E)[-_]?\d+(?:\.\d+)+)\s*[.):：]?\s+(?<text>\S.*)$", Options, s_timeout);

    public static readonly Regex ExtensionHeader = new(
        @"^\s*(?<step>\*|\d+(?:\s*[-–]\s*\d+)?)(?<letter>[a-z])(?<sub>\d+)?(?![A-Za-z])\s*[.):]?\s*(?<rest>.*)$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, s_timeout);

    public static readonly Regex Anchor = new(
        @"(?:\b(?:at|in|on|during|from|after|before)\s+(?:the\s+)?(?:basic\s+flow\s+|main\s+flow\s+)?steps?\s+|^\s*steps?\s+|ステップ\s*)(?<from>\d+)(?:\s*(?:-|–|to|through|or|and|～|〜)\s*(?:steps?\s+)?(?<to>\d+))?",
        Options, s_timeout);

    public static readonly Regex AnyStep = new(
        @"\b(?:at\s+)?any\s+(?:step|time|point|moment)\b|\bat\s+(?:all|every)\s+steps?\b|\bany\s+of\s+the\s+steps\b|いずれの(?:ステップ|時点)|任意の(?:ステップ|時点)|全ステップ",
        Options, s_timeout);

    public static readonly Regex Condition = new(
        @"(?:^|[\s,、])(?:if|when|whenever|where|once|in\s+case)\b\s*(?<cond>.+)$|(?<cond>.+?)(?:場合|とき|時)",
        Options, s_timeout);

    public static readonly Regex ContinueAt = new(
        @"\b(?:continue[sd]?|resume[sd]?|return(?:s|ed)?|go(?:es)?\s+back|goes|go|proceed(?:s|ed)?|back|jump(?:s|ed)?|loop(?:s|ed)?\s+back|rejoin(?:s)?)\s+(?:with|at|to|from|on|in)?\s*(?:the\s+)?(?:basic\s+flow|main\s+flow|main\s+success\s+scenario|mss)?\s*(?:,\s*)?(?:at\s+|with\s+)?step\s+(?<step>\d+)|ステップ\s*(?<step>\d+)\s*(?:に戻る|へ戻る|に進む|へ進む|から再開|に続く)",
        Options, s_timeout);

    public static readonly Regex Skip = new(
        @"\bskip(?:s|ped|ping)?\s+(?:over\s+)?steps?\s+(?<from>\d+)(?:\s*(?:-|–|to|through|and)\s*(?<to>\d+))?",
        Options, s_timeout);

    public static readonly Regex Terminates = new(
        @"\b(?:flow|use\s+case|process|scenario|operation|session|request)\s+(?:terminates|ends|is\s+terminated|is\s+aborted|is\s+ended|stops|aborts|is\s+cancell?ed|fails|exits)\b|\b(?:terminate|end|abort|exit)s?\s+(?:the\s+)?(?:flow|use\s+case|process)\b|^\s*(?:end|terminate|stop|abort)(?:\s+(?:flow|use\s+case))?\s*\.?\s*$|\bfailure\s+(?:end|exit)\b|終了する|終了。|^\s*終了\s*$",
        Options, s_timeout);

    public static readonly Regex NumberedLine = new(
        @"^\s*(?:(?:step|ステップ)\s*(?<n>\d+)\s*[.):：\-–—]|(?<n>\d+)\s*[.):：]|(?<n>\d+)\s+[-–—])\s*(?<text>\S.*)$", Options, s_timeout);

    public static readonly Regex SameAs = new(
        @"^\s*(?:same\s+as|see|as\s+in|identical\s+to)\s+(?<id>UC[-_ ]?(?:[A-Z]{1,12}[-_])?\d+(?:[.\-]\d+)*|use[-\s]?case\s*\d+)\b",
        Options, s_timeout);

    public static readonly Regex UseCaseReference = new(
        @"\b(?<id>UC[-_ ]?(?:[A-Z]{1,12}[-_])?\d+(?:[.\-]\d+)*)\b", Options, s_timeout);

    /// <summary>Runs a pattern and never lets a pathological input escape as an exception.</summary>
    public static Match? SafeMatch(Regex regex, string text)
    {
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
}
