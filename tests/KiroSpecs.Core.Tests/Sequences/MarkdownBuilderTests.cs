using System.Text;
using KiroSpecs.Core.Sequences;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Sequences;

/// <summary>A builder appended as a block writes what its text appended as a block writes, wherever its chunks break.</summary>
[TestFixture]
internal sealed class MarkdownBuilderTests
{
    [TestCase("")]
    [TestCase("\n\n  \n")]
    [TestCase("one line")]
    [TestCase("trailing spaces   \nand tabs\t\t\nand a CR\r\nand NBSP\u00a0\u00a0\nend")]
    [TestCase("  leading kept\n\n\nblank lines kept  \n \t \nlast   ")]
    [TestCase("ends with newlines and spaces\n \n  \n")]
    [TestCase("inner  spaces  stay\u2003\u2003x\n")]
    public void BlockOfBuilderIsBlockOfItsText(string text)
    {
        foreach (var before in new[] { string.Empty, "# Title", "# Title\n\n" })
        {
            for (var shift = 0; shift < 40; shift++)
            {
                // Line() keeps the white space at the end of inner lines; a filler of each length moves the
                // builder's chunk boundaries (16, 32, 64 … characters) across every place of the text.
                var inner = new MarkdownBuilder();
                inner.Line(new string('x', shift) + "\n" + text + "\n" + text + "\n" + text);
                var expected = new MarkdownBuilder().Raw(before).Block(inner.ToString()).ToString();
                var actual = new MarkdownBuilder().Raw(before).Block(inner).ToString();
                Assert.That(actual, Is.EqualTo(expected), $"before '{before}', shift {shift}");
            }
        }
    }

    [Test]
    public void LongBlockCrossesChunks()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 20000; i++)
        {
            sb.Append("line ").Append(i).Append(i % 3 == 0 ? "   \n" : i % 5 == 0 ? " \t\n\n" : "\n");
        }

        var inner = new MarkdownBuilder();
        inner.Line(sb.ToString());
        inner.Block("  \n");

        var expected = new MarkdownBuilder().Line("x").Block(inner.ToString()).ToString();
        var actual = new MarkdownBuilder().Line("x").Block(inner).ToString();
        Assert.That(actual, Is.EqualTo(expected));
    }
}
