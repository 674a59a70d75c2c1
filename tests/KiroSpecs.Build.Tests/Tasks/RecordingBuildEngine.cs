using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.Build.Framework;

namespace KiroSpecs.Build.Tests.Tasks;

/// <summary>
/// A build engine that records what a task logs. It is a <see cref="DispatchProxy"/> rather than a
/// class implementing <see cref="IBuildEngine"/> so that no type of the test assembly names an
/// MSBuild type in its metadata: NUnit reflects over every type before the MSBuild locator can
/// register the SDK's assemblies, and such a type would fail to load.
/// </summary>
public class RecordingBuildEngine : DispatchProxy
{
    private readonly List<object> _events = new();

    /// <summary>Creates an engine; use <see cref="EngineOf"/> to get the recorder back.</summary>
    public static IBuildEngine Create() => DispatchProxy.Create<IBuildEngine, RecordingBuildEngine>();

    public static RecordingBuildEngine EngineOf(IBuildEngine engine) => (RecordingBuildEngine)(object)engine;

    public IReadOnlyList<BuildWarningEventArgs> Warnings => _events.OfType<BuildWarningEventArgs>().ToList();

    public IReadOnlyList<BuildErrorEventArgs> Errors => _events.OfType<BuildErrorEventArgs>().ToList();

    public IReadOnlyList<BuildMessageEventArgs> Messages => _events.OfType<BuildMessageEventArgs>().ToList();

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        switch (targetMethod?.Name)
        {
            case "LogErrorEvent" or "LogWarningEvent" or "LogMessageEvent" or "LogCustomEvent":
                _events.Add(args![0]!);
                return null;
            case "get_ContinueOnError":
                return false;
            case "get_LineNumberOfTaskNode" or "get_ColumnNumberOfTaskNode":
                return 0;
            case "get_ProjectFileOfTaskNode":
                return "test.csproj";
            case "BuildProjectFile":
                return true;
            default:
                return null;
        }
    }
}
