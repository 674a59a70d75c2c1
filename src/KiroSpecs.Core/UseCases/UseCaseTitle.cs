namespace KiroSpecs.Core.UseCases;

/// <summary>Recognises a use-case heading ("UC-1: Name", "Use Case 2 - Name").</summary>
internal static class UseCaseTitle
{
    public static bool IsUseCaseHeading(string text) => TextPatterns.SafeMatch(TextPatterns.UseCaseHeader, text) is not null;
}
