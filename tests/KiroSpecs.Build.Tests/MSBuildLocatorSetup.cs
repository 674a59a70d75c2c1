using Microsoft.Build.Locator;
using NUnit.Framework;

namespace KiroSpecs.Build.Tests;

/// <summary>
/// Registers the SDK's MSBuild before any test runs, so the task tests load the same
/// Microsoft.Build assemblies that `dotnet build` uses (the test project references them
/// compile-only). No type in this assembly may name an MSBuild type in its own metadata
/// (see <see cref="Tasks.RecordingBuildEngine"/>).
/// </summary>
[SetUpFixture]
public sealed class MSBuildLocatorSetup
{
    [OneTimeSetUp]
    public void RegisterMSBuild()
    {
        if (!MSBuildLocator.IsRegistered)
        {
            MSBuildLocator.RegisterDefaults();
        }
    }
}
