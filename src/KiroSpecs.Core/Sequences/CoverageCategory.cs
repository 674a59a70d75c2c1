namespace KiroSpecs.Core.Sequences;

/// <summary>An error-scenario category of the coverage table and the words that show a flow or rule covers it.</summary>
internal sealed record CoverageCategory(string Name, string[] Keywords)
{
    public static readonly CoverageCategory[] All =
    {
        new("Authentication failures", new[] { "authenticat", "unauthenticated", "=login", "log in", "sign in", "sign-in", "credential", "password", "=401", "session expired", "=token", "=jwt", "認証" }),
        new("Authorization failures", new[] { "authoriz", "authoris", "permission", "forbidden", "=403", "access denied", "not allowed", "=role", "=roles", "privilege", "権限" }),
        new("Validation errors", new[] { "validat", "invalid", "malformed", "=missing", "required field", "=format", "=400", "=422", "bad request", "不正", "検証" }),
        new("Database errors", new[] { "database", "=db", "=sql", "query fail", "connection fail", "persist", "データベース" }),
        new("Network timeouts", new[] { "timeout", "time out", "timed out", "times out", "takes longer", "=network", "latency", "タイムアウト" }),
        new("Service unavailable", new[] { "unavailable", "=503", "=5xx", "=500", "unreachable", "cannot respond", "internal server error", "unexpected error", "=down", "outage", "not responding", "does not answer", "does not respond" }),
        new("Rate limiting", new[] { "rate limit", "rate-limit", "too many requests", "=429", "throttl", "requests per", "per ip", "quota" }),
    };
}
