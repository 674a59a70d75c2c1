using KiroSpecs.Core.Diagnostics;
using KiroSpecs.Core.Specs;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Specs;

public sealed class SpecJsonReaderErrorTests
{
    private const string Path = "/repo/.kiro/specs/checkout/spec.json";

    private static Diagnostic ReadError(string text)
    {
        var result = SpecJsonReader.Read(Path, "checkout", text);
        Assert.That(result.Info, Is.Null);
        Assert.That(result.Error, Is.Not.Null);
        var error = result.Error!;
        Assert.That(error.Code, Is.EqualTo("KIRO004"));
        Assert.That(error.File, Is.EqualTo(Path));
        Assert.That(error.Message, Does.Contain("'checkout'"));
        return error;
    }

    private static void AssertAt(Diagnostic error, (int Line, int Column) expected) =>
        Assert.That((error.Line, error.Column), Is.EqualTo(expected), error.ToString());

    [Test]
    public void EmptyText_ReportsNoJsonValue()
    {
        var error = ReadError("");

        AssertAt(error, (1, 1));
        Assert.That(error.Message, Does.Contain("holds no JSON value"));
    }

    [Test]
    public void WhitespaceAndCommentsOnly_ReportsNoJsonValue()
    {
        var error = ReadError("\n  // nothing yet\n");

        Assert.That(error.Message, Does.Contain("holds no JSON value"));
        AssertAt(error, (3, 1));
    }

    [Test]
    public void BomOnly_ReportsNoJsonValue()
    {
        var error = ReadError("\uFEFF");

        AssertAt(error, (1, 1));
        Assert.That(error.Message, Does.Contain("holds no JSON value"));
    }

    [Test]
    public void TruncatedFile_ReportsCutShort_AtTheEnd()
    {
        var text = SpecText.Lf("""
            {
              "approvals": {
                "usecase": {
                  "approved": tr
            """);

        var error = ReadError(text);

        Assert.That(error.Message, Does.Contain("cut short").Or.Contain("not valid JSON"));
        Assert.That(error.Line, Is.EqualTo(4));
    }

    [Test]
    public void UnclosedObject_ReportsCutShort()
    {
        var error = ReadError("{\n  \"phase\": \"initialized\",\n");

        Assert.That(error.Message, Does.Contain("cut short"));
        AssertAt(error, (3, 1));
    }

    [Test]
    public void UnclosedString_ReportsCutShort()
    {
        var error = ReadError("{\"phase\": \"initial");

        Assert.That(error.Message, Does.Contain("cut short"));
        Assert.That(error.Line, Is.EqualTo(1));
    }

    [Test]
    public void MissingComma_ReportsNotValidJson_AtTheSecondKey()
    {
        var text = SpecText.Lf("""
            {
              "phase": "initialized"
              "language": "en"
            }
            """);

        var error = ReadError(text);

        Assert.That(error.Message, Does.Contain("not valid JSON"));
        Assert.That(error.Message, Does.Not.Contain("LineNumber"));
        AssertAt(error, (3, 3));
    }

    [Test]
    public void ErrorAfterJapaneseText_ColumnInCharacters()
    {
        var text = "{\n  \"説明\": \"健康チェック\" x\n}";

        var error = ReadError(text);

        AssertAt(error, SpecText.PositionOf(text, "x"));
        AssertAt(error, (2, 18));
    }

    [Test]
    public void ErrorAfterBom_ColumnIgnoresBom()
    {
        var error = ReadError("\uFEFF{,}");

        AssertAt(error, (1, 2));
    }

    [Test]
    public void ErrorInCrlfFile_LineAndColumn()
    {
        var error = ReadError("{\r\n  \"a\": 1,\r\n  \"b\": ?\r\n}\r\n");

        AssertAt(error, (3, 8));
    }

    [Test]
    public void BinaryContent_ReportsControlCharacter()
    {
        var error = ReadError("\0\u0001\u0002PNG\u001a");

        Assert.That(error.Message, Does.Contain("U+0000"));
        AssertAt(error, (1, 1));
    }

    [Test]
    public void ReplacementCharacters_ReportBinary()
    {
        // What decoding a binary file as UTF-8 gives.
        var error = ReadError("\uFFFD\uFFFDJFIF");

        Assert.That(error.Message, Does.Contain("binary"));
    }

