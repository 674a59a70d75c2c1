using System;
using KiroSpecs.Core.Common;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Common;

[TestFixture]
internal sealed class IgnoreCaseTests
{
    private static readonly string[] s_texts =
    {
        string.Empty, "The system validates the Order", "O sistema valida o pedido (validação)", "ユーザーが検証する", "ıI ſS KK ÅÅ İi", "no\u00A0break", "x",
        "AAAB at a@b[c_ the end", "ORDER",
    };

    private static readonly string[] s_values =
    {
        string.Empty, "valid", "VALIDATES", "validação", "VALIDAÇÃO", "検証", "ı", "ſ", "K", "Å", "İ", "\u00A0", "order", "x",
        "aab", "`B{", "A@B[C", "THE END", "the endx", "orders", "_",
    };

    [Test]
    public void Contains_AnswersAsTheRuntimeSearchDoes()
    {
        foreach (var text in s_texts)
        {
            foreach (var value in s_values)
            {
                var expected = text.IndexOf(value, StringComparison.OrdinalIgnoreCase) >= 0;
                Assert.That(IgnoreCase.Contains(text, value), Is.EqualTo(expected), $"\"{value}\" in \"{text}\"");
            }
        }
    }

    [Test]
    public void Contains_ANonAsciiKeywordIsNotFoundInAsciiText()
    {
        // arrange: the same ASCII text asked twice (the answer for the last text is remembered), then another text
        const string ascii = "The order is validated";

        // act + assert
        Assert.That(IgnoreCase.Contains(ascii, "検証"), Is.False);
        Assert.That(IgnoreCase.Contains(ascii, "validação"), Is.False);
        Assert.That(IgnoreCase.Contains("O pedido tem validação", "VALIDAÇÃO"), Is.True);
    }

    [Test]
    public void ContainsAny_AnswersAsTheRuntimeSearchDoes()
    {
        // Lists shorter and longer than the one-pass scan's threshold, each asked about every text.
        var lists = new[] { s_values, new[] { "aab", "order" }, new[] { "検証", "ı" }, new[] { "zzz" } };
        foreach (var list in lists)
        {
            foreach (var text in s_texts)
            {
                var expected = Array.Exists(list, value => text.IndexOf(value, StringComparison.OrdinalIgnoreCase) >= 0);
                Assert.That(IgnoreCase.ContainsAny(text, list), Is.EqualTo(expected), $"[{string.Join(", ", list)}] in \"{text}\"");
            }
        }
    }

    [Test]
    public void ContainsAny_IsTrueWhenOneValueIsFound() =>
        Assert.That(IgnoreCase.ContainsAny("Payment Declined", new[] { "承認", "declin" }), Is.True);
}
