using System;
using KiroSpecs.Core.Specs;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Specs;

public sealed class SpecJsonEditorSequenceTests
{
    private static readonly SequenceMetadata s_metadata = new(2, true, "2025-02-01T09:00:00Z");

    private static readonly string s_initSpec = SpecText.Lf("""
        {
          "feature_name": "checkout",
          "project_description": "レジ画面で支払いを完了する",
          "created_at": "2025-01-15T12:30:00Z",
          "updated_at": "2025-01-15T12:30:00Z",
          "language": "ja",
          "phase": "initialized",
          "approvals": {
            "requirements": {
              "generated": false,
              "approved": false
            },
            "design": {
              "generated": false,
              "approved": false
            },
            "tasks": {
              "generated": false,
              "approved": false
            }
          },
          "ready_for_implementation": false
        }

        """);

    private static readonly string s_initSpecAfter = SpecText.Lf("""
        {
          "feature_name": "checkout",
          "project_description": "レジ画面で支払いを完了する",
          "created_at": "2025-01-15T12:30:00Z",
          "updated_at": "2025-02-01T09:00:00Z",
          "language": "ja",
          "phase": "sequence-defined",
          "approvals": {
            "requirements": {
              "generated": false,
              "approved": false
            },
            "usecase": {
              "generated": true,
              "approved": true
            },
            "sequence": {
              "generated": true,
              "approved": false
            },
            "design": {
              "generated": false,
              "approved": false
            },
            "tasks": {
              "generated": false,
              "approved": false
            }
          },
          "ready_for_implementation": false,
          "sequences_count": 2,
          "error_flows_defined": true
        }

        """);

    [Test]
    public void InitSpec_GetsEveryFieldInPlace()
    {
        var result = SpecJsonEditor.ApplySequenceMetadata(s_initSpec, s_metadata);

        Assert.That(result, Is.EqualTo(s_initSpecAfter));
    }

    [Test]
    public void UseCaseStepOutput_BecomesTheRealSequenceStepOutput()
    {
        // The kiro-sdd example, rolled back to before its sequence step, comes out byte-identical.
        var result = SpecJsonEditor.ApplySequenceMetadata(
            SpecFixtures.HealthCheckBeforeSequence,
            new SequenceMetadata(3, true, "2025-01-15T12:30:00Z"));

        Assert.That(result, Is.EqualTo(SpecFixtures.HealthCheck));
    }

    [Test]
    public void SecondApplication_ReturnsTheSameText()
    {
        var once = SpecJsonEditor.ApplySequenceMetadata(s_initSpec, s_metadata);

        var twice = SpecJsonEditor.ApplySequenceMetadata(once, s_metadata);

        Assert.That(twice, Is.EqualTo(once));
        Assert.That(twice, Is.SameAs(once));
    }

    [Test]
    public void CrlfFile_StaysCrlf()
    {
        var result = SpecJsonEditor.ApplySequenceMetadata(SpecText.Crlf(s_initSpec), s_metadata);

        Assert.That(result, Is.EqualTo(SpecText.Crlf(s_initSpecAfter)));
    }

    [Test]
    public void ByteOrderMark_IsKept()
    {
        var result = SpecJsonEditor.ApplySequenceMetadata("\uFEFF" + s_initSpec, s_metadata);

        Assert.That(result, Is.EqualTo("\uFEFF" + s_initSpecAfter));
    }

    [Test]
    public void CommentsAndTrailingCommas_Survive()
    {
        // arrange
        var text = SpecText.Lf("""
            // Spec metadata, edited by hand
            {
              "feature_name": "checkout", // 機能名
              /* phase is managed by the workflow */
              "phase": "usecase-defined",
              "use_cases_count": 2,
              "approvals": {
                "usecase": {
                  "generated": true,
                  "approved": true, // 2025-01-20 レビュー済み
                },
              },
              "updated_at": "2025-01-15T12:30:00Z" // last touch
            }
            """);
        var expected = SpecText.Lf("""
            // Spec metadata, edited by hand
            {
              "feature_name": "checkout", // 機能名
              /* phase is managed by the workflow */
              "phase": "sequence-defined",
              "use_cases_count": 2,
              "sequences_count": 2,
              "error_flows_defined": true,
              "approvals": {
                "usecase": {
                  "generated": true,
                  "approved": true, // 2025-01-20 レビュー済み
                },
                "sequence": {
                  "generated": true,
                  "approved": false
                }
              },
              "updated_at": "2025-02-01T09:00:00Z" // last touch
            }
            """);

        // act
        var result = SpecJsonEditor.ApplySequenceMetadata(text, s_metadata);

        // assert
        Assert.That(result, Is.EqualTo(expected));
    }

    [Test]
    public void CommentAfterTheLastMember_StaysOnItsLine()
    {
        var text = SpecText.Lf("""
            {
              "phase": "usecase-defined",
              "approvals": { "usecase": { "generated": true, "approved": true } },
              "updated_at": "2025-01-15T12:30:00Z",
              "ready_for_implementation": false // not yet
            }
            """);
        var expected = SpecText.Lf("""
            {
              "phase": "sequence-defined",
              "approvals": { "usecase": { "generated": true, "approved": true }, "sequence": { "generated": true, "approved": false } },
              "updated_at": "2025-02-01T09:00:00Z",
              "ready_for_implementation": false, // not yet
              "sequences_count": 2,
              "error_flows_defined": true
            }
            """);

        var result = SpecJsonEditor.ApplySequenceMetadata(text, s_metadata);

        Assert.That(result, Is.EqualTo(expected));
    }

