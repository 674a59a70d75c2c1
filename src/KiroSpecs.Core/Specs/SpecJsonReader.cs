using System;
using KiroSpecs.Core.Diagnostics;

namespace KiroSpecs.Core.Specs;

/// <summary>
/// Reads a feature's spec.json: approval state, workflow metadata, and positions for diagnostics.
/// Malformed JSON and a wrong shape on the path the package uses are reported as KIRO004.
/// </summary>
public static class SpecJsonReader
{
    /// <summary>Reads spec.json from its decoded text.</summary>
    /// <param name="filePath">Full path of the file, used in diagnostics.</param>
    /// <param name="featureName">Name of the feature, used in diagnostics.</param>
    /// <param name="text">The file's text; a leading U+FEFF is ignored.</param>
    public static SpecJsonReadResult Read(string filePath, string featureName, string text)
    {
        if (filePath is null || featureName is null || text is null)
        {
            throw new ArgumentNullException(filePath is null ? nameof(filePath) : featureName is null ? nameof(featureName) : nameof(text));
        }

        var scan = JsonOutlineScanner.Scan(text);
        if (scan.SyntaxError is not null)
        {
            return Fail(filePath, featureName, scan.ErrorLine, scan.ErrorColumn, scan.SyntaxError);
        }

        var shape = SpecJsonShape.Check(scan, text);
        if (shape.Problem is not null)
        {
            var (line, column) = scan.Map.ToLineColumn(shape.ProblemAt);
            return Fail(filePath, featureName, line, column, shape.Problem);
        }

        return new SpecJsonReadResult(shape.Info, null);
    }

    private static SpecJsonReadResult Fail(string filePath, string featureName, int line, int column, string what) =>
        new(null, Diagnostic.Create(DiagnosticDescriptors.SpecFileInvalid, filePath, line, column, featureName, what));
}
