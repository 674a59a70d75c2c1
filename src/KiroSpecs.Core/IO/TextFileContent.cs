namespace KiroSpecs.Core.IO;

/// <summary>A text file as read: its decoded text (without BOM) and how it was encoded on disk.</summary>
public sealed record TextFileContent(string Text, bool HasBom, bool IsValidUtf8, FileStamp Stamp)
{
    /// <summary>"\r\n" when the text's first line ends with CRLF, otherwise "\n".</summary>
    public string NewLine => TextFileReader.DetectNewLine(Text);
}
