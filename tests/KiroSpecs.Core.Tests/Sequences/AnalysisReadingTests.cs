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
    [TestCase("records are kept for 5 years", MeasureKind.Duration, "5 years")]
    [TestCase("Backups older than 7 years are deleted", MeasureKind.Duration, "7 years")]
    [TestCase("최대 9개의 세트", MeasureKind.Limit, "최대 9개의")]
    [TestCase("24時間以内に返信", MeasureKind.Duration, "24時間")]
    [TestCase("Finance calls the customer within 5 business days", MeasureKind.Duration, "5 business days")]
    [TestCase("the report comes in (typically 10 working days)", MeasureKind.Duration, "10 working days")]
    [TestCase("Step 2 Performance: the menu shows within 300ms (p95)", MeasureKind.Duration, "p95")]
    public void Find_ReadsTheMeasureAsWritten(string text, MeasureKind kind, string words)
    {
        // act
        var found = Durations.Find(text);

        // assert
        Assert.That(found.Select(m => (m.Kind, text.Substring(m.Start, m.Length))), Does.Contain((kind, words)));
    }

    [Test]
    public void Find_ListsTheMeasuresInTextOrder()
    {
        // arrange: a percentile after a duration, and a "p" earlier in the text
        const string text = "Step 2 Performance: the menu shows within 300ms (p95)";

        // act
        var starts = Durations.Find(text).Select(m => m.Start).ToList();

        // assert
        Assert.That(starts, Is.EqualTo(new[] { text.IndexOf("300ms", System.StringComparison.Ordinal), text.IndexOf("p95", System.StringComparison.Ordinal) }));
    }

    [TestCase("Port 3000 is open")]
    [TestCase("HTTP 500/503 is returned")]
    [TestCase("Rest time 00:00 is skipped")]
    [TestCase("UC-12 step 4b")]
    [TestCase("Edits the blocks of each day, can copy one day to others")]
    [TestCase("Puede copiar un día a otro; copia 1 semana a otra")]
    [TestCase("marca, para cada miembro mayor de 18 años, la autorización")]
    [TestCase("Pacientes com menos de 14 anos vão para a pediatria")]
    [TestCase("Members older than 65 years pay half")]
    [TestCase("a child 12 years old")]
    [TestCase("")]
    public void Find_IgnoresNumbersThatAreNoMeasure(string text) => Assert.That(Durations.Find(text), Is.Empty);

    [Test]
    public void Outcome_FollowsWhatTheBranchSays()
    {
        // arrange
        var rejoins = Branch("AF-1", "Slow network", BranchKind.Exception, new BranchEnding(EndingKind.ContinueAt, 3, 0, 0, "Continue with step 3", SourcePosition.None));
        var conflict = Branch("AF-2", "Slot taken", BranchKind.Alternative, BranchEnding.Unspecified, "System returns 409 Conflict");
        var second = Branch("AF-3", "Signs in with a second provider", BranchKind.Alternative, BranchEnding.Unspecified, "The member is signed in successfully");
        var detour = Branch("AF-6", "Member wants another branch", BranchKind.Alternative, BranchEnding.Unspecified, "The member picks the branch from a list");
        var cancel = Branch("AF-4", "Cancellation is late", BranchKind.Alternative, BranchEnding.Unspecified, "A warning is shown");
        var ends = Branch("AF-5", "Member already has a copy", BranchKind.Alternative, new BranchEnding(EndingKind.Terminates, 0, 0, 0, "Use case ends", SourcePosition.None));

        // act / assert
        Assert.That(OutcomeReader.Of(rejoins), Is.EqualTo(FlowOutcome.Rejoins));
        Assert.That(OutcomeReader.Of(conflict), Is.EqualTo(FlowOutcome.Failure));
        Assert.That(OutcomeReader.Of(second), Is.EqualTo(FlowOutcome.Success));
        Assert.That(OutcomeReader.Of(detour), Is.EqualTo(FlowOutcome.Unstated), "an alternative that states no outcome is not placed");
        Assert.That(OutcomeReader.Of(cancel, "Cancel an Appointment"), Is.EqualTo(FlowOutcome.Unstated), "the goal's own word is no failure, and a warning no success");
        Assert.That(OutcomeReader.Of(ends), Is.EqualTo(FlowOutcome.Unstated));
        Assert.That(OutcomeReader.Of(null!), Is.EqualTo(FlowOutcome.Unstated));
    }

    [TestCase("Parcel id is blank", "The clerk is shown the form again and returns to step 2", FlowOutcome.Rejoins)]
    [TestCase("Upload fails", "The app keeps the file and retries later", FlowOutcome.Rejoins)]
    [TestCase("Code is wrong", "The kiosk goes back to the start screen", FlowOutcome.Rejoins)]
    [TestCase("Seat already booked", "The guest either picks another seat and returns to step 3 or chooses to terminate the use case", FlowOutcome.RejoinsOrEnds)]
    [TestCase("Export already exists", "The owner either overwrites it, keeps both copies, or terminates the use case", FlowOutcome.RejoinsOrEnds)]
    [TestCase("Room is not available", "The desk suggests other dates", FlowOutcome.Unstated)]
    [TestCase("Card is declined", "The till shows a refusal message", FlowOutcome.Failure)]
    [TestCase("Build fails", "The engineer continues with [[UC-9]]", FlowOutcome.ContinuesElsewhere)]
    [TestCase("Reminder cannot be sent", "The service retries or logs the error", FlowOutcome.RejoinsOrEnds)]
    [TestCase("The buyer wants to cancel the order", "The buyer presses Cancel", FlowOutcome.Unstated)]
    public void Outcome_OnlyABranchThatEndsInFailureIsAFailure(string trigger, string step, FlowOutcome expected)
    {
        // arrange
        var branch = Branch("X1", trigger, BranchKind.Alternative, BranchEnding.Unspecified, step);

        // act
        var outcome = OutcomeReader.Of(branch);

        // assert
        Assert.That(outcome, Is.EqualTo(expected));
    }

    [Test]
    public void Outcome_AnExceptionTriggeredByAnErrorStatusIsAFailure()
    {
        // arrange
        var branch = Branch("X3", "the node answers HTTP 503", BranchKind.Exception, BranchEnding.Unspecified, "The router takes the node out of the pool");

        // act / assert
        Assert.That(OutcomeReader.Of(branch), Is.EqualTo(FlowOutcome.Failure));
    }

    [Test]
    public void Outcome_AnEndingTheAuthorWroteWinsOverARetryInPassing()
    {
        // arrange
        var branch = Branch("X2", "Links still point at the record", BranchKind.Exception, new BranchEnding(EndingKind.Terminates, 0, 0, 0, "Use case ends", SourcePosition.None),
            "The archive asks the keeper to remove the links before retrying");

        // act / assert
        Assert.That(OutcomeReader.Of(branch), Is.EqualTo(FlowOutcome.Failure));
    }

    [TestCase("Username or password does not match", "Authentication failures")]
    [TestCase("Invalid password", "Authentication failures")]
    [TestCase("The new password does not meet the length policy", "Validation errors")]
    [TestCase("Mandatory field is null or empty", "Validation errors")]
    [TestCase("Credentials are wrong", "Authentication failures")]
    public void Coverage_PlacesAFailureByWhatItsTriggerSays(string trigger, string category) =>
        Assert.That(CoverageCategory.All[CoverageCategory.IndexOf(trigger)].Name, Is.EqualTo(category));

    [TestCase("The app redirects to the provider Okta.", "Okta")]
    [TestCase("O sistema redireciona para o provedor Google.", "Google")]
    [TestCase("A build pipeline (Jenkins or Drone) is started", "Jenkins|Drone")]
    [TestCase("The till calls the Ledger API with the total", "Ledger API")]
    [TestCase("The clerk opens the service desk page", "")]
    [TestCase("Uses the OAuth provider configured for the site", "")]
    [TestCase("EF-2: Internal Server Error", "")]
    public void ServiceNames_AreProperNamesTheTextCallsAService(string text, string names) =>
        Assert.That(string.Join("|", IntegrationRenderer.ServiceNames(text)), Is.EqualTo(names));

    [TestCase("UC_get_config.md", true)]
    [TestCase("../desk/S02-Check-In.md", true)]
    [TestCase("docs/use-cases/return.md", true)]
    [TestCase("requisitos-funcionais.md", false)]
    [TestCase("../architecture/Event%20Catalog.md", false)]
    [TestCase("https://example.org/UC-1.md", false)]
    [TestCase("UC-4.png", false)]
    public void Links_ToAnotherUseCaseDocument_AreRelations(string url, bool relation) =>
        Assert.That(LinkReader.IsUseCaseDocument(url), Is.EqualTo(relation));

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
