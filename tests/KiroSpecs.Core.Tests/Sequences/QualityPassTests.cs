using System;
using System.Linq;
using KiroSpecs.Core.Interactions;
using KiroSpecs.Core.Sequences;
using KiroSpecs.Core.UseCases;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>Named actors before vocabulary, storage steps, possessives, aliases, error-flow failures.</summary>
[TestFixture]
internal sealed class QualityPassTests
{
    private const string Counter = "# Shop\n\n### UC-1: Pay at the counter\n#### Actors\n- Primary: Customer\n- Secondary: Payment Terminal\n"
        + "#### Basic Flow\n1. Customer hands over the card\n2. System charges the card through the Payment Terminal\n"
        + "3. System records the new stock levels in the database\n4. System checks the stock level in the database\n"
        + "5. System shows the receipt to the Customer\n";

    private const string Loans = "# Library\n\n### UC-2: Borrow a book\n#### Actors\n- Primary: Member\n#### Basic Flow\n"
        + "1. Member scans the library card\n2. System checks the member's open loans in the database\n"
        + "3. System displays the due date to the Member\n";

    private static InteractionModel Participants(string markdown)
    {
        var document = UseCaseParser.Parse(markdown, "usecase.md");
        return new InteractionModel(document.UseCases[0], document.Actors, CompiledVocabulary.Create(TranslationOptions.Default), new AliasRegistry(), SystemName.Default);
    }

    private static string Generate(string markdown) =>
        SequenceGenerator.Generate(new SequenceGenerationInput("f", markdown, "usecase.md", TranslationOptions.Default)).Markdown;

    [Test]
    public void NamedSecondaryActor_WinsOverBuiltInPaymentGateway()
    {
        // act
        var interaction = Participants(Counter).For("System charges the card through the Payment Terminal", string.Empty);
        var markdown = Generate(Counter);

        // assert
        Assert.That((interaction.Kind, interaction.To.Name), Is.EqualTo((InteractionKind.Call, "Payment Terminal")));
        Assert.That(markdown, Does.Contain("SYS->>PaymentTerminal: charges the card through the Payment Terminal"));
        Assert.That(markdown, Does.Not.Contain("Payment Gateway"));
    }

    [Test]
    public void DocumentLevelActor_WinsOverBuiltIn_WhenTheUseCaseListsNone()
    {
        // arrange
        const string markdown = "# Shop\n\n## Actors\n- **Customer**: a person buying\n- **Payment Terminal**: card reader\n\n"
            + "## Use Cases\n\n### UC-1: Pay\n1. Customer hands over the card\n2. System charges the card through the payment terminal\n";

        // act
        var output = Generate(markdown);

        // assert
        Assert.That(output, Does.Contain("Customer->>SYS: hands over the card"));
        Assert.That(output, Does.Contain("SYS->>PaymentTerminal: charges the card through the payment terminal"));
        Assert.That(output, Does.Not.Contain("Payment Gateway"));
    }

    [TestCase("System records the new stock levels in the database", null)]
    [TestCase("System stores the receipt in the database", null)]
    [TestCase("System saves the loan in the database", null)]
    [TestCase("System updates the loan record in the database", null)]
    [TestCase("System checks the stock level in the database", null)]
    [TestCase("System looks up the price in the database", null)]
    [TestCase("System retrieves the member record from the database", null)]
    public void StepNamingAComponent_IsACallToIt_WithNoInventedAnswer(string text, string? answer)
    {
        // act
        var interaction = Participants(Counter).For(text, string.Empty);

        // assert
        Assert.That((interaction.Kind, interaction.From.Name, interaction.To.Name, interaction.Answer), Is.EqualTo((InteractionKind.Call, "System", "Database", answer)));
    }

    [Test]
    public void ModifierComponent_StaysInternalWork()
    {
        // act
        var interaction = Participants(Counter).For("System sets database status to disconnected", string.Empty);

        // assert
        Assert.That(interaction.Kind, Is.EqualTo(InteractionKind.SelfCall));
    }

    [Test]
    public void Read_GetsNoAnswerTheDocumentDoesNotWrite_AndTheNextStepKeepsItsNumber()
    {
        // act
        var markdown = Generate(Counter);

        // assert
        Assert.That(markdown, Does.Contain(
            "    SYS->>Database: records the new stock levels in the database\n"
            + "    SYS->>Database: checks the stock level in the database\n"
            + "    SYS-->>Customer: shows the receipt to the Customer\n"));
        Assert.That(markdown, Does.Not.Contain("Database-->>SYS"));
    }

