using KiroSpecs.Core.UseCases;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.UseCases;

/// <summary>What makes a branch a failure: its words in the languages the corpus is written in, and not a plain choice.</summary>
[TestFixture]
internal sealed class FailureWordsTests
{
    [TestCase("E-mail não encontrado")]
    [TestCase("Usuario no encontrado")]
    [TestCase("O código não existe")]
    [TestCase("validação impede salvamento")]
    [TestCase("The limit prevents the booking")]
    [TestCase("Payment declined")]
    public void StatedFailure_IsAFailure(string condition)
    {
        // act
        var failure = FailureWords.LooksLikeFailure(condition);

        // assert
        Assert.That(failure, Is.True);
    }

    [TestCase("Customer picks another date")]
    [TestCase("O aluno escolhe outra turma")]
    [TestCase("No room fits the group")]
    public void Choice_IsNoFailure(string condition)
    {
        // act
        var failure = FailureWords.LooksLikeFailure(condition);

        // assert
        Assert.That(failure, Is.False);
    }
}