    [TestCase("api-defined")]
    [TestCase("schema-defined")]
    [TestCase("tests-red-defined")]
    [TestCase("design-integrated")]
    [TestCase("tasks-generated")]
    [TestCase("implementation-green")]
    [TestCase("sequence-approved")]
    public void LaterPhase_IsNeverMovedBack(string phase)
    {
        var text = "{\n  \"phase\": \"" + phase + "\",\n  \"approvals\": {\"usecase\": {\"approved\": true}}\n}\n";

        var result = SpecJsonEditor.ApplySequenceMetadata(text, s_metadata);

        Assert.That(result, Does.Contain("\"phase\": \"" + phase + "\","));
        Assert.That(Read(result).Phase, Is.EqualTo(phase));
    }

    [TestCase("awaiting-legal-review")]
    [TestCase("Phase 2")]
    public void UnknownPhase_IsLeftAlone(string phase)
    {
        var text = "{\"phase\": \"" + phase + "\", \"approvals\": {\"usecase\": {\"approved\": true}}}";

        var result = SpecJsonEditor.ApplySequenceMetadata(text, s_metadata);

        Assert.That(Read(result).Phase, Is.EqualTo(phase));
    }

    [TestCase("initialized")]
    [TestCase("requirements-approved")]
    [TestCase("usecase-defined")]
    [TestCase("USECASE-DEFINED")]
    [TestCase("sequence-generated")]
    [TestCase("")]
    public void EarlierPhase_MovesToSequenceDefined(string phase)
    {
        var text = "{\"phase\": \"" + phase + "\", \"approvals\": {\"usecase\": {\"approved\": true}}}";

        var result = SpecJsonEditor.ApplySequenceMetadata(text, s_metadata);

        Assert.That(Read(result).Phase, Is.EqualTo("sequence-defined"));
    }

    [Test]
    public void SameValueSpelledWithEscapes_IsNotRewritten()
    {
        var text = "{\"phase\": \"sequence\\u002ddefined\", \"sequences_count\": 2, \"error_flows_defined\": true, " +
                   "\"approvals\": {\"usecase\": {\"generated\": true, \"approved\": true}, \"sequence\": {\"generated\": true, \"approved\": false}}, " +
                   "\"updated_at\": \"2025-02-01T09:00:00Z\"}";

        var result = SpecJsonEditor.ApplySequenceMetadata(text, s_metadata);

        Assert.That(result, Is.SameAs(text));
    }

    [Test]
    public void OtherKeysInUseCaseAndSequence_AreKept_AndSequenceApprovalIsReset()
    {
        var text = SpecText.Lf("""
            {
              "approvals": {
                "usecase": {
                  "approved": true,
                  "approved_hash": "sha256:0f1e",
                  "approved_by": "佐藤"
                },
                "sequence": {
                  "approved": true,
                  "reviewer": "鈴木",
                  "generated": false
                }
              }
            }
            """);
        var expected = SpecText.Lf("""
            {
              "approvals": {
                "usecase": {
                  "approved": true,
                  "approved_hash": "sha256:0f1e",
                  "approved_by": "佐藤",
                  "generated": true
                },
                "sequence": {
                  "approved": false,
                  "reviewer": "鈴木",
                  "generated": true
                }
              },
              "phase": "sequence-defined",
              "sequences_count": 2,
              "error_flows_defined": true,
              "updated_at": "2025-02-01T09:00:00Z"
            }
            """);

        var result = SpecJsonEditor.ApplySequenceMetadata(text, s_metadata);

        Assert.That(result, Is.EqualTo(expected));
    }

    [Test]
    public void ChangedValues_AreReplacedInPlace()
    {
        var text = SpecText.Lf("""
            {
              "phase": "sequence-defined",
              "sequences_count": 5,
              "error_flows_defined": false,
              "approvals": {"usecase": {"generated": true, "approved": true}, "sequence": {"generated": true, "approved": false}},
              "updated_at": "2025-01-15T12:30:00Z"
            }
            """);
        var expected = SpecText.Lf("""
            {
              "phase": "sequence-defined",
              "sequences_count": 2,
              "error_flows_defined": true,
              "approvals": {"usecase": {"generated": true, "approved": true}, "sequence": {"generated": true, "approved": false}},
              "updated_at": "2025-02-01T09:00:00Z"
            }
            """);

        Assert.That(SpecJsonEditor.ApplySequenceMetadata(text, s_metadata), Is.EqualTo(expected));
    }

    [Test]
    public void Result_ReadsBackThroughTheReader()
    {
        var result = SpecJsonEditor.ApplySequenceMetadata(s_initSpec, new SequenceMetadata(7, false, "2025-03-03T03:03:03Z"));

        var info = Read(result);

        Assert.That(info.UseCaseApproved, Is.True);
        Assert.That(info.SequenceGenerated, Is.True);
        Assert.That(info.SequenceApproved, Is.False);
        Assert.That(info.SequencesCount, Is.EqualTo(7));
        Assert.That(info.UpdatedAt, Is.EqualTo("2025-03-03T03:03:03Z"));
        Assert.That(info.Phase, Is.EqualTo("sequence-defined"));
        Assert.That(result, Does.Contain("\"error_flows_defined\": false"));
    }

    [Test]
    public void InvalidText_IsRejected()
    {
        Assert.That(() => SpecJsonEditor.ApplySequenceMetadata("{\"phase\": ", s_metadata), Throws.ArgumentException);
        Assert.That(
            () => SpecJsonEditor.ApplySequenceMetadata("{\"approvals\": {\"usecase\": {\"approved\": \"yes\"}}}", s_metadata),
            Throws.ArgumentException);
    }

    private static SpecDocumentInfo Read(string text)
    {
        var result = SpecJsonReader.Read("spec.json", "checkout", text);
        Assert.That(result.Error, Is.Null, () => result.Error!.ToString());
        return result.Info ?? throw new InvalidOperationException();
    }
}
