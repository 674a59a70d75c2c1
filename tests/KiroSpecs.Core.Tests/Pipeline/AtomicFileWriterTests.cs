using System.IO;
using System.Text;
using KiroSpecs.Core.IO;
using System.Linq;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Pipeline;

public sealed class AtomicFileWriterTests
{
    private string _folder = string.Empty;

    [SetUp]
    public void SetUp()
    {
        _folder = Path.Combine(Path.GetTempPath(), "kirospecs-atomic-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Write_CreatesAndReplaces_WithoutBomUnlessAsked_AndLeavesNoTempFiles()
    {
        var path = Path.Combine(_folder, "sequence.md");

        AtomicFileWriter.Write(path, "first 日本", withBom: false);
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(Encoding.UTF8.GetBytes("first 日本")));

        AtomicFileWriter.Write(path, "second", withBom: true);
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("second"))));
        Assert.That(Directory.GetFiles(_folder), Has.Length.EqualTo(1));
    }

#if NET
    [TestCase("\n", false)]
    [TestCase("\r\n", true)]
    public void Write_OfAMarkerLineAndABuilder_WritesTheBytesOfTheirJoinedText(string newLine, bool withBom)
    {
        // Many chunks and slices, with surrogate pairs and line breaks across their boundaries.
        var body = new StringBuilder();
        for (var i = 0; i < 40_000; i++)
        {
            body.Append(i % 7 == 0 ? "😀\n" : "line ü ").Append(i).Append(i % 3 == 0 ? "\n" : "𝄞");
        }

        const string head = "<!-- marker -->\n";
        var joined = Path.Combine(_folder, "joined.md");
        var parts = Path.Combine(_folder, "parts.md");
        AtomicFileWriter.Write(joined, (head + body).Replace("\n", newLine, System.StringComparison.Ordinal), withBom);
        AtomicFileWriter.Write(parts, head, body, newLine, withBom);

        Assert.That(File.ReadAllBytes(parts), Is.EqualTo(File.ReadAllBytes(joined)));
    }

    [Test]
    public void ContentHash_OfABuilder_IsTheHashOfItsText()
    {
        var body = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            body.Append("step ").Append(i).Append(i % 5 == 0 ? "😀" : "\n");
        }

        Assert.That(ContentHash.Of(body), Is.EqualTo(ContentHash.Of(body.ToString())));
        Assert.That(ContentHash.Of(body.ToString()), Is.EqualTo(ContentHash.ToHex(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(body.ToString())))));
    }
#endif

    [Test]
    public void RemoveLeftovers_DeletesOnlyOurTemporaryFiles()
    {
        File.WriteAllText(Path.Combine(_folder, AtomicFileWriter.TempPrefix + "sequence.md.abc.tmp"), "partial");
        File.WriteAllText(Path.Combine(_folder, "notes.tmp"), "user file");

        AtomicFileWriter.RemoveLeftovers(_folder);

        Assert.That(Directory.GetFiles(_folder), Is.EqualTo(new[] { Path.Combine(_folder, "notes.tmp") }));
    }

    [Test]
    public void Decode_FlagsInvalidUtf8_AndStripsBom()
    {
        var content = TextFileReader.Decode(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', 0xFF, (byte)'b' }, FileStamp.Missing);

        Assert.That(content.HasBom, Is.True);
        Assert.That(content.IsValidUtf8, Is.False);
        Assert.That(content.Text, Is.EqualTo("a\uFFFDb"));
    }
}
