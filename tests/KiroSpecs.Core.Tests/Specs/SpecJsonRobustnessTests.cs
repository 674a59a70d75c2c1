using System;
using System.Collections.Generic;
using System.Linq;
using KiroSpecs.Core.Specs;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Specs;

/// <summary>
/// Exhaustive small mutations of real files: the reader never throws, and whatever it accepts the
/// editor patches without throwing, idempotently, into text the reader accepts again.
/// </summary>
public sealed class SpecJsonRobustnessTests
{
    private static readonly SequenceMetadata s_metadata = new(3, true, "2025-02-01T09:00:00Z");

    private static readonly string s_commented = SpecText.Lf("""
        // 仕様メタデータ
        {
          "feature_name": "checkout", /* 機能 */
          "phase": "usecase-defined",
          "approvals": {
            "usecase": { "generated": true, "approved": true, "approved_hash": "h" }, // ok
            "sequence": {},
          },
        }
        """);

    private static IEnumerable<string> Sources()
    {
        yield return SpecFixtures.HealthCheckBeforeSequence;
        yield return s_commented;
        yield return "\uFEFF" + SpecText.Crlf(s_commented);
    }

    [Test]
    public void EveryPrefix_IsReportedWithAPositionInsideTheText()
    {
        foreach (var source in Sources())
        {
            for (var length = 0; length < source.Length; length++)
            {
                var prefix = source.Substring(0, length);

                var result = SpecJsonReader.Read("spec.json", "f", prefix);

                Assert.That(result.Error, Is.Not.Null, () => "accepted a prefix: " + prefix);
                var lines = prefix.Split('\n');
                Assert.That(result.Error!.Line, Is.InRange(1, lines.Length), prefix);
                var lastColumn = lines[result.Error.Line - 1].TrimStart('\uFEFF').Length + 1;
                Assert.That(result.Error.Column, Is.InRange(1, lastColumn), prefix);
            }
        }
    }

    [Test]
    public void EverySingleCharacterMutation_NeverThrows_AndAcceptedTextsPatchCleanly()
    {
        var replacements = new[] { "", "}", "{", "\"", ",", ":", "\0", "x", "1", "// c\n", "ü", "\uD83D" };
        var accepted = 0;
        foreach (var source in Sources())
        {
            for (var i = 0; i < source.Length; i++)
            {
                foreach (var replacement in replacements)
                {
                    var text = source.Substring(0, i) + replacement + source.Substring(i + 1);
                    var result = SpecJsonReader.Read("spec.json", "f", text);
                    Assert.That(result.Info is null ^ result.Error is null, Is.True);
                    if (result.Info is null)
                    {
                        Assert.That(result.Error!.Line, Is.GreaterThanOrEqualTo(1));
                        Assert.That(result.Error.Column, Is.GreaterThanOrEqualTo(1));
                        continue;
                    }

                    accepted++;
                    AssertPatchesCleanly(text);
                }
            }
        }

        Assert.That(accepted, Is.GreaterThan(100));
    }

    [Test]
    public void DeeplyNestedValuesOffThePath_AreRead()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 60)) + string.Concat(Enumerable.Repeat("]", 60));
        var text = "{\"x\": " + deep + ", \"approvals\": {\"usecase\": {\"approved\": true}}}";

        Assert.That(SpecJsonReader.Read("spec.json", "f", text).Info!.UseCaseApproved, Is.True);
        AssertPatchesCleanly(text);
    }

    [Test]
    public void TooDeeplyNestedValues_AreReportedNotThrown()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 1000)) + string.Concat(Enumerable.Repeat("]", 1000));

        var result = SpecJsonReader.Read("spec.json", "f", "{\"x\": " + deep + "}");

        Assert.That(result.Error, Is.Not.Null);
        Assert.That(result.Error!.Code, Is.EqualTo("KIRO004"));
    }

    private static void AssertPatchesCleanly(string text)
    {
        var once = SpecJsonEditor.ApplySequenceMetadata(text, s_metadata);
        var twice = SpecJsonEditor.ApplySequenceMetadata(once, s_metadata);
        Assert.That(twice, Is.EqualTo(once), text);
        var approved = SpecJsonEditor.ApplyUseCaseApproval(text, "sha", "now");
        Assert.That(SpecJsonEditor.ApplyUseCaseApproval(approved, "sha", "now"), Is.EqualTo(approved), text);
        Assert.That(SpecJsonReader.Read("spec.json", "f", once).Info!.UseCaseApproved, Is.True, once);
    }
}
