using System;
using System.IO;
using System.Text;

namespace KiroSpecs.Core.IO;

/// <summary>Reads UTF-8 text files strictly enough to notice bad bytes and leniently enough never to fail on them.</summary>
public static class TextFileReader
{
    private static readonly UTF8Encoding s_strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding s_lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Decodes bytes as UTF-8, dropping a BOM; invalid bytes become U+FFFD and are flagged.</summary>
    public static TextFileContent Decode(byte[] bytes, FileStamp stamp)
    {
        var hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var offset = hasBom ? 3 : 0;
        try
        {
            return new TextFileContent(s_strict.GetString(bytes, offset, bytes.Length - offset), hasBom, true, stamp);
        }
        catch (DecoderFallbackException)
        {
            return new TextFileContent(s_lenient.GetString(bytes, offset, bytes.Length - offset), hasBom, false, stamp);
        }
    }

    /// <summary>Reads and decodes a file. Throws the usual I/O exceptions; callers turn them into diagnostics.</summary>
    public static TextFileContent Read(string path)
    {
        var stamp = FileStamp.Of(path);
        return Decode(File.ReadAllBytes(path), stamp);
    }

    /// <summary>"\r\n" when the first line break in the text is CRLF, otherwise "\n".</summary>
    public static string DetectNewLine(string text)
    {
        var lf = text.IndexOf('\n');
        return lf > 0 && text[lf - 1] == '\r' ? "\r\n" : "\n";
    }

    /// <summary>Turns every CRLF or lone CR into LF.</summary>
    public static string NormalizeNewLines(string text) =>
        text.IndexOf('\r') < 0 ? text : text.Replace("\r\n", "\n").Replace('\r', '\n');

    /// <summary>Converts LF line breaks to the given newline.</summary>
    public static string WithNewLine(string lfText, string newLine) =>
        newLine == "\n" ? lfText : lfText.Replace("\n", newLine);
}
