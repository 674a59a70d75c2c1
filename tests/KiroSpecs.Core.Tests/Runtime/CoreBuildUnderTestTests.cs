using System.Reflection;
using System.Runtime.Versioning;
using KiroSpecs.Core.Sequences;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Runtime;

/// <summary>
/// The test project runs twice (net10.0 and net472, see build/test.sh); this pins which Core build
/// each run exercises, so the .NET Framework leg cannot silently test the .NET build instead.
/// </summary>
public sealed class CoreBuildUnderTestTests
{
    [Test]
    public void EachTestRun_LoadsTheCoreBuildOfItsOwnFramework()
    {
        // arrange
        var core = typeof(SequenceGenerator).Assembly;

        // act
        var framework = core.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;

        // assert
#if NETFRAMEWORK
        Assert.That(framework, Is.EqualTo(".NETFramework,Version=v4.7.2"));
#else
        Assert.That(framework, Is.EqualTo(".NETCoreApp,Version=v8.0"));
#endif
    }
}
