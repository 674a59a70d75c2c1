using System;
using System.Collections.Generic;

namespace KiroSpecs.Core.Sequences;

/// <summary>The verb vocabulary that decides whether a step is a call, a return, a self-call or a note (data, not code).</summary>
internal static class VerbVocabulary
{
    /// <summary>The system answering whoever started the flow.</summary>
    public static readonly HashSet<string> Returns = Set(
        "returns", "return", "responds", "respond", "displays", "display", "shows", "show", "presents", "present", "renders",
        "render", "redirects", "redirect", "replies", "reply", "answers", "answer", "prompts", "prompt", "outputs", "lists",
        "highlights", "echoes", "serves", "serve", "navigates", "opens", "rejects", "reject", "denies", "deny",
        "grants", "表示する", "返す", "応答する");

    /// <summary>Showing something to a person (a device or browser displaying to the user, not answering the system).</summary>
    public static readonly HashSet<string> Displays = Set(
        "displays", "display", "shows", "show", "presents", "present", "renders", "render", "prompts", "prompt", "highlights", "prints");

    /// <summary>Sending verbs: to a named component or actor if there is one, else back to whoever started the flow.</summary>
    public static readonly HashSet<string> SendLike = Set(
        "sends", "send", "notifies", "notify", "informs", "inform", "alerts", "alert", "delivers", "deliver", "emits",
        "provides", "provide", "gives", "issues", "confirms", "acknowledges", "reports", "report", "offers", "downloads",
        "forwards", "emails", "asks", "requests", "queries", "calls", "invokes", "通知する", "送信する");

    /// <summary>Requests: to a named participant, else internal work (never an answer to the initiator).</summary>
    public static readonly HashSet<string> Requests = Set("asks", "requests", "queries", "calls", "invokes", "fetches", "retrieves");

    /// <summary>Internal work that stays a self-call even when a component is named ("sets database status").</summary>
    public static readonly HashSet<string> PureInternal = Set(
        "sets", "set", "skips", "skip", "marks", "mark", "assigns", "formats", "constructs", "builds", "calculates", "computes",
        "generates", "determines", "decides", "compares", "evaluates", "parses", "prepares", "composes", "increments",
        "decrements", "starts", "stops", "waits", "applies", "derives", "normalizes", "normalises", "sorts", "filters",
        "hashes", "encrypts", "decrypts", "measures", "records", "tracks", "counts");

    /// <summary>What an actor does on their own side (a self-call on the actor).</summary>
    public static readonly HashSet<string> ActorInternal = Set(
        "receives", "receive", "reviews", "review", "reads", "read", "views", "view", "sees", "see", "observes", "decides",
        "decide", "determines", "determine", "notes", "waits", "wait", "marks", "mark", "keeps", "keep", "considers",
        "inspects", "examines", "analyzes", "analyses", "interprets", "processes", "understands", "notices", "learns",
        "acknowledges", "evaluates", "verifies", "stops", "routes", "adjusts", "retries", "remains", "uses", "records",
        "writes", "prints", "copies", "saves", "closes", "chooses", "thinks", "checks", "investigates");

    /// <summary>Words that can precede the verb and are skipped ("System still returns…").</summary>
    public static readonly HashSet<string> Adverbs = Set(
        "still", "then", "also", "immediately", "automatically", "again", "successfully", "finally", "first", "now",
        "optionally", "only", "instantly", "asynchronously", "synchronously", "periodically", "simply", "just", "must",
        "should", "shall", "will", "can", "may", "securely", "quickly", "next", "afterwards", "subsequently");

    /// <summary>Openings of text that is not an action (passive voice, conditions): shown as a note.</summary>
    public static readonly HashSet<string> NoteOpeners = Set(
        "after", "if", "when", "once", "upon", "on", "in", "during", "before", "while", "until", "unless", "note", "all",
        "each", "every", "no", "nothing", "traffic", "it", "this", "that", "there", "these", "those");

    public static readonly HashSet<string> Passive = Set("is", "are", "was", "were", "be", "been", "being", "may", "might", "will", "remains");

    /// <summary>Verbs whose call gets an answer back from the participant called (reads, lookups, checks).</summary>
    public static readonly HashSet<string> Reads = Set(
        "checks", "check", "looks", "retrieves", "retrieve", "fetches", "fetch", "reads", "read", "loads", "load", "queries",
        "query", "gets", "get", "finds", "find", "searches", "search", "selects", "select", "verifies", "verify", "validates",
        "validate", "requests", "asks", "authenticates", "authorizes", "authorises", "performs", "runs");

    /// <summary>Prepositions that put a participant in the role of where the work happens ("… in the database").</summary>
    public static readonly HashSet<string> Prepositions = Set(
        "in", "into", "to", "from", "through", "via", "on", "with", "using", "at", "by", "against", "within", "inside", "onto", "for");

    /// <summary>Articles and possessives skipped before a name.</summary>
    public static readonly HashSet<string> Determiners = Set("the", "a", "an", "our", "its", "their", "this", "that", "his", "her");

    /// <summary>"log in", "log out": not the Logger.</summary>
    public static readonly HashSet<string> PhrasalParticles = Set("in", "into", "out", "off", "on", "onto");

    public static readonly HashSet<string> LogWords = Set("log", "logs", "logged", "logging");

    /// <summary>
    /// Japanese verbs at the end of a step (a Japanese sentence is one "word" to <see cref="WordIndex"/>): the stem
    /// and the English verb whose class it takes. Each stem is accepted with する/します/した/しました/を行う.
    /// </summary>
    public static readonly (string Stem, string Verb)[] JapaneseVerbs =
    {
        ("表示", "displays"), ("提示", "displays"), ("返却", "returns"), ("応答", "responds"), ("通知", "notifies"), ("送信", "sends"),
        ("連絡", "notifies"), ("保存", "saves"), ("登録", "saves"), ("更新", "saves"), ("削除", "saves"), ("記録", "saves"),
        ("検索", "searches"), ("照会", "queries"), ("取得", "retrieves"), ("確認", "checks"), ("検証", "validates"), ("照合", "checks"),
        ("計算", "calculates"), ("生成", "generates"), ("判定", "determines"),
    };

    /// <summary>Japanese endings that are verbs on their own (返す, 戻す).</summary>
    public static readonly (string Ending, string Verb)[] JapaneseEndings =
    {
        ("を返す", "returns"), ("を返します", "returns"), ("に返す", "returns"), ("を戻す", "returns"), ("を見せる", "displays"),
    };

    private static readonly string[] s_japaneseSuffixes = { "する", "します", "した", "しました", "を行う", "を行います", "される" };

    /// <summary>The English verb of a Japanese step from its ending ("一覧を社員に表示する" → "displays"), or null.</summary>
    public static string? JapaneseVerbOf(string text)
    {
        var t = text.TrimEnd(' ', '。', '.', '、', '！', '!');
        foreach (var (ending, verb) in JapaneseEndings)
        {
            if (t.EndsWith(ending, StringComparison.Ordinal))
            {
                return verb;
            }
        }

        foreach (var suffix in s_japaneseSuffixes)
        {
            if (!t.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            var head = t.Substring(0, t.Length - suffix.Length);
            foreach (var (stem, verb) in JapaneseVerbs)
            {
                if (head.EndsWith(stem, StringComparison.Ordinal) || head.EndsWith(stem + "を", StringComparison.Ordinal))
                {
                    return suffix == "される" ? null : verb;
                }
            }
        }

        return null;
    }

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
