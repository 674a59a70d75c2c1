using System;
using System.Collections.Generic;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>KIROSPECS_UPDATE_GOLDEN rewrites the golden files locally and is refused under CI=true.</summary>
[TestFixture]
public sealed class GoldenUpdateGuardTests
{
    [TestCase(null, null, false)]
    [TestCase(null, "true", false)]
    [TestCase("1", null, true)]
    [TestCase("1", "false", true)]
    [TestCase("0", null, false)]
    public void UpdateRequested_OutsideCi_OnlyForOne(string? update, string? ci, bool expected)
    {
        // act
        var requested = GoldenTests.UpdateRequested(Environment(update, ci));

        // assert
        Assert.That(requested, Is.EqualTo(expected));
    }

    [TestCase("1", "true")]
    [TestCase("1", "True")]
    [TestCase("yes", "true")]
    public void UpdateRequested_UnderCi_ThrowsSayingWhy(string update, string ci)
    {
        // act
        var ex = Assert.Throws<InvalidOperationException>(() => GoldenTests.UpdateRequested(Environment(update, ci)));

        // assert
        Assert.That(ex!.Message, Does.Contain("KIROSPECS_UPDATE_GOLDEN=" + update).And.Contain("CI=true").And.Contain("rewrite"));
    }

    private static Func<string, string?> Environment(string? update, string? ci)
    {
        var values = new Dictionary<string, string?> { ["KIROSPECS_UPDATE_GOLDEN"] = update, ["CI"] = ci };
        return name => values.TryGetValue(name, out var value) ? value : null;
    }
}
