namespace KiroSpecs.Core.Pipeline;

/// <summary>Locates the first difference between two LF-normalised texts.</summary>
public static class TextDiff
{
    /// <summary>1-based number of the first line that differs; 0 when the texts are equal.</summary>
    public static int FirstDifferentLine(string a, string b)
    {
        var line = 1;
        var length = a.Length < b.Length ? a.Length : b.Length;
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                return line;
            }

            if (a[i] == '\n')
            {
                line++;
            }
        }

        return a.Length == b.Length ? 0 : line;
    }
}
