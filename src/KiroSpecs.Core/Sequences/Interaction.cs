namespace KiroSpecs.Core.Sequences;

/// <summary>
/// One step, interpreted: who talks to whom, how, and the step's own words (not yet escaped).
/// <see cref="Answer"/> is what the called participant hands back when the verb implies an answer
/// ("looks up the price in the cache" → the cache answers "price"); drawn unnumbered right after the call.
/// <see cref="Then"/> is the step's next clause when another participant acts in it ("Assessor takes the claim;
/// the Workbench sets status IN_ASSESSMENT"): drawn unnumbered after this one, so the step keeps its one number.
/// </summary>
internal sealed record Interaction(InteractionKind Kind, Participant From, Participant To, string Text, string? Answer = null, Interaction? Then = null)
{
    /// <summary>This interaction and the clauses after it, in the step's order.</summary>
    public System.Collections.Generic.IEnumerable<Interaction> Clauses()
    {
        for (var clause = this; clause is not null; clause = clause.Then)
        {
            yield return clause;
        }
    }

    /// <summary>Whether <paramref name="participant"/> acts in this interaction or in a clause after it (no iterator, no closure).</summary>
    public bool HasClauseFrom(Participant participant)
    {
        for (var clause = this; clause is not null; clause = clause.Then)
        {
            if (ReferenceEquals(clause.From, participant))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The chain up to its last call from <paramref name="caller"/> to a component, that call without its answer: what
    /// happens of a step whose call fails ("requests a label from the carrier and stores the tracking number returned"
    /// stops at the request). The whole chain, without its answer, when it makes no such call.
    /// </summary>
    public Interaction UntilFailingCall(Participant caller)
    {
        Interaction? last = null;
        for (var clause = this; clause is not null; clause = clause.Then)
        {
            if (clause.Kind == InteractionKind.Call && ReferenceEquals(clause.From, caller) && !clause.To.IsPerson)
            {
                last = clause;
            }
        }

        return last is null ? this with { Answer = null } : Cut(this, last);

        static Interaction Cut(Interaction clause, Interaction last) =>
            ReferenceEquals(clause, last) ? clause with { Answer = null, Then = null } : clause with { Then = clause.Then is null ? null : Cut(clause.Then, last) };
    }

    /// <summary>The same chain with <paramref name="last"/> after its last clause.</summary>
    public Interaction Followed(Interaction last) => this with { Then = Then is null ? last : Then.Followed(last) };
}