    [Test]
    public void TextAfterTheRootObject_IsAnError()
    {
        var error = ReadError("{}\n{}");

        AssertAt(error, (2, 1));
    }

    [Test]
    public void TrailingCommentAfterRoot_IsFine()
    {
        Assert.That(SpecJsonReader.Read(Path, "checkout", "{} // end\n").Error, Is.Null);
    }

    [Test]
    public void SingleQuotes_AreNotAccepted()
    {
        var error = ReadError("{'phase': 'initialized'}");

        AssertAt(error, (1, 2));
    }

    [Test]
    public void LoneSurrogateEscape_IsReported_AtTheString()
    {
        var text = "{\"approvals\": {\"usecase\": {\"approved_hash\": \"\\ud800\"}}}";

        var error = ReadError(text);

        AssertAt(error, SpecText.PositionOf(text, "\"\\ud800"));
    }

    [TestCase("[]", "top-level value must be a JSON object, not an array")]
    [TestCase("\"spec\"", "top-level value must be a JSON object, not \"spec\"")]
    [TestCase("null", "top-level value must be a JSON object, not null")]
    [TestCase("42", "top-level value must be a JSON object, not 42")]
    public void RootNotAnObject_ReportsAtTheRoot(string text, string expected)
    {
        var error = ReadError("\n  " + text + "\n");

        Assert.That(error.Message, Does.Contain(expected));
        AssertAt(error, (2, 3));
    }

    [TestCase("[]", "an array")]
    [TestCase("true", "true")]
    [TestCase("null", "null")]
    [TestCase("\"approved\"", "\"approved\"")]
    public void ApprovalsNotAnObject_ReportsAtTheValue(string value, string shown)
    {
        var text = "{\n  \"approvals\": " + value + "\n}";

        var error = ReadError(text);

        Assert.That(error.Message, Does.Contain("'approvals' must be an object, not " + shown));
        AssertAt(error, (2, 16));
    }

    [TestCase("[]")]
    [TestCase("true")]
    [TestCase("null")]
    public void UseCaseNotAnObject_ReportsAtTheValue(string value)
    {
        var text = "{\n  \"approvals\": {\n    \"usecase\": " + value + "\n  }\n}";

        var error = ReadError(text);

        Assert.That(error.Message, Does.Contain("'approvals.usecase' must be an object"));
        AssertAt(error, (3, 16));
    }

    [TestCase("approved", "\"yes\"")]
    [TestCase("approved", "null")]
    [TestCase("approved", "1")]
    [TestCase("approved", "\"true\"")]
    [TestCase("approved", "{}")]
    [TestCase("generated", "\"yes\"")]
    [TestCase("generated", "null")]
    [TestCase("generated", "0")]
    public void FlagNotABoolean_ReportsAtTheValue(string name, string value)
    {
        var text = SpecText.Lf($$"""
            {
              "approvals": {
                "usecase": {
                  "{{name}}": {{value}}
                }
              }
            }
            """);

        var error = ReadError(text);

        Assert.That(error.Message, Does.Contain($"'approvals.usecase.{name}' must be true or false"));
        AssertAt(error, (4, name.Length + 11));
    }

    [Test]
    public void FlagNotABoolean_AfterJapaneseText_ColumnInCharacters()
    {
        var text = "{\"approvals\": {\"usecase\": {\"メモ\": \"確認済み\", \"approved\": \"はい\"}}}";

        var error = ReadError(text);

        Assert.That(error.Message, Does.Contain("not \"はい\""));
        AssertAt(error, SpecText.PositionOf(text, "\"はい\""));
        AssertAt(error, (1, 54));
    }

    [TestCase("123")]
    [TestCase("true")]
    [TestCase("[\"sha\"]")]
    public void HashNotAString_ReportsAtTheValue(string value)
    {
        var text = "{\"approvals\": {\"usecase\": {\"approved\": true, \"approved_hash\": " + value + "}}}";

        var error = ReadError(text);

        Assert.That(error.Message, Does.Contain("'approvals.usecase.approved_hash' must be a string"));
        AssertAt(error, (1, 63));
    }