    [Test]
    public void ActorWordInTheObject_DoesNotTurnAStepIntoAReturn()
    {
        // act
        var interaction = Participants(Loans).For("System checks the member's open loans in the database", string.Empty);

        // assert
        Assert.That((interaction.Kind, interaction.To.Name, interaction.Answer), Is.EqualTo((InteractionKind.Call, "Database", (string?)null)));
    }

    [TestCase("Librarian", "Librarian")]
    [TestCase("Payment Terminal", "PaymentTerminal")]
    [TestCase("Monitoring System", "MS")]
    [TestCase("Administrator", "Administrator")]
    [TestCase("Customer Relationship Management System", "CRMS")]
    [TestCase("C# client", "CC")]
    [TestCase("end", "End_1")]
    [TestCase("Note", "Note_1")]
    [TestCase("社員", "P")]
    public void Alias_IsTheCamelCaseNameOrInitials_NeverAKeyword(string name, string alias)
    {
        // act
        var actual = new AliasRegistry().AliasFor(name, string.Empty);

        // assert
        Assert.That(actual, Is.EqualTo(alias));
    }

    [Test]
    public void Aliases_AreUniqueWithinTheDocument()
    {
        // arrange
        var registry = new AliasRegistry();

        // act
        var first = registry.AliasFor("Monitoring Service", string.Empty);
        var second = registry.AliasFor("Monitoring Subsystem", string.Empty);

        // assert
        Assert.That((first, second), Is.EqualTo(("MS", "MS2")));
    }

    [Test]
    public void HealthCheckShape_ReturnsToTheCaller_FailsFromTheDatabaseSide_AndReplacesASkippedStep()
    {
        // arrange
        const string markdown = "# Status Probe\n\n### UC-1: Probe\n#### Actors\n- Primary: Uptime Monitor\n#### Basic Flow\n"
            + "1. Uptime Monitor calls GET /status\n2. System performs a database ping\n3. System builds the status document\n"
            + "4. System returns HTTP 200 with the status document\n5. Uptime Monitor receives and records the result\n"
            + "#### Alternative Flows\n##### AF-1: Ping disabled\n- At step 2, if the ping is switched off\n- System skips the database ping\n- Continue with step 3\n"
            + "#### Exception Flows\n##### EF-1: Database down\n- At step 2, if the database connection fails\n- System marks the database as down\n- Continue with step 3\n";

        // act
        var output = Generate(markdown);
        var success = output.Substring(output.IndexOf("#### Success Flow", StringComparison.Ordinal));
        var error = output.Substring(output.IndexOf("#### Error Flow - EF-1", StringComparison.Ordinal));

        // assert
        Assert.That(success, Does.Contain("SYS-->>UptimeMonitor: returns HTTP 200 with the status document"));
        Assert.That(success, Does.Contain("UptimeMonitor->>UptimeMonitor: receives and records the result"));
        var order = new[]
        {
            success.IndexOf("alt AF-1 Ping disabled", StringComparison.Ordinal),
            success.IndexOf("SYS->>SYS: skips the database ping", StringComparison.Ordinal),
            success.IndexOf("else otherwise#58; step 2", StringComparison.Ordinal),
            success.IndexOf("autonumber 2", StringComparison.Ordinal),
            success.IndexOf("SYS->>Database: performs a database ping", StringComparison.Ordinal),
            success.IndexOf("SYS->>SYS: builds the status document", StringComparison.Ordinal),
        };
        Assert.That(order, Is.Ordered.And.All.GreaterThan(0));
        Assert.That(error, Does.Contain("SYS->>Database: performs a database ping\n    autonumber off\n    Database--xSYS: the database connection fails\n"));
    }

    [Test]
    public void ConditionalSubSteps_AreOneAltBlock_AndAPassiveNoticeGoesToThePersonNamed()
    {
        // arrange
        const string markdown = "# Garden Club\n\n### UC-4: Join a plot\n#### Actors\n- Primary: Member\n#### Basic Flow\n"
            + "1. Member types the plot code\n2. System checks the code\n   1. If the code is valid, the system shows the plot map\n"
            + "   2. If the code is unknown, the member is notified that the code is wrong\n3. System saves the membership\n";

        // act
        var success = Generate(markdown);

        // assert
        var alt = success.IndexOf("alt 2.1 If the code is valid", StringComparison.Ordinal);
        var valid = success.IndexOf("SYS-->>Member: 2.1 If the code is valid, the system shows the plot map", StringComparison.Ordinal);
        var otherwise = success.IndexOf("else 2.2 If the code is unknown", StringComparison.Ordinal);
        var notice = success.IndexOf("SYS-->>Member: 2.2 If the code is unknown, the member is notified that the code is wrong", StringComparison.Ordinal);
        Assert.That(new[] { alt, valid, otherwise, notice }, Is.Ordered.And.All.GreaterThan(0));
    }
}
