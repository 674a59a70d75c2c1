namespace KiroSpecs.Core.Specs;

/// <summary>The spec.json property names the package reads or writes, in one place.</summary>
internal static class SpecJsonNames
{
    public const string Phase = "phase";
    public const string CreatedAt = "created_at";
    public const string UpdatedAt = "updated_at";
    public const string UseCasesCount = "use_cases_count";
    public const string SequencesCount = "sequences_count";
    public const string ErrorFlowsDefined = "error_flows_defined";
    public const string Approvals = "approvals";
    public const string Requirements = "requirements";
    public const string UseCase = "usecase";
    public const string Sequence = "sequence";
    public const string Generated = "generated";
    public const string Approved = "approved";
    public const string ApprovedHash = "approved_hash";
}
