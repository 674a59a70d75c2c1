namespace KiroSpecs.Core.Specs;

/// <summary>
/// What <see cref="JsonOutlineScanner"/> found: the root value, or the first syntax error with its
/// position and a plain-words description; plus the position map and the BOM flag.
/// </summary>
/// <param name="Root">The root value when the text is valid JSON.</param>
/// <param name="SyntaxError">What is wrong, when the text is not valid JSON.</param>
/// <param name="ErrorLine">1-based line of the syntax error.</param>
/// <param name="ErrorColumn">1-based column of the syntax error.</param>
/// <param name="Map">Position conversions for the text.</param>
/// <param name="HasBom">True when the text starts with U+FEFF.</param>
internal sealed record JsonScanResult(
    JsonValueOutline? Root,
    string? SyntaxError,
    int ErrorLine,
    int ErrorColumn,
    TextPositionMap Map,
    bool HasBom);
