using System;
using KiroSpecs.Testing;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Testing;

[TestFixture]
public sealed class CaseSourcesTests
{
    [Test]
    public void NotEmpty_WithoutCases_ThrowsNamingWhereItLooked()
    {
        // act
        var ex = Assert.Throws<InvalidOperationException>(() => CaseSources.NotEmpty(Array.Empty<string>(), "Golden/"));

        // assert
        Assert.That(ex!.Message, Does.Contain("no case").And.Contain("Golden/"));
    }

    [Test]
    public void NotEmpty_WithCases_ReturnsThemInOrder()
    {
        // act
        var cases = CaseSources.NotEmpty(new[] { "b", "a" }, "somewhere");

        // assert
        Assert.That(cases, Is.EqualTo(new[] { "b", "a" }));
    }
}
