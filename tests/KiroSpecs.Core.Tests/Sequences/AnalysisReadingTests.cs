using System.Collections.Generic;
using System.Linq;
using KiroSpecs.Core.Common;
using KiroSpecs.Core.Sequences;
using KiroSpecs.Core.UseCases;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>The readings the analysis sections rest on: measures in text, a branch's outcome, include/extend relations.</summary>
[TestFixture]
internal sealed class AnalysisReadingTests
{
    [TestCase("The token expires after 24 hours", MeasureKind.Duration, "24 hours")]
    [TestCase("a 30-minute session", MeasureKind.Duration, "30-minute")]
    [TestCase("answers within 2 s", MeasureKind.Duration, "2 s")]
    [TestCase("at most 5 reports a day", MeasureKind.Rate, "at most 5 reports a day")]
    [TestCase("10 requests per second per IP", MeasureKind.Rate, "10 requests per second")]
    [TestCase("Notifica 1 dia antes", MeasureKind.Duration, "1 dia")]
    [TestCase("최대 9개의 세트", MeasureKind.Limit, "최대 9개의")]
    [TestCase("24時間以内に返信", MeasureKind.Duration, "24時間")]
    public void Find_ReadsTheMeasureAsWritten(string text, MeasureKind kind, string words)
    {
        // act
        var found = Durations.Find(text);

        // assert
        Assert.That(found.Select(m => (m.Kind, text.Substring(m.Start, m.Length))), Does.Contain((kind, words)));
    }

    [TestCase("Port 3000 is open")]
    [TestCase("HTTP 500/503 is returned")]
    [TestCase("Rest time 00:00 is skipped")]
    [TestCase("UC-12 step 4b")]
    [TestCase("")]
    public void Find_IgnoresNumbersThatAreNoMeasure(string text) => Assert.That(Durations.Find(text), Is.Empty);

    [Test]
    public void Outcome_FollowsWhatTheBranchSays()
    {
        // arrange
        var rejoins = Branch("AF-1", "Slow network", BranchKind.Exception, new BranchEnding(EndingKind.ContinueAt, 3, 0, 0, "Continue with step 3", SourcePosition.None));
        var conflict = Branch("AF-2", "Slot taken", BranchKind.Alternative, BranchEnding.Unspecified, "System returns 409 Conflict");
        var second = Branch("AF-3", "Signs in with a second provider", BranchKind.Alternative, BranchEnding.Unspecified, "The member is signed in");
        var cancel = Branch("AF-4", "Cancellation is late", BranchKind.Alternative, BranchEnding.Unspecified, "A warning is shown");
        var ends = Branch("AF-5", "Member already has a copy", BranchKind.Alternative, new BranchEnding(EndingKind.Terminates, 0, 0, 0, "Use case ends", SourcePosition.None));

        // act / assert
        Assert.That(OutcomeReader.Of(rejoins), Is.EqualTo(FlowOutcome.Rejoins));
        Assert.That(OutcomeReader.Of(conflict), Is.EqualTo(FlowOutcome.Failure));
        Assert.That(OutcomeReader.Of(second), Is.EqualTo(FlowOutcome.Success));
        Assert.That(OutcomeReader.Of(cancel, "Cancel an Appointment"), Is.EqualTo(FlowOutcome.Success));
        Assert.That(OutcomeReader.Of(ends), Is.EqualTo(FlowOutcome.Unstated));
        Assert.That(OutcomeReader.Of(null!), Is.EqualTo(FlowOutcome.Unstated));
    }

    [TestCase("S010 ..> C009 : <<extend>>", "S010", "C009", "extend")]
    [TestCase("UC-3 «include» UC-4", "UC-3", "UC-4", "include")]
    [TestCase("C006 <.. C005 : <<include>>", "C005", "C006", "include")]
    public void Relations_AreReadWhereverWritten(string line, string from, string to, string kind)
    {
        // arrange
        var relations = new DependencyList();

        // act
        RelationReader.Read(line, relations);

        // assert
        Assert.That(relations.ToEquatableArray(), Is.EqualTo(new[] { new UseCaseDependency(from, to, kind) }));
    }

    [Test]
    public void BraceGroups_KeepOnlyNamedPayloads() =>
        Assert.That(DataFlowRenderer.BraceGroups("sends { name, email } and {0} and {}"), Is.EqualTo(new[] { "{ name, email }" }));

    private static UseCaseBranch Branch(string id, string title, BranchKind kind, BranchEnding ending, params string[] steps) =>
        new(id, title, kind, new BranchAnchor(AnchorKind.None, 0, 0), string.Empty,
            steps.Select((s, i) => new UseCaseStep((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), 0, s, string.Empty, SourcePosition.None, EquatableArray<UseCaseStep>.Empty)).ToEquatableArray(),
            ending, SourcePosition.None);
}