    [TestCase("null")]
    [TestCase("3")]
    [TestCase("{\"name\": \"sequence-defined\"}")]
    public void PhaseNotAString_ReportsAtTheValue(string value)
    {
        var text = "{\n  \"phase\": " + value + "\n}";

        var error = ReadError(text);

        Assert.That(error.Message, Does.Contain("'phase' must be a string"));
        AssertAt(error, (2, 12));
    }

    [Test]
    public void SequenceNotAnObject_ReportsAtTheValue()
    {
        var text = "{\"approvals\": {\"sequence\": true}}";

        var error = ReadError(text);

        Assert.That(error.Message, Does.Contain("'approvals.sequence' must be an object"));
        AssertAt(error, SpecText.PositionOf(text, "true"));
    }

    [Test]
    public void SequenceFlagNotABoolean_ReportsAtTheValue()
    {
        var text = "{\"approvals\": {\"sequence\": {\"generated\": \"no\"}}}";

        var error = ReadError(text);

        Assert.That(error.Message, Does.Contain("'approvals.sequence.generated' must be true or false"));
        AssertAt(error, SpecText.PositionOf(text, "\"no\""));
    }

    [TestCase("approved")]
    [TestCase("generated")]
    [TestCase("approved_hash")]
    public void DuplicateKeyInUseCase_ReportsAtTheSecondOccurrence(string name)
    {
        var value = name == "approved_hash" ? "\"a\"" : "true";
        var text = SpecText.Lf($$"""
            {
              "approvals": {
                "usecase": {
                  "{{name}}": {{value}},
                  "{{name}}": {{value}}
                }
              }
            }
            """);

        var error = ReadError(text);

        Assert.That(error.Message, Does.Contain($"duplicate key '{name}' in 'approvals.usecase'"));
        AssertAt(error, (5, 7));
    }

    [Test]
    public void DuplicateKeyAtRoot_ReportsAtTheSecondOccurrence()
    {
        var text = "{\n  \"phase\": \"initialized\",\n  \"approvals\": {},\n  \"phase\": \"sequence-defined\"\n}";

        var error = ReadError(text);

        Assert.That(error.Message, Does.Contain("duplicate key 'phase'"));
        AssertAt(error, (4, 3));
    }

    [Test]
    public void DuplicateApprovals_ReportsAtTheSecondOccurrence()
    {
        var text = "{\"approvals\": {}, \"approvals\": {\"usecase\": {\"approved\": true}}}";

        var error = ReadError(text);

        Assert.That(error.Message, Does.Contain("duplicate key 'approvals'"));
        AssertAt(error, SpecText.PositionOf(text, "\"approvals\"", 2));
    }

    [Test]
    public void DuplicateUseCaseInApprovals_ReportsAtTheSecondOccurrence()
    {
        var text = "{\"approvals\": {\"usecase\": {\"approved\": false}, \"usecase\": {\"approved\": true}}}";

        var error = ReadError(text);

        Assert.That(error.Message, Does.Contain("duplicate key 'usecase' in 'approvals'"));
        AssertAt(error, SpecText.PositionOf(text, "\"usecase\"", 2));
    }

    [Test]
    public void DuplicateKeyInSequence_ReportsAtTheSecondOccurrence()
    {
        var text = "{\"approvals\": {\"sequence\": {\"approved\": false, \"approved\": true}}}";

        var error = ReadError(text);

        Assert.That(error.Message, Does.Contain("duplicate key 'approved' in 'approvals.sequence'"));
        AssertAt(error, SpecText.PositionOf(text, "\"approved\"", 2));
    }

    [Test]
    public void DuplicateSpelledWithEscapes_IsStillADuplicate()
    {
        var text = "{\"approvals\": {\"usecase\": {\"approved\": true, \"appro\\u0076ed\": false}}}";

        var error = ReadError(text);

        Assert.That(error.Message, Does.Contain("duplicate key 'approved'"));
    }

    [Test]
    public void SeveralProblems_TheFirstInTheFileIsReported()
    {
        var text = "{\n  \"approvals\": {\"usecase\": {\"approved\": \"yes\"}},\n  \"phase\": 1,\n  \"phase\": \"x\"\n}";

        var error = ReadError(text);

        Assert.That(error.Line, Is.EqualTo(2));
    }

    [Test]
    public void SyntaxErrorWinsOverShapeProblem()
    {
        var error = ReadError("{\"phase\": 1, \"approvals\": {");

        Assert.That(error.Message, Does.Contain("cut short"));
    }
}
