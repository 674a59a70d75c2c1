namespace KiroSpecs.Core.Sequences;

/// <summary>
/// An error-scenario category of the coverage table and the words of a failure's trigger that place a flow in it.
/// The categories are tried in order and a flow goes to the first that fits.
/// </summary>
internal sealed record CoverageCategory(string Name, string[] Keywords)
{
    public static readonly CoverageCategory[] All =
    {
        new("Authentication failures", new[] { "authenticat", "unauthenticated", "credential", "credencia", "autentica", "password", "=401", "session expired", "=token", "=jwt", "login failed", "認証", "senha", "contraseña", "인증", "로그인 실패" }),
        new("Authorization failures", new[] { "authoriz", "authoris", "permission", "forbidden", "=403", "access denied", "not allowed", "privilege", "権限", "アクセス拒否", "permissão", "권한" }),
        new("Validation errors", new[] { "validat", "validaç", "invalid", "malformed", "=missing", "required field", "=format", "=400", "=422", "bad request", "=empty", "不正", "検証", "inválid", "obrigatóri", "유효하지" }),
        new("Database errors", new[] { "=database", "=db", "=sql", "database connection", "データベース", "banco de dados", "base de datos", "데이터베이스" }),
        new("Network timeouts", new[] { "timeout", "time out", "timed out", "times out", "takes longer", "network error", "network failure", "connection lost", "タイムアウト", "tempo esgotado", "타임아웃" }),
        new("Service unavailable", new[] { "unavailable", "=503", "=5xx", "=500", "unreachable", "cannot respond", "internal server error", "unexpected error", "outage", "not responding", "does not respond", "indisponível", "サービス停止" }),
        new("Rate limiting", new[] { "rate limit", "rate-limit", "too many requests", "=429", "throttl", "quota exceeded" }),
    };

    /// <summary>Failure flows whose trigger fits no category above.</summary>
    public const string OtherName = "Other failures (category not stated)";
}
