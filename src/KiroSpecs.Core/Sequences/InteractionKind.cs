namespace KiroSpecs.Core.Sequences;

/// <summary>How one step is drawn.</summary>
internal enum InteractionKind
{
    /// <summary>A synchronous call (<c>-&gt;&gt;</c>).</summary>
    Call,

    /// <summary>A response back (<c>--&gt;&gt;</c>).</summary>
    Return,

    /// <summary>Internal work (<c>A-&gt;&gt;A</c>).</summary>
    SelfCall,

    /// <summary>A note over a participant.</summary>
    Note,
}
