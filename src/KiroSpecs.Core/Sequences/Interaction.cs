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

    /// <summary>The same chain with <paramref name="last"/> after its last clause.</summary>
    public Interaction Followed(Interaction last) => this with { Then = Then is null ? last : Then.Followed(last) };
}
