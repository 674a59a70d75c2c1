using KiroSpecs.Core.Common;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Common;

[TestFixture]
internal sealed class TextClipTests
{
    [Test]
    public void Clip_ShortTextIsKeptWhole() => Assert.That(TextClip.Clip("abc", 3), Is.EqualTo("abc"));

    [Test]
    public void Clip_LongTextIsCutAndMarked() => Assert.That(TextClip.Clip("abcdef", 3), Is.EqualTo("abc…"));

    [Test]
    public void Clip_NeverSplitsACharacterOutsideTheBmp()
    {
        // arrange: the emoji's two UTF-16 halves sit at positions 2 and 3; a cut at 3 would keep only the first
        const string text = "ab\U0001F600cd";

        // act
        var clipped = TextClip.Clip(text, 3);

        // assert
        Assert.That(clipped, Is.EqualTo("ab…"));
        Assert.That(char.IsHighSurrogate(clipped[clipped.Length - 2]), Is.False);
    }
}
