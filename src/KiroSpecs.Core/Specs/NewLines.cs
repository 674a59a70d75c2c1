namespace KiroSpecs.Core.Specs;

/// <summary>Detects the line-ending style of a text.</summary>
internal static class NewLines
{
    /// <summary>"\r\n" when more lines end with CRLF than with a bare LF, else "\n".</summary>
    public static string Detect(string text)
    {
        var crlf = 0;
        var lf = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                if (i > 0 && text[i - 1] == '\r')
                {
                    crlf++;
                }
                else
                {
                    lf++;
                }
            }
        }

        return crlf > lf ? "\r\n" : "\n";
    }
}
