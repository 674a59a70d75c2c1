using KiroSpecs.Core.Specs;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Specs;

public sealed class SpecJsonEditorApprovalTests
{
    private const string Now = "2025-02-01T09:00:00Z";

    private static readonly string s_unapproved = SpecText.Lf("""
        {
          "feature_name": "checkout",
          "updated_at": "2025-01-15T12:30:00Z",
          "phase": "usecase-defined",
          "approvals": {
            "requirements": {
              "generated": true,
              "approved": true
            },
            "usecase": {
              "generated": true,
              "approved": false
            }
          }
        }
        """);

    [Test]
    public void WithHash_SetsApprovalHashAndDate()
    {
        var expected = SpecText.Lf("""
            {
              "feature_name": "checkout",
              "updated_at": "2025-02-01T09:00:00Z",
              "phase": "usecase-defined",
              "approvals": {
                "requirements": {
                  "generated": true,
                  "approved": true
                },
                "usecase": {
                  "generated": true,
                  "approved": true,
                  "approved_hash": "sha256:9a0b"
                }
              }
            }
            """);

        var result = SpecJsonEditor.ApplyUseCaseApproval(s_unapproved, "sha256:9a0b", Now);

        Assert.That(result, Is.EqualTo(expected));
    }

    [Test]
    public void WithoutHash_LeavesAnyRecordedHashAlone()
    {
        var text = "{\"approvals\": {\"usecase\": {\"approved\": false, \"approved_hash\": \"sha256:old\"}}, \"updated_at\": \"x\"}";

        var result = SpecJsonEditor.ApplyUseCaseApproval(text, null, Now);

        Assert.That(result, Is.EqualTo(
            "{\"approvals\": {\"usecase\": {\"approved\": true, \"approved_hash\": \"sha256:old\", \"generated\": true}}, \"updated_at\": \"2025-02-01T09:00:00Z\"}"));
    }

    [Test]
    public void NewHash_ReplacesTheOldOne_AndNullHash()
    {
        var text = "{\"approvals\": {\"usecase\": {\"generated\": true, \"approved\": true, \"approved_hash\": null}}, \"updated_at\": \"x\"}";

        var result = SpecJsonEditor.ApplyUseCaseApproval(text, "sha256:new", Now);

        Assert.That(result, Is.EqualTo(
            "{\"approvals\": {\"usecase\": {\"generated\": true, \"approved\": true, \"approved_hash\": \"sha256:new\"}}, \"updated_at\": \"2025-02-01T09:00:00Z\"}"));
    }

    [Test]
    public void MissingApprovals_IsCreatedAtTheEnd()
    {
        var text = SpecText.Lf("""
            {
              "feature_name": "checkout",
              "created_at": "2025-01-15T12:30:00Z",
              "language": "ja"
            }
            """);
        var expected = SpecText.Lf("""
            {
              "feature_name": "checkout",
              "created_at": "2025-01-15T12:30:00Z",
              "updated_at": "2025-02-01T09:00:00Z",
              "language": "ja",
              "approvals": {
                "usecase": {
                  "generated": true,
                  "approved": true,
                  "approved_hash": "sha256:9a0b"
                }
              }
            }
            """);

        var result = SpecJsonEditor.ApplyUseCaseApproval(text, "sha256:9a0b", Now);

        Assert.That(result, Is.EqualTo(expected));
    }

    [Test]
    public void MissingUseCase_IsCreatedAfterRequirements()
    {
        var text = SpecText.Lf("""
            {
              "approvals": {
                "requirements": { "generated": true, "approved": true },
                "design": { "generated": false, "approved": false }
              },
              "updated_at": "2025-01-15T12:30:00Z"
            }
            """);
        var expected = SpecText.Lf("""
            {
              "approvals": {
                "requirements": { "generated": true, "approved": true },
                "usecase": {
                  "generated": true,
                  "approved": true
                },
                "design": { "generated": false, "approved": false }
              },
              "updated_at": "2025-02-01T09:00:00Z"
            }
            """);

        var result = SpecJsonEditor.ApplyUseCaseApproval(text, null, Now);

        Assert.That(result, Is.EqualTo(expected));
    }

    [Test]
    public void EmptyApprovals_IsFilledIn()
    {
        var text = "{\n  \"approvals\": {},\n  \"updated_at\": \"x\"\n}\n";
        var expected = "{\n  \"approvals\": {\n    \"usecase\": {\n      \"generated\": true,\n      \"approved\": true\n    }\n  },\n  \"updated_at\": \"2025-02-01T09:00:00Z\"\n}\n";

        Assert.That(SpecJsonEditor.ApplyUseCaseApproval(text, null, Now), Is.EqualTo(expected));
    }

