using KiroSpecs.Core.Pipeline;
using Microsoft.Build.Framework;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace KiroSpecs.Build.Tasks;

/// <summary>Prints the feature status table (the <c>KiroSpecsStatus</c> target). Writes nothing.</summary>
public sealed class ReportSpecStatus : MSBuildTask
{
    /// <summary>The spec root.</summary>
    [Required]
    public string SpecRoot { get; set; } = string.Empty;

    /// <summary>Extra or replacement participants, so "up to date" is judged with the same vocabulary.</summary>
    public ITaskItem[]? Participants { get; set; }

    /// <inheritdoc />
    public override bool Execute()
    {
        var settings = new GenerationSettings(ParticipantItems.ToOptions(Participants), GeneratorInfo.Version, BuildClock.UpdatedAt(null), true, false, long.MaxValue);
        foreach (var line in StatusTable.Render(SpecRoot, settings).Split('\n'))
        {
            Log.LogMessage(MessageImportance.High, line);
        }

        return true;
    }
}
