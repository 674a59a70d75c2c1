using KiroSpecs.Core.Specs;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Specs;

public sealed class SpecJsonReaderTests
{
    private const string Path = "/repo/.kiro/specs/checkout/spec.json";

    private static SpecDocumentInfo ReadValid(string text)
    {
        var result = SpecJsonReader.Read(Path, "checkout", text);
        Assert.That(result.Error, Is.Null, () => result.Error!.ToString());
        return result.Info!;
    }

    [Test]
    public void ApprovedUseCase_IsApproved_AtTheApprovedValue()
    {
        // arrange
        var text = SpecText.Lf("""
            {
              "feature_name": "checkout",
              "phase": "usecase-defined",
              "approvals": {
                "usecase": {
                  "generated": true,
                  "approved": true
                }
              }
            }
            """);

        // act
        var info = ReadValid(text);

        // assert
        Assert.That(info.UseCaseApproved, Is.True);
        Assert.That((info.ApprovalLine, info.ApprovalColumn), Is.EqualTo((7, 19)));
        Assert.That(info.Phase, Is.EqualTo("usecase-defined"));
    }

    [Test]
    public void UnapprovedUseCase_IsNotApproved_AtTheApprovedValue()
    {
        var text = SpecText.Lf("""
            {
              "approvals": {
                "usecase": { "generated": true, "approved": false }
              }
            }
            """);

        var info = ReadValid(text);

        Assert.That(info.UseCaseApproved, Is.False);
        Assert.That((info.ApprovalLine, info.ApprovalColumn), Is.EqualTo(SpecText.PositionOf(text, "false")));
    }

    [Test]
    public void UseCaseWithoutApprovedKey_IsNotApproved_AtTheUseCaseKey()
    {
        var text = SpecText.Lf("""
            {
              "approvals": {
                "requirements": { "approved": true },
                "usecase": { "generated": true }
              }
            }
            """);

        var info = ReadValid(text);

        Assert.That(info.UseCaseApproved, Is.False);
        Assert.That((info.ApprovalLine, info.ApprovalColumn), Is.EqualTo((4, 5)));
    }

    [Test]
    public void MissingUseCase_IsNotApproved_AtTheApprovalsKey()
    {
        // The init step writes approvals without a usecase entry.
        var text = SpecText.Lf("""
            {
              "phase": "initialized",
              "approvals": {
                "requirements": { "generated": false, "approved": false }
              }
            }
            """);

        var info = ReadValid(text);

        Assert.That(info.UseCaseApproved, Is.False);
        Assert.That((info.ApprovalLine, info.ApprovalColumn), Is.EqualTo((3, 3)));
    }

    [Test]
    public void MissingApprovals_IsNotApproved_AtTheStart()
    {
        var info = ReadValid("{ \"feature_name\": \"checkout\" }");

        Assert.That(info.UseCaseApproved, Is.False);
        Assert.That((info.ApprovalLine, info.ApprovalColumn), Is.EqualTo((1, 1)));
        Assert.That(info.Phase, Is.Null);
    }

    [Test]
    public void JapaneseTextBeforeTheValue_CountsCharactersNotBytes()
    {
        // arrange: 8 Japanese characters (24 UTF-8 bytes) precede the value on its line
        var text = SpecText.Lf("""
            {
              "approvals": {
                "usecase": { "note": "レビュー済みです", "approved": true }
              }
            }
            """);

        // act
        var info = ReadValid(text);

        // assert: 4 + len("\"usecase\": { \"note\": ") + 10 + len(", \"approved\": ") = 49
        Assert.That((info.ApprovalLine, info.ApprovalColumn), Is.EqualTo((3, 50)));
    }

    [Test]
    public void ByteOrderMark_IsIgnored_AndNotCountedInColumns()
    {
        var text = "\uFEFF{\"approvals\": {\"usecase\": {\"approved\": true}}}";

        var info = ReadValid(text);

        Assert.That(info.UseCaseApproved, Is.True);
        Assert.That(info.HasBom, Is.True);
        Assert.That((info.ApprovalLine, info.ApprovalColumn), Is.EqualTo((1, 40)));
    }

    [Test]
    public void ByteOrderMark_AndJapaneseOnLaterLine_Position()
    {
        var text = "\uFEFF{\n  \"説明\": \"健康チェック\",\n  \"approvals\": { \"usecase\": { \"approved\": true } }\n}\n";

        var info = ReadValid(text);

        Assert.That((info.ApprovalLine, info.ApprovalColumn), Is.EqualTo((3, 43)));
        Assert.That(info.HasBom, Is.True);
    }

