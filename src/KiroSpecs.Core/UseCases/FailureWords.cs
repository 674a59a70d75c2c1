using System;
using System.Runtime.CompilerServices;
using KiroSpecs.Core.Common;

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
        "not available", "not enough", "no longer", "too many", "too large", "does not respond", "doesn't respond", "no response",
        "than expected", "shortage",
        "inválid", "invalid", "erro", "falha", "bloquead", "negad", "recusad", "expirad", "inexistente", "já exist", "ja exist",
        "sem sessão", "não cria", "não é", "não encontrad", "no encontrad", "não existe", "no existe", "impede", "impide", "prevents", "fallo", "denegad", "rechazad", "실패", "오류", "유효하지", "拒否", "停止中",
        "エラー", "失敗", "異常", "不正", "無効", "タイムアウト", "例外", "できない", "見つからない",
    };

    private static readonly string[] s_deadlines = { " after ", " within ", " by the ", " in time" };

    private static readonly string[] s_lacking = { "available", "left", "stock", "found", "response", "connection", "network", "signal" };

    [MethodImpl(HotPath.Optimized)]
    public static bool LooksLikeFailure(string text)
    {
        if (text.TrimStart().StartsWith("no ", StringComparison.OrdinalIgnoreCase))
        {
            // "No clean room available", "No stock left" (but "No room fits" is a choice, not a failure).
            if (IgnoreCase.ContainsAny(text, s_lacking) || IgnoreCase.ContainsAny(text, s_deadlines))
            {
                // "No settlement webhook after 72 hours": what was awaited did not come in time.
                return true;
            }
        }

        for (var at = text.IndexOf("invalidat", StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf("invalidat", at, StringComparison.OrdinalIgnoreCase))
        {
            // "the PMS invalidates all previously issued cards": an action the flow takes, not an invalid input.
            var end = at;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            text = text.Remove(at, end - at);
        }

        return IgnoreCase.ContainsAny(text, s_stems);
    }
}
