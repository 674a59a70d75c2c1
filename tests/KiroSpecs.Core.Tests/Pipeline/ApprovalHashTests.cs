using KiroSpecs.Core.Pipeline;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Pipeline;

public sealed class ApprovalHashTests
{
    [Test]
    public void SameText_Matches_OtherText_DoesNot()
    {
        var hash = ApprovalHash.Of("# UC\n1. step\n");

        Assert.That(hash, Does.StartWith("sha256:").And.Length.EqualTo(7 + 64));
        Assert.That(ApprovalHash.Matches(hash, "# UC\n1. step\n"), Is.True);
        Assert.That(ApprovalHash.Matches(hash, "# UC\n1. other step\n"), Is.False);
    }

    [Test]
    public void UnknownHashFormat_NeverBlocks()
    {
        Assert.That(ApprovalHash.Matches("md5:abc", "anything"), Is.True);
    }
}
