namespace KiroSpecs.Core.UseCases;

/// <summary>
/// One change of status the document states outside its flows: "Pending review → Declined", a row of a
/// "From | To | Trigger" table. <paramref name="From"/> is empty for the status a thing starts in ("— | Draft").
/// With both <paramref name="From"/> and <paramref name="To"/> empty it is a sentence about the statuses that states
/// no change ("O bloqueio pode ser aplicado a um leito Livre …"), quoted in <paramref name="Trigger"/>.
/// </summary>
public sealed record StatusTransition(string From, string To, string Trigger, SourcePosition Position);
