namespace KiroSpecs.Core.Sequences;

/// <summary>A diagram participant: a safe Mermaid id (<see cref="Alias"/>), its full name, and how it is drawn.</summary>
internal sealed record Participant(string Name, string Alias, ParticipantKind Kind, bool IsPerson)
{
    /// <summary>The Mermaid declaration line, e.g. <c>actor AH as Account Holder</c>.</summary>
    public string Declaration => (IsPerson ? "actor " : "participant ") + Alias + " as " + MermaidText.Escape(Name);
}
