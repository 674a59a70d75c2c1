using System.Collections.Generic;
using KiroSpecs.Core.Sequences;

namespace KiroSpecs.Core.Interactions;

/// <summary>
/// Who a participant last dealt with (its caller, or whom it called), as the flows are read: in the flow being read,
/// and, by basic-flow step, in the basic flow, so that a branch attached to step N starts from what was true at
/// step N, not at the end of the basic flow.
/// </summary>
internal sealed class CallMemory
{
    private readonly Dictionary<Participant, Participant> _current = new(Common.ByReference<Participant>.Instance);
    private readonly Dictionary<Participant, List<(int Ordinal, Participant Other)>> _history = new(Common.ByReference<Participant>.Instance);

    /// <summary>Records <paramref name="other"/> for <paramref name="participant"/>; at basic-flow step <paramref name="ordinal"/>, or in a branch when it is negative.</summary>
    public void Set(Participant participant, Participant other, int ordinal)
    {
        _current[participant] = other;
        if (ordinal < 0)
        {
            return;
        }

        if (!_history.TryGetValue(participant, out var history))
        {
            _history.Add(participant, history = new List<(int, Participant)>());
        }

        history.Add((ordinal, other));
    }

    /// <summary>Forgets the flow being read (a branch starts with nothing of its own).</summary>
    public void ClearCurrent() => _current.Clear();

    /// <summary>
    /// The last one recorded for <paramref name="participant"/>: in the flow being read, else (<paramref name="branchAt"/>
    /// not negative) in the basic flow up to that step.
    /// </summary>
    public Participant? Get(Participant participant, int branchAt)
    {
        if (_current.TryGetValue(participant, out var other))
        {
            return other;
        }

        if (branchAt < 0 || !_history.TryGetValue(participant, out var history))
        {
            return null;
        }

        // The last record at or before the step (the history is in step order).
        int low = 0, high = history.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (history[middle].Ordinal <= branchAt)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found < 0 ? null : history[found].Other;
    }

    /// <summary>
    /// As <see cref="Get"/>, but from the basic flow only what was recorded at step <paramref name="branchAt"/> itself:
    /// what a branch of that step retries is that step's call, not an earlier one.
    /// </summary>
    public Participant? GetAtStep(Participant participant, int branchAt)
    {
        if (_current.TryGetValue(participant, out var other))
        {
            return other;
        }

        if (branchAt < 0 || !_history.TryGetValue(participant, out var history))
        {
            return null;
        }

        for (var k = history.Count - 1; k >= 0; k--)
        {
            if (history[k].Ordinal == branchAt)
            {
                return history[k].Other;
            }
        }

        return null;
    }
}
