using System.Collections.Generic;
using System.Text.RegularExpressions;
using KiroSpecs.Core.UseCases;

namespace KiroSpecs.Core.Sequences;

/// <summary>Finds use-case ids ("UC-1", "UC002") mentioned in a text.</summary>
internal static class UseCaseReferences
{
    public static List<string> Find(string text)
    {
        var result = new List<string>();
        if ((text.IndexOf("UC", System.StringComparison.OrdinalIgnoreCase) < 0 && text.IndexOf("CU", System.StringComparison.Ordinal) < 0) || text.Length > 10_000)
        {
            return result;
        }

        try
        {
            foreach (Match m in TextPatterns.UseCaseReference.Matches(text))
            {
                var id = UseCaseAssembler.NormalizeId(m.Groups["id"].Value);
                if (!result.Contains(id))
                {
                    result.Add(id);
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
        }

        return result;
    }
}
