using System;

namespace KiroSpecs.Build.Tests.Reliability;

/// <summary>What a bad-input feature's sequence.md must look like after the builds.</summary>
internal enum SequenceOutcome
{
    /// <summary>No sequence.md: nothing was generated.</summary>
    Absent,

    /// <summary>A complete generated sequence.md that passes the real Mermaid parser.</summary>
    Generated,

    /// <summary>The sequence.md the test wrote, byte for byte.</summary>
    Unchanged,
}

/// <summary>A diagnostic a case must produce: its code and the file it points at ("" = the feature folder).</summary>
internal sealed record ExpectedDiagnostic(string Code, string File, int Line = -1, int Column = -1)
{
    public override string ToString() => Line < 0 ? $"{Code} at {File}" : $"{Code} at {File}({Line},{Column})";
}

/// <summary>
/// One feature folder of the bad-input battery: how to write it, and what both builds must report
/// and leave on disk. <see cref="Write"/> gets the spec root and creates the folder (or link) itself.
/// </summary>
internal sealed record BadInput(string Name, Action<string, string> Write, SequenceOutcome Sequence, params ExpectedDiagnostic[] Diagnostics)
{
    /// <summary>spec.json must be byte-identical after both builds (malformed or not to be touched).</summary>
    public bool SpecUnchanged { get; init; }

    /// <summary>What the second build must report, when it differs (a lock released in between).</summary>
    public ExpectedDiagnostic[]? SecondDiagnostics { get; init; }

    /// <summary>What sequence.md must be after the second build, when it differs.</summary>
    public SequenceOutcome? SecondSequence { get; init; }

    /// <summary>Codes the case may report besides the expected ones (usecase.md content remarks, KIRO1xx, are always allowed).</summary>
    public string[] AlsoAllowed { get; init; } = [];

    public override string ToString() => Name;
}
