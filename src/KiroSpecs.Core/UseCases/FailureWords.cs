using System;

namespace KiroSpecs.Core.UseCases;

/// <summary>Words that mark an extension as a failure (so it gets an error-flow diagram).</summary>
internal static class FailureWords
{
    private static readonly string[] s_stems =
    {
        "fail", "error", "invalid", "unavailable", "timeout", "time out", "timed out", "times out", "denied", "reject",
        "not found", "does not exist", "doesn't exist", "exceed", "incorrect", "wrong", "expired", "insufficient",
        "cannot", "can't", "unable", "unauthori", "forbidden", "down", "crash", "lost", "missing", "declined", "not valid",
        "unreachable", "refuse", "abort", "cancel", "conflict", "duplicate", "locked", "blocked", "violat",
        "エラー", "失敗", "異常", "不正", "無効", "タイムアウト", "例外",
    };

    public static bool LooksLikeFailure(string text)
    {
        foreach (var stem in s_stems)
        {
            if (text.IndexOf(stem, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
