using System.Linq;
using KiroSpecs.Core.Specs;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Specs;

public sealed class WorkflowPhasesTests
{
    [TestCase("sequence-defined", "usecase-defined")]
    [TestCase("api-defined", "sequence-defined")]
    [TestCase("schema-defined", "sequence-defined")]
    [TestCase("interfaces-defined", "api-defined")]
    [TestCase("tests-red-defined", "interfaces-defined")]
    [TestCase("design-integrated", "tests-red-defined")]
    [TestCase("tasks-generated", "design-generated")]
    [TestCase("implementation-green", "tasks-approved")]
    [TestCase("usecase-defined", "requirements-approved")]
    [TestCase("requirements-approved", "requirements-generated")]
    [TestCase("requirements-generated", "initialized")]
    [TestCase("Tasks-Generated", "SEQUENCE-DEFINED")]
    public void LaterPhase_IsLater(string later, string earlier)
    {
        Assert.That(WorkflowPhases.IsLaterThan(later, earlier), Is.True);
        Assert.That(WorkflowPhases.IsLaterThan(earlier, later), Is.False);
    }

    [TestCase("sequence-defined", "sequence-defined")]
    [TestCase("sequence-generated", "sequence-defined")]
    [TestCase("design-generated", "design-integrated")]
    [TestCase("my-phase", "initialized")]
    [TestCase("initialized", "my-phase")]
    public void SamePlaceOrUnknown_IsNotLater(string phase, string other)
    {
        Assert.That(WorkflowPhases.IsLaterThan(phase, other), Is.False);
    }

    [TestCase(null, true)]
    [TestCase("", true)]
    [TestCase("  ", true)]
    [TestCase("initialized", true)]
    [TestCase("usecase-defined", true)]
    [TestCase("sequence-defined", true)]
    [TestCase("schema-defined", false)]
    [TestCase("api-defined", false)]
    [TestCase("custom", false)]
    public void CanAdvanceToSequenceDefined(string? current, bool expected)
    {
        Assert.That(WorkflowPhases.CanAdvance(current, WorkflowPhases.SequenceDefined), Is.EqualTo(expected));
    }

    [Test]
    public void Table_IsOrderedAndHasNoDuplicateNames()
    {
        var ranks = WorkflowPhases.All.Select(p => p.Rank).ToList();
        var names = WorkflowPhases.All.Select(p => p.Name.ToUpperInvariant()).ToList();

        Assert.That(ranks, Is.Ordered);
        Assert.That(names, Is.Unique);
        Assert.That(WorkflowPhases.All[0].Name, Is.EqualTo("initialized"));
    }
}
