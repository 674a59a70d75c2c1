namespace KiroSpecs.Core.Common;

/// <summary>Shortening of quoted text for the generated file and diagnostics.</summary>
internal static class TextClip
{
    /// <summary>
    /// The first <paramref name="max"/> characters of <paramref name="text"/> and "…" when it is longer; a cut never
    /// falls between the two halves of a character outside the BMP (an emoji), which would leave invalid UTF-16.
    /// </summary>
    public static string Clip(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var end = max > 0 && char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return text.Substring(0, end) + "…";
    }
}
