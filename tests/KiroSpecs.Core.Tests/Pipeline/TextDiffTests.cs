using KiroSpecs.Core.Pipeline;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Pipeline;

public sealed class TextDiffTests
{
    [TestCase("a\nb\nc\n", "a\nb\nc\n", 0)]
    [TestCase("a\nb\nc\n", "a\nX\nc\n", 2)]
    [TestCase("a\nb\n", "a\nb\nc\n", 3)]
    [TestCase("x", "y", 1)]
    public void FirstDifferentLine(string a, string b, int expected)
    {
        Assert.That(TextDiff.FirstDifferentLine(a, b), Is.EqualTo(expected));
    }
}
