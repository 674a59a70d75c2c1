using KiroSpecs.Core.Sequences;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>A diagram written in place into the document is the text that <c>md.Block(writer.Render(…))</c> gives.</summary>
[TestFixture]
internal sealed class DiagramInPlaceTests
{
    [Test]
    public void Render_InPlaceIsTheBlockOfTheRenderedText()
    {
        // arrange: a participant without a name (its declaration ends in a space), a block, an escaped text
        var user = new Participant("Customer", "U", ParticipantKind.Actor, IsPerson: true);
        var system = new Participant("Shop", "SYS", ParticipantKind.System, IsPerson: false);
        var unnamed = new Participant(string.Empty, "X", ParticipantKind.Component, IsPerson: false);
        var copied = Diagram(user, system, unnamed);
        var inPlace = Diagram(user, system, unnamed);
        var expected = new MarkdownBuilder().Heading(4, "Flow");
        var actual = new MarkdownBuilder().Heading(4, "Flow");

        // act
        expected.Block(copied.Render(new[] { user, system })).Block("After.");
        inPlace.Render(actual, new[] { user, system });
        actual.Block("After.");

        // assert
        Assert.That(actual.ToString(), Is.EqualTo(expected.ToString()));
        Assert.That(actual.ToString(), Does.Contain("participant X as\n"));
    }

    private static SequenceDiagramWriter Diagram(Participant user, Participant system, Participant unnamed)
    {
        var writer = new SequenceDiagramWriter();
        writer.Step(new Interaction(InteractionKind.Call, user, system, "Places the order: 2 items"), 1, string.Empty);
        writer.Open("alt", "stock < 1");
        writer.Step(new Interaction(InteractionKind.Call, system, unnamed, "  checks stock  "), 2, string.Empty);
        writer.Else("else", "in stock");
        writer.Note(system, null, "Reserves");
        writer.Close();
        return writer;
    }
}
