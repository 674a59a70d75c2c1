namespace KiroSpecs.Core.Sequences;

/// <summary>
/// An error-scenario category of the coverage table and the words of a failure's trigger that place a flow in it.
/// The categories are tried in order and a flow goes to the first that fits.
/// </summary>
internal sealed record CoverageCategory(string Name, string[] Keywords)
{
    public static readonly CoverageCategory[] All =
    {
        new("Authentication failures", new[] { "authenticat", "unauthenticated", "credential", "credencia", "autentica", "=401", "session expired", "=token", "=jwt", "login failed", "認証", "인증", "로그인 실패" }),
        new("Authorization failures", new[] { "authoriz", "authoris", "permission", "forbidden", "=403", "access denied", "not allowed", "privilege", "権限", "アクセス拒否", "permissão", "권한" }),
        new("Validation errors", new[] { "validat", "validaç", "invalid", "malformed", "=missing", "required field", "=format", "=400", "=422", "bad request", "=empty", "=null", "=undefined", "does not meet", "不正", "検証", "バリデーション", "入力エラー", "inválid", "obrigatóri", "유효하지" }),
        new("Database errors", new[] { "=database", "=db", "=sql", "database connection", "データベース", "banco de dados", "base de datos", "데이터베이스" }),
        new("Network timeouts", new[] { "timeout", "time out", "timed out", "times out", "takes longer", "network error", "network failure", "connection lost", "タイムアウト", "tempo esgotado", "타임아웃" }),
        new("Service unavailable", new[] { "unavailable", "=503", "=5xx", "=500", "unreachable", "cannot respond", "internal server error", "unexpected error", "outage", "not responding", "does not respond", "indisponível", "サービス停止" }),
        new("Rate limiting", new[] { "rate limit", "rate-limit", "too many requests", "=429", "throttl", "quota exceeded" }),
    };

    /// <summary>
    /// Words of a password or a sign-in that fails as an authentication ("username or password does not match"),
    /// unless the trigger states a rule the input breaks ("password does not meet the requirements").
    /// </summary>
    private static readonly string[] s_signInWords = { "password", "senha", "contraseña", "パスワード", "비밀번호", "=login", "log in", "sign in", "ログイン" };

    /// <summary>
    /// Words of the system's side that make "unavailable" or "not responding" an outage: a slot or a copy that is
    /// unavailable is a business condition, not a service failure.
    /// </summary>
    private static readonly string[] s_systemNouns =
    {
        "service", "server", "system", "=api", "gateway", "database", "backend", "provider", "network", "=site", "website", "application",
        "=app", "platform", "=5xx", "=500", "=503", "internal server error", "unexpected error", "サービス", "サーバ", "시스템", "serviço", "servidor", "sistema",
    };

    /// <summary>The index of the first category the failure's trigger fits, -1 when none does.</summary>
    public static int IndexOf(string trigger)
    {
        var index = System.Array.FindIndex(All, c => Fits(c, trigger));
        var validation = System.Array.FindIndex(All, c => c.Name == "Validation errors");
        if ((index < 0 || index >= validation) && Sequences.Keywords.Any(trigger, s_signInWords) && !Sequences.Keywords.Any(trigger, s_ruleWords))
        {
            // "Username or password does not match": a sign-in that fails.
            return 0;
        }

        return index;
    }

    /// <summary>Words by which a trigger states a rule the input breaks rather than a sign-in that fails.</summary>
    private static readonly string[] s_ruleWords =
    {
        "requirement", "policy", "too short", "too long", "at least", "characters", "complexity", "weak", "strength", "validat", "required",
        "=empty", "=missing", "=format", "=null",
    };

    private static bool Fits(CoverageCategory category, string trigger) =>
        Sequences.Keywords.Any(trigger, category.Keywords) && (category.Name != "Service unavailable" || Sequences.Keywords.Any(trigger, s_systemNouns));

    /// <summary>Failure flows whose trigger fits no category above.</summary>
    public const string OtherName = "Other failures (category not stated)";
}
