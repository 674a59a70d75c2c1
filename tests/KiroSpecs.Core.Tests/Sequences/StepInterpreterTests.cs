using System.Linq;
using KiroSpecs.Core.Sequences;
using KiroSpecs.Core.UseCases;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

[TestFixture]
internal sealed class StepInterpreterTests
{
    private static UseCaseParticipants Participants()
    {
        var document = UseCaseParser.Parse("### UC-1: X\n#### Actors\n- Primary: Account Holder\n- Secondary: Fraud Service\n#### Basic Flow\n1. a\n", "usecase.md");
        return new UseCaseParticipants(document.UseCases.Single(), document.Actors, CompiledVocabulary.Create(TranslationOptions.Default), new AliasRegistry());
    }

    [TestCase("Account Holder submits the form", InteractionKind.Call, "Account Holder", "System", "submits the form")]
    [TestCase("The Account Holder: clicks Save", InteractionKind.Call, "Account Holder", "System", "clicks Save")]
    [TestCase("System validates the amount", InteractionKind.SelfCall, "System", "System", "validates the amount")]
    [TestCase("the SYSTEM shows a receipt", InteractionKind.Return, "System", "Account Holder", "shows a receipt")]
    [TestCase("System asks the Fraud Service for a score", InteractionKind.Call, "System", "Fraud Service", "asks the Fraud Service for a score")]
    [TestCase("System saves the payment in the database", InteractionKind.Call, "System", "Database", "saves the payment in the database")]
    [TestCase("Logs the failure", InteractionKind.Call, "System", "Logger", "Logs the failure")]
    [TestCase("Fraud Service returns a score", InteractionKind.Return, "Fraud Service", "System", "returns a score")]
    [TestCase("Account Holder reviews the receipt", InteractionKind.SelfCall, "Account Holder", "Account Holder", "reviews the receipt")]
    [TestCase("Traffic is routed elsewhere", InteractionKind.Note, "System", "System", "Traffic is routed elsewhere")]
    [TestCase("Account Holder logs in", InteractionKind.Call, "Account Holder", "System", "logs in")]
    [TestCase("Customer inserts a card into the slot", InteractionKind.Call, "Customer", "System", "inserts a card into the slot")]
    [TestCase("Bank Clerk stamps the withdrawal form", InteractionKind.Call, "Bank Clerk", "System", "stamps the withdrawal form")]
    [TestCase("Payment is refused by the bank", InteractionKind.Note, "System", "System", "Payment is refused by the bank")]
    public void Step_IsInterpreted(string text, InteractionKind kind, string from, string to, string message)
    {
        // act
        var interaction = StepInterpreter.Interpret(text, string.Empty, Participants());

        // assert
        Assert.That((interaction.Kind, interaction.From.Name, interaction.To.Name, interaction.Text), Is.EqualTo((kind, from, to, message)));
    }
}
