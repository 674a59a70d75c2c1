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