    [Test]
    public void SurrogatePairs_CountAsTwoColumns()
    {
        // "😀" is one code point, two UTF-16 units, four UTF-8 bytes; editors count two columns.
        var text = "{\"a\": \"😀\", \"approvals\": {\"usecase\": {\"approved\": true}}}";

        var info = ReadValid(text);

        Assert.That((info.ApprovalLine, info.ApprovalColumn), Is.EqualTo(SpecText.PositionOf(text, "true")));
        Assert.That(info.ApprovalColumn, Is.EqualTo(51));
    }

    [Test]
    public void CrlfFile_PositionsAndNewLine()
    {
        var text = SpecText.Crlf("""
            {
              "approvals": {
                "usecase": {
                  "approved": true
                }
              }
            }
            """);

        var info = ReadValid(text);

        Assert.That(info.NewLine, Is.EqualTo("\r\n"));
        Assert.That(info.HasBom, Is.False);
        Assert.That((info.ApprovalLine, info.ApprovalColumn), Is.EqualTo((4, 19)));
    }

    [Test]
    public void LfFile_NewLineIsLf()
    {
        Assert.That(ReadValid("{\n}\n").NewLine, Is.EqualTo("\n"));
        Assert.That(ReadValid("{}").NewLine, Is.EqualTo("\n"));
    }

    [Test]
    public void AllFields_AreRead()
    {
        var text = SpecText.Lf("""
            {
              "updated_at": "2025-01-15T12:30:00Z",
              "phase": "sequence-defined",
              "sequences_count": 3,
              "approvals": {
                "usecase": { "generated": true, "approved": true, "approved_hash": "sha256:abc" },
                "sequence": { "generated": true, "approved": true }
              }
            }
            """);

        var info = ReadValid(text);

        Assert.That(info, Is.EqualTo(new SpecDocumentInfo(
            UseCaseApproved: true,
            ApprovalLine: 6,
            ApprovalColumn: 49,
            Phase: "sequence-defined",
            ApprovedUseCaseHash: "sha256:abc",
            SequenceGenerated: true,
            SequenceApproved: true,
            SequencesCount: 3,
            UpdatedAt: "2025-01-15T12:30:00Z",
            HasBom: false,
            NewLine: "\n")));
    }

    [Test]
    public void AbsentOptionalFields_AreDefaults()
    {
        var info = ReadValid("{\"approvals\": {\"usecase\": {\"approved\": true}}}");

        Assert.That(info.ApprovedUseCaseHash, Is.Null);
        Assert.That(info.SequenceGenerated, Is.False);
        Assert.That(info.SequenceApproved, Is.False);
        Assert.That(info.SequencesCount, Is.Null);
        Assert.That(info.UpdatedAt, Is.Null);
    }

    [Test]
    public void NullHash_MeansNoHash()
    {
        var info = ReadValid("{\"approvals\": {\"usecase\": {\"approved\": true, \"approved_hash\": null}}}");

        Assert.That(info.ApprovedUseCaseHash, Is.Null);
    }

    [Test]
    public void CommentsAndTrailingCommas_AreAccepted()
    {
        var text = SpecText.Lf("""
            // written by hand
            {
              /* approvals below */
              "approvals": {
                "usecase": {
                  "approved": true, // reviewed on Monday
                },
              },
            }
            """);

        var info = ReadValid(text);

        Assert.That(info.UseCaseApproved, Is.True);
        Assert.That((info.ApprovalLine, info.ApprovalColumn), Is.EqualTo((6, 19)));
    }

    [Test]
    public void EscapedKeys_AreUnescaped()
    {
        var info = ReadValid("{\"approvals\": {\"use\\u0063ase\": {\"approved\": true}}}");

        Assert.That(info.UseCaseApproved, Is.True);
    }

    [Test]
    public void DuplicateKeysOffThePath_AreIgnored()
    {
        var text = "{\"approvals\": {\"design\": {\"approved\": true, \"approved\": false}, \"usecase\": {\"approved\": true}}}";

        Assert.That(ReadValid(text).UseCaseApproved, Is.True);
    }

    [Test]
    public void NonIntegerCountAndNonStringDate_AreReadAsAbsent()
    {
        // The package overwrites both; refusing the whole file over them would help nobody.
        var info = ReadValid("{\"sequences_count\": \"3\", \"updated_at\": 20250115}");

        Assert.That(info.SequencesCount, Is.Null);
        Assert.That(info.UpdatedAt, Is.Null);
    }

    [Test]
    public void RealFixture_IsApproved()
    {
        var info = ReadValid(SpecFixtures.HealthCheck);

        Assert.That(info.UseCaseApproved, Is.True);
        Assert.That(info.SequenceGenerated, Is.True);
        Assert.That(info.SequenceApproved, Is.False);
        Assert.That(info.SequencesCount, Is.EqualTo(3));
        Assert.That(info.Phase, Is.EqualTo("sequence-defined"));
        Assert.That((info.ApprovalLine, info.ApprovalColumn), Is.EqualTo((19, 19)));
    }
}