    [Test]
    public void EmptyRoot_IsFilledIn()
    {
        var expected = "{\n  \"approvals\": {\n    \"usecase\": {\n      \"generated\": true,\n      \"approved\": true\n    }\n  },\n  \"updated_at\": \"2025-02-01T09:00:00Z\"\n}";

        Assert.That(SpecJsonEditor.ApplyUseCaseApproval("{}", null, Now), Is.EqualTo(expected));
    }

    [Test]
    public void EmptyObjectHoldingAComment_KeepsTheComment()
    {
        var text = "{\n  \"approvals\": { /* none yet */ }\n}";

        var result = SpecJsonEditor.ApplyUseCaseApproval(text, null, Now);

        Assert.That(result, Does.Contain("/* none yet */"));
        Assert.That(SpecJsonReader.Read("spec.json", "f", result).Info!.UseCaseApproved, Is.True);
    }

    [Test]
    public void JapaneseHash_IsWrittenUnescaped()
    {
        var result = SpecJsonEditor.ApplyUseCaseApproval(s_unapproved, "承認済み<+'>", "２０２５年");

        Assert.That(result, Does.Contain("\"approved_hash\": \"承認済み<+'>\""));
        Assert.That(result, Does.Contain("\"updated_at\": \"２０２５年\""));
        Assert.That(result, Does.Not.Contain("\\u"));
    }

    [Test]
    public void QuotesAndControlCharacters_AreEscapedAsJsonRequires()
    {
        var result = SpecJsonEditor.ApplyUseCaseApproval("{}", "a\"b\\c\nd\u0001", Now);

        Assert.That(result, Does.Contain("\"approved_hash\": \"a\\\"b\\\\c\\nd\\u0001\""));
        Assert.That(SpecJsonReader.Read("spec.json", "f", result).Info!.ApprovedUseCaseHash, Is.EqualTo("a\"b\\c\nd\u0001"));
    }

    [Test]
    public void SecondApplication_ReturnsTheSameText()
    {
        var once = SpecJsonEditor.ApplyUseCaseApproval(s_unapproved, "sha256:9a0b", Now);

        Assert.That(SpecJsonEditor.ApplyUseCaseApproval(once, "sha256:9a0b", Now), Is.SameAs(once));
        Assert.That(SpecJsonEditor.ApplyUseCaseApproval(once, null, Now), Is.SameAs(once));
    }

    [Test]
    public void Result_ReadsBackThroughTheReader()
    {
        var result = SpecJsonEditor.ApplyUseCaseApproval(s_unapproved, "sha256:9a0b", Now);

        var info = SpecJsonReader.Read("spec.json", "checkout", result).Info!;

        Assert.That(info.UseCaseApproved, Is.True);
        Assert.That(info.ApprovedUseCaseHash, Is.EqualTo("sha256:9a0b"));
        Assert.That(info.UpdatedAt, Is.EqualTo(Now));
        Assert.That(info.Phase, Is.EqualTo("usecase-defined"));
        Assert.That((info.ApprovalLine, info.ApprovalColumn), Is.EqualTo((12, 19)));
    }

    [Test]
    public void NullArguments_AreRejected()
    {
        Assert.That(() => SpecJsonEditor.ApplyUseCaseApproval(null!, null, Now), Throws.ArgumentNullException);
        Assert.That(() => SpecJsonEditor.ApplyUseCaseApproval("{}", null, null!), Throws.ArgumentNullException);
        Assert.That(() => SpecJsonEditor.ApplySequenceMetadata("{}", null!), Throws.ArgumentNullException);
        Assert.That(() => SpecJsonEditor.ApplySequenceMetadata("{}", new SequenceMetadata(1, true, null!)), Throws.ArgumentNullException);
        Assert.That(() => SpecJsonReader.Read("spec.json", "f", null!), Throws.ArgumentNullException);
    }

    [Test]
    public void InvalidText_IsRejected()
    {
        Assert.That(() => SpecJsonEditor.ApplyUseCaseApproval("", null, Now), Throws.ArgumentException);
        Assert.That(() => SpecJsonEditor.ApplyUseCaseApproval("[]", null, Now), Throws.ArgumentException);
    }
}
