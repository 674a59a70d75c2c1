namespace KiroSpecs.Core.Specs;

/// <summary>What the package needs to know from a feature's spec.json, with the position to report.</summary>
/// <param name="UseCaseApproved">True when <c>approvals.usecase.approved</c> is <c>true</c>.</param>
/// <param name="ApprovalLine">1-based line of <c>approvals.usecase.approved</c>'s value, else of the <c>usecase</c> key, else of the <c>approvals</c> key, else 1.</param>
/// <param name="ApprovalColumn">1-based column matching <paramref name="ApprovalLine"/>, in characters.</param>
/// <param name="Phase">The <c>phase</c> value, or null when absent.</param>
/// <param name="ApprovedUseCaseHash">The <c>approvals.usecase.approved_hash</c> value, or null when absent or null.</param>
/// <param name="SequenceGenerated">True when <c>approvals.sequence.generated</c> is <c>true</c>.</param>
/// <param name="SequenceApproved">True when <c>approvals.sequence.approved</c> is <c>true</c>.</param>
/// <param name="SequencesCount">The <c>sequences_count</c> value when it is an integer.</param>
/// <param name="UpdatedAt">The <c>updated_at</c> value when it is a string.</param>
/// <param name="HasBom">True when the file starts with a byte order mark.</param>
/// <param name="NewLine">"\r\n" when the file's lines end with CRLF, else "\n".</param>
public sealed record SpecDocumentInfo(
    bool UseCaseApproved,
    int ApprovalLine,
    int ApprovalColumn,
    string? Phase,
    string? ApprovedUseCaseHash,
    bool SequenceGenerated,
    bool SequenceApproved,
    int? SequencesCount,
    string? UpdatedAt,
    bool HasBom,
    string NewLine);
