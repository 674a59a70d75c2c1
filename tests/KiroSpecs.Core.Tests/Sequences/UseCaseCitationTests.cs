using KiroSpecs.Core.UseCases;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// How the analysis sections cite a use case the document gives no id field: by the code its name opens with
/// ("B7: Archive a report"), not by its place in the file, which the author never wrote.
/// </summary>
[TestFixture]
internal sealed class UseCaseCitationTests
{
    [TestCase("B7: Archive a report", "B7")]
    [TestCase("C03 - Checkout", "C03")]
    [TestCase("UC-AEN-END-4: Invalid folder structure", "UC-AEN-END-4")]
    [TestCase("S-010 – Send a message", "S-010")]
    [TestCase("UC-4b: Retry", "UC-4b")]
    [TestCase("Archive a report", "")]
    [TestCase("Version 2: the new flow", "")]
    [TestCase("B7 Archive a report", "")]
    [TestCase("2024: the year plan", "")]
    public void TheCodeANameOpensWith(string name, string code)
    {
        // act + assert
        Assert.That(UseCaseTitle.LeadingCode(name), Is.EqualTo(code));
    }

    [Test]
    public void AUseCaseWithoutAnIdField_IsCitedByTheCodeItsNameOpensWith()
    {
        // arrange
        const string text = @"# B7: Archive a report

## Actors
Clerk

## Main Flow
1. Clerk opens the report.
2. System stores the report in the archive database.
";

        // act
        var integration = GeneratedSections.Section(GeneratedSections.Generate("archive", text), "Integration Points");

        // assert
        Assert.That(integration, Does.Contain("(B7 (step 2))"));
        Assert.That(integration, Does.Not.Contain("Use case 1"));
    }
}
