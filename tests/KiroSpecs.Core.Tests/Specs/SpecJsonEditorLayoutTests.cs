using KiroSpecs.Core.Specs;
using NUnit.Framework;

namespace KiroSpecs.Core.Tests.Specs;

public sealed class SpecJsonEditorLayoutTests
{
    private static readonly SequenceMetadata s_metadata = new(1, false, "T");

    [Test]
    public void TabIndentedFile_GetsTabs()
    {
        var text = "{\n\t\"phase\": \"usecase-defined\",\n\t\"approvals\": {\n\t\t\"usecase\": {\n\t\t\t\"approved\": true\n\t\t}\n\t}\n}\n";
        var expected = "{\n\t\"phase\": \"sequence-defined\",\n\t\"approvals\": {\n\t\t\"usecase\": {\n\t\t\t\"approved\": true,\n\t\t\t\"generated\": true\n\t\t},\n" +
                       "\t\t\"sequence\": {\n\t\t\t\"generated\": true,\n\t\t\t\"approved\": false\n\t\t}\n\t},\n" +
                       "\t\"sequences_count\": 1,\n\t\"error_flows_defined\": false,\n\t\"updated_at\": \"T\"\n}\n";

        Assert.That(SpecJsonEditor.ApplySequenceMetadata(text, s_metadata), Is.EqualTo(expected));
    }

    [Test]
    public void FourSpaceFile_GetsFourSpaces()
    {
        var text = SpecText.Lf("""
            {
                "approvals": {}
            }
            """);
        var expected = SpecText.Lf("""
            {
                "approvals": {
                    "usecase": {
                        "generated": true,
                        "approved": true
                    },
                    "sequence": {
                        "generated": true,
                        "approved": false
                    }
                },
                "phase": "sequence-defined",
                "sequences_count": 1,
                "error_flows_defined": false,
                "updated_at": "T"
            }
            """);

        Assert.That(SpecJsonEditor.ApplySequenceMetadata(text, s_metadata), Is.EqualTo(expected));
    }

    [Test]
    public void MinifiedFile_StaysOnOneLine()
    {
        var text = "{\"phase\":\"usecase-defined\",\"approvals\":{\"usecase\":{\"approved\":true}}}";
        var expected = "{\"phase\":\"sequence-defined\",\"approvals\":{\"usecase\":{\"approved\":true,\"generated\":true}," +
                       "\"sequence\":{\"generated\":true,\"approved\":false}},\"sequences_count\":1,\"error_flows_defined\":false,\"updated_at\":\"T\"}";

        Assert.That(SpecJsonEditor.ApplySequenceMetadata(text, s_metadata), Is.EqualTo(expected));
    }

    [Test]
    public void MinifiedFileWithEmptyObjects_StaysOnOneLine()
    {
        var text = "{\"approvals\":{\"usecase\":{}}}";
        var expected = "{\"approvals\":{\"usecase\":{\"generated\":true,\"approved\":true}," +
                       "\"sequence\":{\"generated\":true,\"approved\":false}},\"phase\":\"sequence-defined\",\"sequences_count\":1,\"error_flows_defined\":false,\"updated_at\":\"T\"}";

        Assert.That(SpecJsonEditor.ApplySequenceMetadata(text, s_metadata), Is.EqualTo(expected));
    }

    [Test]
    public void PaddedOneLineFile_KeepsItsPadding()
    {
        var text = "{ \"approvals\": { } }";
        var expected = "{ \"approvals\": { \"usecase\": { \"generated\": true, \"approved\": true, \"approved_hash\": \"h\" } }, \"updated_at\": \"T\" }";

        Assert.That(SpecJsonEditor.ApplyUseCaseApproval(text, "h", "T"), Is.EqualTo(expected));
    }

    [Test]
    public void IndentedRoot_NewMembersFollowTheirNeighbours()
    {
        // A spec.json pasted with a leading indent keeps it.
        var text = "  {\n    \"approvals\": {\n      \"usecase\": {\"approved\": true}\n    }\n  }\n";
        var expected = "  {\n    \"approvals\": {\n      \"usecase\": {\"approved\": true, \"generated\": true},\n" +
                       "      \"sequence\": {\n        \"generated\": true,\n        \"approved\": false\n      }\n    },\n" +
                       "    \"phase\": \"sequence-defined\",\n    \"sequences_count\": 1,\n    \"error_flows_defined\": false,\n    \"updated_at\": \"T\"\n  }\n";

        Assert.That(SpecJsonEditor.ApplySequenceMetadata(text, s_metadata), Is.EqualTo(expected));
    }

    [Test]
    public void ClosingBraceOnTheLastMembersLine_StillValid()
    {
        var text = "{\n  \"approvals\": {\"usecase\": {\"approved\": true}}}";

        var result = SpecJsonEditor.ApplySequenceMetadata(text, s_metadata);

        Assert.That(result, Does.StartWith("{\n  \"approvals\": {\"usecase\": {\"approved\": true, \"generated\": true}"));
        Assert.That(SpecJsonReader.Read("spec.json", "f", result).Error, Is.Null);
    }

    [Test]
    public void BlockCommentBetweenValueAndComma_IsKept()
    {
        var text = "{\n  \"approvals\": {\"usecase\": {\"approved\": true}} /* ok */ ,\n  \"x\": 1\n}";

        var result = SpecJsonEditor.ApplySequenceMetadata(text, s_metadata);

        Assert.That(result, Does.Contain("}} /* ok */ ,\n  \"x\": 1,\n  \"phase\""));
        Assert.That(SpecJsonReader.Read("spec.json", "f", result).Error, Is.Null);
    }

    [Test]
    public void BytesOutsideTouchedValues_AreUnchanged()
    {
        // Everything but the replaced values is compared literally: odd spacing, key order, unusual
        // escapes and non-ASCII text all survive.
        var text = "{ \"z\" : [1,2 ,3],\t\"phase\" :\"usecase-defined\" ,\n\"名前\":\"\\u30c6スト\", \"approvals\":{ \"usecase\":{\"approved\" : true ,\"generated\":true} , \"sequence\" : {\"generated\":false,\"approved\":false} },\"updated_at\":\"old\" }";
        var expected = "{ \"z\" : [1,2 ,3],\t\"phase\" :\"sequence-defined\" ,\n\"名前\":\"\\u30c6スト\", \"approvals\":{ \"usecase\":{\"approved\" : true ,\"generated\":true} , \"sequence\" : {\"generated\":true,\"approved\":false} },\"updated_at\":\"T\",\n\"sequences_count\" : 1,\n\"error_flows_defined\" : false }";

        var result = SpecJsonEditor.ApplySequenceMetadata(text, s_metadata);

        Assert.That(result, Is.EqualTo(expected));
    }
}
