using System.Globalization;
using System.Text;
using KiroSpecs.Core.IO;
using KiroSpecs.Core.Sequences;

namespace KiroSpecs.Core.Pipeline;

/// <summary>
/// What a sequence.md was generated from, as one token for its marker line: a format version and a
/// SHA-256 over everything that decides the generated text — the generator identity, the feature
/// name (the diagram title falls back to it), the participant rules and the LF-normalised usecase.md.
/// Equal pins mean equal inputs to the same generator, hence equal output.
/// </summary>
public static class InputPin
{
    /// <summary>Bumped whenever what goes into the hash changes.</summary>
    public const string FormatVersion = "1";

    /// <summary>The pin for one feature; <paramref name="useCaseHash"/> is <see cref="ContentHash.Of"/> of the LF-normalised usecase.md.</summary>
    public static string Of(string generatorIdentity, string featureName, TranslationOptions options, string useCaseHash)
    {
        var sb = new StringBuilder(256);
        Field(sb, "kirospecs-input");
        Field(sb, FormatVersion);
        Field(sb, generatorIdentity);
        Field(sb, featureName);
        Field(sb, useCaseHash);
        Field(sb, OptionsKey(options));
        return "v" + FormatVersion + "-" + ContentHash.Of(sb.ToString());
    }

    /// <summary>
    /// Every field of every participant rule, length-prefixed so no two different rule sets give
    /// the same text. A field added to <see cref="ParticipantRule"/> must be added here too.
    /// </summary>
    public static string OptionsKey(TranslationOptions options)
    {
        var sb = new StringBuilder();
        foreach (var rule in options.Participants)
        {
            Field(sb, rule.Name);
            Field(sb, rule.Alias);
            Field(sb, rule.IsPerson ? "actor" : "participant");
            Field(sb, rule.Keywords.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var keyword in rule.Keywords)
            {
                Field(sb, keyword);
            }
        }

        return sb.ToString();
    }

    private static void Field(StringBuilder sb, string value) =>
        sb.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(';');
}
