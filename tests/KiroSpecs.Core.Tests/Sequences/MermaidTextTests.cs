using KiroSpecs.Core.Sequences;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

[TestFixture]
public sealed class MermaidTextTests
{
    [TestCase("a; b", "a#59; b")]
    [TestCase("Issue #42; ok", "Issue #35;42#59; ok")]
    [TestCase("C# client", "C#35; client")]
    [TestCase("a %%{init: {}}%% b", "a #37;#37;{init#58; {}}#37;#37; b")]
    [TestCase("<script>x</script>", "#lt;script#gt;x#lt;/script#gt;")]
    [TestCase("say \"hi\" & bye", "say #quot;hi#quot; #amp; bye")]
    [TestCase("```fence```", "#96;#96;#96;fence#96;#96;#96;")]
    [TestCase("line1\nline2", "line1<br>line2")]
    [TestCase("end", "end")]
    public void Escape_IsOnePassAndKeepsTheText(string text, string expected)
    {
        // act
        var escaped = MermaidText.Escape(text);

        // assert
        Assert.That(escaped, Is.EqualTo(expected));
    }

    [Test]
    public void EscapeWrapped_BreaksLongTextAtSpaces()
    {
        // arrange
        var text = string.Join(" ", System.Linq.Enumerable.Repeat("word", 60));

        // act
        var escaped = MermaidText.EscapeWrapped(text, 50);

        // assert
        Assert.That(escaped, Does.Contain("<br>"));
        Assert.That(escaped.Replace("<br>", " "), Is.EqualTo(text));
    }

    [Test]
    public void MarkdownEscape_NeutralisesCodeHtmlAndTables()
    {
        // act
        var escaped = MarkdownText.Escape("a | b `c` <d> [e](f)\nnext");

        // assert
        Assert.That(escaped, Is.EqualTo("a \\| b \\`c\\` \\<d\\> \\[e\\](f) next"));
    }
}
