using Microsoft.Build.Locator;
using NUnit.Framework;

namespace KiroSpecs.Build.Tests;

/// <summary>
/// Registers the SDK's MSBuild before any test touches an MSBuild type, so the task tests run
/// against the same Microsoft.Build assemblies that `dotnet build` loads.
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
