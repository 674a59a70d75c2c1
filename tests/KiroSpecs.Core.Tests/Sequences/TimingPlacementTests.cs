using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>
/// Where Timing Constraints files a bound written with "&lt;", a wait that gets no answer in Spanish or Portuguese, and a
/// notice that does not arrive in time; and what it leaves where it was (a cache's age, a waiting list).
/// </summary>
[TestFixture]
internal sealed class TimingPlacementTests
{
    private const string Ferry = @"# Ferry tickets

## UC-1 Buy a ticket

### Basic Flow

1. The Passenger picks a crossing.
2. The system asks the Port Gateway for free seats; the answer comes in < 800 ms.
3. The system shows the seats.
4. The system marks each unpaid hold ""Expired"".

### Exception Flows

- E1 (step 2): si no hay respuesta en 6 segundos, el sistema muestra un aviso y el caso de uso termina.
- E2 (step 3): the payment notice does not arrive in 12 minutes: the system cancels the hold.
- E3 (step 3): a cached seat map exists (less than 1 second old): the system shows it.
";

    private static string Timing() => GeneratedSections.Section(GeneratedSections.Generate("ferry", Ferry), "Timing Constraints");

    private static string Under(string timing, string heading)
    {
        var start = timing.IndexOf("### " + heading, System.StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), heading);
        var end = timing.IndexOf("\n### ", start + 4, System.StringComparison.Ordinal);
        return end < 0 ? timing.Substring(start) : timing.Substring(start, end - start);
    }

    [Test]
    public void ABoundWrittenWithLessThanSign_IsAPerformanceTarget()
    {
        Assert.That(Under(Timing(), "Performance Requirements"), Does.Contain("the answer comes in \\< 800 ms"));
    }

    [Test]
    public void NoAnswerOrANoticeThatDoesNotArriveInTime_IsATimeout()
    {
        // act
        var timeouts = Under(Timing(), "Timeout Settings");

        // assert
        Assert.That(timeouts, Does.Contain("si no hay respuesta en 6 segundos"));
        Assert.That(timeouts, Does.Contain("does not arrive in 12 minutes"));
    }

    [Test]
    public void AnAgeWrittenWithLessThan_IsNoPerformanceTarget()
    {
        Assert.That(Under(Timing(), "Performance Requirements"), Does.Not.Contain("1 second old"));
    }

    [Test]
    public void AStatusNamedExpiredInQuotes_IsNoTimeout()
    {
        Assert.That(Under(Timing(), "Timeout Settings"), Does.Not.Contain("marks each unpaid hold"));
    }
}
